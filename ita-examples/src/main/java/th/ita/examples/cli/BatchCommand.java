package th.ita.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.assessment.Assessment;
import th.ita.model.io.AssessmentCsv;
import th.ita.model.io.AssessmentJson;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.batch.BatchSummary;
import th.ita.rules.recommendations.RecommendationCatalogue;
import th.ita.rules.report.BatchSummaryReports;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.report.Reports;

/**
 * {@code ita batch}: analyses many agencies from a CSV file or a JSON array, writes one report per
 * agency and a summary. The file is read once, as a stream, on this thread; worker threads build,
 * analyse and render the rows while it reads on ({@link InOrder}), and this thread writes the
 * reports and counts the summary in the file's order. Memory holds at most
 * {@value #ROWS_PER_TASK} × {@value #TASKS_PER_WORKER} rows a core at a time, whatever the number of rows; the reports are staged and published only when every row is good.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyse many agencies from a CSV file or a JSON array; write a report each and a summary.")
final class BatchCommand implements Callable<Integer> {

    /**
     * Rows a worker takes at once. One row is a fraction of a millisecond of work without reports:
     * handed over one by one, the hand-overs (a thread woken per row, late on a busy machine) cost
     * more than the rows.
     */
    static final int ROWS_PER_TASK = 16;

    /** Tasks in flight per worker: enough to keep every worker busy while this thread writes. */
    static final int TASKS_PER_WORKER = 4;

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
    private BatchSummary.Tally tally;
    private final Slugs slugs = new Slugs();
    private StagedFiles reports;
    /** The problems of the bad rows, the first {@link ItaValidationException#LISTED}. */
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;
    /** Set by the first bad row: the workers then only look for the other problems, nothing is written. */
    private final AtomicBoolean failed = new AtomicBoolean();

    /** One row done by a worker: its analysis and its report, or its problems. */
    private record Done(Analysis analysis, byte[] report, ItaValidationException problems) {
    }

    @Override
    public Integer call() {
        Inputs.requireFile(file);
        tally = BatchSummary.tally(String.valueOf(file.getFileName()));
        // Reports are staged and published together at the end: a bad row found late leaves nothing.
        try (StagedFiles staged = outDir == null ? null : StagedFiles.in(outDir)) {
            if (staged != null && staged.holds(file)) {
                throw new InputException("--out " + outDir + ": holds the input file " + file
                        + ", and ita batch replaces the whole directory; write the reports to another directory");
            }
            reports = staged;
            engine = engineSettings.engine();
            int workers = Runtime.getRuntime().availableProcessors();
            try (InOrder<List<Done>> tasks = new InOrder<>(workers, workers * TASKS_PER_WORKER,
                    done -> done.forEach(this::write))) {
                List<Supplier<Assessment>> rows = new ArrayList<>(ROWS_PER_TASK);
                Consumer<Supplier<Assessment>> inTasks = row -> {
                    rows.add(row);
                    if (rows.size() == ROWS_PER_TASK) {
                        submit(tasks, rows);
                    }
                };
                if (file.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    readJsonArray(assessment -> inTasks.accept(() -> assessment));
                } else {
                    AssessmentCsv.reader().withRoles(RecommendationCatalogue.standard().roleIds())
                            .readRows(file, row -> inTasks.accept(row::assessment));
                }
                submit(tasks, rows);
                tasks.finish();
            }
            if (problemCount > 0) {
                throw new ItaValidationException(file.toString(), problems, problemCount);
            }
            String text = BatchSummaryReports.render(tally.summary(), ReportFormat.MARKDOWN, report.options());
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

    /** Gives the rows gathered to a worker as one task, and starts gathering anew. */
    private void submit(InOrder<List<Done>> tasks, List<Supplier<Assessment>> rows) {
        if (!rows.isEmpty()) {
            List<Supplier<Assessment>> task = List.copyOf(rows);
            rows.clear();
            tasks.submit(() -> task.stream().map(this::done).toList());
        }
    }

    /** On a worker: builds one row, and unless a row has failed, analyses it and renders its report. */
    private Done done(Supplier<Assessment> row) {
        Assessment assessment;
        try {
            assessment = row.get();
        } catch (ItaValidationException e) {
            failed.set(true);
            return new Done(null, null, e);
        }
        if (failed.get()) {
            return new Done(null, null, null);
        }
        Analysis analysis = engine.analyze(assessment);
        return new Done(analysis, reports == null ? null : render(analysis), null);
    }

    private byte[] render(Analysis analysis) {
        return report.format().isBinary() ? report.bytes(analysis)
                : Reports.render(analysis, report.format(), report.options()).getBytes(StandardCharsets.UTF_8);
    }

    /** On this thread, in the file's order: writes a row's report and counts it, or keeps its problems. */
    private void write(Done done) {
        if (done.problems() != null) {
            problemCount += done.problems().total();
            done.problems().problems().stream().limit(ItaValidationException.LISTED - problems.size())
                    .forEach(problems::add);
            return;
        }
        if (problemCount > 0 || done.analysis() == null) {
            return; // the batch has failed: nothing more is written or counted
        }
        Analysis analysis = done.analysis();
        if (reports != null) {
            reports.write(slugs.unique(analysis.assessment().agency().name(),
                    analysis.assessment().fiscalYear().value()) + "." + report.format().extension(), done.report());
        }
        tally.add(analysis);
    }

    /**
     * Reads the JSON array an element at a time, giving each to {@code each}; the problems of bad
     * elements are kept, and once there is one, reading goes on only to report every problem at once.
     */
    private void readJsonArray(Consumer<Assessment> each) {
        long count;
        try (InputStream in = Files.newInputStream(file)) {
            count = AssessmentJson.readEach(in, (assessment, index) -> {
                if (problemCount == 0) {
                    each.accept(assessment);
                }
            }, problem -> {
                failed.set(true);
                if (problemCount++ < ItaValidationException.LISTED) {
                    problems.add(problem);
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
        if (count == 0 && problemCount == 0) {
            throw new InputException(file + ": no assessments; the JSON array is empty");
        }
    }
}
