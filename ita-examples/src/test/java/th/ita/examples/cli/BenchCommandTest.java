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
 * {@code ita bench} prints every figure; timings are never asserted, only their presence and sign
 * (and, for the shape of the output, made-up figures).
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
        assertEquals(KEYS, keys);
        assertEquals(200, json.get("agencies").intValue());
        for (String key : keys) {
            assertTrue(json.get(key).isNumber() && json.get(key).doubleValue() > 0, key + " in " + r.out());
        }
        assertEquals(BenchCommand.DEFAULT_ROUNDS, json.get("rounds").intValue());
        assertSpread(json, "analyzeP50Us");
        assertSpread(json, "droolsFloorP50Us");
        assertSpread(json, "droolsFloorRatio");
    }

    /** Every key, in order: those of earlier versions first, so a reader of them still works. */
    private static final List<String> KEYS = List.of("agencies", "engineCreateMs", "analyzeP50Us", "analyzeP99Us",
            "droolsFloorP50Us", "droolsFloorRatio", "batchMs", "floorMs", "ratio", "rounds", "samples",
            "analyzeP50UsMin", "analyzeP50UsMax", "droolsFloorP50UsMin", "droolsFloorP50UsMax",
            "droolsFloorRatioMin", "droolsFloorRatioMax", "batchMedianMs");

    /** Figures made up for the shape of the output: the median of three rounds and their range. */
    private static final BenchCommand.Figures FIGURES = new BenchCommand.Figures(8_300, 412.5, 3, 4_998,
            BenchCommand.Spread.of(new double[] {130.0, 120.0, 140.0}), 250.0,
            BenchCommand.Spread.of(new double[] {31.0, 30.0, 33.0}),
            BenchCommand.Spread.of(new double[] {4.2, 3.9, 4.6}), 900.0, 950.0, 60.0);

    /** A line of the text: its label, the figure aligned after it, and what follows the figure. */
    private static void assertLine(String text, String label, String rest) {
        assertTrue(text.lines().anyMatch(l -> l.startsWith(label + " ") && l.endsWith(" " + rest)
                && l.substring(label.length(), l.length() - rest.length()).isBlank()), label + " in " + text);
    }

    private static void assertSpread(JsonNode json, String key) {
        assertTrue(json.get(key + "Min").doubleValue() <= json.get(key).doubleValue()
                && json.get(key).doubleValue() <= json.get(key + "Max").doubleValue(), key + " in " + json);
    }

    @Test
    void spreadIsTheMedianOfTheRoundsWithTheirRange() {
        assertEquals(new BenchCommand.Spread(2.0, 1.0, 9.0), BenchCommand.Spread.of(new double[] {9.0, 1.0, 2.0}));
        assertEquals(new BenchCommand.Spread(2.5, 1.0, 9.0),
                BenchCommand.Spread.of(new double[] {9.0, 1.0, 2.0, 3.0}));
        assertEquals(new BenchCommand.Spread(7.0, 7.0, 7.0), BenchCommand.Spread.of(new double[] {7.0}));
    }

    @Test
    void jsonShapeKeepsTheEarlierKeysAndAddsTheSpreads() throws Exception {
        JsonNode json = new ObjectMapper().readTree(BenchCommand.json(FIGURES));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(KEYS, keys);
        assertEquals(130.0, json.get("analyzeP50Us").doubleValue());
        assertEquals(120.0, json.get("analyzeP50UsMin").doubleValue());
        assertEquals(140.0, json.get("analyzeP50UsMax").doubleValue());
        assertEquals(31.0, json.get("droolsFloorP50Us").doubleValue());
        assertEquals(4.2, json.get("droolsFloorRatio").doubleValue());
        assertEquals(3.9, json.get("droolsFloorRatioMin").doubleValue());
        assertEquals(900.0, json.get("batchMs").doubleValue());
        assertEquals(950.0, json.get("batchMedianMs").doubleValue());
        assertEquals(15.0, json.get("ratio").doubleValue());
        assertEquals(3, json.get("rounds").intValue());
        assertEquals(4_998, json.get("samples").intValue());
    }

    @Test
    void textShapePrintsEachMedianWithItsRange() {
        String text = BenchCommand.text(FIGURES);
        assertLine(text, "one analysis, p50", "130.0 µs   (median of 3 rounds, 120.0-140.0; 4,998 warm samples)");
        assertLine(text, "Drools floor, p50", "31.0 µs   (30.0-33.0; the same facts and firings, two trivial rules)");
        assertLine(text, "analysis / Drools floor", "4.2      (3.9-4.6, taken in each round)");
        assertLine(text, "batch (analyzeAll)", "900.0 ms   (best of 3, median 950.0 ms; 108.4 µs an agency)");
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
        assertTrue(r.out().contains("--rounds=R"), r.out());
    }

    @Test
    void noAgenciesIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--agencies", "0");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --agencies must be at least 1, was 0\nTry 'ita bench --help' for more information.\n", r.err());
    }

    @Test
    void noRoundsIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--rounds", "0");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --rounds must be at least 1, was 0\nTry 'ita bench --help' for more information.\n", r.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--format", "xml");
        assertEquals(2, r.code());
        assertEquals("ita: --format: expected text or json, was 'xml'\nTry 'ita bench --help' for more information.\n",
                r.err());
    }
}
