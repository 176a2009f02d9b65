package th.ita.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import th.ita.rules.ItaEngine;

/**
 * Engine creation in a fresh JVM: one single-shot call a fork, without warm-up, so each
 * measurement is the first {@link ItaEngine#create()} of its JVM (compiling the bundled DRL).
 * Three forks give three cold measurements.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class EngineCreationBenchmark {

    /**
     * Creates a fresh engine.
     *
     * @return the engine, to keep it from being optimised away
     */
    @Benchmark
    public ItaEngine create() {
        return ItaEngine.create();
    }
}
