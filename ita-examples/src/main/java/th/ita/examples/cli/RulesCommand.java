package th.ita.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.rules.ItaEngine;
import th.ita.rules.RuleCheck;
import th.ita.rules.RuleProblem;

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

    /**
     * {@code ita rules check DIR}: checks a rules directory with the bundled rules and prints the
     * report: each bundled file a custom file replaces, with the rules it removes ({@code -}) and
     * adds ({@code +}), then the warnings and errors as {@code FILE:LINE: warning|error: message},
     * then {@code ok: ...}. Exits 0 without errors (warnings allowed), 2 with any.
     */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Check the DRL files of a directory with the bundled rules: the bundled files they replace,"
                + " compilation, rule names, conditions run on the bundled samples, and one rating for every overall"
                + " from 0.00 to 100.00.",
                "Exits 0 when there is no error (warnings allowed), 2 when there is one."})
    static final class Check implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The rules directory (searched recursively).")
        private Path dir;

        @Option(names = "--recommendations", paramLabel = "FILE",
                description = "The recommendations file the rules will run with: the kinds of measure they name "
                        + "must have texts there or in the bundled catalogue.")
        private Path recommendationsFile;

        @Override
        public Integer call() {
            Inputs.requireDirectory(dir);
            ItaEngine.Builder builder = ItaEngine.builder().rulesFrom(dir);
            if (recommendationsFile != null) {
                builder.recommendations(EngineSettings.recommendations(recommendationsFile));
            }
            RuleCheck check = builder.check();
            PrintWriter out = spec.commandLine().getOut();
            for (RuleCheck.Replacement r : check.replacements()) {
                out.println(r.customFile() + ": replaces " + r.bundledFile() + ": removes "
                        + count(r.removedRules().size(), "rule") + ", adds " + r.addedRules().size()
                        + ", keeps " + r.keptRules().size());
                r.removedRules().forEach(rule -> out.println("  - " + rule));
                r.addedRules().forEach(rule -> out.println("  + " + rule));
            }
            check.warnings().forEach(w -> out.println(where(w) + ": warning: " + w.message()));
            check.errors().forEach(e -> out.println(where(e) + ": error: " + e.message()));
            out.flush();
            String warnings = check.warnings().isEmpty() ? "" : ", " + count(check.warnings().size(), "warning");
            if (!check.passed()) {
                throw new InputException(dir + ": " + count(check.errors().size(), "error") + warnings);
            }
            out.println("ok: " + count(check.customFiles().size(), "file")
                    + (check.replacements().isEmpty() ? "" : ", " + count(check.replacements().size(), "replacement"))
                    + warnings);
            out.flush();
            return ExitCode.OK;
        }

        private static String where(RuleProblem problem) {
            return problem.line() > 0 ? problem.file() + ":" + problem.line() : problem.file();
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
