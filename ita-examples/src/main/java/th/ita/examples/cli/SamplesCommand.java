package th.ita.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import th.ita.model.samples.Samples;

/** {@code ita samples}: lists the bundled sample assessments and action plans, each kind in its own section. */
@Command(name = "samples", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the bundled samples: assessments (ita analyze --sample NAME) "
                + "and action plans (ita plan-check --plan-sample NAME).")
final class SamplesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Assessments (ita analyze --sample NAME):");
        section(out, Samples.list().stream().map(s -> Map.entry(s.name(), s.english())).toList());
        out.println();
        out.println("Action plans (ita plan-check --plan-sample NAME):");
        section(out, Samples.plans().stream().map(p -> Map.entry(p.name(), p.english())).toList());
        out.flush();
        return ExitCode.OK;
    }

    /** Prints name and description, the descriptions aligned. */
    private static void section(PrintWriter out, List<Map.Entry<String, String>> samples) {
        int width = samples.stream().mapToInt(s -> s.getKey().length()).max().orElse(0);
        for (Map.Entry<String, String> sample : samples) {
            out.println(String.format("  %-" + width + "s  %s", sample.getKey(), sample.getValue()));
        }
    }
}
