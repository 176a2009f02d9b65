package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ita bench} prints every figure; timings are never asserted, only their presence and sign.
 * A bench run makes 20,000 warm-up analyses and 5,000 measured ones whatever {@code --agencies} is
 * (6-45 s each on 2 cores), so the two runs are tagged {@code hardening} and only
 * {@code mvn -Phardening} runs them; the option checks stay in the normal build.
 */
class BenchCommandTest {

    @Test
    @Tag("hardening")
    void jsonHasEveryFigureAsAPositiveNumber() throws Exception {
        Cli.Result r = Cli.run("bench", "--agencies", "200", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("agencies", "engineCreateMs", "analyzeP50Us", "analyzeP99Us", "droolsFloorP50Us",
                "droolsFloorRatio", "batchMs", "floorMs", "ratio"), keys);
        assertEquals(200, json.get("agencies").intValue());
        for (String key : keys) {
            assertTrue(json.get(key).isNumber() && json.get(key).doubleValue() > 0, key + " in " + r.out());
        }
        assertTrue(json.get("analyzeP99Us").doubleValue() >= json.get("analyzeP50Us").doubleValue(), r.out());
    }

    @Test
    @Tag("hardening")
    void textNamesEachFigure() {
        Cli.Result r = Cli.run("bench", "--agencies", "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ita bench: 20 generated FY2566 agencies; "), r.out());
        for (String label : List.of("engine creation", "one analysis, p50", "one analysis, p99", "Drools floor, p50",
                "analysis / Drools floor",
                "batch (analyzeAll)", "floor (ScoreCard.of)", "ratio batch / floor")) {
            assertTrue(r.out().contains("\n" + label + " "), label + " in " + r.out());
        }
    }

    @Test
    void hasHelp() {
        Cli.Result r = Cli.run("bench", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: ita bench"), r.out());
        assertTrue(r.out().contains("--agencies=N"), r.out());
    }

    @Test
    void noAgenciesIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--agencies", "0");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --agencies must be at least 1, was 0\nTry 'ita bench --help' for more information.\n", r.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--format", "xml");
        assertEquals(2, r.code());
        assertEquals("ita: --format: expected text or json, was 'xml'\nTry 'ita bench --help' for more information.\n",
                r.err());
    }
}
