package th.ita.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import th.ita.examples.bench.AssessmentGenerator;
import th.ita.model.assessment.Assessment;
import th.ita.rules.ItaEngine;

/**
 * Many analyses leave the heap flat: every session is disposed and nothing is kept per analysis.
 * The figure is 200,000 analyses; the hardening build runs 20,000 (10-40 s on 2 cores). Run
 * the full figure with {@code mvn -B -Phardening -pl ita-examples -am test -Dtest=LeakTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dita.leak.analyses=200000}.
 *
 * <p>Tagged {@code hardening}: only {@code mvn -Phardening} runs it.
 */
@Tag("hardening")
class LeakTest {

    /** Analyses in the build; the system property {@code ita.leak.analyses} overrides it. */
    static final int ANALYSES = 20_000;

    /** The most the used heap may grow. A leaked session with its facts is tens of kilobytes. */
    static final long BOUND_BYTES = 32L << 20;

    private static final int BATCH = 1_000;

    @Test
    void analysesLeaveTheHeapFlat() {
        int analyses = Integer.getInteger("ita.leak.analyses", ANALYSES);
        ItaEngine engine = ItaEngine.create();
        List<Assessment> inputs = AssessmentGenerator.generate(BATCH);
        // Warm up: JIT, MVEL and class-loading caches fill here, not in the measured part.
        for (int i = 0; i < 3; i++) {
            engine.analyzeAll(inputs);
        }
        long before = usedAfterGc();
        for (int done = 0; done < analyses; done += BATCH) {
            engine.analyzeAll(inputs);
        }
        long after = usedAfterGc();
        long growth = after - before;
        assertTrue(growth < BOUND_BYTES, String.format("used heap grew by %,d bytes after %,d analyses "
                + "(before %,d, after %,d); bound %,d", growth, analyses, before, after, BOUND_BYTES));
    }

    /**
     * Returns the used heap after full collections: the least of five readings, each after a few
     * {@code System.gc()} calls, so that garbage still in flight does not count.
     */
    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int reading = 0; reading < 5; reading++) {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
