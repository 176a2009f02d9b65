package th.ita.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.rules.ItaEngine;
import th.ita.rules.RuleCompilationException;

/** {@code ita rules}: work with DRL rule directories. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Work with directories of DRL rules.",
        subcommands = RulesCommand.Check.class)
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: check");
    }

    /** {@code ita rules check DIR}: compiles a rules directory with the bundled rules. */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Compile the DRL files of a directory with the bundled rules and report every error.")
    static final class Check implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The rules directory (searched recursively).")
        private Path dir;

        @Override
        public Integer call() {
            Inputs.requireDirectory(dir);
            long files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).count();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
            }
            try {
                ItaEngine.Builder.check(dir);
            } catch (RuleCompilationException e) {
                PrintWriter err = spec.commandLine().getErr();
                for (RuleCompilationException.RuleError error : e.errors()) {
                    err.println(error.file() + ":" + error.line() + ": " + ErrorHandler.oneLine(error.message()));
                }
                err.flush();
                throw new InputException(dir + ": rules do not compile: " + e.errors().size()
                        + (e.errors().size() == 1 ? " error" : " errors"), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("ok: " + files + (files == 1 ? " file" : " files"));
            out.flush();
            return ExitCode.OK;
        }
    }
}
