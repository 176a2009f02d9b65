package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import th.ita.model.assessment.Assessment;
import th.ita.rules.rating.RatingScheme;
import th.ita.rules.testing.AssessmentArbitraries;
import th.ita.rules.testing.Detail;
import th.ita.rules.testing.ReferenceRating;
import th.ita.rules.testing.ScoreCard;

/**
 * The published test support ({@code th.ita.rules.testing}, the {@code tests} jar of ita-rules):
 * every generated assessment is valid and analyses, at every level of detail, and complete cards are
 * rated by the engine as the reference rates them.
 */
class TestSupportProperties {

    private static final ItaEngine ENGINE = ItaEngine.create();

    @Provide
    Arbitrary<Assessment> overallOnly() {
        return AssessmentArbitraries.assessments(Detail.OVERALL);
    }

    @Provide
    Arbitrary<Assessment> anyDetail() {
        return AssessmentArbitraries.assessments();
    }

    @Provide
    Arbitrary<ScoreCard> completeCards() {
        return AssessmentArbitraries.completeCards();
    }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void everyLevelOfDetailBuildsAndAnalyses(@ForAll("anyDetail") Assessment assessment) {
        Analysis analysis = ENGINE.analyze(assessment);

        assertTrue(analysis.rating().isPresent() || assessment.overall().isEmpty(), assessment::toString);
        Statistics.collect(RatingScheme.forYear(assessment.fiscalYear()));
        Statistics.coverage(c -> {
            c.check(RatingScheme.LETTER_BANDS).count(n -> n > 0);
            c.check(RatingScheme.LEVELS).count(n -> n > 0);
        });
    }

    @Property(tries = 200)
    void everyDetailIsReached(@ForAll Detail detail, @ForAll @IntRange(min = 0, max = 1_000) int seed) {
        Assessment assessment = AssessmentArbitraries.assessments(detail).sample();

        boolean levelsOnly = detail == Detail.QUESTIONS || detail == Detail.OIT_ITEMS;
        assertTrue(!levelsOnly || assessment.fiscalYear().value() >= RatingScheme.FIRST_LEVELS_YEAR);
        assertEquals(detail == Detail.INDICATORS || detail == Detail.QUESTIONS, !assessment.indicators().isEmpty(),
                detail::toString);
        assertEquals(detail == Detail.QUESTIONS, !assessment.questions().isEmpty(), detail::toString);
        assertEquals(detail == Detail.QUESTIONS || detail == Detail.OIT_ITEMS, !assessment.oitResults().isEmpty(),
                detail::toString);
        assertEquals(detail != Detail.QUESTIONS, assessment.overall().isPresent(), detail::toString);
    }

    @Property(tries = 500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theEngineRatesEveryCompleteCardAsTheReferenceDoes(@ForAll("completeCards") ScoreCard card) {
        assertTrue(card.complete(), card::toString);
        assertEquals(card.reference(), ENGINE.analyze(card.assessment()).rating().orElseThrow().code(),
                card::toString);
        Statistics.collect(card.reference());
        Statistics.coverage(c -> {
            for (String code : List.of("AA", "A", "B", "C", "D", "E", "F", "EXCELLENT", "GOOD", "PASS", "FAIL")) {
                c.check(code).count(n -> n > 0);
            }
        });
    }

    @Example
    void theReferenceKnowsTheBundledLinesAndRefusesNonScores() {
        assertEquals("A", ReferenceRating.band(8_500));
        assertEquals("B", ReferenceRating.band(8_499));
        assertEquals("GOOD", ReferenceRating.level(8_500, List.of(8_500, 8_500, 8_500, 8_500)));
        assertEquals("PASS", ReferenceRating.level(9_600, List.of(9_600, 8_499, 9_600, 9_600)));
        assertEquals("FAIL", ReferenceRating.code(2566, 8_499, List.of(10_000)));
        assertEquals("AA", ReferenceRating.rating(2565, 9_500, List.of()).code());
        assertEquals(List.of("AA", "A", "B", "C", "D", "E", "F"), List.copyOf(ReferenceRating.bandFloors().keySet()));
        assertThrows(IllegalArgumentException.class, () -> ReferenceRating.band(10_001));
        assertThrows(IllegalArgumentException.class, () -> ReferenceRating.level(9_000, List.of()));
        assertFalse(new ScoreCard(2566, 9_000, 9_000, 9_000, 9_000, 0, 0, false).complete());
    }
}
