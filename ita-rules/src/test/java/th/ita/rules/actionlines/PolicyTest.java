package th.ita.rules.actionlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.ita.model.Score;
import th.ita.model.policy.Policy;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.Drl;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * The action lines come from the {@link Policy}, not from the DRL: an engine built with another
 * policy moves a score across a line with the same bundled rules.
 */
class PolicyTest {

    private static final ItaEngine DEFAULT = ItaEngine.create();
    private static final Policy PASS_MARK_90 = Policy.defaults().withPassMark(Score.parse("90"));
    private static final ItaEngine STRICT = ItaEngine.builder().policy(PASS_MARK_90).build();
    private static final ItaEngine STRICT_FROM_TEXT = ItaEngine.builder().policy(Policy.parse("passMark=90")).build();
    /** Source 000's profile (no urgent line above the weakness line), with the weakness line at 80 and at 85. */
    private static final ItaEngine SOURCE_000 = ItaEngine.builder()
            .policy(Policy.defaults().withUrgentLine(Score.parse("80"))).build();
    private static final ItaEngine WEAKNESS_85 = ItaEngine.builder()
            .policy(Policy.defaults().withUrgentLine(Score.parse("80")).withWeaknessLine(Score.parse("85"))).build();

    private static final String PASSES = Drl.declared("actionlines/pass-mark.drl",
            "Action line: overall or tool at or above the pass mark passes");
    private static final String FAILS = Drl.declared("actionlines/pass-mark.drl",
            "Action line: overall or tool below the pass mark fails");
    private static final String STRENGTH = Drl.declared("actionlines/strengths-weaknesses.drl",
            "Action line: indicator or sub-indicator above the weakness line and at the urgent line is a strength");
    private static final String WEAKNESS = Drl.declared("actionlines/strengths-weaknesses.drl",
            "Action line: indicator or sub-indicator below the weakness line is a weakness");

    private static String resource(String path) throws IOException {
        try (InputStream in = PolicyTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theEnginesApplyThePoliciesTheyWereBuiltWith() throws IOException {
        assertEquals(Policy.defaults(), DEFAULT.analyze(Samples.load("lopburi-2565")).policy());
        assertEquals(PASS_MARK_90, STRICT.analyze(Samples.load("lopburi-2565")).policy());
        assertEquals(PASS_MARK_90, STRICT_FROM_TEXT.analyze(Samples.load("lopburi-2565")).policy());
        assertEquals(PASS_MARK_90, Policy.parse(resource("/th/ita/rules/policy/pass-mark-90.properties")));
        assertEquals(Score.parse("90.00"), STRICT.analyze(Samples.load("lopburi-2565")).policy().passMark());
    }

    @Test
    void source000OitOf8675PassesAt85AndFailsAt90() {
        Finding at85 = Drl.only(DEFAULT.analyze(Samples.load("lampang-city-2564")), FindingKind.PASSES_PASS_MARK,
                Level.TOOL, "OIT");
        assertEquals(PASSES, at85.rule());
        assertEquals(Map.of("score", "86.75", "passMark", "85.00"), at85.texts());

        for (ItaEngine strict : List.of(STRICT, STRICT_FROM_TEXT)) {
            Analysis analysis = strict.analyze(Samples.load("lampang-city-2564"));
            Finding at90 = Drl.only(analysis, FindingKind.FAILS_PASS_MARK, Level.TOOL, "OIT");
            assertEquals(FAILS, at90.rule());
            assertEquals(Map.of("score", "86.75", "passMark", "90.00"), at90.texts());
            assertEquals(List.of("IIT", "EIT", "OIT"), Drl.keys(analysis, FindingKind.FAILS_PASS_MARK, Level.TOOL));
            assertEquals(List.of(), analysis.findings(FindingKind.PASSES_PASS_MARK));
        }
    }

    @Test
    void chiangMaiOitOf8875PassesAt85AndFailsAt90() {
        assertEquals(Map.of("score", "88.75", "passMark", "85.00"), Drl.only(
                DEFAULT.analyze(Samples.load("chiangmai-2566")), FindingKind.PASSES_PASS_MARK, Level.TOOL, "OIT")
                .texts());
        assertEquals(Map.of("score", "88.75", "passMark", "90.00"), Drl.only(
                STRICT.analyze(Samples.load("chiangmai-2566")), FindingKind.FAILS_PASS_MARK, Level.TOOL, "OIT")
                .texts());
    }

    @Test
    void lopburiStillPassesEverywhereAt90() {
        Analysis analysis = STRICT_FROM_TEXT.analyze(Samples.load("lopburi-2565"));

        assertEquals(List.of(), analysis.findings(FindingKind.FAILS_PASS_MARK));
        assertEquals(Map.of("score", "97.86", "passMark", "90.00"),
                Drl.only(analysis, FindingKind.PASSES_PASS_MARK, Level.OVERALL, "overall").texts());
        assertEquals(Map.of("score", "96.76", "passMark", "90.00"),
                Drl.only(analysis, FindingKind.PASSES_PASS_MARK, Level.TOOL, "IIT").texts());
        assertEquals(Map.of("score", "96.11", "passMark", "90.00"),
                Drl.only(analysis, FindingKind.PASSES_PASS_MARK, Level.TOOL, "EIT").texts());
        assertEquals(Map.of("score", "100.00", "passMark", "90.00"),
                Drl.only(analysis, FindingKind.PASSES_PASS_MARK, Level.TOOL, "OIT").texts());
        assertTrue(analysis.passed());
    }

    @Test
    void thePassMarkChangesOnlyThePassMarkFindings() {
        Analysis normal = DEFAULT.analyze(Samples.load("lampang-city-2564"));
        Analysis strict = STRICT.analyze(Samples.load("lampang-city-2564"));

        // The next year's aim of an agency below the pass mark is the pass mark itself.
        Set<FindingKind> passMark = Set.of(FindingKind.PASSES_PASS_MARK, FindingKind.FAILS_PASS_MARK,
                FindingKind.NEXT_YEAR_TARGET);
        assertEquals("90.00", Drl.only(strict, FindingKind.NEXT_YEAR_TARGET, Level.OVERALL, "overall").text("target"));
        assertEquals(normal.findings().stream().filter(f -> !passMark.contains(f.kind())).toList(),
                strict.findings().stream().filter(f -> !passMark.contains(f.kind())).toList());
        assertEquals(normal.rating(), strict.rating());
        assertFalse(strict.passed());
        // The same bundled pass-mark rules fire as many times: only the policy fact differs.
        assertEquals(4, strict.trace().stream().filter(r -> r.equals(PASSES) || r.equals(FAILS)).count());
        assertEquals(List.of(FAILS, FAILS, FAILS, FAILS), Drl.fired(strict, Set.of(PASSES, FAILS)));
    }

    @Test
    void aWeaknessLineMovedTo85ChangesTheSource000StrengthWeaknessSplit() {
        Analysis normal = SOURCE_000.analyze(Samples.load("lampang-city-2564"));
        Analysis moved = WEAKNESS_85.analyze(Samples.load("lampang-city-2564"));

        assertEquals(List.of("1", "3", "6", "7", "8", "9", "10"),
                Drl.keys(normal, FindingKind.STRENGTH, Level.INDICATOR));
        assertEquals(List.of("2", "4", "5"), Drl.keys(normal, FindingKind.WEAKNESS, Level.INDICATOR));

        assertEquals(List.of("1", "6", "9", "10"), Drl.keys(moved, FindingKind.STRENGTH, Level.INDICATOR));
        assertEquals(List.of("2", "3", "4", "5", "7", "8"), Drl.keys(moved, FindingKind.WEAKNESS, Level.INDICATOR));
        Finding indicator3 = Drl.only(moved, FindingKind.WEAKNESS, Level.INDICATOR, "3");
        assertEquals(WEAKNESS, indicator3.rule());
        assertEquals(Map.of("score", "82.64", "line", "85.00"), indicator3.texts());
        assertEquals(STRENGTH, Drl.only(moved, FindingKind.STRENGTH, Level.INDICATOR, "1").rule());
        assertEquals(Map.of("score", "87.37", "line", "85.00"),
                Drl.only(moved, FindingKind.STRENGTH, Level.INDICATOR, "1").texts());
    }

    @Test
    void theBundledActionLineRulesHoldNoThresholdLiterals() {
        // The thresholds come from the ActionLines fact: no bundled action-line rule compares with a number.
        for (String file : List.of("actionlines/pass-mark.drl", "actionlines/strengths-weaknesses.drl",
                "actionlines/urgent.drl", "actionlines/maintain.drl")) {
            String code = Drl.text(file).lines().filter(l -> !l.strip().startsWith("//"))
                    .filter(l -> !l.strip().startsWith("rule ")).reduce("", (a, b) -> a + b + "\n");
            assertFalse(code.matches("(?s).*\\b(80|85|90|95|100)(\\.0+)?\\b.*"), () -> file + " has a literal:\n"
                    + code);
        }
    }
}
