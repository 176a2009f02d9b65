package th.ita.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import th.ita.model.assessment.Assessment;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/**
 * One warm {@link ItaEngine#analyze} on one thread, sampled for its percentiles (p50, p99). The
 * calls cycle through 1,000 generated agencies, so the data varies as in a real batch. The
 * warm-up is long (five iterations of 3 s, some 40,000 calls): the JIT takes about 15,000 analyses
 * to settle, and two iterations of 2 s measured a half-warm engine at twice the steady p50.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Thread)
public class AnalyzeBenchmark {

    /** Agencies the calls cycle through. */
    static final int AGENCIES = 1_000;

    private ItaEngine engine;
    private List<Assessment> inputs;
    private int next;

    /** Builds the engine and generates the agencies; neither is timed. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = ItaEngine.create();
        inputs = AssessmentGenerator.generate(AGENCIES);
    }

    /**
     * Analyses the next agency.
     *
     * @return the analysis, to keep it from being optimised away
     */
    @Benchmark
    public Analysis analyze() {
        Assessment a = inputs.get(next);
        next = next + 1 == inputs.size() ? 0 : next + 1;
        return engine.analyze(a);
    }
}
