package th.ita.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.SampleJson;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.samples.Samples;

/** Notes where the published figures disagree with each other (docs/SOURCES.md §2.12). */
class ConsistencyNotesTest {

    private static Score s(String text) {
        return Score.parse(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lampang-city-2563", "lampang-city-2564", "lopburi-2565", "lampang-pao-2566",
        "chiangmai-2566"})
    void noNoteForAnySampleAsPrinted(String sample) {
        assertEquals(List.of(), ScoreCard.of(Samples.load(sample)).notes());
    }

    @Test
    void noNoteForThePreviousYearOfSource000() {
        Assessment previous = Samples.load("lampang-city-2564").previous().orElseThrow();

        assertEquals(List.of(), ScoreCard.of(previous).notes());
    }

    @Test
    void source001ProseIndicatorValuesDisagreeWithThePrintedOverall() {
        // Prose: indicator 6 = 86.47 and indicator 7 = 80.04 (the table prints 88.28 and 84.29).
        // EIT = mean(86.47, 80.04, 85.96) = 84.1567; IIT = 97.006; OIT = 100
        // overall = 0.30 x 97.006 + 0.30 x 84.1567 + 0.40 x 100 = 94.3488 -> 94.35, printed 94.96.
        // No EIT tool score is printed by 001, so there is nothing to compare on tools.EIT, and
        // FY2566 EIT indicators are not computed from questions, so indicators 6 and 7 get no note.
        ObjectNode json = SampleJson.of("lampang-pao-2566");
        ((ObjectNode) json.get("indicators")).put("6", "๘๖.๔๗").put("7", "๘๐.๐๔");
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        assertEquals(List.of(new ConsistencyNote("overall", s("94.96"), s("94.35"),
                "overall is given as 94.96 but the weighted tool scores (30/30/40) give 94.35")), card.notes());
        assertEquals(new BigDecimal("0.61"), card.notes().get(0).difference());
        assertEquals(Optional.of(s("84.16")), card.tool(ToolComponent.EIT).value());
        assertEquals(Optional.of(s("94.96")), card.overall().value());
    }

    @Test
    void source001ProseValuesWithAPrintedEitToolAlsoGiveANoteOnTheTool() {
        // Had 001 printed its EIT tool score, mean(88.28, 84.29, 85.96) = 86.1767 -> 86.18, the prose
        // indicators would disagree with it too: mean(86.47, 80.04, 85.96) = 84.16.
        ObjectNode json = SampleJson.of("lampang-pao-2566");
        ((ObjectNode) json.get("indicators")).put("6", 86.47).put("7", 80.04);
        json.putObject("tools").put("EIT", 86.18);
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        // The overall then uses the given 86.18: 0.30 x 97.006 + 0.30 x 86.18 + 0.40 x 100 = 94.9558 -> 94.96.
        assertEquals(List.of(new ConsistencyNote("tools.EIT", s("86.18"), s("84.16"),
                "tools.EIT is given as 86.18 but the mean of the tool's indicators give 84.16")), card.notes());
    }

    @Test
    void source004ProseIndicator7DisagreesWithTheEitParts() {
        // Prose: indicator 7 = 98.12 (the table prints 90.23).
        // mean(88.40, 98.12, 88.59) = 91.7033 -> 91.70 against mean(97.98, 80.16) = 89.07.
        // overall = 0.30 x 99.91 + 0.30 x 91.7033 + 0.40 x 88.75 = 92.984 -> 92.98, printed 92.19.
        ObjectNode json = SampleJson.of("chiangmai-2566");
        ((ObjectNode) json.get("indicators")).put("7", 98.12);
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        assertEquals(List.of(
                new ConsistencyNote("tools.EIT", s("89.07"), s("91.70"), "tools.EIT is given as 89.07 but the mean "
                        + "of indicators 6-8 against the mean of the two EIT parts give 91.70"),
                new ConsistencyNote("overall", s("92.19"), s("92.98"),
                        "overall is given as 92.19 but the weighted tool scores (30/30/40) give 92.98")),
                card.notes());
        assertEquals(new BigDecimal("-2.63"), card.notes().get(0).difference());
    }

    @Test
    void printedToolScoreThatDisagreesWithItsIndicatorsGivesANote() {
        ObjectNode json = SampleJson.of("chiangmai-2566");
        ((ObjectNode) json.get("tools")).put("IIT", 99.00);
        json.put("overall", 91.92);
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        // 0.30 x 99.00 + 0.30 x 89.0733 + 0.40 x 88.75 = 91.922 -> 91.92: only the tool disagrees
        assertEquals(List.of(new ConsistencyNote("tools.IIT", s("99.00"), s("99.91"),
                "tools.IIT is given as 99.00 but the mean of the tool's indicators give 99.91")), card.notes());
    }

    @Test
    void givenIndicatorThatDisagreesWithItsQuestionsGivesANote() {
        ObjectNode json = SampleJson.of("chiangmai-2566");
        ((ObjectNode) json.get("indicators")).put("4", 99.60);
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        assertEquals(List.of(new ConsistencyNote("indicators.4", s("99.60"), s("99.67"),
                "indicators.4 is given as 99.60 but the indicator's questions give 99.67")), card.notes());
    }

    @Test
    void givenOitIndicatorThatDisagreesWithItsItemsGivesANote() {
        ObjectNode json = SampleJson.of("lampang-city-2564");
        ((ObjectNode) json.get("indicators")).put("9", 90.91);
        json.remove("overall");
        ScoreCard card = ScoreCard.of(SampleJson.read(json));

        assertEquals(List.of(new ConsistencyNote("indicators.9", s("90.91"), s("86.00"),
                "indicators.9 is given as 90.91 but the indicator's sub-indicators give 86.00")), card.notes());
    }

    @Test
    void differenceOfExactlyOneHundredthGivesNoNote() {
        // lopburi-2565 computes to exactly 97.86
        assertEquals(List.of(), ScoreCard.of(lopburiWithOverall("97.87")).notes());
        assertEquals(List.of(), ScoreCard.of(lopburiWithOverall("97.85")).notes());
    }

    @Test
    void differenceOfTwoHundredthsGivesANote() {
        assertEquals(List.of(new ConsistencyNote("overall", s("97.88"), s("97.86"),
                "overall is given as 97.88 but the weighted tool scores (30/30/40) give 97.86")),
                ScoreCard.of(lopburiWithOverall("97.88")).notes());
        assertEquals(List.of(new ConsistencyNote("overall", s("97.84"), s("97.86"),
                "overall is given as 97.84 but the weighted tool scores (30/30/40) give 97.86")),
                ScoreCard.of(lopburiWithOverall("97.84")).notes());
    }

    private static Assessment lopburiWithOverall(String overall) {
        Assessment.Builder b = Assessment.builder()
                .agency("เทศบาลเมืองลพบุรี", AgencyKind.TOWN_MUNICIPALITY)
                .fiscalYear(2565)
                .overall(overall);
        Samples.load("lopburi-2565").indicators().forEach(b::indicator);
        return b.build();
    }
}
