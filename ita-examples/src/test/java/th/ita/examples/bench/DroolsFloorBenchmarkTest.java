package th.ita.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.model.samples.Samples;
import th.ita.rules.ItaEngine;

/** The floor benchmark does the amount of work it claims: as many facts and firings as an analysis. */
class DroolsFloorBenchmarkTest {

    @Test
    void oneSessionInsertsTheFactsAndFiresTheGivenNumberOfTimes() {
        DroolsFloorBenchmark benchmark = new DroolsFloorBenchmark();
        benchmark.facts = 44;
        benchmark.firings = 110;
        benchmark.setUp();

        assertEquals(110, benchmark.session());
        assertEquals(110, benchmark.session(), "each call opens a fresh session");
    }

    @Test
    void hopsAreSpreadEvenlyAndAddUpToTheExtraFirings() {
        List<DroolsFloorBenchmark.Probe> probes = DroolsFloorBenchmark.probes(44, 110);

        assertEquals(44, probes.size());
        assertEquals(66, probes.stream().mapToInt(DroolsFloorBenchmark.Probe::hops).sum());
        assertEquals(22, probes.stream().filter(p -> p.hops() == 2).count());
        assertEquals(List.of(new DroolsFloorBenchmark.Probe(0, 5)), DroolsFloorBenchmark.probes(1, 6));
        assertThrows(IllegalArgumentException.class, () -> DroolsFloorBenchmark.probes(10, 9));
        assertThrows(IllegalArgumentException.class, () -> DroolsFloorBenchmark.probes(0, 0));
    }

    /** The default firings are those of a generated FY2566 agency, within a few either way. */
    @Test
    void theDefaultFiringsMatchAnAnalysisOfGeneratedAgencies() throws NoSuchFieldException {
        ItaEngine engine = ItaEngine.create();
        double mean = AssessmentGenerator.generate(200).stream().mapToInt(a -> engine.analyze(a).trace().size())
                .average().orElseThrow();
        int firings = Integer.parseInt(DroolsFloorBenchmark.class.getField("firings")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value()[0]);

        assertEquals(firings, mean, 5.0, "mean firings of an analysis");
        // The samples fire fewer rules: their sources print fewer levels than the generator fills.
        assertEquals(true, engine.analyze(Samples.load("chiangmai-2566")).trace().size() < firings);
    }
}
