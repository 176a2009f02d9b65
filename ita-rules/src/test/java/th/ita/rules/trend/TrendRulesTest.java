package th.ita.rules.trend;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.policy.Policy;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.Drl;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * The multi-year trend rules: {@code trend/history.drl} (the change against each year before the
 * previous one, which {@code trend/year-on-year.drl} covers, and the direction of a series of at
 * least three years) and {@code trend/target-path.drl} (the yearly target path and the next year's
 * target, whose 85 and 90 come from the policy).
 */
class TrendRulesTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final ItaEngine NEXT_YEAR_92 = ItaEngine.builder()
            .policy(Policy.defaults().withNextYearTarget(Score.parse("92"))).build();

    private static final String CHANGE = Drl.declared("trend/history.drl", "Trend: the change against an earlier year");
    private static final String DIRECTION = Drl.declared("trend/history.drl", "Trend: the direction over the years");
    private static final String BELOW_PATH = Drl.declared("trend/target-path.drl",
            "Trend: the overall is below the target path for the year");
    private static final String ON_PATH = Drl.declared("trend/target-path.drl",
            "Trend: the overall is on the target path for the year");
    private static final String AT_PASS_MARK = Drl.declared("trend/target-path.drl",
            "Trend: an agency at the pass mark aims for the next-year target");
    private static final String PATH_NEXT = Drl.declared("trend/target-path.drl",
            "Trend: an agency below the pass mark aims for its path's next target");
    private static final String NO_PATH = Drl.declared("trend/target-path.drl",
            "Trend: an agency below the pass mark with no path aims for the pass mark");

    private static final String HIGHER = Drl.declared("trend/year-on-year.drl", "Trend: higher than last year");
    private static final String LOWER = Drl.declared("trend/year-on-year.drl", "Trend: lower than last year");
    private static final String SAME = Drl.declared("trend/year-on-year.drl", "Trend: the same as last year");

    private static final Set<String> TREND_RULES = Drl.rulesOf("trend/history.drl", "trend/target-path.drl",
            "trend/year-on-year.drl");

    private static Assessment year(int year, String overall) {
        return Assessment.builder().agency("เทศบาลทดสอบ", AgencyKind.CITY_MUNICIPALITY).fiscalYear(year)
                .overall(overall).build();
    }

    /** An FY2566 agency with an overall only, its history of overall scores, and an optional path. */
    private static Assessment.Builder fy2566(String overall, Assessment... history) {
        Assessment.Builder b = Assessment.builder().agency("เทศบาลทดสอบ", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2566).overall(overall);
        for (Assessment h : history) {
            b.history(h);
        }
        return b;
    }

    /** Source 003's path, from FY2566: 65 then 70. */
    private static Assessment.Builder withPath(Assessment.Builder b) {
        return b.target(2566, "65").target(2567, "70");
    }

    private static Finding overall(Analysis analysis, FindingKind kind) {
        return Drl.only(analysis, kind, Level.OVERALL, "overall");
    }

    private static List<String> sorted(String... rules) {
        return java.util.Arrays.stream(rules).sorted().toList();
    }

    private static List<String> trendRulesFired(Analysis analysis) {
        return Drl.fired(analysis, TREND_RULES).stream().sorted().toList();
    }

    @Test
    void aFallingAgencyOnItsPath() {
        Analysis analysis = ENGINE.analyze(withPath(fy2566("68.00", year(2564, "83.74"), year(2565, "80.00"))).build());

        List<Finding> changes = Drl.findings(analysis, FindingKind.CHANGE_SINCE_YEAR, Level.OVERALL);
        assertAll(
                // FY2564 against this year; FY2565, the year just before, is the year-on-year change.
                () -> assertEquals(List.of(Map.of("year", "2564", "earlier", "83.74", "score", "68.00", "delta", "-15.74")),
                        changes.stream().map(Finding::texts).toList()),
                () -> assertEquals(List.of(CHANGE), changes.stream().map(Finding::rule).toList()),
                () -> assertEquals(Map.of("score", "68.00", "previous", "80.00", "delta", "-12.00"),
                        overall(analysis, FindingKind.DECLINED).texts()),
                () -> assertEquals(Map.of("direction", "FALLING", "from", "2564", "to", "2566", "years", "3"),
                        overall(analysis, FindingKind.SERIES_DIRECTION).texts()),
                () -> assertEquals(DIRECTION, overall(analysis, FindingKind.SERIES_DIRECTION).rule()),
                () -> assertEquals(Map.of("score", "68.00", "target", "65.00"),
                        overall(analysis, FindingKind.ON_TARGET_PATH).texts()),
                () -> assertEquals(List.of(), analysis.findings(FindingKind.BELOW_TARGET_PATH)),
                // Below the pass mark, the next target is the path's FY2567 target, not the pass mark.
                () -> assertEquals(Map.of("target", "70.00", "year", "2567", "score", "68.00"),
                        overall(analysis, FindingKind.NEXT_YEAR_TARGET).texts()),
                () -> assertEquals(PATH_NEXT, overall(analysis, FindingKind.NEXT_YEAR_TARGET).rule()),
                () -> assertEquals(sorted(CHANGE, DIRECTION, LOWER, PATH_NEXT, ON_PATH), trendRulesFired(analysis)));
    }

    @Test
    void anAgencyBelowItsPathIsFlaggedWithTheGap() {
        Analysis analysis = ENGINE.analyze(withPath(fy2566("60.00", year(2564, "83.74"), year(2565, "80.00"))).build());

        Finding below = overall(analysis, FindingKind.BELOW_TARGET_PATH);
        assertAll(
                () -> assertEquals(Map.of("score", "60.00", "target", "65.00", "gap", "5.00"), below.texts()),
                () -> assertEquals(BELOW_PATH, below.rule()),
                () -> assertEquals(List.of(), analysis.findings(FindingKind.ON_TARGET_PATH)),
                () -> assertEquals(Map.of("year", "2564", "earlier", "83.74", "score", "60.00", "delta", "-23.74"),
                        overall(analysis, FindingKind.CHANGE_SINCE_YEAR).texts()),
                () -> assertEquals(Map.of("target", "70.00", "year", "2567", "score", "60.00"),
                        overall(analysis, FindingKind.NEXT_YEAR_TARGET).texts()),
                () -> assertEquals(sorted(CHANGE, DIRECTION, LOWER, PATH_NEXT, BELOW_PATH), trendRulesFired(analysis)));
    }

    @Test
    void exactlyOnThePathIsOnIt() {
        Analysis analysis = ENGINE.analyze(withPath(fy2566("65.00")).build());

        assertEquals(Map.of("score", "65.00", "target", "65.00"), overall(analysis, FindingKind.ON_TARGET_PATH).texts());
        assertEquals(List.of(), analysis.findings(FindingKind.BELOW_TARGET_PATH));
        // 0.01 below the path is below it.
        Analysis justBelow = ENGINE.analyze(withPath(fy2566("64.99")).build());
        assertEquals(Map.of("score", "64.99", "target", "65.00", "gap", "0.01"),
                overall(justBelow, FindingKind.BELOW_TARGET_PATH).texts());
    }

    @Test
    void anAgencyAtThePassMarkAimsForThePolicysNextYearTarget() {
        Analysis at85 = ENGINE.analyze(withPath(fy2566("85.00", year(2565, "80.00"))).build());
        Analysis at97 = ENGINE.analyze(fy2566("97.00").build());

        assertAll(
                () -> assertEquals(Map.of("target", "90.00", "score", "85.00"),
                        overall(at85, FindingKind.NEXT_YEAR_TARGET).texts()),
                () -> assertEquals(AT_PASS_MARK, overall(at85, FindingKind.NEXT_YEAR_TARGET).rule()),
                () -> assertEquals(Map.of("target", "90.00", "score", "97.00"),
                        overall(at97, FindingKind.NEXT_YEAR_TARGET).texts()),
                () -> assertEquals(List.of(AT_PASS_MARK), trendRulesFired(at97)),
                // With a path, the agency is also on it; the path's FY2567 target of 70 gives way to the policy's 90.
                () -> assertEquals(sorted(HIGHER, AT_PASS_MARK, ON_PATH), trendRulesFired(at85)));
    }

    @Test
    void theNextYearTargetComesFromThePolicy() {
        Analysis analysis = NEXT_YEAR_92.analyze(fy2566("88.00").build());

        assertEquals(Map.of("target", "92.00", "score", "88.00"),
                overall(analysis, FindingKind.NEXT_YEAR_TARGET).texts());
        assertEquals(AT_PASS_MARK, overall(analysis, FindingKind.NEXT_YEAR_TARGET).rule());
    }

    @Test
    void theTargetPathRulesHaveNoScoreLiterals() {
        String rules = Drl.text("trend/target-path.drl").lines().filter(l -> !l.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        // Rule names and conditions only: 85, 90 and the path's scores come from the policy and the facts.
        assertFalse(rules.matches("(?s).*\\b(65|70|75|80|85|90)\\b.*"), rules);
    }

    @Test
    void belowThePassMarkWithNoPathTheTargetIsThePassMark() {
        Analysis analysis = ENGINE.analyze(fy2566("84.99", year(2565, "80.00")).build());

        assertAll(
                () -> assertEquals(Map.of("target", "85.00", "score", "84.99"),
                        overall(analysis, FindingKind.NEXT_YEAR_TARGET).texts()),
                () -> assertEquals(NO_PATH, overall(analysis, FindingKind.NEXT_YEAR_TARGET).rule()),
                () -> assertEquals(List.of(), analysis.findings(FindingKind.ON_TARGET_PATH)),
                () -> assertEquals(List.of(), analysis.findings(FindingKind.BELOW_TARGET_PATH)),
                // One earlier year, the previous one: a year-on-year change, no CHANGE_SINCE_YEAR, no direction.
                () -> assertEquals(List.of(), analysis.findings(FindingKind.CHANGE_SINCE_YEAR)),
                () -> assertEquals(List.of(), analysis.findings(FindingKind.SERIES_DIRECTION)),
                () -> assertEquals(sorted(HIGHER, NO_PATH), trendRulesFired(analysis)));
    }

    @Test
    void aPathWithoutTheNextYearAimsForThePassMark() {
        // Only the assessed year has a target: the path says nothing about FY2567.
        Analysis analysis = ENGINE.analyze(fy2566("70.00").target(2566, "65").build());

        assertEquals(Map.of("target", "85.00", "score", "70.00"),
                overall(analysis, FindingKind.NEXT_YEAR_TARGET).texts());
        assertEquals(NO_PATH, overall(analysis, FindingKind.NEXT_YEAR_TARGET).rule());
        assertEquals(Map.of("score", "70.00", "target", "65.00"), overall(analysis, FindingKind.ON_TARGET_PATH).texts());
    }

    @Test
    void aPassMarkFromThePolicyMovesTheNextYearRule() {
        ItaEngine pass80 = ItaEngine.builder().policy(Policy.defaults().withPassMark(Score.parse("80"))).build();
        Analysis analysis = pass80.analyze(fy2566("82.00").build());

        assertEquals(Map.of("target", "90.00", "score", "82.00"),
                overall(analysis, FindingKind.NEXT_YEAR_TARGET).texts());
        assertEquals(AT_PASS_MARK, overall(analysis, FindingKind.NEXT_YEAR_TARGET).rule());
    }

    @Test
    void lampangCity2564HasTwoYearsSoItsChangesAreYearOnYear() {
        Analysis analysis = ENGINE.analyze(Samples.load("lampang-city-2564"));

        assertAll(
                () -> assertEquals(List.of(), analysis.findings(FindingKind.CHANGE_SINCE_YEAR)),
                () -> assertEquals(List.of(), analysis.findings(FindingKind.SERIES_DIRECTION)),
                () -> assertEquals(List.of("2", "4"), Drl.keys(analysis, FindingKind.DECLINED, Level.INDICATOR)),
                () -> assertEquals(List.of("1", "3", "5", "6", "7", "8", "9", "10"),
                        Drl.keys(analysis, FindingKind.IMPROVED, Level.INDICATOR)),
                // Source 000's การเปลี่ยนแปลง column: +26.55 overall.
                () -> assertEquals(Map.of("score", "83.74", "previous", "57.19", "delta", "26.55"),
                        overall(analysis, FindingKind.IMPROVED).texts()),
                // FY2564 is below the pass mark and has no path: it aims for the pass mark.
                () -> assertEquals(Map.of("target", "85.00", "score", "83.74"),
                        overall(analysis, FindingKind.NEXT_YEAR_TARGET).texts()),
                () -> assertEquals(NO_PATH, overall(analysis, FindingKind.NEXT_YEAR_TARGET).rule()));
    }

    /**
     * Source 000's two years (the FY2564 indicators and the FY2563 sample) with an FY2562 of 10.00 on
     * every indicator before them: indicators 2 and 4 rose and then fell, the others rose twice.
     */
    @Test
    void lampangCity2564WithAnEarlierYearHasADirectionPerIndicator() {
        Assessment.Builder fy2562 = Assessment.builder().agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2562);
        for (int n = 1; n <= 10; n++) {
            fy2562.indicator(n, "10.00");
        }
        Assessment a = Assessment.builder().agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2564)
                .indicator(1, "87.37").indicator(2, "76.24").indicator(3, "82.64").indicator(4, "75.78")
                .indicator(5, "77.74").indicator(6, "86.61").indicator(7, "82.04").indicator(8, "81.87")
                .indicator(9, "86.00").indicator(10, "87.50")
                .history(Samples.load("lampang-city-2563")).history(fy2562.build()).build();
        Analysis analysis = ENGINE.analyze(a);

        Map<String, String> directions = new TreeMap<>();
        for (Finding f : analysis.findings(FindingKind.SERIES_DIRECTION)) {
            directions.put(f.subject().key(), f.text("direction"));
            assertEquals(Map.of("from", "2562", "to", "2564", "years", "3"), Map.of("from", f.text("from"),
                    "to", f.text("to"), "years", f.text("years")), f.subject().key());
            assertEquals(DIRECTION, f.rule());
        }
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("overall", "RISING"), Map.entry("1", "RISING"),
                Map.entry("2", "MIXED"), Map.entry("3", "RISING"), Map.entry("4", "MIXED"),
                Map.entry("5", "RISING"), Map.entry("6", "RISING"), Map.entry("7", "RISING"),
                Map.entry("8", "RISING"), Map.entry("9", "RISING"), Map.entry("10", "RISING"))), directions);

        Map<String, String> deltas = new TreeMap<>();
        for (Finding f : analysis.findings(FindingKind.CHANGE_SINCE_YEAR)) {
            deltas.put(f.subject().key(), f.text("delta"));
            assertEquals("2562", f.text("year"));
        }
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("overall", "73.74"), Map.entry("1", "77.37"),
                Map.entry("2", "66.24"), Map.entry("3", "72.64"), Map.entry("4", "65.78"), Map.entry("5", "67.74"),
                Map.entry("6", "76.61"), Map.entry("7", "72.04"), Map.entry("8", "71.87"), Map.entry("9", "76.00"),
                Map.entry("10", "77.50"))), deltas);
    }

    @Test
    void upAndDownIsMixed() {
        Analysis analysis = ENGINE.analyze(fy2566("78.00", year(2563, "70.00"), year(2564, "80.00"),
                year(2565, "75.00")).build());

        assertEquals(Map.of("direction", "MIXED", "from", "2563", "to", "2566", "years", "4"),
                overall(analysis, FindingKind.SERIES_DIRECTION).texts());
        assertEquals(List.of("2563:8.00", "2564:-2.00"),
                Drl.findings(analysis, FindingKind.CHANGE_SINCE_YEAR, Level.OVERALL).stream()
                        .map(f -> f.text("year") + ":" + f.text("delta")).sorted().toList());
        assertEquals("3.00", overall(analysis, FindingKind.IMPROVED).text("delta"));
    }

    @Test
    void theSameEveryYearIsFlat() {
        Analysis analysis = ENGINE.analyze(fy2566("80.00", year(2564, "80.00"), year(2565, "80.00")).build());

        assertEquals(Map.of("direction", "FLAT", "from", "2564", "to", "2566", "years", "3"),
                overall(analysis, FindingKind.SERIES_DIRECTION).texts());
        assertEquals(List.of("2564:0.00"),
                Drl.findings(analysis, FindingKind.CHANGE_SINCE_YEAR, Level.OVERALL).stream()
                        .map(f -> f.text("year") + ":" + f.text("delta")).toList());
        assertEquals("0.00", overall(analysis, FindingKind.UNCHANGED).text("delta"));
    }

    @Test
    void risingAfterAFlatYearIsRising() {
        Analysis analysis = ENGINE.analyze(fy2566("82.00", year(2564, "80.00"), year(2565, "80.00")).build());

        assertEquals("RISING", overall(analysis, FindingKind.SERIES_DIRECTION).text("direction"));
    }

    @Test
    void withoutHistoryThereIsNoChangeOrDirection() {
        Analysis analysis = ENGINE.analyze(fy2566("80.00").build());

        assertEquals(List.of(), analysis.findings(FindingKind.CHANGE_SINCE_YEAR));
        assertEquals(List.of(), analysis.findings(FindingKind.SERIES_DIRECTION));
        assertEquals(List.of(NO_PATH), trendRulesFired(analysis));
    }

    @Test
    void aHistoryOfOverallScoresGivesNoIndicatorSeries() {
        Assessment a = Assessment.builder().agency("เทศบาลทดสอบ", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2564)
                .indicator(1, "87.37").indicator(2, "76.24").indicator(3, "82.64").indicator(4, "75.78")
                .indicator(5, "77.74").indicator(6, "86.61").indicator(7, "82.04").indicator(8, "81.87")
                .indicator(9, "86.00").indicator(10, "87.50").history(year(2562, "60.00")).history(year(2563, "57.19"))
                .build();
        Analysis analysis = ENGINE.analyze(a);

        assertEquals(Set.of("overall"), Drl.keySet(analysis.findings(FindingKind.SERIES_DIRECTION)));
        assertEquals(Set.of("overall"), Drl.keySet(analysis.findings(FindingKind.CHANGE_SINCE_YEAR)));
        assertEquals(Map.of("direction", "MIXED", "from", "2562", "to", "2564", "years", "3"),
                overall(analysis, FindingKind.SERIES_DIRECTION).texts());
    }

    @org.junit.jupiter.api.Test
    void changesAgainstEarlierYearsComeInYearOrder() {
        Analysis analysis = ENGINE.analyze(fy2566("78.00", year(2563, "70.00"), year(2564, "80.00"),
                year(2565, "75.00")).build());

        assertEquals(List.of("2563", "2564"), analysis.findings(FindingKind.CHANGE_SINCE_YEAR).stream()
                .map(f -> f.text("year")).toList());
    }
}
