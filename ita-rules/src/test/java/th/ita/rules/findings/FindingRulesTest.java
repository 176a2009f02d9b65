package th.ita.rules.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.Drl;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;

/**
 * The finding rules of {@code findings/*.drl} (failed OIT items, highest and lowest indicators,
 * inconsistent published scores) and {@code trend/year-on-year.drl}.
 */
class FindingRulesTest {

    private static final ItaEngine ENGINE = ItaEngine.create();

    private static final String OIT_FAILED = Drl.declared("findings/oit-items.drl",
            "Finding: a failed OIT item, with its reason");
    private static final String HIGHEST = Drl.declared("findings/highest-lowest.drl",
            "Finding: the highest-scoring indicator");
    private static final String LOWEST = Drl.declared("findings/highest-lowest.drl",
            "Finding: the lowest-scoring indicator");
    private static final String IMPROVED = Drl.declared("trend/year-on-year.drl", "Trend: higher than last year");
    private static final String DECLINED = Drl.declared("trend/year-on-year.drl", "Trend: lower than last year");
    private static final String UNCHANGED = Drl.declared("trend/year-on-year.drl", "Trend: the same as last year");
    private static final String INCONSISTENT = Drl.declared("findings/consistency.drl",
            "Finding: a given score disagrees with the levels below it");

    private static final Analysis LAMPANG_2564 = ENGINE.analyze(Samples.load("lampang-city-2564"));

    /** Source 000's ten FY2564 indicators, which give the printed overall 83.74 exactly. */
    private static Assessment.Builder lampang2564Indicators() {
        return Assessment.builder().agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2564)
                .indicator(1, "87.37").indicator(2, "76.24").indicator(3, "82.64").indicator(4, "75.78")
                .indicator(5, "77.74").indicator(6, "86.61").indicator(7, "82.04").indicator(8, "81.87")
                .indicator(9, "86.00").indicator(10, "87.50");
    }

    @Test
    void lampangCity2564HasFiveFailedOitItemsWithTheirReasons() {
        List<Finding> failed = LAMPANG_2564.findings(FindingKind.OIT_ITEM_FAILED);

        assertEquals(List.of("o27", "o28", "o30", "o36", "o37"),
                failed.stream().map(f -> f.subject().key()).toList());
        assertEquals(List.of(
                Map.of("reason", "มีหลักเกณฑ์ไม่ครบ ๕ ข้อ", "reasonKind", "INCOMPLETE"),
                Map.of("reason", "ไม่มี URL", "reasonKind", "NO_URL"),
                Map.of("reason", "ไม่เป็นช่องทางที่รักษาความลับ", "reasonKind", "NOT_CONFIDENTIAL"),
                Map.of("reason", "ไม่มี URL", "reasonKind", "NO_URL"),
                Map.of("reason", "ไม่มี URL", "reasonKind", "NO_URL")),
                failed.stream().map(Finding::texts).toList());
        for (Finding f : failed) {
            assertEquals(OIT_FAILED, f.rule());
            assertEquals(Level.OIT_ITEM, f.subject().level());
        }
        assertEquals(List.of(OIT_FAILED, OIT_FAILED, OIT_FAILED, OIT_FAILED, OIT_FAILED),
                Drl.fired(LAMPANG_2564, Set.of(OIT_FAILED)));
    }

    @Test
    void aFailedOitItemWithoutAReasonHasAnEmptyReasonOfUnspecifiedKind() {
        Analysis analysis = ENGINE.analyze(Samples.load("chiangmai-2566"));

        List<Finding> failed = analysis.findings(FindingKind.OIT_ITEM_FAILED);
        assertEquals(List.of("o18", "o42", "o43"), failed.stream().map(f -> f.subject().key()).toList());
        for (Finding f : failed) {
            assertEquals(Map.of("reason", "", "reasonKind", "UNSPECIFIED"), f.texts());
        }
    }

    @Test
    void source002HasIndicators9And10TiedHighestAndIndicator2Lowest() {
        Analysis analysis = ENGINE.analyze(Samples.load("lopburi-2565"));

        List<Finding> highest = analysis.findings(FindingKind.HIGHEST_INDICATOR);
        assertEquals(List.of("9", "10"), highest.stream().map(f -> f.subject().key()).toList());
        for (Finding f : highest) {
            assertEquals(HIGHEST, f.rule());
            assertEquals(Map.of("score", "100.00"), f.texts());
        }
        Finding lowest = Drl.only(analysis, FindingKind.LOWEST_INDICATOR, Level.INDICATOR, "2");
        assertEquals(List.of(lowest), analysis.findings(FindingKind.LOWEST_INDICATOR));
        assertEquals(LOWEST, lowest.rule());
        assertEquals(Map.of("score", "94.70"), lowest.texts());
        assertEquals(List.of(HIGHEST, HIGHEST, LOWEST), Drl.fired(analysis, Set.of(HIGHEST, LOWEST)).stream()
                .sorted().toList());
    }

    @Test
    void source000HasIndicator10HighestAndIndicator4Lowest() {
        assertEquals(List.of("10"), Drl.keys(LAMPANG_2564, FindingKind.HIGHEST_INDICATOR, Level.INDICATOR));
        assertEquals(List.of("4"), Drl.keys(LAMPANG_2564, FindingKind.LOWEST_INDICATOR, Level.INDICATOR));
        assertEquals(Map.of("score", "75.78"),
                Drl.only(LAMPANG_2564, FindingKind.LOWEST_INDICATOR, Level.INDICATOR, "4").texts());
    }

    @Test
    void source000OverallImprovedBy2655SinceFy2563() {
        Finding overall = Drl.only(LAMPANG_2564, FindingKind.IMPROVED, Level.OVERALL, "overall");

        assertEquals(IMPROVED, overall.rule());
        assertEquals(Map.of("score", "83.74", "previous", "57.19", "delta", "26.55"), overall.texts());
    }

    @Test
    void source000IndicatorTrendsMatchThePrintedChangeColumn() {
        assertEquals(List.of("2", "4"), Drl.keys(LAMPANG_2564, FindingKind.DECLINED, Level.INDICATOR));
        assertEquals(List.of("1", "3", "5", "6", "7", "8", "9", "10"),
                Drl.keys(LAMPANG_2564, FindingKind.IMPROVED, Level.INDICATOR));
        assertEquals(List.of(), LAMPANG_2564.findings(FindingKind.UNCHANGED));
    }

    @ParameterizedTest(name = "source 000 indicator {0}: {1} -> {2} is {3} by {4}")
    @CsvSource({
        "1, 87.35, 87.37, IMPROVED, 0.02",
        "2, 76.65, 76.24, DECLINED, -0.41",
        "3, 81.74, 82.64, IMPROVED, 0.90",
        "4, 77.94, 75.78, DECLINED, -2.16",
        "5, 75.78, 77.74, IMPROVED, 1.96",
        "6, 72.07, 86.61, IMPROVED, 14.54",
        "7, 66.94, 82.04, IMPROVED, 15.10",
        "8, 66.50, 81.87, IMPROVED, 15.37",
        "9, 44.62, 86.00, IMPROVED, 41.38",
        "10, 18.75, 87.50, IMPROVED, 68.75",
    })
    void eachSource000IndicatorTrendHoldsTheScoresAndTheSignedDelta(String indicator, String previous,
            String score, FindingKind kind, String delta) {
        Finding finding = Drl.only(LAMPANG_2564, kind, Level.INDICATOR, indicator);

        assertEquals(kind == FindingKind.IMPROVED ? IMPROVED : DECLINED, finding.rule());
        assertEquals(Map.of("score", score, "previous", previous, "delta", delta), finding.texts());
    }

    @Test
    void source000ToolTrendsAreComputedFromTheIndicatorsOfBothYears() {
        assertEquals(Map.of("score", "79.95", "previous", "79.89", "delta", "0.06"),
                Drl.only(LAMPANG_2564, FindingKind.IMPROVED, Level.TOOL, "IIT").texts());
        assertEquals(Map.of("score", "83.51", "previous", "68.50", "delta", "15.01"),
                Drl.only(LAMPANG_2564, FindingKind.IMPROVED, Level.TOOL, "EIT").texts());
        assertEquals(Map.of("score", "86.75", "previous", "31.69", "delta", "55.06"),
                Drl.only(LAMPANG_2564, FindingKind.IMPROVED, Level.TOOL, "OIT").texts());
        // Overall, three tools and eight indicators improved; two indicators declined.
        assertEquals(12, LAMPANG_2564.trace().stream().filter(IMPROVED::equals).count());
        assertEquals(2, LAMPANG_2564.trace().stream().filter(DECLINED::equals).count());
    }

    @Test
    void anEqualScoreToLastYearIsUnchanged() {
        Assessment previous = Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(2563)
                .overall("80.00").indicator(1, "75.00").build();
        Analysis analysis = ENGINE.analyze(Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER)
                .fiscalYear(2564).overall("80.00").indicator(1, "75.01").history(previous).build());

        Finding overall = Drl.only(analysis, FindingKind.UNCHANGED, Level.OVERALL, "overall");
        assertEquals(UNCHANGED, overall.rule());
        assertEquals(Map.of("score", "80.00", "previous", "80.00", "delta", "0.00"), overall.texts());
        assertEquals(Map.of("score", "75.01", "previous", "75.00", "delta", "0.01"),
                Drl.only(analysis, FindingKind.IMPROVED, Level.INDICATOR, "1").texts());
        assertEquals(List.of(IMPROVED, UNCHANGED), Drl.fired(analysis, Set.of(IMPROVED, DECLINED, UNCHANGED))
                .stream().sorted().toList());
    }

    @Test
    void withoutAPreviousYearNoTrendRuleFires() {
        Analysis analysis = ENGINE.analyze(Samples.load("lopburi-2565"));

        assertEquals(List.of(), Drl.fired(analysis, Set.of(IMPROVED, DECLINED, UNCHANGED)));
    }

    @Test
    void aGivenOverallMoreThanOneHundredthFromTheIndicatorsIsInconsistent() {
        Analysis analysis = ENGINE.analyze(lampang2564Indicators().overall("83.76").build());

        Finding finding = Drl.only(analysis, FindingKind.INCONSISTENT_SCORES, Level.OVERALL, "overall");
        assertEquals(INCONSISTENT, finding.rule());
        assertEquals("83.76", finding.text("given"));
        assertEquals("83.74", finding.text("computed"));
        assertEquals("0.02", finding.text("difference"));
        assertEquals("overall is given as 83.76 but the weighted tool scores (30/30/40) give 83.74",
                finding.text("message"));
        assertEquals(List.of(INCONSISTENT), Drl.fired(analysis, Set.of(INCONSISTENT)));
    }

    @ParameterizedTest(name = "a given overall of {0} is within 0.01 of the computed 83.74")
    @ValueSource(strings = {"83.73", "83.74", "83.75"})
    void aGivenOverallWithinOneHundredthIsConsistent(String overall) {
        Analysis analysis = ENGINE.analyze(lampang2564Indicators().overall(overall).build());

        assertEquals(List.of(), analysis.findings(FindingKind.INCONSISTENT_SCORES));
        assertEquals(List.of(), Drl.fired(analysis, Set.of(INCONSISTENT)));
    }

    @Test
    void aGivenOverallBelowTheIndicatorsGivesANegativeDifference() {
        Analysis analysis = ENGINE.analyze(lampang2564Indicators().overall("83.72").build());

        Finding finding = Drl.only(analysis, FindingKind.INCONSISTENT_SCORES, Level.OVERALL, "overall");
        assertEquals("-0.02", finding.text("difference"));
    }

    @Test
    void anInconsistentToolScoreHasTheToolsOwnSubject() {
        Analysis analysis = ENGINE.analyze(lampang2564Indicators().tool("IIT", "80.00").build());

        Finding finding = Drl.only(analysis, FindingKind.INCONSISTENT_SCORES, Level.TOOL, "IIT");
        Finding failsPassMark = Drl.only(analysis, FindingKind.FAILS_PASS_MARK, Level.TOOL, "IIT");
        assertEquals(failsPassMark.subject(), finding.subject());
        assertEquals("80.00", finding.text("given"));
        assertEquals("79.95", finding.text("computed"));
    }

    @ParameterizedTest(name = "{0} has no inconsistent scores")
    @ValueSource(strings = {"lampang-city-2563", "lampang-city-2564", "lopburi-2565", "lampang-pao-2566",
        "chiangmai-2566"})
    void thePublishedSamplesAreConsistentWithinOneHundredth(String sample) {
        Analysis analysis = ENGINE.analyze(Samples.load(sample));

        assertEquals(List.of(), analysis.findings(FindingKind.INCONSISTENT_SCORES));
        assertEquals(List.of(), Drl.fired(analysis, Set.of(INCONSISTENT)));
    }
}
