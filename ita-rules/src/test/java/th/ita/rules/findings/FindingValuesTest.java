package th.ita.rules.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.model.Score;
import th.ita.model.samples.Samples;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;
import th.ita.rules.facts.Subject;

/**
 * A finding's values keep their types; reading one the rule did not record, or as another type,
 * names the rule. Before, {@code value("scroe")} quietly returned "" and items travelled as "1, 2".
 */
class FindingValuesTest {

    private static final Subject INDICATOR_4 = new Subject(Level.INDICATOR, "4", "ตัวชี้วัดที่ 4", "Indicator 4", 4);

    private static final Finding WEAK = Finding.of(FindingKind.WEAKNESS, INDICATOR_4, "Custom: weak")
            .with("score", Score.parse("76.24")).with("line", Score.parse("80"))
            .with("items", new ArrayList<>(List.of(40, 41))).with("amount", new BigDecimal("1E+3"));

    @Test
    void valuesKeepTheirTypes() {
        assertEquals(Score.parse("76.24"), WEAK.score("score"));
        assertEquals(List.of(40, 41), WEAK.list("items", Integer.class));
        assertEquals(new BigDecimal("1E+3"), WEAK.value("amount", BigDecimal.class));
        assertTrue(WEAK.has("line"));
        assertFalse(WEAK.has("scroe"));
    }

    @Test
    void textsAreTheRenderingView() {
        assertEquals(Map.of("score", "76.24", "line", "80.00", "items", "40, 41", "amount", "1000"), WEAK.texts());
        assertEquals(List.of("score", "line", "items", "amount"), List.copyOf(WEAK.texts().keySet()), "in rule order");
        assertEquals("40, 41", WEAK.text("items"));
    }

    @Test
    void aListIsCopiedWhenTheRuleRecordsIt() {
        List<Integer> items = new ArrayList<>(List.of(1));
        Finding f = Finding.of(FindingKind.WEAKNESS, INDICATOR_4, "r").with("items", items);
        items.add(2);
        assertEquals(List.of(1), f.list("items", Integer.class));
    }

    @Test
    void aValueTheRuleDidNotRecordNamesTheRuleAndWhatItHas() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WEAK.score("scroe"));
        assertEquals("finding WEAKNESS on 4 by rule \"Custom: weak\" has no value \"scroe\"; it has "
                + "[score, line, items, amount]", e.getMessage());
        assertThrows(IllegalStateException.class, () -> WEAK.text("scroe"));
    }

    @Test
    void aValueOfAnotherTypeNamesBothTypes() {
        assertEquals("finding WEAKNESS on 4 by rule \"Custom: weak\" has value \"items\" as a List, not a Score",
                assertThrows(IllegalStateException.class, () -> WEAK.score("items")).getMessage());
        assertEquals("finding WEAKNESS on 4 by rule \"Custom: weak\" has value \"items\" with a Integer, not a String",
                assertThrows(IllegalStateException.class, () -> WEAK.list("items", String.class)).getMessage());
    }

    @Test
    void theBundledRulesRecordScoresAsScoresAndQuestionListsAsLists() {
        var analysis = ItaEngine.create().analyze(Samples.load("chiangmai-2566"));
        for (Finding f : analysis.findings(FindingKind.WEAKNESS)) {
            assertEquals(Score.class, f.score("score").getClass());
        }
        Finding theme = analysis.findings(FindingKind.THEME_IMPROVE).get(0);
        assertFalse(theme.list("questions", String.class).isEmpty());
    }
}
