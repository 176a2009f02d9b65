package th.ita.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.report.PlanCheckReports;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.actionplan.PlanChecker;
import th.ita.rules.actionplan.PlanCheck;
import th.ita.rules.actionplan.PlanMismatchException;

/**
 * {@code ita plan-check}: checks an anti-corruption action plan (budget totals, risk register) and,
 * given an ITA assessment of the agency, its coverage of the assessment's weaknesses and failed OIT
 * items and the year's ITA target. An assessment of another agency, or of a year outside the plan,
 * is bad input (exit 2).
 */
@Command(name = "plan-check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check an anti-corruption action plan (JSON) and its coverage of an ITA assessment.")
final class PlanCheckCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** Markdown with Thai labels. */
        md,
        /** JSON for programs. */
        json
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
            description = "The action plan: a UTF-8 JSON file in the action-plan format "
                    + "(README.md, section \"JSON: an action plan\").")
    private Path planFile;

    @Option(names = "--plan-sample", paramLabel = "NAME",
            description = "Check a bundled action plan instead of a file (list them with: ita samples).")
    private String planSample;

    @Option(names = "--analysis", paramLabel = "ASSESSMENT",
            description = "An ITA assessment (a JSON file) of the plan's agency and of a fiscal year of the plan, "
                    + "whose weaknesses and failed OIT items the plan should address.")
    private Path assessmentFile;

    @Option(names = "--sample", paramLabel = "NAME",
            description = "Use a bundled sample assessment instead of --analysis (list them with: ita samples).")
    private String sample;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "Output format: md (Markdown, Thai labels) or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write the result to this file instead of standard output.")
    private Path out;

    @Mixin
    private EngineSettings engineSettings;

    /** The checker with the bundled plan rules, built once and shared. */
    private static final class Standard {
        static final PlanChecker CHECKER = PlanChecker.create();
    }

    @Override
    public Integer call() {
        if ((planFile == null) == (planSample == null)) {
            throw new ParameterException(spec.commandLine(), planFile == null
                    ? "Missing PLAN: give an action-plan file or --plan-sample NAME"
                    : "Give either PLAN or --plan-sample NAME, not both");
        }
        if (assessmentFile != null && sample != null) {
            throw new ParameterException(spec.commandLine(), "Give either --analysis ASSESSMENT or --sample NAME, not both");
        }
        if (out != null) {
            Inputs.requireOutFile(out, "the result's", planFile, assessmentFile);
        }
        ActionPlan plan = planFile != null ? readPlan(planFile) : Inputs.readPlanSample(planSample);
        Optional<Assessment> assessment = assessmentFile != null ? Optional.of(Inputs.readAssessment(assessmentFile))
                : Optional.ofNullable(sample).map(Inputs::readSample);
        PlanCheck check;
        try {
            check = assessment.map(a -> Standard.CHECKER.check(plan, engineSettings.engine().analyze(a)))
                    .orElseGet(() -> Standard.CHECKER.check(plan));
        } catch (PlanMismatchException e) {
            String given = assessmentFile != null ? assessmentFile.toString() : "--sample " + sample;
            String planName = planFile != null ? planFile.toString() : "--plan-sample " + planSample;
            throw new InputException(planName + " and " + given + " do not match: " + e.getMessage(), e);
        }
        String text = PlanCheckReports.render(check, format == Format.json ? ReportFormat.JSON : ReportFormat.MARKDOWN);
        AtomicFiles.writeOrPrint(spec.commandLine().getOut(), out, text);
        return ExitCode.OK;
    }

    /**
     * Reads a plan; a broken file is an {@link th.ita.model.ItaValidationException} that names the
     * file, line and field ("plan.json:42: dimensions[4].number: ...").
     */
    static ActionPlan readPlan(Path file) {
        Inputs.requireFile(file, "--plan-sample", Samples.plans().stream().map(Samples.PlanSample::name).toList());
        Inputs.requireSize(file);
        try {
            return ActionPlans.read(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
