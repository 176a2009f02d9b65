package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.findings.Finding;
import th.ita.rules.rating.Rating;

/** One engine serves many threads: each analysis runs in a session of its own. */
class EngineConcurrencyTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final List<String> SAMPLES = List.of("lampang-city-2563", "lampang-city-2564", "lopburi-2565",
            "lampang-pao-2566", "chiangmai-2566");
    private static final int THREADS = 8;
    private static final int ANALYSES = 2_000;

    /** What an analysis concluded: compared between sequential and concurrent runs. */
    private record Result(Optional<Rating> rating, List<Finding> findings, List<String> firedSorted) {
        static Result of(Analysis analysis) {
            return new Result(analysis.rating(), analysis.findings(), Drl.firedSorted(analysis));
        }
    }

    @Test
    void eightThreadsGiveExactlyTheSequentialResults() throws Exception {
        Map<String, Assessment> assessments = SAMPLES.stream()
                .collect(Collectors.toMap(Function.identity(), Samples::load));
        Map<String, Result> sequential = SAMPLES.stream()
                .collect(Collectors.toMap(Function.identity(), s -> Result.of(ENGINE.analyze(assessments.get(s)))));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Result>> futures = new ArrayList<>(ANALYSES);
        try {
            for (int i = 0; i < ANALYSES; i++) {
                Assessment assessment = assessments.get(SAMPLES.get(i % SAMPLES.size()));
                futures.add(pool.submit(() -> Result.of(ENGINE.analyze(assessment))));
            }
            for (int i = 0; i < ANALYSES; i++) {
                String sample = SAMPLES.get(i % SAMPLES.size());
                assertEquals(sequential.get(sample), futures.get(i).get(60, TimeUnit.SECONDS), "analysis " + i
                        + " of " + sample);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Optional.of(Rating.letter("B")), sequential.get("lampang-city-2564").rating());
        assertEquals(Optional.of(Rating.pass()), sequential.get("chiangmai-2566").rating());
    }

    @Test
    void analyzeAllKeepsTheInputOrder() {
        List<Assessment> input = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            input.add(Samples.load(SAMPLES.get((i * 3) % SAMPLES.size())));
        }

        List<Analysis> analyses = ENGINE.analyzeAll(input);

        assertEquals(input.size(), analyses.size());
        for (int i = 0; i < input.size(); i++) {
            assertSame(input.get(i), analyses.get(i).assessment(), "position " + i);
            assertEquals(Result.of(ENGINE.analyze(input.get(i))), Result.of(analyses.get(i)), "position " + i);
        }
        assertEquals(List.of("D", "ผ่านดี", "B", "ผ่าน", "AA"), analyses.subList(0, 5).stream()
                .map(a -> a.rating().orElseThrow().thai()).toList());
    }
}
