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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import th.ita.model.assessment.Assessment;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/**
 * A national batch and its floor, in the same run on the same inputs: {@link ItaEngine#analyzeAll}
 * of 8,300 generated agencies (parallel, on the common pool: both cores of a 2-core machine), and
 * the pure-Java aggregation alone ({@link ScoreCard#of}) with the same parallelism. Divide the
 * first by the second for the ratio to the floor. One batch takes seconds, so the warm-up has
 * more iterations than the other benchmarks': the first batches run slower while Drools and the
 * JIT warm up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class BatchBenchmark {

    /** The number of agencies. */
    @Param("8300")
    public int agencies;

    private ItaEngine engine;
    private List<Assessment> inputs;

    /** Builds the engine and generates the agencies; neither is timed. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = ItaEngine.create();
        inputs = AssessmentGenerator.generate(agencies);
    }

    /**
     * Analyses every agency.
     *
     * @return the analyses, to keep them from being optimised away
     */
    @Benchmark
    public List<Analysis> analyzeAll() {
        return engine.analyzeAll(inputs);
    }

    /**
     * Scores every agency at every level, without rules: the floor.
     *
     * @return the score cards, to keep them from being optimised away
     */
    @Benchmark
    public List<ScoreCard> floor() {
        return inputs.parallelStream().map(ScoreCard::of).toList();
    }
}
