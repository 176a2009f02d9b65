package th.ita.examples.cli;

import java.nio.file.Path;
import java.util.Map;
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
import th.ita.rules.Analysis;
import th.ita.rules.report.Reports;

/** {@code ita analyze}: analyses one assessment and writes its report. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyse one assessment (a JSON file or a bundled sample) and write its report.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The assessment: a UTF-8 JSON file in the ITA input format (see README).")
    private Path file;

    @Option(names = "--sample", paramLabel = "NAME",
            description = "Analyse a bundled sample instead of a file (list them with: ita samples).")
    private String sample;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write the report to this file instead of standard output (required for docx).")
    private Path out;

    @Option(names = "--unit", paramLabel = "ROLE=NAME",
            description = "The agency's own name for the unit holding a role, such as "
                    + "--unit CLERK_OFFICE=สำนักปลัด อบจ.; repeatable. Roles: FINANCE, PROCUREMENT, HR, "
                    + "STRATEGY_PLANNING, PUBLIC_RELATIONS, IT, CLERK_OFFICE, LEGAL, EVERY_UNIT.")
    private Map<String, String> units = Map.of();

    @Mixin
    private ReportSettings report;

    @Mixin
    private EngineSettings engineSettings;

    @Override
    public Integer call() {
        Inputs.requireFileOrSample(spec, file, sample);
        if (report.format().isBinary() && out == null) {
            throw new ParameterException(spec.commandLine(), "--format " + report.format().extension()
                    + " writes a binary Word document, not text for standard output; give --out FILE."
                    + report.format().extension());
        }
        if (out != null) {
            Inputs.requireOutFile(out, "the report's", file);
        }
        Assessment assessment = file != null ? Inputs.readAssessment(file) : Inputs.readSample(sample);
        if (!units.isEmpty()) {
            assessment = assessment.withUnits(units);
        }
        Analysis analysis = engineSettings.engine().analyze(assessment);
        if (report.format().isBinary()) {
            AtomicFiles.write(out, report.bytes(analysis));
            spec.commandLine().getOut().println("wrote " + out);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        String text = Reports.render(analysis, report.format(), report.options());
        AtomicFiles.writeOrPrint(spec.commandLine().getOut(), out, text);
        return ExitCode.OK;
    }

}
