package th.ita.rules;

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
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingScheme;

/**
 * The rating rules: {@code rating/letter-bands.drl}, {@code rating/levels-fy2566.drl} and
 * {@code rating/published-rating.drl} (domain README "Ratings", catalogue §4.1).
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
    private static final String PASS_UNKNOWN = Drl.declared(LEVEL_RULES,
            "Rating: ผ่าน at an unknown level when the overall is at least 85.00 and a tool score is missing");
    private static final String FAIL = Drl.declared(LEVEL_RULES, "Rating: ไม่ผ่าน when the overall is below 85.00");
    private static final String DIFFERS = Drl.declared("rating/published-rating.drl",
            "Rating: the published rating differs from the computed one");

    /** Every rule that assigns a rating: each analysis with an overall must fire exactly one. */
    private static final Set<String> RATING_RULES = ratingRules();

    private static Set<String> ratingRules() {
        Set<String> names = new HashSet<>(Drl.ruleNames(LETTERS));
        names.addAll(Drl.ruleNames(LEVEL_RULES));
        return Set.copyOf(names);
    }

    private static Assessment.Builder fy(int year) {
        return Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(year);
    }

    @ParameterizedTest(name = "{0} is rated {1} ({2}) by \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "lampang-city-2563 | D       | LETTER_BANDS | Rating: letter band D for 55.00 <= overall < 65.00",
        "lampang-city-2564 | B       | LETTER_BANDS | Rating: letter band B for 75.00 <= overall < 85.00",
        "lopburi-2565      | AA      | LETTER_BANDS | Rating: letter band AA for 95.00 <= overall",
        "lampang-pao-2566  | ผ่านดี   | LEVELS       | Rating: ผ่านดี when the overall and every tool component are at least 85.00, short of ผ่านดีเยี่ยม",
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
                Drl.fired(analysis, RATING_RULES));
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
        assertEquals(Map.of("published", "A", "computed", "B"), differs.values());
        assertEquals(List.of(B, DIFFERS), Drl.fired(analysis, Set.of(B, DIFFERS)));
    }

    @Test
    void aPublishedLabelWithTheSuffixเกณฑ์NamesTheComputedLevel() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("80.00").publishedRating("ไม่ผ่านเกณฑ์").build());

        assertEquals(Optional.of(Rating.fail()), analysis.rating());
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
        assertEquals(List.of(FAIL), Drl.fired(analysis, RATING_RULES));
    }

    @Test
    void theSchemeFollowsTheFiscalYear() {
        assertEquals(RatingScheme.LETTER_BANDS, RatingScheme.forYear(FiscalYear.of(2565)));
        assertEquals(RatingScheme.LEVELS, RatingScheme.forYear(FiscalYear.of(2566)));

        Analysis fy2565 = ENGINE.analyze(fy(2565).overall("90.00").build());
        Analysis fy2566 = ENGINE.analyze(fy(2566).overall("90.00").tool(ToolComponent.IIT, "90.00")
                .tool(ToolComponent.EIT, "90.00").tool(ToolComponent.OIT, "90.00").build());

        assertEquals(Optional.of(Rating.letter("A")), fy2565.rating());
        assertEquals(List.of(A), Drl.fired(fy2565, RATING_RULES));
        assertEquals(Optional.of(Rating.good()), fy2566.rating());
        assertEquals(List.of(GOOD), Drl.fired(fy2566, RATING_RULES));
    }

    @Test
    void aForcedLevelsSchemeRatesAFy2564AssessmentByLevels() {
        Analysis analysis = LEVELS.analyze(Samples.load("lampang-city-2564"));

        assertEquals(Optional.of(Rating.fail()), analysis.rating());
        assertEquals(List.of(FAIL), Drl.fired(analysis, RATING_RULES));
        Finding differs = Drl.only(analysis, FindingKind.RATING_DIFFERS, Level.OVERALL, "overall");
        assertEquals(Map.of("published", "B", "computed", "ไม่ผ่าน"), differs.values());
        assertEquals(DIFFERS, differs.rule());
    }

    @Test
    void aForcedLevelsSchemeRatesLopburiExcellentFromItsComputedTools() {
        // IIT 96.76, EIT 96.11, OIT 100.00 (computed from the indicators), overall 97.86.
        Analysis analysis = LEVELS.analyze(Samples.load("lopburi-2565"));

        assertEquals(Optional.of(Rating.excellent()), analysis.rating());
        assertEquals(List.of(EXCELLENT), Drl.fired(analysis, RATING_RULES));
    }

    @Test
    void fy2566WithOnlyAPassingOverallIsAPassAtAnUnknownLevel() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("90.00").build());

        assertEquals(Optional.of(Rating.passLevelUnknown()), analysis.rating());
        assertEquals("PASS_LEVEL_UNKNOWN", analysis.rating().orElseThrow().code());
        assertEquals(List.of(PASS_UNKNOWN), Drl.fired(analysis, RATING_RULES));
    }

    @ParameterizedTest(name = "a published {0} does not contradict a pass at an unknown level")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"})
    void aPublishedPassLevelAgreesWithAPassAtAnUnknownLevel(String published) {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("90.00").publishedRating(published).build());

        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void aPublishedFailContradictsAPassAtAnUnknownLevel() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("90.00").publishedRating("ไม่ผ่าน").build());

        Finding differs = analysis.findings(FindingKind.RATING_DIFFERS).get(0);
        assertEquals("ไม่ผ่าน", differs.value("published"));
    }

    @Test
    void fy2566WithOnlyAFailingOverallFailsWithoutTheTools() {
        Analysis analysis = ENGINE.analyze(fy(2566).overall("84.99").build());

        assertEquals(Optional.of(Rating.fail()), analysis.rating());
        assertEquals(List.of(FAIL), Drl.fired(analysis, RATING_RULES));
    }

    @Test
    void fy2566AtExactly85And95WithEveryComponentAtTheLineIsGoodThenExcellent() {
        Analysis good = ENGINE.analyze(fy(2566).overall("85.00").tool(ToolComponent.IIT, "85.00")
                .tool(ToolComponent.EIT, "85.00").tool(ToolComponent.OIT, "85.00").build());
        Analysis excellent = ENGINE.analyze(fy(2566).overall("95.00").tool(ToolComponent.IIT, "95.00")
                .tool(ToolComponent.EIT, "95.00").tool(ToolComponent.OIT, "95.00").build());

        assertEquals(List.of(GOOD), Drl.fired(good, RATING_RULES));
        assertEquals(List.of(EXCELLENT), Drl.fired(excellent, RATING_RULES));
    }

    @Test
    void theNaccFy2568CaseOf9464WithAnEitBelow85IsAPass() {
        // The NACC's explanation: total 94.64 rated ผ่าน, not ผ่านดี, because the EIT was below 85.
        Analysis analysis = ENGINE.analyze(fy(2568).overall("94.64").tool(ToolComponent.IIT, "99.00")
                .tool(ToolComponent.EIT, "84.50").tool(ToolComponent.OIT, "98.98").publishedRating("ผ่าน").build());

        assertEquals(Optional.of(Rating.pass()), analysis.rating());
        assertEquals(List.of(PASS), Drl.fired(analysis, RATING_RULES));
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void aFy2566TotalOf9790WithAComponentBelow95IsGoodNotExcellent() {
        // The NACC's other public case: total 97.90 in FY2566 rated ผ่านดี.
        Analysis analysis = ENGINE.analyze(fy(2566).overall("97.90").tool(ToolComponent.IIT, "99.50")
                .tool(ToolComponent.EIT, "93.50").tool(ToolComponent.OIT, "100.00").publishedRating("ผ่านดี").build());

        assertEquals(Optional.of(Rating.good()), analysis.rating());
        assertEquals(List.of(GOOD), Drl.fired(analysis, RATING_RULES));
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void chiangMaiIsAPassBecauseEitPart2Of8016IsItsLowestComponent() {
        Analysis analysis = ENGINE.analyze(Samples.load("chiangmai-2566"));

        assertEquals(Map.of(ToolComponent.IIT, "99.91", ToolComponent.EIT_PART_1, "97.98",
                ToolComponent.EIT_PART_2, "80.16", ToolComponent.OIT, "88.75"),
                analysis.scoreCard().ratingComponents().entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
        assertEquals(List.of(PASS), Drl.fired(analysis, RATING_RULES));
    }

    @Test
    void withoutAnOverallNoRatingRuleFires() {
        Analysis analysis = ENGINE.analyze(fy(2564).indicator(1, "87.37").publishedRating("B").build());

        assertEquals(Optional.empty(), analysis.rating());
        assertEquals(List.of(), Drl.fired(analysis, RATING_RULES));
        assertEquals(List.of(), analysis.findings(FindingKind.RATING_DIFFERS));
    }

    @Test
    void theLetterBandsOfTheCutPointsFollowTheHalfOpenBands() {
        assertEquals(List.of(D), Drl.fired(ENGINE.analyze(fy(2564).overall("64.99").build()), RATING_RULES));
        assertEquals(List.of(AA), Drl.fired(ENGINE.analyze(fy(2564).overall("95.00").build()), RATING_RULES));
        assertEquals(List.of(A), Drl.fired(ENGINE.analyze(fy(2564).overall("94.99").build()), RATING_RULES));
    }
}
