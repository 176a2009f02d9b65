package th.ita.rules.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import th.ita.model.Score;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.Tool;
import th.ita.rules.rating.RatingScheme;

/**
 * jqwik arbitraries for scores, score cards and assessments of every edition (FY2562-2565 letter
 * bands, FY2566 and later levels) and every {@link Detail level of detail}, for property tests of
 * the engine and of custom rules. Use them from a {@code @Provide} method.
 */
public final class AssessmentArbitraries {

    /** The first fiscal year generated. */
    public static final int FIRST_YEAR = 2562;

    /** The last fiscal year generated. */
    public static final int LAST_YEAR = 2568;

    private AssessmentArbitraries() {
    }

    /**
     * Scores from {@code min} to {@code max} hundredths, spread evenly (jqwik's default leans towards
     * small numbers, which leaves some seeds with no score in the upper bands at all).
     *
     * @param min the lowest, in hundredths, at least 0
     * @param max the highest, in hundredths, at most 10,000
     * @return evenly spread hundredths
     */
    public static Arbitrary<Integer> hundredths(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /**
     * Scores within {@code spread} hundredths of {@code base}, cut to 0.00-100.00.
     *
     * @param base the centre, in hundredths
     * @param spread how far either side, in hundredths
     * @return evenly spread hundredths around the base
     */
    public static Arbitrary<Integer> around(int base, int spread) {
        return hundredths(Math.max(0, base - spread), Math.min(10_000, base + spread));
    }

    /**
     * A base score for a card, one in four from 93.00 up, so that the top band and ผ่านดีเยี่ยม are reached.
     *
     * @return base scores in hundredths
     */
    public static Arbitrary<Integer> base() {
        return Arbitraries.frequencyOf(Tuple.of(3, hundredths(0, 10_000)), Tuple.of(1, hundredths(9_300, 10_000)));
    }

    /**
     * Every score from 0.00 to 100.00, with 0.00, 100.00 and the edges of every letter band as edge cases.
     *
     * @return scores
     */
    public static Arbitrary<Score> scores() {
        return Arbitraries.integers().between(0, 10_000).map(Score::ofHundredths).edgeCases(c -> {
            c.add(Score.ZERO).add(Score.HUNDRED);
            for (int floor : ReferenceRating.bandFloors().values()) {
                if (floor > 0) {
                    c.add(Score.ofHundredths(floor)).add(Score.ofHundredths(floor - 1));
                }
            }
        });
    }

    /**
     * The fiscal years rated by letter band: 2562 to 2565.
     *
     * @return letter-band years
     */
    public static Arbitrary<Integer> letterYears() {
        return hundredths(FIRST_YEAR, RatingScheme.FIRST_LEVELS_YEAR - 1);
    }

    /**
     * The fiscal years rated by level: 2566 to {@link #LAST_YEAR}.
     *
     * @return level years
     */
    public static Arbitrary<Integer> levelYears() {
        return hundredths(RatingScheme.FIRST_LEVELS_YEAR, LAST_YEAR);
    }

    /**
     * Every fiscal year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
     *
     * @return years
     */
    public static Arbitrary<Integer> years() {
        return hundredths(FIRST_YEAR, LAST_YEAR);
    }

    /**
     * Cards with the overall and every component at 95.00 or more: ผ่านดีเยี่ยม in a level year.
     *
     * @param years the years to draw from
     * @param parts whether to give the EIT parts
     * @return top-band cards
     */
    public static Arbitrary<ScoreCard> excellentCards(Arbitrary<Integer> years, Arbitrary<Boolean> parts) {
        Arbitrary<Integer> top = hundredths(9_500, 10_000);
        return Combinators.combine(years, top, top, top, top, top, top, parts).as(ScoreCard::new);
    }

    /**
     * Cards of any year, the overall near a base score, tools scattered around it and one in twelve
     * left out, EIT parts given or not.
     *
     * @return mixed cards, some not {@link ScoreCard#complete() complete}
     */
    public static Arbitrary<ScoreCard> mixedCards() {
        return base().flatMap(b -> Combinators.combine(years(), around(b, 300),
                around(b, 800).injectNull(0.08), around(b, 800).injectNull(0.08), around(b, 800).injectNull(0.08),
                around(b, 800), around(b, 800), Arbitraries.of(false, true)).as(ScoreCard::new));
    }

    /**
     * Cards of any year in which every rating is reached: {@link #mixedCards()}, one in twenty a
     * level year's ผ่านดีเยี่ยม and one in twenty a level year's ผ่าน. Mixed cards reach ผ่าน only
     * when the overall is 85 or more and a component happens to fall below it: too rare for a
     * run of a few hundred tries to be sure of one (seed 8850009348755922321 had none in 425).
     *
     * @return score cards, some not {@link ScoreCard#complete() complete}
     */
    public static Arbitrary<ScoreCard> scoreCards() {
        Arbitrary<ScoreCard> excellent = excellentCards(levelYears(), Arbitraries.of(false, true));
        return Arbitraries.frequencyOf(Tuple.of(18, mixedCards()), Tuple.of(1, excellent), Tuple.of(1, passCards()));
    }

    /**
     * Level-year cards rated ผ่าน: the overall at 85 or more, the IIT below 85, the other tools at
     * any score.
     *
     * @return complete score cards
     */
    public static Arbitrary<ScoreCard> passCards() {
        Arbitrary<Integer> any = hundredths(0, 10_000);
        return Combinators.combine(levelYears(), hundredths(8_500, 10_000), hundredths(0, 8_499), any, any)
                .as((year, overall, iit, eit, oit) -> new ScoreCard(year, overall, iit, eit, oit, eit, eit, true));
    }

    /**
     * Complete FY2566 cards with both EIT parts (equal to the EIT); one in ten is ผ่านดีเยี่ยม.
     *
     * @return complete level cards
     */
    public static Arbitrary<ScoreCard> levelCards() {
        Arbitrary<ScoreCard> mixed = base().flatMap(b -> Combinators.combine(around(b, 300), around(b, 800),
                around(b, 800), around(b, 800))
                .as((overall, iit, eit, oit) -> new ScoreCard(2566, overall, iit, eit, oit, eit, eit, true)));
        Arbitrary<ScoreCard> excellent = excellentCards(Arbitraries.just(2566), Arbitraries.just(true));
        return Arbitraries.frequencyOf(Tuple.of(9, mixed), Tuple.of(1, excellent));
    }

    /**
     * Complete cards of any year: {@link #scoreCards()} that are {@link ScoreCard#complete()}, so the
     * engine's rating must equal {@link ScoreCard#reference()}.
     *
     * @return complete score cards
     */
    public static Arbitrary<ScoreCard> completeCards() {
        Arbitrary<ScoreCard> letters = Combinators.combine(letterYears(), hundredths(0, 10_000))
                .as((year, overall) -> new ScoreCard(year, overall, null, null, null, 0, 0, false));
        Arbitrary<ScoreCard> levels = base().flatMap(b -> Combinators.combine(levelYears(), around(b, 300),
                around(b, 800), around(b, 800), around(b, 800), around(b, 800))
                .as((year, overall, iit, part1, part2, oit) -> new ScoreCard(year, overall, iit, (part1 + part2 + 1) / 2,
                        oit, part1, part2, true)));
        Arbitrary<ScoreCard> excellent = excellentCards(levelYears(), Arbitraries.just(true));
        return Arbitraries.frequencyOf(Tuple.of(8, letters), Tuple.of(10, levels), Tuple.of(2, excellent));
    }

    /**
     * Assessments of any year at any level of detail.
     *
     * @return assessments
     */
    public static Arbitrary<Assessment> assessments() {
        return Arbitraries.of(Detail.values()).flatMap(AssessmentArbitraries::assessments);
    }

    /**
     * Assessments at one level of detail, of every year that has it ({@link Detail#QUESTIONS} and
     * {@link Detail#OIT_ITEMS}: FY2566 and later; the others: FY2562 and later).
     *
     * @param detail how much to fill in, not null
     * @return assessments
     */
    public static Arbitrary<Assessment> assessments(Detail detail) {
        return switch (detail) {
            case OVERALL -> Combinators.combine(years(), hundredths(0, 10_000))
                    .as((year, overall) -> new ScoreCard(year, overall, null, null, null, 0, 0, false).assessment());
            case TOOLS -> cards(years(), false).map(ScoreCard::assessment);
            case TOOLS_WITH_EIT_PARTS -> cards(years(), true).map(ScoreCard::assessment);
            case INDICATORS -> Combinators.combine(cards(years(), true), scores().list().ofSize(10))
                    .as((card, indicators) -> {
                        Assessment.Builder b = card.builder();
                        for (int i = 0; i < indicators.size(); i++) {
                            b.indicator(i + 1, indicators.get(i));
                        }
                        return b.build();
                    });
            case QUESTIONS -> Combinators.combine(levelYears(), scores().list().ofSize(30),
                    scores().list().ofSize(3), Arbitraries.of(false, true).list().ofSize(43))
                    .as((year, iit, eit, oit) -> {
                        Assessment.Builder b = Assessment.builder().agency("x", th.ita.model.assessment.AgencyKind.OTHER)
                                .fiscalYear(year);
                        for (int i = 0; i < iit.size(); i++) {
                            b.question(QuestionCode.of(Tool.IIT, i + 1), iit.get(i));
                        }
                        for (int i = 0; i < eit.size(); i++) {
                            b.indicator(6 + i, eit.get(i));
                        }
                        oitItems(b, oit);
                        return b.build();
                    });
            case OIT_ITEMS -> Combinators.combine(cards(levelYears(), true), Arbitraries.of(false, true).list().ofSize(43))
                    .as((card, oit) -> oitItems(card.builder(), oit).build());
        };
    }

    private static Arbitrary<ScoreCard> cards(Arbitrary<Integer> years, boolean parts) {
        return base().flatMap(b -> Combinators.combine(years, around(b, 300), around(b, 800), around(b, 800),
                around(b, 800), around(b, 800), around(b, 800))
                .as((year, overall, iit, eit, oit, part1, part2) -> new ScoreCard(year, overall, iit, eit, oit, part1,
                        part2, parts)));
    }

    private static Assessment.Builder oitItems(Assessment.Builder b, List<Boolean> passed) {
        for (int i = 0; i < passed.size(); i++) {
            b.oitItem("o" + (i + 1), passed.get(i), null);
        }
        return b;
    }
}
