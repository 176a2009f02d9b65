package th.ita.rules.actionlines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.Drl;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * The action-line rules of {@code actionlines/*.drl} with the default policy: pass mark 85
 * (sources 000, 002), strength above and weakness below 80 (source 000 §3), urgent below 95
 * (source 002), maintain at 100 (sources 001, 002, 004).
 */
class ActionLineRulesTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    /**
     * Source 000's own profile: strengths above 80 and weaknesses below, no urgent line of its own
     * (the urgent line moved down to the weakness line).
     */
    private static final ItaEngine SOURCE_000 = ItaEngine.builder()
            .policy(th.ita.model.policy.Policy.defaults().withUrgentLine(th.ita.model.Score.parse("80.00"))).build();

    private static final String STRENGTH = Drl.declared("actionlines/strengths-weaknesses.drl",
            "Action line: indicator or sub-indicator above the weakness line and at the urgent line is a strength");
    private static final String WEAKNESS = Drl.declared("actionlines/strengths-weaknesses.drl",
            "Action line: indicator or sub-indicator below the weakness line is a weakness");
    private static final String QUESTION_WEAKNESS = Drl.declared("actionlines/strengths-weaknesses.drl",
            "Action line: question below the weakness line is a weakness");
    private static final String URGENT = Drl.declared("actionlines/urgent.drl",
            "Action line: indicator from the weakness line to below the urgent line needs urgent improvement");
    private static final String MAINTAIN = Drl.declared("actionlines/maintain.drl",
            "Action line: overall, tool, indicator or sub-indicator at the maintain score is maintained");
    private static final String PASSES = Drl.declared("actionlines/pass-mark.drl",
            "Action line: overall or tool at or above the pass mark passes");
    private static final String FAILS = Drl.declared("actionlines/pass-mark.drl",
            "Action line: overall or tool below the pass mark fails");
    private static final String HIGHEST = Drl.declared("findings/highest-lowest.drl",
            "Finding: the highest-scoring indicator");
    private static final String LOWEST = Drl.declared("findings/highest-lowest.drl",
            "Finding: the lowest-scoring indicator");

    /** The action-line files and the finding files that match scored levels. */
    private static final String[] ACTION_LINE_FILES = {"actionlines/pass-mark.drl",
        "actionlines/strengths-weaknesses.drl", "actionlines/urgent.drl", "actionlines/maintain.drl",
        "findings/highest-lowest.drl", "findings/consistency.drl", "findings/oit-items.drl", "trend/year-on-year.drl"};

    private static final Analysis LAMPANG_2564 = SOURCE_000.analyze(Samples.load("lampang-city-2564"));
    private static final Analysis LOPBURI_2565 = ENGINE.analyze(Samples.load("lopburi-2565"));

    private static Assessment.Builder fy2564() {
        return Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(2564);
    }

    @Test
    void underTheDefaultProfileEveryIndicatorHasExactlyOneStatus() {
        // Lampang City FY2564: weakness below 80, urgent from 80 to below 95, strength from 95; never two.
        Analysis analysis = ENGINE.analyze(Samples.load("lampang-city-2564"));

        assertEquals(List.of("2", "4", "5"), Drl.keys(analysis, FindingKind.WEAKNESS, Level.INDICATOR));
        assertEquals(List.of("1", "3", "6", "7", "8", "9", "10"), Drl.keys(analysis, FindingKind.URGENT, Level.INDICATOR));
        assertEquals(List.of(), Drl.keys(analysis, FindingKind.STRENGTH, Level.INDICATOR));
        for (String key : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")) {
            long statuses = analysis.findings().stream().filter(f -> f.subject().level() == Level.INDICATOR
                    && f.subject().key().equals(key) && (f.kind() == FindingKind.STRENGTH
                    || f.kind() == FindingKind.WEAKNESS || f.kind() == FindingKind.URGENT)).count();
            assertEquals(1, statuses, "indicator " + key);
        }
    }

    @Test
    void source000HasSevenIndicatorStrengthsAndThreeWeaknesses() {
        assertEquals(List.of("1", "3", "6", "7", "8", "9", "10"),
                Drl.keys(LAMPANG_2564, FindingKind.STRENGTH, Level.INDICATOR));
        assertEquals(List.of("2", "4", "5"), Drl.keys(LAMPANG_2564, FindingKind.WEAKNESS, Level.INDICATOR));
    }

    @ParameterizedTest(name = "source 000 indicator {0} at {1} is a {2}")
    @CsvSource({
        "1, 87.37, STRENGTH",
        "2, 76.24, WEAKNESS",
        "3, 82.64, STRENGTH",
        "4, 75.78, WEAKNESS",
        "5, 77.74, WEAKNESS",
        "6, 86.61, STRENGTH",
        "7, 82.04, STRENGTH",
        "8, 81.87, STRENGTH",
        "9, 86.00, STRENGTH",
        "10, 87.50, STRENGTH",
    })
    void eachSource000IndicatorFindingHoldsTheScoreTheLineAndTheRuleName(String indicator, String score,
            FindingKind kind) {
        Finding finding = Drl.only(LAMPANG_2564, kind, Level.INDICATOR, indicator);

        assertEquals(kind == FindingKind.STRENGTH ? STRENGTH : WEAKNESS, finding.rule());
        assertEquals(Map.of("score", score, "line", "80.00"), finding.texts());
        assertEquals(List.of("score", "line"), List.copyOf(finding.values().keySet()));
    }

    @Test
    void anIndicatorOfExactly80IsNeitherAStrengthNorAWeakness() {
        Analysis analysis = ENGINE.analyze(fy2564().indicator(3, "80.00").build());

        assertEquals(List.of(), analysis.findings(FindingKind.STRENGTH));
        assertEquals(List.of(), analysis.findings(FindingKind.WEAKNESS));
        // Of the action-line and finding rules, only the urgent line (80 < 95) and the highest/lowest
        // rules match a lone indicator.
        assertEquals(List.of(HIGHEST, LOWEST, URGENT).stream().sorted().toList(), Drl.fired(analysis,
                Drl.rulesOf(ACTION_LINE_FILES)).stream().sorted().toList());
    }

    @Test
    void chiangMaiIndicator10AtExactly80IsNeitherAStrengthNorAWeakness() {
        Analysis analysis = ENGINE.analyze(Samples.load("chiangmai-2566"));

        // Indicators 6-8 (88.40, 90.23, 88.59) are urgent under the default profile, so no strength.
        assertEquals(List.of("1", "2", "3", "4", "5", "9"),
                Drl.keys(analysis, FindingKind.STRENGTH, Level.INDICATOR));
        assertEquals(List.of("6", "7", "8", "10"), Drl.keys(analysis, FindingKind.URGENT, Level.INDICATOR));
        assertEquals(List.of(), Drl.keys(analysis, FindingKind.WEAKNESS, Level.INDICATOR));
        assertEquals(Map.of("score", "80.00", "line", "95.00"),
                Drl.only(analysis, FindingKind.URGENT, Level.INDICATOR, "10").texts());
    }

    @Test
    void oneHundredthEitherSideOf80IsAWeaknessThenAStrength() {
        Analysis below = SOURCE_000.analyze(fy2564().indicator(3, "79.99").build());
        Analysis above = SOURCE_000.analyze(fy2564().indicator(3, "80.01").build());

        assertEquals(Map.of("score", "79.99", "line", "80.00"),
                Drl.only(below, FindingKind.WEAKNESS, Level.INDICATOR, "3").texts());
        assertEquals(List.of(), below.findings(FindingKind.STRENGTH));
        assertEquals(Map.of("score", "80.01", "line", "80.00"),
                Drl.only(above, FindingKind.STRENGTH, Level.INDICATOR, "3").texts());
        assertEquals(List.of(), above.findings(FindingKind.WEAKNESS));
    }

    @Test
    void source002HasIndicator2At9470AsItsOnlyUrgentIndicator() {
        Finding urgent = Drl.only(LOPBURI_2565, FindingKind.URGENT, Level.INDICATOR, "2");

        assertEquals(List.of(urgent), LOPBURI_2565.findings(FindingKind.URGENT));
        assertEquals(URGENT, urgent.rule());
        assertEquals(Map.of("score", "94.70", "line", "95.00"), urgent.texts());
        assertEquals(1, LOPBURI_2565.trace().stream().filter(URGENT::equals).count());
    }

    @Test
    void anIndicatorOfExactly95IsNotUrgent() {
        Analysis analysis = ENGINE.analyze(fy2564().indicator(4, "95.00").indicator(2, "94.99").build());

        assertEquals(List.of("2"), Drl.keys(analysis, FindingKind.URGENT, Level.INDICATOR));
        assertEquals(Map.of("score", "94.99", "line", "95.00"),
                Drl.only(analysis, FindingKind.URGENT, Level.INDICATOR, "2").texts());
    }

    @Test
    void source002MaintainsItsIndicatorsAndToolAt100() {
        List<Finding> maintain = LOPBURI_2565.findings(FindingKind.MAINTAIN);

        assertEquals(List.of("TOOL OIT", "INDICATOR 9", "INDICATOR 10"),
                maintain.stream().map(f -> f.subject().level() + " " + f.subject().key()).toList());
        for (Finding f : maintain) {
            assertEquals(MAINTAIN, f.rule());
            assertEquals(Map.of("score", "100.00", "maintainScore", "100.00"), f.texts());
        }
        assertEquals(3, LOPBURI_2565.trace().stream().filter(MAINTAIN::equals).count());
    }

    @Test
    void aScoreJustBelow100IsNotMaintained() {
        Analysis analysis = ENGINE.analyze(fy2564().indicator(9, "99.99").indicator(10, "100.00").build());

        assertEquals(List.of("10"), Drl.keys(analysis, FindingKind.MAINTAIN, Level.INDICATOR));
    }

    @Test
    void source000FailsThePassMarkOverallAndOnIitAndEitButPassesOnOit() {
        assertEquals(List.of("overall"), Drl.keys(LAMPANG_2564, FindingKind.FAILS_PASS_MARK, Level.OVERALL));
        assertEquals(List.of("IIT", "EIT"), Drl.keys(LAMPANG_2564, FindingKind.FAILS_PASS_MARK, Level.TOOL));
        assertEquals(List.of("OIT"), Drl.keys(LAMPANG_2564, FindingKind.PASSES_PASS_MARK, Level.TOOL));
        assertEquals(List.of(), LAMPANG_2564.findings(FindingKind.PASSES_PASS_MARK).stream()
                .filter(f -> f.subject().level() == Level.OVERALL).toList());

        Finding overall = Drl.only(LAMPANG_2564, FindingKind.FAILS_PASS_MARK, Level.OVERALL, "overall");
        assertEquals(FAILS, overall.rule());
        assertEquals(Map.of("score", "83.74", "passMark", "85.00"), overall.texts());
        assertEquals(Map.of("score", "79.95", "passMark", "85.00"),
                Drl.only(LAMPANG_2564, FindingKind.FAILS_PASS_MARK, Level.TOOL, "IIT").texts());
        assertEquals(Map.of("score", "83.51", "passMark", "85.00"),
                Drl.only(LAMPANG_2564, FindingKind.FAILS_PASS_MARK, Level.TOOL, "EIT").texts());
        Finding oit = Drl.only(LAMPANG_2564, FindingKind.PASSES_PASS_MARK, Level.TOOL, "OIT");
        assertEquals(PASSES, oit.rule());
        assertEquals(Map.of("score", "86.75", "passMark", "85.00"), oit.texts());
        assertEquals(false, LAMPANG_2564.passed());
    }

    @ParameterizedTest(name = "an overall of {0} gives {1}")
    @CsvSource({
        "85.00, PASSES_PASS_MARK",
        "84.99, FAILS_PASS_MARK",
        "85.01, PASSES_PASS_MARK",
        "83.74, FAILS_PASS_MARK",
    })
    void theOverallPassesAtThePassMarkAndFailsOneHundredthBelow(String overall, FindingKind kind) {
        Analysis analysis = ENGINE.analyze(fy2564().overall(overall).build());

        Finding finding = Drl.only(analysis, kind, Level.OVERALL, "overall");
        String rule = kind == FindingKind.PASSES_PASS_MARK ? PASSES : FAILS;
        assertEquals(rule, finding.rule());
        assertEquals(Map.of("score", overall, "passMark", "85.00"), finding.texts());
        assertEquals(kind == FindingKind.PASSES_PASS_MARK, analysis.passed());
        assertEquals(List.of(rule), Drl.fired(analysis, Set.of(PASSES, FAILS)));
    }

    @Test
    void aToolOfExactly85PassesAndOneOf8499Fails() {
        Analysis analysis = ENGINE.analyze(fy2564().tool("IIT", "85.00").tool("EIT", "84.99").build());

        assertEquals(Map.of("score", "85.00", "passMark", "85.00"),
                Drl.only(analysis, FindingKind.PASSES_PASS_MARK, Level.TOOL, "IIT").texts());
        assertEquals(Map.of("score", "84.99", "passMark", "85.00"),
                Drl.only(analysis, FindingKind.FAILS_PASS_MARK, Level.TOOL, "EIT").texts());
        assertEquals(List.of(FAILS, PASSES).stream().sorted().toList(), Drl.fired(analysis,
                Drl.rulesOf(ACTION_LINE_FILES)).stream().sorted().toList());
    }

    @Test
    void chiangMaiFailsThePassMarkOnlyOnEitPart2() {
        Analysis analysis = ENGINE.analyze(Samples.load("chiangmai-2566"));

        assertEquals(List.of("EIT_PART_2"), Drl.keys(analysis, FindingKind.FAILS_PASS_MARK, Level.TOOL));
        assertEquals(List.of("IIT", "EIT", "EIT_PART_1", "OIT"),
                Drl.keys(analysis, FindingKind.PASSES_PASS_MARK, Level.TOOL));
        assertEquals(Map.of("score", "80.16", "passMark", "85.00"),
                Drl.only(analysis, FindingKind.FAILS_PASS_MARK, Level.TOOL, "EIT_PART_2").texts());
    }

    /** Source 001: i24 (55.57) is its one question below 80, and a question is never a strength. */
    @Test
    void source001sOnlyWeakQuestionIsI24() {
        Analysis analysis = ENGINE.analyze(Samples.load("lampang-pao-2566"));

        assertEquals(List.of("i24"), Drl.keys(analysis, FindingKind.WEAKNESS, Level.QUESTION));
        Finding i24 = Drl.only(analysis, FindingKind.WEAKNESS, Level.QUESTION, "i24");
        assertEquals(Map.of("score", "55.57", "line", "80.00"), i24.texts());
        assertEquals(QUESTION_WEAKNESS, i24.rule());
        assertEquals(List.of(), Drl.keys(analysis, FindingKind.STRENGTH, Level.QUESTION));
    }

    @Test
    void everyActionLineFindingNamesARuleOfTheActionLinesFiles() {
        Set<String> actionLineRules = Set.of(STRENGTH, WEAKNESS, QUESTION_WEAKNESS, URGENT, MAINTAIN, PASSES, FAILS);
        Set<FindingKind> kinds = Set.of(FindingKind.STRENGTH, FindingKind.WEAKNESS, FindingKind.URGENT,
                FindingKind.MAINTAIN, FindingKind.PASSES_PASS_MARK, FindingKind.FAILS_PASS_MARK);
        for (Analysis analysis : List.of(LAMPANG_2564, LOPBURI_2565)) {
            List<Finding> findings = analysis.findings().stream().filter(f -> kinds.contains(f.kind())).toList();
            for (Finding f : findings) {
                assertEquals(true, actionLineRules.contains(f.rule()), () -> "rule of " + f);
            }
            assertEquals(findings.stream().map(Finding::rule).sorted().toList(),
                    Drl.fired(analysis, actionLineRules).stream().sorted().toList());
        }
    }
}
