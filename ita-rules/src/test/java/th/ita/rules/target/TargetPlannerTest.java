package th.ita.rules.target;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.model.Score;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.policy.Policy;
import th.ita.model.samples.Samples;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.ItaEngine;

/**
 * Golden cases of the target planner ({@code engine.plan}) on the source fixtures, each checked by
 * re-scoring the assessment with the plan's fixes applied, and {@link ItaEngine#target}.
 */
class TargetPlannerTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final Policy POLICY = Policy.defaults();

    private static final Assessment LAMPANG_2564 = Samples.load("lampang-city-2564");
    private static final Assessment CHIANGMAI_2566 = Samples.load("chiangmai-2566");
    private static final Assessment LAMPANG_2563 = Samples.load("lampang-city-2563");

    /**
     * Every candidate of lampang-city-2564, largest gain first ({@code o36=1.25} for an item, {@code
     * 8=1.813/0.1} for an indicator: its gain if raised to 100, and its gain per point). An OIT item's
     * gain follows from the aggregation: o27 is one of the four items of sub-indicator 9.4, so fixing
     * it gives +25 on 9.4, +5 on indicator 9, +2.5 on the OIT and +1.0 on the overall (weight 40).
     * An IIT indicator gains 0.06 per point (weight 30 over five indicators), an EIT indicator 0.1
     * (30 over three).
     */
    private static final List<String> LAMPANG_2564_CANDIDATES = List.of(
            "8=1.813/0.1", "7=1.796/0.1", "4=1.4532/0.06", "2=1.4256/0.06", "6=1.339/0.1", "5=1.3356/0.06",
            "o36=1.25", "o37=1.25", "3=1.0416/0.06", "o27=1", "o28=1", "o30=0.8", "1=0.7578/0.06");

    // ---- helpers

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** {@code o36=1.25} for an item, {@code 8=1.813/0.1} for an indicator (gain / gain per point). */
    private static List<String> candidates(TargetPlan plan) {
        return plan.candidates().stream().map(c -> c.item().map(QuestionCode::toString)
                .map(code -> code + "=" + plain(c.gain()))
                .orElseGet(() -> c.indicator().orElseThrow() + "=" + plain(c.gain()) + "/" + plain(c.gainPerPoint())))
                .toList();
    }

    private static List<String> codes(TargetPlan plan) {
        return plan.minimalSet().stream().map(QuestionCode::toString).toList();
    }

    private static List<String> scores(List<Score> scores) {
        return scores.stream().map(Score::toString).toList();
    }

    private static List<String> remaining(TargetPlan plan) {
        return plan.remaining().stream()
                .map(r -> (r instanceof Remaining.OnIndicator on ? Integer.toString(on.indicator())
                        : ((Remaining.OnComponent) r).component().name()) + "+" + r.points().toPlainString()
                        + (r.possible() ? "" : " (not alone)"))
                .toList();
    }

    private static Map<String, String> components(Map<ToolComponent, Score> components) {
        Map<String, String> result = new LinkedHashMap<>();
        components.forEach((c, s) -> result.put(c.name(), s.toString()));
        return result;
    }

    /** The overall of the assessment with some OIT items set to pass, scored by the score card itself. */
    private static Score rescored(Assessment assessment, List<QuestionCode> fixes) {
        Assessment fixed = assessment;
        for (QuestionCode code : fixes) {
            fixed = fixed.withOitResult(code, OitResult.pass());
        }
        return ScoreCard.of(fixed).overall().value().orElseThrow();
    }

    /** Re-scores each prefix of the plan's set: the overall after each fix, and after the whole set. */
    private static void assertRescored(Assessment assessment, TargetPlan plan) {
        List<String> afterEach = new ArrayList<>();
        for (int i = 1; i <= plan.minimalSet().size(); i++) {
            afterEach.add(rescored(assessment, plan.minimalSet().subList(0, i)).toString());
        }
        assertEquals(scores(plan.overallAfterEach()), afterEach, "overall after each fix, re-scored");
        if (!plan.minimalSet().isEmpty()) {
            assertEquals(plan.overallAfter(), rescored(assessment, plan.minimalSet()), "overall after, re-scored");
        }
    }

    // ---- source 000, FY2564

    @Test
    void lampangCity2564ToThePassMarkFixesO36ThenO37() {
        TargetPlan plan = ENGINE.plan(LAMPANG_2564, Target.passMark(POLICY));

        assertAll(
                () -> assertEquals("83.74", plan.current().toString()),
                () -> assertTrue(plan.reachable()),
                () -> assertEquals(List.of("o36", "o37"), codes(plan)),
                () -> assertEquals(List.of("84.99", "86.24"), scores(plan.overallAfterEach())),
                () -> assertEquals("86.24", plan.overallAfter().toString()),
                () -> assertEquals(Map.of("IIT", "79.95", "EIT", "83.51", "OIT", "93.00"),
                        components(plan.componentsAfter())),
                () -> assertEquals(List.of(), plan.remaining()),
                () -> assertEquals(LAMPANG_2564_CANDIDATES, candidates(plan)));
        assertRescored(LAMPANG_2564, plan);
    }

    @Test
    void oneFixStopsAt8499WhichDoesNotReach85() {
        Score afterO36 = rescored(LAMPANG_2564, List.of(QuestionCode.parse("o36")));

        assertEquals("84.99", afterO36.toString());
        assertTrue(afterO36.isBelow(Score.parse("85")));
        // The planner must not stop there: 84.99 is not a pass, so a second fix is needed.
        assertEquals(2, ENGINE.plan(LAMPANG_2564, Target.passMark(POLICY)).minimalSet().size());
    }

    @Test
    void lampangCity2564OitItemGainsFollowFromTheAggregation() {
        TargetPlan plan = ENGINE.plan(LAMPANG_2564, Target.passMark(POLICY));
        Map<String, List<String>> gains = new LinkedHashMap<>();
        for (Candidate c : plan.candidates()) {
            c.item().ifPresent(code -> gains.put(code.toString(), List.of(plain(c.gain()), plain(c.toolGain()),
                    plain(c.gainPerPoint()))));
        }
        // o27: +25 on 9.4 (four items), +5 on indicator 9, +2.5 on the OIT, +1.0 on the overall.
        assertEquals(Map.of(
                "o36", List.of("1.25", "3.125", "0"),
                "o37", List.of("1.25", "3.125", "0"),
                "o27", List.of("1", "2.5", "0"),
                "o28", List.of("1", "2.5", "0"),
                "o30", List.of("0.8", "2", "0")), gains);
        for (Candidate c : plan.candidates()) {
            if (c.item().isPresent()) {
                BigDecimal rescoredGain = ScoreCard.of(LAMPANG_2564.withOitResult(c.item().get(), OitResult.pass()))
                        .overall().exact().orElseThrow()
                        .subtract(ScoreCard.of(LAMPANG_2564.withOitResult(c.item().get(),
                                LAMPANG_2564.oitResults().get(c.item().get()))).overall().exact().orElseThrow());
                assertEquals(0, c.gain().compareTo(rescoredGain.setScale(10, java.math.RoundingMode.HALF_UP)),
                        c.item().get() + ": gain " + c.gain() + ", re-scored " + rescoredGain);
            }
        }
    }

    @Test
    void lampangCity2564IndicatorGainsPerPoint() {
        TargetPlan plan = ENGINE.plan(LAMPANG_2564, Target.passMark(POLICY));
        Map<Integer, String> perPoint = new LinkedHashMap<>();
        for (Candidate c : plan.candidates()) {
            c.indicator().ifPresent(n -> perPoint.put(n, plain(c.gainPerPoint())));
            assertTrue(c.item().isPresent() != c.indicator().isPresent(), "an item or an indicator: " + c);
        }
        // IIT 1-5 at 30 / 5 = 6 per hundred points; EIT 6-8 at 30 / 3 = 10; OIT indicators are moved by items.
        assertEquals(Map.of(1, "0.06", 2, "0.06", 3, "0.06", 4, "0.06", 5, "0.06", 6, "0.1", 7, "0.1", 8, "0.1"),
                perPoint);
        // Raising indicator 8 from 81.87 to 100 gains 18.13 * 0.1 on the overall and 18.13 / 3 on the EIT.
        Candidate eight = plan.candidates().get(0);
        assertEquals(Optional.of(8), eight.indicator());
        assertEquals("1.813", plain(eight.gain()));
        assertEquals("6.0433333333", plain(eight.toolGain()));
    }

    @Test
    void lampangCity2564ToLetterAIsThePassMarkPlan() {
        TargetPlan plan = ENGINE.plan(LAMPANG_2564, "A");

        assertAll(
                () -> assertEquals("A", plan.target().label()),
                () -> assertTrue(plan.reachable()),
                () -> assertEquals(List.of("o36", "o37"), codes(plan)),
                () -> assertEquals(List.of("84.99", "86.24"), scores(plan.overallAfterEach())),
                () -> assertEquals("86.24", plan.overallAfter().toString()),
                () -> assertEquals(LAMPANG_2564_CANDIDATES, candidates(plan)));
        assertRescored(LAMPANG_2564, plan);
    }

    @Test
    void lampangCity2564ToLetterBIsAlreadyMet() {
        TargetPlan plan = ENGINE.plan(LAMPANG_2564, "B");

        assertAll(
                () -> assertTrue(plan.reachable()),
                () -> assertEquals(List.of(), plan.minimalSet()),
                () -> assertEquals(List.of(), plan.overallAfterEach()),
                () -> assertEquals("83.74", plan.overallAfter().toString()),
                () -> assertEquals(List.of(), plan.remaining()),
                () -> assertEquals(LAMPANG_2564_CANDIDATES, candidates(plan)));
    }

    @Test
    void lampangCity2564To95NeedsEveryFixAndMore() {
        TargetPlan plan = ENGINE.plan(LAMPANG_2564, "95");

        assertAll(
                () -> assertFalse(plan.reachable()),
                () -> assertEquals(List.of("o36", "o37", "o27", "o28", "o30"), codes(plan)),
                () -> assertEquals(List.of("84.99", "86.24", "87.24", "88.24", "89.04"),
                        scores(plan.overallAfterEach())),
                () -> assertEquals("89.04", plan.overallAfter().toString()),
                // 5.96 short: 99.34 points on an IIT indicator or 59.60 on an EIT one, more than any has room for.
                () -> assertEquals(List.of("1+99.34 (not alone)", "2+99.34 (not alone)", "3+99.34 (not alone)",
                        "4+99.34 (not alone)", "5+99.34 (not alone)", "6+59.60 (not alone)", "7+59.60 (not alone)",
                        "8+59.60 (not alone)"), remaining(plan)));
        assertRescored(LAMPANG_2564, plan);
    }

    // ---- source 004, FY2566

    @Test
    void chiangmai2566ToGoodCannotBeReachedByOitFixes() {
        TargetPlan plan = ENGINE.plan(CHIANGMAI_2566, "ผ่านดี");

        assertAll(
                () -> assertEquals("92.20", plan.current().toString()),
                () -> assertEquals(Optional.of(Score.parse("85")), plan.target().componentLine()),
                () -> assertFalse(plan.reachable()),
                () -> assertEquals(List.of(), plan.minimalSet()),
                () -> assertEquals(List.of(), plan.overallAfterEach()),
                () -> assertEquals("92.20", plan.overallAfter().toString()),
                () -> assertEquals(List.of("EIT_PART_2+4.84"), remaining(plan)),
                () -> assertEquals(Map.of("IIT", "99.91", "EIT_PART_1", "97.98", "EIT_PART_2", "80.16", "OIT", "88.75"),
                        components(plan.componentsAfter())),
                () -> assertEquals(List.of("o42=2", "o43=2", "6=1.16/0.1", "8=1.141/0.1", "7=0.977/0.1", "o18=0.5",
                        "4=0.0198/0.06", "2=0.0066/0.06"), candidates(plan)));
    }

    @Test
    void chiangmai2566To95FixesO42ThenO43() {
        TargetPlan plan = ENGINE.plan(CHIANGMAI_2566, "95");

        assertAll(
                () -> assertTrue(plan.reachable()),
                () -> assertEquals(List.of("o42", "o43"), codes(plan)),
                () -> assertEquals(List.of("94.20", "96.20"), scores(plan.overallAfterEach())),
                () -> assertEquals("96.20", plan.overallAfter().toString()),
                () -> assertEquals("98.75", plan.componentsAfter().get(ToolComponent.OIT).toString()),
                () -> assertEquals(List.of(), plan.remaining()));
        assertRescored(CHIANGMAI_2566, plan);
    }

    @Test
    void chiangmai2566ToExcellentStillNeedsEitPart2() {
        TargetPlan plan = ENGINE.plan(CHIANGMAI_2566, "ผ่านดีเยี่ยม");

        assertAll(
                () -> assertFalse(plan.reachable()),
                () -> assertEquals(List.of("o42", "o43"), codes(plan)),
                () -> assertEquals(List.of("94.20", "96.20"), scores(plan.overallAfterEach())),
                () -> assertEquals(List.of("EIT_PART_2+14.84"), remaining(plan)));
        assertRescored(CHIANGMAI_2566, plan);
    }

    /**
     * Source 004 typed from its ten indicators: every tool computes above 85, but the EIT parts are not
     * given and part 2 was 80.16, so the planner must not claim ผ่านดี (it did).
     */
    @Test
    void chiangmai2566FromIndicatorsOnlyLeavesGoodOpenAndNamesTheEitParts() {
        Assessment indicatorsOnly = Assessment.builder().agency("เทศบาลนครเชียงใหม่", "เทศบาลนคร").fiscalYear(2566)
                .indicator(1, "100.00").indicator(2, "99.89").indicator(3, "100.00").indicator(4, "99.67")
                .indicator(5, "100.00").indicator(6, "88.40").indicator(7, "90.23").indicator(8, "88.59")
                .indicator(9, "97.50").indicator(10, "80.00").build();
        TargetPlan good = ENGINE.plan(indicatorsOnly, "ผ่านดี");
        assertAll(
                () -> assertFalse(good.reachable()),
                () -> assertEquals(List.of("tools.EIT_PART_1", "tools.EIT_PART_2"), good.decidedBy()),
                () -> assertEquals(Optional.empty(), good.published(), "no published rating to decide it"),
                () -> assertEquals(List.of(), remaining(good)),
                () -> assertEquals(List.of(), good.minimalSet()));
        // A plain score target rests on the overall alone, which the indicators prove.
        TargetPlan ninety = ENGINE.plan(indicatorsOnly, "90");
        assertAll(
                () -> assertTrue(ninety.reachable()),
                () -> assertEquals(List.of(), ninety.decidedBy()));
    }

    /**
     * Where the figures leave a rating target open, the rating the NACC published decides it: source
     * 004 publishes ผ่าน for Chiang Mai (its EIT part 2 was 80.16), so ผ่านดี is not met now; the
     * Lampang PAO sample publishes ผ่านดี, which meets it though its figures alone cannot.
     */
    @Test
    void aPublishedRatingDecidesARatingTargetTheFiguresLeaveOpen() {
        Assessment chiangmai = Assessment.builder().agency("เทศบาลนครเชียงใหม่", "เทศบาลนคร").fiscalYear(2566)
                .indicator(1, "100.00").indicator(2, "99.89").indicator(3, "100.00").indicator(4, "99.67")
                .indicator(5, "100.00").indicator(6, "88.40").indicator(7, "90.23").indicator(8, "88.59")
                .indicator(9, "97.50").indicator(10, "80.00").publishedRating("ผ่าน").build();
        TargetPlan good = ENGINE.plan(chiangmai, "ผ่านดี");
        assertAll(
                () -> assertFalse(good.reachable()),
                () -> assertEquals(Optional.of("PASS"), good.published().map(r -> r.code())),
                () -> assertFalse(good.metAsPublished()),
                () -> assertEquals(List.of("tools.EIT_PART_1", "tools.EIT_PART_2"), good.decidedBy()));
        assertTrue(ENGINE.plan(chiangmai, "ผ่าน").reachable(), "ผ่าน asks only for the overall, which the figures prove");

        TargetPlan pao = ENGINE.plan(Samples.load("lampang-pao-2566"), "ผ่านดี");
        assertAll(
                () -> assertFalse(pao.reachable(), "the figures given do not prove it"),
                () -> assertEquals(Optional.of("GOOD"), pao.published().map(r -> r.code())),
                () -> assertTrue(pao.metAsPublished()));
        // A score target, or a rating the overall alone decides, takes nothing from the published rating.
        assertEquals(Optional.empty(), ENGINE.plan(Samples.load("lampang-pao-2566"), "90").published());
        assertEquals(Optional.empty(), ENGINE.plan(Samples.load("lampang-pao-2566"), "ผ่านดีเยี่ยม").published());
    }

    // ---- source 000's comparison year, FY2563: indicators only

    @Test
    void lampangCity2563HasNoOitItemsSoItsOitIndicatorsAreLevers() {
        TargetPlan plan = ENGINE.plan(LAMPANG_2563, "85");

        assertAll(
                () -> assertEquals("57.19", plan.current().toString()),
                () -> assertFalse(plan.reachable()),
                () -> assertEquals(List.of(), plan.minimalSet()),
                () -> assertEquals(List.of(), plan.overallAfterEach()),
                () -> assertEquals("57.19", plan.overallAfter().toString()),
                // OIT weight 40 over two indicators: 0.2 per point.
                () -> assertEquals(List.of("10=16.25/0.2", "9=11.076/0.2", "8=3.35/0.1", "7=3.306/0.1",
                        "6=2.793/0.1", "5=1.4532/0.06", "2=1.401/0.06", "4=1.3236/0.06", "3=1.0956/0.06",
                        "1=0.759/0.06"), candidates(plan)),
                // 27.81 short: more than any single indicator has room for.
                () -> assertEquals(List.of("1+463.50 (not alone)", "2+463.50 (not alone)", "3+463.50 (not alone)",
                        "4+463.50 (not alone)", "5+463.50 (not alone)", "6+278.10 (not alone)",
                        "7+278.10 (not alone)", "8+278.10 (not alone)", "9+139.05 (not alone)",
                        "10+139.05 (not alone)"), remaining(plan)));
    }

    @Test
    void aPassingAgencyHasAnEmptyPlan() {
        TargetPlan plan = ENGINE.plan(Samples.load("lopburi-2565"), Target.passMark(POLICY));

        assertAll(
                () -> assertTrue(plan.reachable()),
                () -> assertEquals(List.of(), plan.minimalSet()),
                () -> assertEquals("97.86", plan.overallAfter().toString()),
                () -> assertEquals(List.of(), plan.remaining()));
    }

    @Test
    void enginePlanIsThePlanner() {
        Target target = Target.passMark(POLICY);
        assertEquals(TargetPlanner.plan(LAMPANG_2564, target), ENGINE.plan(LAMPANG_2564, target));
    }

    // ---- ItaEngine.target

    @ParameterizedTest
    @CsvSource({
        "85, 85, 85.00, ''",
        "90.5, 90.5, 90.50, ''",
        "pass, 85.00, 85.00, ''",
        "PASS, 85.00, 85.00, ''",
        "AA, AA, 95.00, ''",
        "A, A, 85.00, ''",
        "B, B, 75.00, ''",
        "a, A, 85.00, ''",
        "E, E, 50.00, ''",
        "F, F, 0.00, ''",
        "ระดับ AA, AA, 95.00, ''",
        "ผ่านดีเยี่ยม, ผ่านดีเยี่ยม, 95.00, 95.00",
        "ผ่านดี, ผ่านดี, 85.00, 85.00",
        "ผ่าน, ผ่าน, 85.00, ''",
        "๘๕, 85, 85.00, ''",
        "' 85 ', 85, 85.00, ''"
    })
    void parsesATarget(String text, String label, String overall, String componentLine) {
        Target target = ENGINE.plan(Samples.load("chiangmai-2566"), text).target();

        assertEquals(label, target.label());
        assertEquals(overall, target.overall().toString());
        assertEquals(componentLine, target.componentLine().map(Score::toString).orElse(""));
    }

    @Test
    void passIsThePolicysPassMark() {
        Target target = Target.parse("pass", Policy.defaults().withPassMark(Score.parse("80")));

        assertEquals("80.00", target.overall().toString());
        assertEquals(Optional.empty(), target.componentLine());
    }

    @ParameterizedTest
    @CsvSource({"xyz", "G", "101", "-5", "''"})
    void aBadTargetNamesTarget(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.plan(Samples.load("chiangmai-2566"), text).target());

        assertTrue(e.getMessage().startsWith("target: not a target, was '" + text + "'; expected a score such as 85"),
                e.getMessage());
    }
}
