package th.ita.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ita} command-line tool: analyses ITA results and writes reports.
 *
 * <pre>{@code
 * java -jar ita-examples/target/ita.jar analyze --sample lampang-city-2564
 * java -jar ita-examples/target/ita.jar batch agencies.csv --out reports
 * }</pre>
 *
 * <p>Exit codes: 0 for success, 2 for bad arguments or bad input data, 1 for anything else.
 * Build the configured command line with {@link #newCommandLine()}; only {@link #main} exits.
 */
@Command(name = "ita", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scores, rates and analyses Integrity and Transparency Assessment (ITA) results.",
        subcommands = {AnalyzeCommand.class, PlanCommand.class, PlanCheckCommand.class, BatchCommand.class,
            BenchCommand.class, RulesCommand.class, SamplesCommand.class, ItaHelpCommand.class})
public final class ItaCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an error, also print the stack trace.")
    private boolean verbose;

    /**
     * Creates the root command; use {@link #newCommandLine()} to run it.
     */
    public ItaCli() {
    }

    /**
     * Builds the configured command line, as {@link #main} runs it: the subcommands and the
     * error handler that maps exceptions and usage errors to one-line messages and exit codes.
     *
     * @return a new command line, not null
     */
    public static CommandLine newCommandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new ItaCli())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    /**
     * Runs the tool and exits with its exit code, through the {@link Launcher} that ends errors
     * (out of memory, a broken installation) in one line.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        Launcher.main(args);
    }

    /**
     * Runs the tool on the standard streams, in UTF-8.
     *
     * @param args the command-line arguments
     * @return the exit code
     */
    public static int run(String[] args) {
        return newCommandLine()
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .execute(args);
    }

    /**
     * Without a subcommand there is nothing to do: a usage error.
     *
     * @return never returns normally
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing required subcommand: analyze, plan, plan-check, batch, bench, rules, samples or help");
    }
}
