package th.ita.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import th.ita.model.samples.Samples;

/** {@code ita samples}: lists the bundled sample assessments. */
@Command(name = "samples", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the bundled sample assessments (use one with: ita analyze --sample NAME).")
final class SamplesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Samples.Sample> samples = Samples.list();
        int width = samples.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (Samples.Sample sample : samples) {
            out.println(String.format("%-" + width + "s  %s", sample.name(), sample.english()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
