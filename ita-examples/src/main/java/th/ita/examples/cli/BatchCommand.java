package th.ita.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.model.ItaValidationException;
import th.ita.model.assessment.Assessment;
import th.ita.model.io.AssessmentJson;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.report.Reports;

/**
 * {@code ita batch}: analyses many agencies from a CSV file or a JSON array, writes one report per
 * agency and a summary. The CSV is read once, streamed and analysed in chunks, so memory does not
 * grow with the number of rows; the reports are staged and published only when every row is good.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyse many agencies from a CSV file or a JSON array; write a report each and a summary.")
final class BatchCommand implements Callable<Integer> {

    /** Rows analysed together with {@link ItaEngine#analyzeAll}. */
    static final int CHUNK = 500;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A CSV file with the header agency,fiscalYear,... or a JSON array of assessments (.json).")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write one report per agency and summary.md into this directory. "
                    + "Without it, only the summary is printed.")
    private Path outDir;

    @Mixin
    private ReportSettings report;

    @Mixin
    private EngineSettings engineSettings;

    private ItaEngine engine;
    private BatchSummary summary;
    private final Slugs slugs = new Slugs();
    private StagedFiles reports;

    @Override
    public Integer call() {
        Inputs.requireFile(file);
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new InputException("--out " + outDir + ": not a directory");
        }
        summary = new BatchSummary(String.valueOf(file.getFileName()), report.thai(), report.thaiDigits());
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        List<Assessment> all = json ? readJsonArray() : null;
        engine = engineSettings.engine();
        // Reports are staged and published together at the end: a bad row found late leaves nothing.
        try (StagedFiles staged = outDir == null ? null : StagedFiles.in(outDir)) {
            reports = staged;
            if (json) {
                for (int i = 0; i < all.size(); i += CHUNK) {
                    analyze(all.subList(i, Math.min(all.size(), i + CHUNK)));
                }
            } else {
                // One pass: rows are analysed as they are read; readAll throws at the end if any was bad.
                List<Assessment> chunk = new ArrayList<>(CHUNK);
                new CsvAssessments(file).readAll(row -> {
                    chunk.add(row.assessment());
                    if (chunk.size() == CHUNK) {
                        analyze(chunk);
                        chunk.clear();
                    }
                });
                analyze(chunk);
            }
            String text = summary.render();
            if (staged != null) {
                stage("summary.md", text);
                staged.publish();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
        return ExitCode.OK;
    }

    private List<Assessment> readJsonArray() {
        String json = Inputs.readText(file);
        // One assessment object is the likely mistake: say what was found and what to do instead.
        if (json.stripLeading().startsWith("{")) {
            throw new InputException(file + ": expected a JSON array of assessments, found an object; "
                    + "put the assessments in [ ... ], or analyse one with: ita analyze " + file);
        }
        List<Assessment> all;
        try {
            all = AssessmentJson.readAll(json);
        } catch (ItaValidationException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
        if (all.isEmpty()) {
            throw new InputException(file + ": no assessments; the JSON array is empty");
        }
        return all;
    }

    /** Stages a file of {@code --out}, unless it would replace the input file (say, x-2564.json from --format json). */
    private void stage(String name, String text) {
        if (Inputs.sameFile(outDir.resolve(name), file)) {
            throw new InputException("--out " + outDir + ": the file " + name + " would replace the input file " + file
                    + "; write the reports to another directory");
        }
        reports.write(name, text);
    }

    private void analyze(List<Assessment> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        for (Analysis analysis : engine.analyzeAll(chunk)) {
            if (reports != null) {
                String name = slugs.unique(analysis.assessment().agency().name(),
                        analysis.assessment().fiscalYear().value()) + "." + report.format().extension();
                stage(name, Reports.render(analysis, report.format(), report.options()));
            }
            summary.add(analysis);
        }
    }
}
