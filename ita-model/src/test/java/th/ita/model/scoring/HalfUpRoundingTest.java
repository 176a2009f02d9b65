package th.ita.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;

/** An overall exactly on a half rounds up, even when a tool mean is a repeating decimal. */
class HalfUpRoundingTest {

    @Test
    void overallOnAnExactHalfRoundsUp() {
        Assessment a = Assessment.builder().agency("x", AgencyKind.OTHER).fiscalYear(2564)
                .indicator(1, "100").indicator(2, "100").indicator(3, "100").indicator(4, "100")
                .indicator(5, "100").indicator(6, "80.00").indicator(7, "80.00").indicator(8, "80.25")
                .indicator(9, "100").indicator(10, "100").build();
        // 0.3 x 100 + 0.3 x (240.25 / 3) + 0.4 x 100 = 94.025 exactly
        assertEquals(Score.parse("94.03"), ScoreCard.of(a).overall().computed().orElseThrow());
    }

    @Test
    void chiangMaiFromItsPrintedToolScoresIsExactlyAHalf() {
        // 0.3 x 99.91 + 0.3 x (267.22 / 3) + 0.4 x 88.75 = 92.195: 92.20, printed 92.19 (within 0.01, no note)
        ScoreCard card = ScoreCard.of(Samples.load("chiangmai-2566"));
        assertEquals(Score.parse("92.20"), card.overall().computed().orElseThrow());
        assertEquals(Score.parse("92.19"), card.overall().value().orElseThrow());
        assertEquals(0, card.notes().size());
    }
}
