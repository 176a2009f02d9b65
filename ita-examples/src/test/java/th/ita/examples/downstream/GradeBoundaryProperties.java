package th.ita.examples.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.rules.ItaEngine;
import th.ita.rules.testing.AssessmentArbitraries;
import th.ita.rules.testing.ReferenceRating;
import th.ita.rules.testing.ScoreCard;

/** The grade boundaries of the bundled rating rules, checked against the published reference rating. */
class GradeBoundaryProperties {

    private static final ItaEngine ENGINE = ItaEngine.create();

    @Provide
    Arbitrary<ScoreCard> completeCards() {
        return AssessmentArbitraries.completeCards();
    }

    /** Every complete score card, FY2562-2565 letter bands and FY2566+ levels, is rated as the reference rates it. */
    @Property(tries = 200)
    void theEngineRatesEveryCardAsTheReference(@ForAll("completeCards") ScoreCard card) {
        String rated = ENGINE.analyze(card.assessment()).rating().orElseThrow().code();
        assertEquals(card.reference(), rated, card::toString);
    }

    /** In FY2564, 85.00 is the lowest A: 84.99 is a B. */
    @Property(tries = 100)
    void eightyFiveIsTheLowestA(@ForAll @IntRange(min = 8_400, max = 8_600) int hundredths) {
        Assessment assessment = Assessment.builder().agency("x", AgencyKind.OTHER).fiscalYear(2564)
                .overall(Score.ofHundredths(hundredths)).build();
        String rated = ENGINE.analyze(assessment).rating().orElseThrow().code();
        assertEquals(hundredths >= 8_500 ? "A" : "B", rated, () -> Score.ofHundredths(hundredths).toString());
        assertEquals(ReferenceRating.band(hundredths), rated);
    }
}
