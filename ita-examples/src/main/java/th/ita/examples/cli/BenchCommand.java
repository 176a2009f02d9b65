package th.ita.examples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import th.ita.examples.bench.AssessmentGenerator;
import th.ita.examples.bench.DroolsFloorBenchmark;
import th.ita.model.assessment.Assessment;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.ItaEngine;

/**
 * {@code ita bench}: measures the engine on generated agencies, so anyone can check the figures of
 * docs/PERFORMANCE.md on their own machine. Generating the data is not timed. The figures are
 * wall-clock times of one run, a quick check rather than a benchmark: use JMH for that.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measure engine creation, one analysis and a national batch on generated agencies.")
final class BenchCommand implements Callable<Integer> {

    /** The most single analyses timed for the percentiles. */
    static final int SAMPLES = 5_000;

    /**
     * Untimed analyses before the timed ones: the JIT takes about 15,000 analyses to settle
     * (measured: p50 650 µs over the first 2,500, 440 µs after 5,000, steady after 17,500).
     */
    static final int WARM_UP = 20_000;

    /** The fewest single analyses timed, however few the agencies. */
    static final int MIN_SAMPLES = 1_000;

    /** Timed batch runs; the best is reported. */
    static final int BATCH_RUNS = 3;

    /** Timed floor runs; the best is reported. */
    static final int FLOOR_RUNS = 5;

    @Spec
    private CommandSpec spec;

    @Option(names = "--agencies", paramLabel = "N", defaultValue = "8300",
            description = "Agencies to generate and analyse. Default: ${DEFAULT-VALUE}.")
    private int agencies;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    /** The figures of one run. */
    record Figures(int agencies, double engineCreateMs, int samples, double analyzeP50Us, double analyzeP99Us,
            double droolsFloorP50Us, double batchMs, double floorMs) {

        double ratio() {
            return batchMs / floorMs;
        }

        /** How many times Drools' own floor for the same work one analysis costs. */
        double droolsFloorRatio() {
            return analyzeP50Us / droolsFloorP50Us;
        }
    }

    @Override
    public Integer call() {
        if (agencies < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--agencies must be at least 1, was " + agencies);
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format: expected text or json, was '" + format + "'");
        }
        Figures figures = measure(AssessmentGenerator.generate(agencies));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? json(figures) : text(figures));
        out.flush();
        return ExitCode.OK;
    }

    private static Figures measure(List<Assessment> inputs) {
        long start = System.nanoTime();
        ItaEngine engine = ItaEngine.create();
        double createMs = millis(System.nanoTime() - start);

        // Warm up the single-thread path, then time each analysis on its own.
        int count = Math.max(MIN_SAMPLES, Math.min(SAMPLES, inputs.size()));
        for (int i = 0; i < WARM_UP; i++) {
            engine.analyze(inputs.get(i % inputs.size()));
        }
        long[] samples = new long[count];
        for (int i = 0; i < count; i++) {
            Assessment a = inputs.get(i % inputs.size());
            long t = System.nanoTime();
            engine.analyze(a);
            samples[i] = System.nanoTime() - t;
        }
        Arrays.sort(samples);
        double droolsFloor = droolsFloorP50(count);

        engine.analyzeAll(inputs);
        long batch = Long.MAX_VALUE;
        for (int run = 0; run < BATCH_RUNS; run++) {
            long t = System.nanoTime();
            engine.analyzeAll(inputs);
            batch = Math.min(batch, System.nanoTime() - t);
        }

        for (int run = 0; run < FLOOR_RUNS; run++) {
            floor(inputs);
        }
        long floor = Long.MAX_VALUE;
        for (int run = 0; run < FLOOR_RUNS; run++) {
            long t = System.nanoTime();
            floor(inputs);
            floor = Math.min(floor, System.nanoTime() - t);
        }
        return new Figures(inputs.size(), createMs, count, percentile(samples, 50) / 1_000.0,
                percentile(samples, 99) / 1_000.0, droolsFloor, millis(batch), millis(floor));
    }

    /**
     * Drools alone for the work of one analysis (the {@link DroolsFloorBenchmark} session: as many
     * facts and firings as an analysis of a generated agency, two trivial rules), warmed and timed
     * like the analyses in the same run, so their ratio holds whatever the machine's load.
     */
    private static double droolsFloorP50(int count) {
        DroolsFloorBenchmark floor = new DroolsFloorBenchmark();
        floor.facts = DroolsFloorBenchmark.ANALYSIS_FACTS;
        floor.firings = DroolsFloorBenchmark.ANALYSIS_FIRINGS;
        floor.setUp();
        for (int i = 0; i < WARM_UP; i++) {
            floor.session();
        }
        long[] samples = new long[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            floor.session();
            samples[i] = System.nanoTime() - t;
        }
        Arrays.sort(samples);
        return percentile(samples, 50) / 1_000.0;
    }

    /**
     * The pure-Java aggregation alone, on the same inputs and with the same parallelism as
     * {@link ItaEngine#analyzeAll}: the least any analysis of these agencies can cost.
     */
    static List<ScoreCard> floor(List<Assessment> inputs) {
        return inputs.parallelStream().map(ScoreCard::of).toList();
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String json(Figures f) {
        return String.format(Locale.ROOT, "{%n  \"agencies\" : %d,%n  \"engineCreateMs\" : %.3f,%n"
                + "  \"analyzeP50Us\" : %.3f,%n  \"analyzeP99Us\" : %.3f,%n  \"droolsFloorP50Us\" : %.3f,%n"
                + "  \"droolsFloorRatio\" : %.3f,%n  \"batchMs\" : %.3f,%n"
                + "  \"floorMs\" : %.3f,%n  \"ratio\" : %.3f%n}%n", f.agencies(), f.engineCreateMs(),
                f.analyzeP50Us(), f.analyzeP99Us(), f.droolsFloorP50Us(), f.droolsFloorRatio(), f.batchMs(),
                f.floorMs(), f.ratio());
    }

    private static String text(Figures f) {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "ita bench: %,d generated FY2566 agencies; %d processors, Java %s, "
                + "max heap %,d MB%n%n"
                + "engine creation          %,12.1f ms%n"
                + "one analysis, p50        %,12.1f µs   (%,d warm samples)%n"
                + "one analysis, p99        %,12.1f µs%n"
                + "Drools floor, p50        %,12.1f µs   (the same facts and firings, two trivial rules)%n"
                + "analysis / Drools floor  %,12.1f%n"
                + "batch (analyzeAll)       %,12.1f ms   (best of %d, %,.1f µs an agency)%n"
                + "floor (ScoreCard.of)     %,12.1f ms   (best of %d, same inputs and threads)%n"
                + "ratio batch / floor      %,12.1f%n",
                f.agencies(), runtime.availableProcessors(), Runtime.version(), runtime.maxMemory() >> 20,
                f.engineCreateMs(), f.analyzeP50Us(), f.samples(), f.analyzeP99Us(), f.droolsFloorP50Us(),
                f.droolsFloorRatio(), f.batchMs(), BATCH_RUNS,
                f.batchMs() * 1_000 / f.agencies(), f.floorMs(), FLOOR_RUNS, f.ratio());
    }
}
