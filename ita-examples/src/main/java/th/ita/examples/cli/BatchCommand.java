package th.ita.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
        summary = new BatchSummary(String.valueOf(file.getFileName()), report.thai(), report.thaiDigits());
        // Reports are staged and published together at the end: a bad row found late leaves nothing.
        try (StagedFiles staged = outDir == null ? null : StagedFiles.in(outDir)) {
            if (staged != null && staged.holds(file)) {
                throw new InputException("--out " + outDir + ": holds the input file " + file
                        + ", and ita batch replaces the whole directory; write the reports to another directory");
            }
            reports = staged;
            engine = engineSettings.engine();
            // One pass: rows are analysed as they are read, a chunk at a time; the reader throws at
            // the end if any was bad.
            List<Assessment> chunk = new ArrayList<>(CHUNK);
            Consumer<Assessment> inChunks = assessment -> {
                chunk.add(assessment);
                if (chunk.size() == CHUNK) {
                    analyze(chunk);
                    chunk.clear();
                }
            };
            if (file.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                readJsonArray(inChunks);
            } else {
                new CsvAssessments(file).readAll(row -> inChunks.accept(row.assessment()));
            }
            analyze(chunk);
            String text = summary.render();
            if (staged != null) {
                staged.write("summary.md", text);
                staged.publish();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
        return ExitCode.OK;
    }

    /**
     * Reads the JSON array an element at a time, giving each to {@code each} while the file has no
     * problem; after the first problem it reads on only to report every problem of the file at once.
     */
    private void readJsonArray(Consumer<Assessment> each) {
        List<String> problems = new ArrayList<>();
        long[] bad = {0};
        long count;
        try (InputStream in = Files.newInputStream(file)) {
            count = AssessmentJson.readEach(in, (assessment, index) -> {
                if (bad[0] == 0) {
                    each.accept(assessment);
                }
            }, problem -> {
                if (bad[0]++ < InputException.LISTED) {
                    problems.add(problem.toString());
                }
            });
        } catch (ItaValidationException e) {
            // One assessment object is the likely mistake: say what was found and what to do instead.
            if (e.problems().get(0).message().endsWith("found an object")) {
                throw new InputException(file + ": expected a JSON array of assessments, found an object; "
                        + "put the assessments in [ ... ], or analyse one with: ita analyze " + file, e);
            }
            throw e.in(file.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
        if (bad[0] > 0) {
            throw InputException.problems(file.toString(), problems, bad[0]);
        }
        if (count == 0) {
            throw new InputException(file + ": no assessments; the JSON array is empty");
        }
    }

    private void analyze(List<Assessment> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        for (Analysis analysis : engine.analyzeAll(chunk)) {
            if (reports != null) {
                String name = slugs.unique(analysis.assessment().agency().name(),
                        analysis.assessment().fiscalYear().value()) + "." + report.format().extension();
                if (report.format().isBinary()) {
                    reports.write(name, report.bytes(analysis));
                } else {
                    reports.write(name, Reports.render(analysis, report.format(), report.options()));
                }
            }
            summary.add(analysis);
        }
    }
}
