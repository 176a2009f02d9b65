package th.ita.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.model.SampleJson;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.samples.Samples;

/** The aggregation reproduces every score the sources print (docs/SOURCES.md §2.2 to §2.4). */
class PublishedScoresTest {

    private static Score s(String text) {
        return Score.parse(text);
    }

    private static ScoreCard card(String sample) {
        return ScoreCard.of(Samples.load(sample));
    }

    @ParameterizedTest(name = "{0}: computed overall {1}")
    @CsvSource({
        "lampang-city-2563, 57.19",
        "lampang-city-2564, 83.74",
        "lopburi-2565, 97.86",
    })
    void overallFromLevelsBelowEqualsPrintedOverallExactly(String sample, String printed) {
        LevelScore overall = card(sample).overall();

        assertEquals(Optional.of(s(printed)), overall.given());
        assertEquals(Optional.of(s(printed)), overall.computed());
    }

    @ParameterizedTest(name = "{0}: computed overall is within 0.01 of printed {1}")
    @CsvSource({
        "lampang-pao-2566, 94.96",
        "chiangmai-2566, 92.19",
    })
    void overallFromLevelsBelowIsWithinOneHundredthForFy2566(String sample, String printed) {
        LevelScore overall = card(sample).overall();

        assertEquals(Optional.of(s(printed)), overall.given());
        BigDecimal difference = s(printed).minus(overall.computed().orElseThrow()).abs();
        assertTrue(difference.compareTo(new BigDecimal("0.01")) <= 0, "difference " + difference);
    }

    @Test
    void overallOfSource001IsOneHundredthBelowThePrintedOne() {
        // 0.30 x 97.006 + 0.30 x 86.1767 + 0.40 x 100.00 = 94.9548, printed 94.96 (rounded inputs)
        assertEquals(Optional.of(s("94.95")), card("lampang-pao-2566").overall().computed());
    }

    @Test
    void overallIsTheWeightedMeanNotThePlainMeanOfTenIndicators() {
        // FY2564: the plain mean of the ten indicators is 82.38; the 30/30/40 weighting gives 83.7382.
        LevelScore overall = card("lampang-city-2564").overall();

        assertEquals(Optional.of(new BigDecimal("83.73820000000000")), overall.computedExact()
                .map(v -> v.setScale(14, java.math.RoundingMode.HALF_UP)));
        assertNotEquals(Optional.of(s("82.38")), overall.computed());
    }

    @Test
    void fy2564OitIndicatorsComeFromEqualWeightSubIndicatorsOfTheItems() {
        ScoreCard card = card("lampang-city-2564");

        assertEquals(Optional.of(s("86.00")), card.indicator(9).computed());
        assertEquals(Optional.of(s("87.50")), card.indicator(10).computed());
        assertNotEquals(Optional.of(s("90.91")), card.indicator(9).computed());
        assertNotEquals(Optional.of(s("80.00")), card.indicator(10).computed());
    }

    @Test
    void fy2564OitItemsAloneGiveTheIndicatorsAndTheOitTool() {
        ObjectNode json = SampleJson.of("lampang-city-2564");
        json.remove("overall");
        json.remove("previous");
        ((ObjectNode) json.get("indicators")).remove(List.of("9", "10"));
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        assertEquals(LevelScore.Source.COMPUTED, card.indicator(9).source());
        assertEquals(Optional.of(s("86.00")), card.indicator(9).value());
        assertEquals(Optional.of(s("87.50")), card.indicator(10).value());
        assertEquals(Optional.of(s("86.75")), card.tool(ToolComponent.OIT).value());
        assertEquals(Optional.of(s("83.74")), card.overall().value());
        assertEquals(List.of(), card.gaps());
    }

    @Test
    void fy2564SubIndicatorsAreTheMeansOfTheirItems() {
        ScoreCard card = card("lampang-city-2564");

        assertEquals(List.of("9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"),
                List.copyOf(card.subIndicators().keySet()));
        assertEquals(Optional.of(s("100.00")), card.subIndicator("9.1").value());
        assertEquals(Optional.of(s("100.00")), card.subIndicator("9.2").value());
        assertEquals(Optional.of(s("100.00")), card.subIndicator("9.3").value());
        assertEquals(Optional.of(s("50.00")), card.subIndicator("9.4").value());
        assertEquals(Optional.of(s("80.00")), card.subIndicator("9.5").value());
        assertEquals(Optional.of(s("75.00")), card.subIndicator("10.1").value());
        assertEquals(Optional.of(s("100.00")), card.subIndicator("10.2").value());
        assertEquals(LevelScore.Source.COMPUTED, card.subIndicator("9.4").source());
    }

    @Test
    void subIndicatorWithoutItemsIsUnavailable() {
        ScoreCard card = card("lopburi-2565");

        assertEquals(Optional.empty(), card.subIndicator("9.4").value());
        assertEquals(LevelScore.Source.UNAVAILABLE, card.subIndicator("9.4").source());
        assertEquals(Optional.empty(), card.indicator(9).computed());
        assertEquals(Optional.of(s("100.00")), card.indicator(9).value());
    }

    @ParameterizedTest(name = "{0}: IIT indicators {1} {2} {3} {4} {5} from questions")
    @CsvSource({
        "lampang-pao-2566, 100.00, 99.08, 98.90, 91.86, 95.19",
        "chiangmai-2566, 100.00, 99.89, 100.00, 99.67, 100.00",
    })
    void fy2566IitIndicatorsComputedFromQuestionsEqualThePrintedOnes(String sample, String i1, String i2,
            String i3, String i4, String i5) {
        ScoreCard card = card(sample);
        List<String> printed = List.of(i1, i2, i3, i4, i5);

        for (int n = 1; n <= 5; n++) {
            LevelScore level = card.indicator(n);
            assertEquals(Optional.of(s(printed.get(n - 1))), level.computed(), "indicator " + n);
            assertEquals(Optional.of(s(printed.get(n - 1))), level.given(), "indicator " + n);
        }
    }

    @Test
    void fy2566IitIndicatorKeepsItsUnroundedMean() {
        // 001 indicator 3: mean(97.77, 98.90, 98.90, 98.90, 100, 98.90) = 98.895, printed 98.90 after half-up rounding.
        LevelScore level = card("lampang-pao-2566").indicator(3);

        assertEquals(0, new BigDecimal("98.895").compareTo(level.computedExact().orElseThrow()));
    }

    @Test
    void fy2566OitIndicatorsOfSource004ComeFromItems() {
        ScoreCard card = card("chiangmai-2566");

        assertEquals(Optional.of(s("97.50")), card.indicator(9).computed());
        assertEquals(Optional.of(s("80.00")), card.indicator(10).computed());
        assertEquals(Optional.of(s("87.50")), card.subIndicator("9.2").value());
        assertEquals(Optional.of(s("60.00")), card.subIndicator("10.2").value());
    }

    @Test
    void toolMeansOfFy2564() {
        ScoreCard card = card("lampang-city-2564");

        assertEquals(Optional.of(s("79.95")), card.tool(ToolComponent.IIT).value());
        assertEquals(Optional.of(s("83.51")), card.tool(ToolComponent.EIT).value());
        assertEquals(Optional.of(s("86.75")), card.tool(ToolComponent.OIT).value());
        assertEquals(LevelScore.Source.COMPUTED, card.tool(ToolComponent.IIT).source());
    }

    @Test
    void toolMeansOfFy2563() {
        ScoreCard card = card("lampang-city-2563");

        assertEquals(Optional.of(s("79.89")), card.tool(ToolComponent.IIT).value());
        assertEquals(Optional.of(s("68.50")), card.tool(ToolComponent.EIT).value());
        assertEquals(Optional.of(s("31.69")), card.tool(ToolComponent.OIT).value());
    }

    @Test
    void printedToolScoresOfSource004AgreeWithTheirIndicators() {
        ScoreCard card = card("chiangmai-2566");

        assertEquals(Optional.of(s("99.91")), card.tool(ToolComponent.IIT).given());
        assertEquals(Optional.of(s("99.91")), card.tool(ToolComponent.IIT).computed());
        assertEquals(Optional.of(s("88.75")), card.tool(ToolComponent.OIT).computed());
        assertEquals(Optional.of(s("89.07")), card.tool(ToolComponent.EIT).computed());
        assertEquals(Optional.of(s("97.98")), card.tool(ToolComponent.EIT_PART_1).value());
        assertEquals(Optional.of(s("80.16")), card.tool(ToolComponent.EIT_PART_2).value());
    }

    @Test
    void eitOfSource004IsTheMeanOfItsPartsWhenIndicatorsAreMissing() {
        ObjectNode json = SampleJson.of("chiangmai-2566");
        ((ObjectNode) json.get("indicators")).remove(List.of("6", "7", "8"));
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        assertEquals(LevelScore.Source.COMPUTED, card.tool(ToolComponent.EIT).source());
        assertEquals(Optional.of(s("89.07")), card.tool(ToolComponent.EIT).value());
        assertEquals(0, new BigDecimal("89.07").compareTo(card.tool(ToolComponent.EIT).computedExact().orElseThrow()));
        assertEquals(List.of("indicators.6", "indicators.7", "indicators.8"),
                card.gaps().stream().map(Gap::field).toList());
    }

    @Test
    void ratingComponentsOfSource004UseTheEitParts() {
        ScoreCard card = card("chiangmai-2566");

        assertEquals(List.of(ToolComponent.IIT, ToolComponent.EIT_PART_1, ToolComponent.EIT_PART_2,
                ToolComponent.OIT), List.copyOf(card.ratingComponents().keySet()));
        assertEquals(List.of(s("99.91"), s("97.98"), s("80.16"), s("88.75")),
                List.copyOf(card.ratingComponents().values()));
    }

    @Test
    void ratingComponentsWithoutPartsUseTheEit() {
        ScoreCard card = card("lampang-pao-2566");

        assertEquals(List.of(ToolComponent.IIT, ToolComponent.EIT, ToolComponent.OIT),
                List.copyOf(card.ratingComponents().keySet()));
        assertEquals(List.of(s("97.01"), s("86.18"), s("100.00")), List.copyOf(card.ratingComponents().values()));
    }

    @Test
    void givenValuesWinOverComputedOnes() {
        ObjectNode json = SampleJson.of("chiangmai-2566");
        ((ObjectNode) json.get("indicators")).put("9", 90.00);
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        LevelScore level = card.indicator(9);
        assertEquals(Optional.of(s("90.00")), level.value());
        assertEquals(level.given(), level.value());
        assertEquals(Optional.of(s("97.50")), level.computed());
        assertEquals(LevelScore.Source.GIVEN, level.source());
        assertEquals(Optional.of(new BigDecimal("90.00")), level.exact());
        // the OIT tool is printed as 88.75 and wins over mean(90.00, 80.00) = 85.00
        assertEquals(Optional.of(s("88.75")), card.tool(ToolComponent.OIT).value());
        assertEquals(Optional.of(s("85.00")), card.tool(ToolComponent.OIT).computed());
    }

    @Test
    void givenIndicatorIsWhatTheToolAggregates() {
        // lampang-pao indicator 3: given 98.90, computed 98.895; the tool uses 98.90.
        ScoreCard card = card("lampang-pao-2566");

        assertEquals(Optional.of(new BigDecimal("98.90")), card.indicator(3).exact());
        assertEquals(0, new BigDecimal("97.006").compareTo(card.tool(ToolComponent.IIT).computedExact().orElseThrow()));
    }

    @Test
    void fy2566EitIndicatorsAreNotComputedFromQuestions() {
        ScoreCard card = card("lampang-pao-2566");

        for (int n = 6; n <= 8; n++) {
            assertEquals(Optional.empty(), card.indicator(n).computedExact(), "indicator " + n);
            assertEquals(LevelScore.Source.GIVEN, card.indicator(n).source(), "indicator " + n);
        }
    }

    @Test
    void fy2566EitIndicatorsWithAllQuestionsButNoValueAreGaps() {
        ObjectNode json = SampleJson.of("chiangmai-2566");
        ((ObjectNode) json.get("indicators")).remove("6");
        ((ObjectNode) json.get("questions")).put("e5", 98.12);
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        assertEquals(LevelScore.Source.UNAVAILABLE, card.indicator(6).source());
        assertEquals(List.of(new Gap("indicators.6", "not given; EIT indicators are collected in parts and "
                + "cannot be computed from question scores (FY2566, edition ITA-2566)")), card.gaps());
        // the EIT tool falls back on its two parts
        assertEquals(Optional.of(s("89.07")), card.tool(ToolComponent.EIT).value());
    }

    @Test
    void gapWhenOverallIsMissingAndAToolCannotBeComputed() {
        Assessment a = Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2563)
                .indicator(1, "87.35").indicator(2, "76.65").indicator(3, "81.74").indicator(4, "77.94")
                .indicator(5, "75.78").indicator(6, "72.07").indicator(7, "66.94")
                .indicator(9, "44.62").indicator(10, "18.75")
                .build();
        ScoreCard card = ScoreCard.of(a);

        assertEquals(List.of(
                new Gap("indicators.8", "not given; EIT indicators are collected in parts and cannot be computed "
                        + "from question scores (FY2563, edition ITA-2563)"),
                new Gap("tools.EIT", "not given, and not every indicator of the tool is available"),
                new Gap("overall", "not given, and not every tool score is available")), card.gaps());
        assertEquals(LevelScore.unavailable(), card.overall());
        assertEquals(Optional.of(s("79.89")), card.tool(ToolComponent.IIT).value());
        assertEquals(Optional.of(s("31.69")), card.tool(ToolComponent.OIT).value());
        assertEquals(List.of(), card.notes());
    }

    @Test
    void noGapWhenTheOverallIsGivenEvenIfAToolIsMissing() {
        Assessment a = Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2563)
                .tool(ToolComponent.IIT, "79.89")
                .tool(ToolComponent.OIT, "31.69")
                .overall("57.19")
                .build();
        ScoreCard card = ScoreCard.of(a);

        assertEquals(List.of("indicators.1", "indicators.2", "indicators.3", "indicators.4", "indicators.5",
                "indicators.6", "indicators.7", "indicators.8", "indicators.9", "indicators.10", "tools.EIT"),
                card.gaps().stream().map(Gap::field).toList());
        assertEquals(Optional.of(s("57.19")), card.overall().value());
        assertEquals(Optional.empty(), card.overall().computed());
    }

    @Test
    void unavailableLevelIsShared() {
        ScoreCard card = card("lopburi-2565");

        assertSame(LevelScore.unavailable(), card.tool(ToolComponent.EIT_PART_1));
        assertSame(LevelScore.unavailable(), card.subIndicator("9.9"));
        assertSame(LevelScore.unavailable(), card.indicator(11));
    }

    @Test
    void everySampleIsListedAndScoresWithoutGaps() {
        assertEquals(List.of("lampang-city-2563", "lampang-city-2564", "lopburi-2565", "lampang-pao-2566",
                "chiangmai-2566"), Samples.list().stream().map(Samples.Sample::name).toList());
        for (Samples.Sample sample : Samples.list()) {
            assertEquals(List.of(), ScoreCard.of(sample.load()).gaps(), sample.name());
        }
    }
}
