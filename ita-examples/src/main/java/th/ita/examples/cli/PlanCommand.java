package th.ita.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.model.assessment.Assessment;
import th.ita.rules.ItaEngine;
import th.ita.rules.target.TargetPlan;
import th.ita.rules.report.TargetPlanReports;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.report.ReportOptions;

/** {@code ita plan}: the least an agency must fix to reach a target. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plan what to fix first to reach a target: the pass mark, a letter band, a FY2566 level or a score.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The assessment, a UTF-8 JSON file.")
    private Path file;

    @Option(names = "--sample", paramLabel = "NAME", description = "Plan for a bundled sample instead of a file.")
    private String sample;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "pass",
            description = "85, pass (the policy's pass mark), a letter band (AA ... E), ผ่านดีเยี่ยม, ผ่านดี or ผ่าน. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String target;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "Output format: md or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th", description = "Language of the Markdown.")
    private ReportSettings.Lang lang;

    @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
    private Path out;

    @Mixin
    private EngineSettings engineSettings;

    @Override
    public Integer call() {
        Inputs.requireFileOrSample(spec, file, sample);
        if (out != null) {
            Inputs.requireOutFile(out, "the plan's", file);
        }
        ReportFormat chosen;
        try {
            chosen = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (chosen == ReportFormat.HTML || chosen == ReportFormat.DOCX) {
            throw new ParameterException(spec.commandLine(), "--format: a plan is md or json");
        }
        ItaEngine engine = engineSettings.engine();
        Assessment assessment = file != null ? Inputs.readAssessment(file) : Inputs.readSample(sample);
        TargetPlan plan;
        try {
            plan = engine.plan(assessment, target);
        } catch (IllegalArgumentException e) {
            // The library names the field "target"; on the command line it is the --target option.
            throw new InputException(e.getMessage().startsWith("target: ")
                    ? e.getMessage().replaceFirst("^target: ", "--target: ")
                    : (file != null ? file.toString() : sample) + ": " + e.getMessage(), e);
        }
        String text = TargetPlanReports.render(plan, chosen, ReportOptions.defaults().withThai(lang == ReportSettings.Lang.th));
        AtomicFiles.writeOrPrint(spec.commandLine().getOut(), out, text);
        return ExitCode.OK;
    }

}
