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
 * wall-clock times, a quick check rather than a benchmark (use JMH for that); to stand a shared
 * machine's noise, one analysis and Drools' floor are timed in interleaved rounds (analyses, then
 * floor sessions, then analyses again), and each figure is the median of the rounds' figures with
 * their lowest and highest beside it: a load that comes and goes then moves both sides of the ratio
 * alike, and one bad round moves neither median.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measure engine creation, one analysis and a national batch on generated agencies.")
final class BenchCommand implements Callable<Integer> {

    /** The most single analyses timed for the percentiles, over all rounds. */
    static final int SAMPLES = 5_000;

    /** The default of {@code --rounds}. */
    static final int DEFAULT_ROUNDS = 5;

    /**
     * Untimed analyses before the timed ones: the JIT takes about 15,000 analyses to settle
     * (measured: p50 650 µs over the first 2,500, 440 µs after 5,000, steady after 17,500).
     */
    static final int WARM_UP = 20_000;

    /** The fewest single analyses timed, however few the agencies. */
    static final int MIN_SAMPLES = 1_000;

    /** Timed batch runs; the best and the median are reported. */
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

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "" + DEFAULT_ROUNDS,
            description = "Interleaved rounds of analyses and Drools floor sessions; each p50 and the ratio are "
                    + "the median of the rounds' figures, printed with their range. Default: ${DEFAULT-VALUE}.")
    private int rounds;

    /** A figure measured in each round: the median of the rounds, with the lowest and the highest. */
    record Spread(double median, double min, double max) {

        /** The spread of the rounds' figures, in any order. */
        static Spread of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(median, sorted[0], sorted[n - 1]);
        }
    }

    /**
     * The figures of one run. {@code analyzeP50Us}, {@code droolsFloorP50Us} and
     * {@code droolsFloorRatio} are spreads over the rounds (the ratio is taken in each round, then
     * its median); {@code batchMs} is the best of the batch runs, {@code batchMedianMs} their median.
     */
    record Figures(int agencies, double engineCreateMs, int rounds, int samples, Spread analyzeP50Us,
            double analyzeP99Us, Spread droolsFloorP50Us, Spread droolsFloorRatio, double batchMs,
            double batchMedianMs, double floorMs) {

        double ratio() {
            return batchMs / floorMs;
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
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, was " + rounds);
        }
        Figures figures = measure(AssessmentGenerator.generate(agencies), rounds);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? json(figures) : text(figures));
        out.flush();
        return ExitCode.OK;
    }

    private static Figures measure(List<Assessment> inputs, int rounds) {
        long start = System.nanoTime();
        ItaEngine engine = ItaEngine.create();
        double createMs = millis(System.nanoTime() - start);

        // Warm up both paths before any timing, so that no round pays for the JIT.
        for (int i = 0; i < WARM_UP; i++) {
            engine.analyze(inputs.get(i % inputs.size()));
        }
        DroolsFloorBenchmark floorSession = new DroolsFloorBenchmark();
        floorSession.facts = DroolsFloorBenchmark.ANALYSIS_FACTS;
        floorSession.firings = DroolsFloorBenchmark.ANALYSIS_FIRINGS;
        floorSession.setUp();
        for (int i = 0; i < WARM_UP; i++) {
            floorSession.session();
        }

        // Each round times analyses, then as many floor sessions, one call at a time.
        int perRound = Math.max(1, Math.max(MIN_SAMPLES, Math.min(SAMPLES, inputs.size())) / rounds);
        long[] all = new long[perRound * rounds];
        double[] analyzeP50 = new double[rounds];
        double[] floorP50 = new double[rounds];
        double[] ratio = new double[rounds];
        int next = 0;
        for (int round = 0; round < rounds; round++) {
            long[] samples = new long[perRound];
            for (int i = 0; i < perRound; i++) {
                Assessment a = inputs.get(next++ % inputs.size());
                long t = System.nanoTime();
                engine.analyze(a);
                samples[i] = System.nanoTime() - t;
            }
            System.arraycopy(samples, 0, all, round * perRound, perRound);
            long[] floorSamples = new long[perRound];
            for (int i = 0; i < perRound; i++) {
                long t = System.nanoTime();
                floorSession.session();
                floorSamples[i] = System.nanoTime() - t;
            }
            analyzeP50[round] = p50Us(samples);
            floorP50[round] = p50Us(floorSamples);
            ratio[round] = analyzeP50[round] / floorP50[round];
        }
        Arrays.sort(all);

        engine.analyzeAll(inputs);
        double[] batch = new double[BATCH_RUNS];
        for (int run = 0; run < BATCH_RUNS; run++) {
            long t = System.nanoTime();
            engine.analyzeAll(inputs);
            batch[run] = millis(System.nanoTime() - t);
        }
        Spread batchSpread = Spread.of(batch);

        for (int run = 0; run < FLOOR_RUNS; run++) {
            floor(inputs);
        }
        long floor = Long.MAX_VALUE;
        for (int run = 0; run < FLOOR_RUNS; run++) {
            long t = System.nanoTime();
            floor(inputs);
            floor = Math.min(floor, System.nanoTime() - t);
        }
        return new Figures(inputs.size(), createMs, rounds, all.length, Spread.of(analyzeP50),
                percentile(all, 99) / 1_000.0, Spread.of(floorP50), Spread.of(ratio), batchSpread.min(),
                batchSpread.median(), millis(floor));
    }

    /** The median of one round's timings, in microseconds. */
    private static double p50Us(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50) / 1_000.0;
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

    /** The figures as JSON: the keys of earlier versions first, in their order, then the spreads. */
    static String json(Figures f) {
        return String.format(Locale.ROOT, "{%n  \"agencies\" : %d,%n  \"engineCreateMs\" : %.3f,%n"
                + "  \"analyzeP50Us\" : %.3f,%n  \"analyzeP99Us\" : %.3f,%n  \"droolsFloorP50Us\" : %.3f,%n"
                + "  \"droolsFloorRatio\" : %.3f,%n  \"batchMs\" : %.3f,%n"
                + "  \"floorMs\" : %.3f,%n  \"ratio\" : %.3f,%n"
                + "  \"rounds\" : %d,%n  \"samples\" : %d,%n"
                + "  \"analyzeP50UsMin\" : %.3f,%n  \"analyzeP50UsMax\" : %.3f,%n"
                + "  \"droolsFloorP50UsMin\" : %.3f,%n  \"droolsFloorP50UsMax\" : %.3f,%n"
                + "  \"droolsFloorRatioMin\" : %.3f,%n  \"droolsFloorRatioMax\" : %.3f,%n"
                + "  \"batchMedianMs\" : %.3f%n}%n", f.agencies(), f.engineCreateMs(),
                f.analyzeP50Us().median(), f.analyzeP99Us(), f.droolsFloorP50Us().median(),
                f.droolsFloorRatio().median(), f.batchMs(), f.floorMs(), f.ratio(), f.rounds(), f.samples(),
                f.analyzeP50Us().min(), f.analyzeP50Us().max(), f.droolsFloorP50Us().min(),
                f.droolsFloorP50Us().max(), f.droolsFloorRatio().min(), f.droolsFloorRatio().max(),
                f.batchMedianMs());
    }

    /** The figures as text, one labelled line each. */
    static String text(Figures f) {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "ita bench: %,d generated FY2566 agencies; %d processors, Java %s, "
                + "max heap %,d MB%n%n"
                + "engine creation          %,12.1f ms%n"
                + "one analysis, p50        %,12.1f µs   (median of %d rounds, %s; %,d warm samples)%n"
                + "one analysis, p99        %,12.1f µs%n"
                + "Drools floor, p50        %,12.1f µs   (%s; the same facts and firings, two trivial rules)%n"
                + "analysis / Drools floor  %,12.1f      (%s, taken in each round)%n"
                + "batch (analyzeAll)       %,12.1f ms   (best of %d, median %,.1f ms; %,.1f µs an agency)%n"
                + "floor (ScoreCard.of)     %,12.1f ms   (best of %d, same inputs and threads)%n"
                + "ratio batch / floor      %,12.1f%n",
                f.agencies(), runtime.availableProcessors(), Runtime.version(), runtime.maxMemory() >> 20,
                f.engineCreateMs(), f.analyzeP50Us().median(), f.rounds(), range(f.analyzeP50Us()), f.samples(),
                f.analyzeP99Us(), f.droolsFloorP50Us().median(), range(f.droolsFloorP50Us()),
                f.droolsFloorRatio().median(), range(f.droolsFloorRatio()), f.batchMs(), BATCH_RUNS,
                f.batchMedianMs(), f.batchMs() * 1_000 / f.agencies(), f.floorMs(), FLOOR_RUNS, f.ratio());
    }

    /** The lowest and highest of the rounds, such as {@code 121.4-130.9}. */
    private static String range(Spread s) {
        return String.format(Locale.ROOT, "%,.1f-%,.1f", s.min(), s.max());
    }
}
