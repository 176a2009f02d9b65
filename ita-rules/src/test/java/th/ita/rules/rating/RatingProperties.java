package th.ita.rules.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.ToolComponent;
import th.ita.rules.Analysis;
import th.ita.rules.Drl;
import th.ita.rules.ItaEngine;
import th.ita.rules.testing.AssessmentArbitraries;
import th.ita.rules.testing.ReferenceRating;
import th.ita.rules.testing.ScoreCard;

/**
 * Properties of the rating rules ({@code rating/letter-bands.drl}, {@code rating/levels-fy2566.drl})
 * over the whole score domain, checked against the plain-Java {@link ReferenceRating} on the
 * {@link AssessmentArbitraries} published in the test-support jar.
 *
 * <p>The two properties that analyse a generated card per try run a few hundred tries in the normal
 * build and again at length, as {@code ...AtLength} tagged {@code hardening}, in {@code mvn -Phardening}.
 */
class RatingProperties {

    private static final ItaEngine ENGINE = ItaEngine.create();

    private static final Set<String> BAND_RULES = Set.copyOf(Drl.ruleNames("rating/letter-bands.drl"));
    private static final Set<String> LEVEL_RULES = Set.copyOf(Drl.ruleNames("rating/levels-fy2566.drl"));

    /** Each cut point with the band it starts and the band just below it. */
    private static final Map<Integer, List<String>> CUTS = Map.of(
            9_500, List.of("AA", "A"), 8_500, List.of("A", "B"), 7_500, List.of("B", "C"),
            6_500, List.of("C", "D"), 5_500, List.of("D", "E"), 5_000, List.of("E", "F"));

    // ---- helpers

    private static Assessment letterYear(Score overall) {
        return Assessment.builder().agency("x", AgencyKind.OTHER).fiscalYear(2564).overall(overall).build();
    }

    private static Rating band(int hundredths) {
        return ENGINE.analyze(letterYear(Score.ofHundredths(hundredths))).rating().orElseThrow();
    }

    // ---- letter bands

    @Provide
    Arbitrary<Score> everyScore() {
        return Arbitraries.integers().between(0, 10_000).map(i -> Score.ofHundredths(i));
    }

    @Property(tries = 10_001, generation = GenerationMode.EXHAUSTIVE)
    void everyScoreGetsExactlyOneLetterBand(@ForAll("everyScore") Score overall) {
        Analysis analysis = ENGINE.analyze(letterYear(overall));

        Rating rating = analysis.rating().orElseThrow();
        List<String> fired = Drl.fired(analysis, BAND_RULES).stream().distinct().toList();
        assertEquals(1, fired.size(), () -> overall + " fired " + fired);
        assertEquals(RatingScheme.LETTER_BANDS, rating.scheme());
        assertEquals(ReferenceRating.band(overall), rating.code(), overall::toString);
        assertTrue(fired.get(0).startsWith("Rating: letter band " + rating.code() + " for "), fired::toString);
    }

    @Property(tries = 1_000)
    void theBandNeverFallsAsTheScoreRises(@ForAll @IntRange(min = 0, max = 10_000) int a,
            @ForAll @IntRange(min = 0, max = 10_000) int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);

        assertTrue(band(high).rank() <= band(low).rank(), () -> high + " is rated below " + low);
    }

    @Property(tries = 1_000)
    void theBandNeverFallsByOneHundredth(@ForAll @IntRange(min = 0, max = 9_999) int hundredths) {
        assertTrue(band(hundredths + 1).rank() <= band(hundredths).rank(), () -> "at " + hundredths);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.of(CUTS.keySet().stream().sorted().toList());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void eachCutLandsOnTheUpperBandAndOneHundredthBelowOnTheLower(@ForAll("cuts") int cut) {
        assertEquals(CUTS.get(cut).get(0), band(cut).code(), () -> "at " + Score.ofHundredths(cut));
        assertEquals(CUTS.get(cut).get(1), band(cut - 1).code(), () -> "at " + Score.ofHundredths(cut - 1));
    }

    // ---- FY2566 levels

    @Provide
    Arbitrary<ScoreCard> levelCards() {
        // Complete cards, both EIT parts given: with a part left out, the overall bounds the others, and
        // a lower IIT at the same overall rightly means a higher EIT. One card in ten is ผ่านดีเยี่ยม.
        return AssessmentArbitraries.levelCards();
    }

    @Property(tries = 1_500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theLevelNeverRisesWhenAComponentFalls(@ForAll("levelCards") ScoreCard card,
            @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 1, max = 2_000) int by) {
        ScoreCard lower = card.lowered(which, by);

        Rating before = ENGINE.analyze(card.assessment()).rating().orElseThrow();
        Rating after = ENGINE.analyze(lower.assessment()).rating().orElseThrow();

        assertTrue(after.rank() >= before.rank(), () -> card + " is " + before.code() + " but " + lower + " is "
                + after.code());
        Statistics.collect(before.code());
        Statistics.coverage(coverage -> {
            for (String level : List.of("EXCELLENT", "GOOD", "PASS", "FAIL")) {
                coverage.check(level).count(c -> c > 0);
            }
        });
    }

    // ---- Drools against the reference

    @Provide
    Arbitrary<ScoreCard> scoreCards() {
        // One card in twenty has every FY2566 component in the top band, so ผ่านดีเยี่ยม is always reached.
        return AssessmentArbitraries.scoreCards();
    }

    @Property(tries = 600)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void droolsRatesEveryScoreCardAsTheReferenceDoes(@ForAll("scoreCards") ScoreCard card) {
        ratesAsTheReference(card);
    }

    /** The same property at length: 3,000 cards, about 25 s on 2 cores, in the hardening build only. */
    @Property(tries = 3_000)
    @Tag("hardening")
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void droolsRatesEveryScoreCardAsTheReferenceDoesAtLength(@ForAll("scoreCards") ScoreCard card) {
        ratesAsTheReference(card);
    }

    private void ratesAsTheReference(ScoreCard card) {
        net.jqwik.api.Assume.that(card.complete());
        Assessment assessment = card.assessment();
        Analysis analysis = ENGINE.analyze(assessment);

        Rating rating = analysis.rating().orElseThrow();
        assertEquals(card.reference(), rating.code(), card::toString);
        assertEquals(RatingScheme.forYear(assessment.fiscalYear()), rating.scheme());
        Set<String> rules = rating.scheme() == RatingScheme.LEVELS ? LEVEL_RULES : BAND_RULES;
        assertTrue(analysis.ratingRange().orElseThrow().isProven(), card::toString);
        assertEquals(1, Drl.fired(analysis, rules).stream().distinct().count(), () -> card + " fired " + analysis.trace());
        Statistics.collect(rating.code());
        Statistics.coverage(coverage -> {
            for (String code : List.of("AA", "A", "B", "C", "D", "E", "F", "EXCELLENT", "GOOD", "PASS", "FAIL")) {
                coverage.check(code).count(c -> c > 0);
            }
        });
    }

    // ---- figures left out never raise the claim

    /** A FY2566+ agency's full figures, consistent as the NACC publishes them, and which of them to leave out. */
    record FullCard(int year, int iit, int part1, int part2, int oit, int omit) {

        /** The overall as the NACC computes it: 30/15/15/40, rounded half up once. */
        int overall() {
            return Math.round((30f * iit + 15f * part1 + 15f * part2 + 40f * oit) / 100f);
        }

        int eit() {
            return (part1 + part2 + 1) / 2;
        }

        String reference() {
            return ReferenceRating.level(overall(), List.of(iit, part1, part2, oit));
        }

        boolean omits(int bit) {
            return (omit & bit) != 0;
        }

        /** Bits: 1 overall, 2 IIT, 4 EIT, 8 EIT parts, 16 OIT. */
        Assessment assessment() {
            Assessment.Builder b = Assessment.builder().agency("x", AgencyKind.OTHER).fiscalYear(year);
            if (!omits(1)) {
                b.overall(Score.ofHundredths(overall()));
            }
            if (!omits(2)) {
                b.tool(ToolComponent.IIT, Score.ofHundredths(iit).toString());
            }
            if (!omits(4)) {
                b.tool(ToolComponent.EIT, Score.ofHundredths(eit()).toString());
            }
            if (!omits(8)) {
                b.tool(ToolComponent.EIT_PART_1, Score.ofHundredths(part1).toString());
                b.tool(ToolComponent.EIT_PART_2, Score.ofHundredths(part2).toString());
            }
            if (!omits(16)) {
                b.tool(ToolComponent.OIT, Score.ofHundredths(oit).toString());
            }
            return b.build();
        }
    }

    @Provide
    Arbitrary<FullCard> fullCards() {
        return AssessmentArbitraries.base().flatMap(b -> Combinators.combine(AssessmentArbitraries.levelYears(),
                AssessmentArbitraries.around(b, 800), AssessmentArbitraries.around(b, 1_500),
                AssessmentArbitraries.around(b, 800), AssessmentArbitraries.around(b, 800),
                Arbitraries.integers().between(0, 31)).as(FullCard::new));
    }

    @Property(tries = 400)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void leavingOutAFigureNeverMakesTheRatingClaimALevelTheFullFiguresWouldNotGive(
            @ForAll("fullCards") FullCard card) {
        neverClaimsMoreThanTheFullFigures(card);
    }

    /** The same property at length: 2,000 cards, in the hardening build only. */
    @Property(tries = 2_000)
    @Tag("hardening")
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void leavingOutAFigureNeverMakesTheRatingClaimALevelTheFullFiguresWouldNotGiveAtLength(
            @ForAll("fullCards") FullCard card) {
        neverClaimsMoreThanTheFullFigures(card);
    }

    private void neverClaimsMoreThanTheFullFigures(FullCard card) {
        // Without the overall, every tool is needed to compute it.
        net.jqwik.api.Assume.that(!card.omits(1) || !card.omits(2) && !card.omits(16)
                && !(card.omits(4) && card.omits(8)));
        Rating truth = Rating.ofCode(card.reference());
        Analysis analysis = ENGINE.analyze(card.assessment());

        th.ita.rules.rating.RatingRange range = analysis.ratingRange().orElseThrow();
        assertTrue(analysis.rating().orElseThrow().rank() >= truth.rank(),
                () -> card + " claims " + analysis.rating() + " but the full figures give " + truth.code());
        assertTrue(range.allows(truth), () -> card + " allows " + range + " but the full figures give " + truth.code());
        if (card.omit() == 0 || card.omit() == 4) {
            assertEquals(truth, analysis.rating().orElseThrow(), card::toString);
        }
        Statistics.collect(range.isProven() ? "proven" : "open");
        Statistics.coverage(coverage -> {
            coverage.check("proven").count(c -> c > 0);
            coverage.check("open").count(c -> c > 0);
        });
    }
}
