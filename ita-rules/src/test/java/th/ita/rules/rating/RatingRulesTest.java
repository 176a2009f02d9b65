package th.ita.rules.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.model.FiscalYear;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.Drl;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * The rating rules: {@code rating/letter-bands.drl}, {@code rating/levels-fy2566.drl} and
 * {@code rating/published-rating.drl} (docs/SOURCES.md §2.5 and §2.6).
 */
class RatingRulesTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    /** One engine for the class that rates every year by levels. */
    private static final ItaEngine LEVELS = ItaEngine.builder().ratingScheme(RatingScheme.LEVELS).build();

    private static final String LETTERS = "rating/letter-bands.drl";
    private static final String LEVEL_RULES = "rating/levels-fy2566.drl";

    private static final String AA = Drl.declared(LETTERS, "Rating: letter band AA for 95.00 <= overall");
    private static final String A = Drl.declared(LETTERS, "Rating: letter band A for 85.00 <= overall < 95.00");
    private static final String B = Drl.declared(LETTERS, "Rating: letter band B for 75.00 <= overall < 85.00");
    private static final String D = Drl.declared(LETTERS, "Rating: letter band D for 55.00 <= overall < 65.00");
    private static final String EXCELLENT = Drl.declared(LEVEL_RULES,
            "Rating: ผ่านดีเยี่ยม when the overall and every tool component are at least 95.00");
    private static final String GOOD = Drl.declared(LEVEL_RULES,
            "Rating: ผ่านดี when the overall and every tool component are at least 85.00, short of ผ่านดีเยี่ยม");
    private static final String PASS = Drl.declared(LEVEL_RULES,
            "Rating: ผ่าน when the overall is at least 85.00 but a tool component is below 85.00");
    private static final String FAIL = Drl.declared(LEVEL_RULES, "Rating: ไม่ผ่าน when the overall is below 85.00");
    private static final String DIFFERS = Drl.declared("rating/published-rating.drl",
            "Rating: the published rating is not one the figures allow");

    /** Every rule that assigns a rating: each analysis with an overall must fire exactly one. */
    private static final Set<String> RATING_RULES = ratingRules();

    private static Set<String> ratingRules() {
        Set<String> names = new HashSet<>(Drl.ruleNames(LETTERS));
        names.addAll(Drl.ruleNames(LEVEL_RULES));
        return Set.copyOf(names);
    }

    /** The rating rules that fired, each once: they fire on the proven and on the best figures. */
    private static List<String> ratingRulesFired(Analysis analysis) {
        return Drl.fired(analysis, RATING_RULES).stream().distinct().toList();
    }

    private static Assessment.Builder fy(int year) {
        return Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(year);
    }

    @ParameterizedTest(name = "{0} is rated {1} ({2}) by \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "lampang-city-2563 | D       | LETTER_BANDS | Rating: letter band D for 55.00 <= overall < 65.00",
        "lampang-city-2564 | B       | LETTER_BANDS | Rating: letter band B for 75.00 <= overall < 85.00",
        "lopburi-2565      | AA      | LETTER_BANDS | Rating: letter band AA for 95.00 <= overall",
        "chiangmai-2566    | ผ่าน     | LEVELS       | Rating: ผ่าน when the overall is at least 85.00 but a tool component is below 85.00",
    })
    void everySampleGetsItsPublishedRatingFromExactlyOneRatingRule(String sample, String thai, RatingScheme scheme,
            String rule) {
        Assessment assessment = Samples.load(sample);
        Analysis analysis = ENGINE.analyze(assessment);

        Rating rating = analysis.rating().orElseThrow();
        assertEquals(thai, rating.thai());
        assertEquals(scheme, rating.scheme());
        assertEquals(Optional.of(thai), assessment.publishedRating(), "the sample's printed rating");
        assertTrue(rating.isNamedBy(assessment.publishedRating().orElseThrow()));
        assertEquals(List.of(Drl.declared(scheme == RatingScheme.LEVELS ? LEVEL_RULES : LETTERS, rule)),
                ratingRulesFired(analysis));
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
        assertTrue(!analysis.trace().contains(DIFFERS), "the published-rating rule did not fire");
    }

    @Test
    void sampleRatingsHaveTheirCodesAndRanks() {
        assertEquals(Rating.letter("D"), ENGINE.analyze(Samples.load("lampang-city-2563")).rating().orElseThrow());
        assertEquals(Rating.letter("B"), ENGINE.analyze(Samples.load("lampang-city-2564")).rating().orElseThrow());
        assertEquals(Rating.letter("AA"), ENGINE.analyze(Samples.load("lopburi-2565")).rating().orElseThrow());
        assertEquals(Rating.good(), ENGINE.analyze(Samples.load("lampang-pao-2566")).rating().orElseThrow());
        assertEquals(Rating.pass(), ENGINE.analyze(Samples.load("chiangmai-2566")).rating().orElseThrow());
    }

    @Test
    void aWrongPublishedRatingGivesRatingDiffersWithThePublishedAndComputedRatings() {
        Analysis analysis = ENGINE.analyze(fy(2564).overall("83.74").publishedRating("A").build());

        assertEquals(Optional.of(Rating.letter("B")), analysis.rating());
        Finding differs = Drl.only(analysis, FindingKind.RATING_DIFFERS, Level.OVERALL, "overall");
        assertEquals(DIFFERS, differs.rule());
        assertEquals(Map.of("published", "A", "computed", "B", "computedBest", "B"), differs.texts());
        assertEquals(List.of(B, DIFFERS), Drl.fired(analysis, Set.of(B, DIFFERS)).stream().distinct().toList());
    }

    @Test
    void aPublishedLabelWithTheSuffixเกณฑ์NamesTheComputedLevel() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("80.00").publishedRating("ไม่ผ่านเกณฑ์").build());

        assertEquals(Optional.of(Rating.fail()), analysis.rating());
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
        assertEquals(List.of(FAIL), ratingRulesFired(analysis));
    }

    @Test
    void theSchemeFollowsTheFiscalYear() {
        assertEquals(RatingScheme.LETTER_BANDS, RatingScheme.forYear(FiscalYear.of(2565)));
        assertEquals(RatingScheme.LEVELS, RatingScheme.forYear(FiscalYear.of(2566)));

        Analysis fy2565 = ENGINE.analyze(fy(2565).overall("90.00").build());
        Analysis fy2566 = ENGINE.analyze(fy(2566).overall("90.00").tool(ToolComponent.IIT, "90.00")
                .tool(ToolComponent.EIT_PART_1, "90.00").tool(ToolComponent.EIT_PART_2, "90.00")
                .tool(ToolComponent.OIT, "90.00").build());

        assertEquals(Optional.of(Rating.letter("A")), fy2565.rating());
        assertEquals(List.of(A), ratingRulesFired(fy2565));
        assertEquals(Optional.of(Rating.good()), fy2566.rating());
        assertEquals(List.of(GOOD), ratingRulesFired(fy2566));
    }

    @Test
    void aForcedLevelsSchemeRatesAFy2564AssessmentByLevels() {
        Analysis analysis = LEVELS.analyze(Samples.load("lampang-city-2564"));

        assertEquals(Optional.of(Rating.fail()), analysis.rating());
        assertEquals(List.of(FAIL), ratingRulesFired(analysis));
        Finding old = Drl.only(analysis, FindingKind.RATING_OLD_SCHEME, Level.OVERALL, "overall");
        assertEquals(Map.of("published", "B", "computed", "ไม่ผ่าน"), old.texts());
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void aForcedLevelsSchemeRatesLopburiExcellentFromItsComputedTools() {
        // IIT 96.76, EIT 96.11, OIT 100.00 (computed from the indicators), overall 97.86.
        Analysis analysis = LEVELS.analyze(Samples.load("lopburi-2565"));

        assertEquals(Optional.of(Rating.excellent()), analysis.rating());
        assertEquals(List.of(EXCELLENT), ratingRulesFired(analysis));
    }

    @Test
    void fy2566WithOnlyAPassingOverallIsProvenAPassAndNamesTheFiguresThatWouldDecide() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("90.00").build());

        RatingRange range = analysis.ratingRange().orElseThrow();
        assertEquals(Rating.pass(), range.proven());
        assertEquals(Rating.good(), range.best(), "below 95 overall, ผ่านดีเยี่ยม is out of reach");
        assertEquals(Optional.of(Rating.pass()), analysis.rating());
        assertEquals(List.of("tools.IIT", "tools.EIT_PART_1", "tools.EIT_PART_2", "tools.OIT"), range.decidedBy());
        Finding open = Drl.only(analysis, FindingKind.RATING_UNPROVEN, Level.OVERALL, "overall");
        assertEquals(Map.of("proven", "ผ่าน", "best", "ผ่านดี",
                "decidedBy", "tools.IIT, tools.EIT_PART_1, tools.EIT_PART_2, tools.OIT"), open.texts());
        assertEquals(Set.of(PASS, GOOD), Set.copyOf(ratingRulesFired(analysis)));
    }

    @ParameterizedTest(name = "a published {0} is one an overall of 90.00 alone allows, and decides the level")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ผ่านดี", "ผ่าน"})
    void aPublishedLevelTheFiguresAllowDecidesIt(String published) {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("90.00").publishedRating(published).build());

        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
        assertEquals(published, analysis.rating().orElseThrow().thai());
        assertTrue(analysis.ratingFromPublished(), "the published level settles what the figures leave open");
    }

    @ParameterizedTest(name = "a published {0} contradicts an overall of 90.00")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ผ่านดีเยี่ยม", "ไม่ผ่าน"})
    void aPublishedLevelOutsideWhatTheFiguresAllowIsAContradiction(String published) {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("90.00").publishedRating(published).build());

        Finding differs = Drl.only(analysis, FindingKind.RATING_DIFFERS, Level.OVERALL, "overall");
        assertEquals(Map.of("published", published, "computed", "ผ่าน", "computedBest", "ผ่านดี"), differs.texts());
        assertEquals(Optional.of(Rating.pass()), analysis.rating());
    }

    @Test
    void source004FromItsTenIndicatorsAloneIsProvenAPassNotAGoodPass() {
        // Source 004 typed from its ten-indicator table: overall 92.20, EIT 89.07 from indicators 6-8.
        // The NACC published ผ่าน because EIT part 2 is 80.16; without the parts a part can be as low as 78.14.
        Analysis analysis = ENGINE.analyze(fy(2566).indicator(1, "100.00").indicator(2, "99.89")
                .indicator(3, "100.00").indicator(4, "99.67").indicator(5, "100.00").indicator(6, "88.40")
                .indicator(7, "90.23").indicator(8, "88.59").indicator(9, "97.50").indicator(10, "80.00").build());

        RatingRange range = analysis.ratingRange().orElseThrow();
        assertEquals(Optional.of(Rating.pass()), analysis.rating(), "never the ผ่านดี the data cannot prove");
        assertEquals(Rating.good(), range.best());
        // The computed IIT (99.91) and OIT (88.75) cannot be the lowest in the best case: only the parts decide.
        assertEquals(List.of("overall", "tools.EIT_PART_1", "tools.EIT_PART_2"), range.decidedBy());
    }

    @Test
    void source004WithItsPublishedEitPartsIsProvenAPass() {
        Analysis analysis = ENGINE.analyze(Samples.load("chiangmai-2566"));

        assertTrue(analysis.ratingRange().orElseThrow().isProven());
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_UNPROVEN));
    }

    @Test
    void source001WithoutEitPartsIsOpenAndItsPublishedGoodPassDecides() {
        Analysis analysis = ENGINE.analyze(Samples.load("lampang-pao-2566"));

        RatingRange range = analysis.ratingRange().orElseThrow();
        assertEquals(Rating.pass(), range.proven());
        assertEquals(Rating.good(), range.best());
        assertEquals(Optional.of(Rating.good()), analysis.rating());
        assertTrue(analysis.ratingFromPublished());
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void lopburiWithAWrongPublishedRatingIsShownAsAContradiction() {
        // Source 002's published table (rated AA) with the rating mistyped as B.
        Analysis analysis = ENGINE.analyze(fy(2565).indicator(1, "98.84").indicator(2, "94.70")
                .indicator(3, "97.30").indicator(4, "95.65").indicator(5, "97.31").indicator(6, "96.03")
                .indicator(7, "95.83").indicator(8, "96.46").indicator(9, "100.00").indicator(10, "100.00")
                .overall("97.86").publishedRating("B").build());

        assertEquals(Optional.of(Rating.letter("AA")), analysis.rating());
        Finding differs = Drl.only(analysis, FindingKind.RATING_DIFFERS, Level.OVERALL, "overall");
        assertEquals("B", differs.text("published"));
        assertEquals("AA", differs.text("computed"));
    }

    @Test
    void anOldLetterBandPublishedForAYearOfLevelsIsExplainedNotAnError() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("96.00").tool(ToolComponent.IIT, "96.00")
                .tool(ToolComponent.EIT_PART_1, "96.00").tool(ToolComponent.EIT_PART_2, "96.00")
                .tool(ToolComponent.OIT, "96.00").publishedRating("ระดับ AA").build());

        Finding old = Drl.only(analysis, FindingKind.RATING_OLD_SCHEME, Level.OVERALL, "overall");
        assertEquals(Map.of("published", "ระดับ AA", "computed", "ผ่านดีเยี่ยม"), old.texts());
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @ParameterizedTest(name = "FY{0} refuses the published rating ''{1}''")
    @CsvSource({"2565, X", "2565, ผ่านดี", "2566, X", "2566, Q"})
    void aRatingOutsideTheYearsSchemeIsAValidationErrorNamingTheField(int year, String label) {
        th.ita.model.ItaValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
                th.ita.model.ItaValidationException.class,
                () -> fy(year).overall("90.00").publishedRating(label).build());

        assertEquals("rating", e.problems().get(0).field());
        assertTrue(e.getMessage().contains(year >= 2566 ? "ผ่านดีเยี่ยม, ผ่านดี, ผ่าน, ไม่ผ่าน" : "AA, A, B, C, D, E, F"),
                e::getMessage);
    }

    @Test
    void fy2566WithOnlyAFailingOverallFailsWithoutTheTools() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("84.99").build());

        assertEquals(Optional.of(Rating.fail()), analysis.rating());
        assertEquals(List.of(FAIL), ratingRulesFired(analysis));
    }

    @Test
    void fy2566AtExactly85And95WithEveryComponentAtTheLineIsGoodThenExcellent() {
        Analysis good = ENGINE.analyze(fy(2566).overall("85.00").tool(ToolComponent.IIT, "85.00")
                .tool(ToolComponent.EIT_PART_1, "85.00").tool(ToolComponent.EIT_PART_2, "85.00")
                .tool(ToolComponent.OIT, "85.00").build());
        Analysis excellent = ENGINE.analyze(fy(2566).overall("95.00").tool(ToolComponent.IIT, "95.00")
                .tool(ToolComponent.EIT_PART_1, "95.00").tool(ToolComponent.EIT_PART_2, "95.00")
                .tool(ToolComponent.OIT, "95.00").build());

        assertEquals(List.of(GOOD), ratingRulesFired(good));
        assertEquals(List.of(EXCELLENT), ratingRulesFired(excellent));
    }

    @Test
    void theNaccFy2568CaseOf9464WithAnEitBelow85IsAPass() {
        // The NACC's explanation: total 94.64 rated ผ่าน, not ผ่านดี, because the EIT was below 85.
        Analysis analysis = ENGINE.analyze(fy(2568).overall("94.64").tool(ToolComponent.IIT, "99.00")
                .tool(ToolComponent.EIT, "84.50").tool(ToolComponent.OIT, "98.98").publishedRating("ผ่าน").build());

        assertEquals(Optional.of(Rating.pass()), analysis.rating());
        assertEquals(List.of(PASS), ratingRulesFired(analysis));
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void aFy2566TotalOf9790WithAComponentBelow95IsGoodNotExcellent() {
        // The NACC's other public case: total 97.90 in FY2566 rated ผ่านดี.
        Analysis analysis = ENGINE.analyze(fy(2566).overall("97.90").tool(ToolComponent.IIT, "99.50")
                .tool(ToolComponent.EIT, "93.50").tool(ToolComponent.OIT, "100.00").publishedRating("ผ่านดี").build());

        assertEquals(Optional.of(Rating.good()), analysis.rating());
        assertEquals(List.of(GOOD), ratingRulesFired(analysis));
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void chiangMaiIsAPassBecauseEitPart2Of8016IsItsLowestComponent() {
        Analysis analysis = ENGINE.analyze(Samples.load("chiangmai-2566"));

        assertEquals(Map.of(ToolComponent.IIT, "99.91", ToolComponent.EIT_PART_1, "97.98",
                ToolComponent.EIT_PART_2, "80.16", ToolComponent.OIT, "88.75"),
                analysis.scoreCard().ratingComponents().entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
        assertEquals(List.of(PASS), ratingRulesFired(analysis));
    }

    @Test
    void withoutAnOverallNoRatingRuleFires() {
        Analysis analysis = ENGINE.analyze(fy(2564).indicator(1, "87.37").publishedRating("B").build());

        assertEquals(Optional.empty(), analysis.rating());
        assertEquals(List.of(), ratingRulesFired(analysis));
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void theLetterBandsOfTheCutPointsFollowTheHalfOpenBands() {
        assertEquals(List.of(D), ratingRulesFired(ENGINE.analyze(fy(2564).overall("64.99").build())));
        assertEquals(List.of(AA), ratingRulesFired(ENGINE.analyze(fy(2564).overall("95.00").build())));
        assertEquals(List.of(A), ratingRulesFired(ENGINE.analyze(fy(2564).overall("94.99").build())));
    }
}
