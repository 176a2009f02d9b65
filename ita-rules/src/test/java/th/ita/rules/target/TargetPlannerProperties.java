package th.ita.rules.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.scoring.ScoreCard;

/**
 * Properties of the target planner on random FY2564 assessments (all 43 OIT items, pass or fail at
 * random, and random IIT and EIT indicators; no published overall), each plan checked by
 * re-scoring with the score card. The planner is plain Java, so no rule session is needed.
 */
class TargetPlannerProperties {

    /** Level targets come from the rating rules, so the level property asks an engine for them. */
    private static final th.ita.rules.ItaEngine LEVELS = th.ita.rules.ItaEngine.create();
    private static final int OIT_ITEMS = 43;
    private static final BigDecimal NOISE = new BigDecimal("0.00000001");

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<List<Boolean>> items = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false))
                .list().ofSize(OIT_ITEMS);
        Arbitrary<List<Integer>> indicators = Arbitraries.integers().between(4_000, 10_000).list().ofSize(8);
        return Combinators.combine(items, indicators).as(TargetPlannerProperties::assessment);
    }

    /**
     * Targets from 50.00 to 100.00: half at random over the range, half near the assessment's own
     * overall (0.01 to 15 above it), so that plans met already, reached by fixes and out of reach
     * all occur often.
     */
    @Provide
    Arbitrary<Tuple.Tuple2<Assessment, Score>> cases() {
        return assessments().flatMap(a -> {
            int current = overall(a).hundredths();
            Arbitrary<Integer> near = Arbitraries.integers().between(1, 1_500)
                    .map(d -> Math.max(5_000, Math.min(10_000, current + d)));
            Arbitrary<Integer> anywhere = Arbitraries.integers().between(5_000, 10_000);
            return Arbitraries.oneOf(near, anywhere).map(t -> Tuple.of(a, Score.ofHundredths(t)));
        });
    }

    private static Assessment assessment(List<Boolean> items, List<Integer> indicators) {
        Assessment.Builder b = Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2564);
        for (int i = 0; i < OIT_ITEMS; i++) {
            b.oitItem("o" + (i + 1), items.get(i), items.get(i) ? null : "ไม่มี URL");
        }
        for (int n = 1; n <= 8; n++) {
            b.indicator(n, Score.ofHundredths(indicators.get(n - 1)));
        }
        return b.build();
    }

    private static Assessment fixed(Assessment a, List<QuestionCode> fixes) {
        Assessment result = a;
        for (QuestionCode code : fixes) {
            result = result.withOitResult(code, OitResult.pass());
        }
        return result;
    }

    private static Score overall(Assessment a) {
        return ScoreCard.of(a).overall().value().orElseThrow();
    }

    private static List<QuestionCode> failed(Assessment a) {
        return a.oitResults().entrySet().stream().filter(e -> !e.getValue().passed()).map(e -> e.getKey()).toList();
    }

    private static List<BigDecimal> itemGains(TargetPlan plan) {
        return plan.candidates().stream().filter(c -> c.item().isPresent()).map(Candidate::gain).toList();
    }

    private static BigDecimal gainOf(TargetPlan plan, QuestionCode code) {
        return plan.candidates().stream().filter(c -> c.item().equals(java.util.Optional.of(code)))
                .map(Candidate::gain).findFirst().orElseThrow();
    }

    @Property(tries = 300)
    void applyingTheSetAndReScoringReachesAReachableTarget(@ForAll("cases") Tuple.Tuple2<Assessment, Score> example) {
        Assessment a = example.get1();
        Score target = example.get2();
        TargetPlan plan = TargetPlanner.plan(a, Target.of(target));
        Score after = overall(fixed(a, plan.minimalSet()));

        assertEquals(plan.overallAfter(), after, "overallAfter is the re-scored overall");
        List<Score> each = new ArrayList<>();
        for (int i = 1; i <= plan.minimalSet().size(); i++) {
            each.add(overall(fixed(a, plan.minimalSet().subList(0, i))));
        }
        assertEquals(each, plan.overallAfterEach(), "overallAfterEach is re-scored after each fix");
        Score allFixed = overall(fixed(a, failed(a)));
        if (plan.reachable()) {
            assertFalse(after.isBelow(target), () -> after + " is below the target " + target);
            assertEquals(List.of(), plan.remaining());
        } else {
            // Not reachable means that even every failed item fixed misses, and the plan takes them all.
            assertTrue(allFixed.isBelow(target), () -> "every fix gives " + allFixed + ", target " + target);
            assertEquals(failed(a).size(), plan.minimalSet().size());
            assertFalse(plan.remaining().isEmpty(), "an unreachable plan says what remains");
        }
        Statistics.label("plan").collect(plan.reachable()
                ? plan.minimalSet().isEmpty() ? "already met" : "reached by fixes" : "not reachable");
        Statistics.label("plan").coverage(coverage -> {
            coverage.check("already met").percentage(p -> p > 10);
            coverage.check("reached by fixes").percentage(p -> p > 10);
            coverage.check("not reachable").percentage(p -> p > 10);
        });
    }

    @Property(tries = 300)
    void droppingAnyOneFixFromTheSetMissesTheTarget(@ForAll("cases") Tuple.Tuple2<Assessment, Score> example) {
        Assessment a = example.get1();
        Score target = example.get2();
        TargetPlan plan = TargetPlanner.plan(a, Target.of(target));
        if (!plan.reachable()) {
            return;
        }
        for (int i = 0; i < plan.minimalSet().size(); i++) {
            List<QuestionCode> fewer = new ArrayList<>(plan.minimalSet());
            QuestionCode dropped = fewer.remove(i);
            Score without = overall(fixed(a, fewer));
            assertTrue(without.isBelow(target),
                    () -> "without " + dropped + " the overall is " + without + ", which reaches " + target);
        }
        Statistics.collect(plan.minimalSet().size());
    }

    @Property(tries = 300)
    void noGainIsNegative(@ForAll("cases") Tuple.Tuple2<Assessment, Score> example) {
        Assessment a = example.get1();
        Score target = example.get2();
        TargetPlan plan = TargetPlanner.plan(a, Target.of(target));

        assertEquals(failed(a).size() + 8 - (int) a.indicators().values().stream()
                .filter(s -> s.equals(Score.HUNDRED)).count(), plan.candidates().size(),
                "every failed item and every IIT/EIT indicator below 100 is a candidate");
        for (Candidate c : plan.candidates()) {
            assertTrue(c.gain().signum() >= 0, () -> "negative gain: " + c);
            assertTrue(c.toolGain().signum() >= 0, () -> "negative tool gain: " + c);
            assertTrue(c.gainPerPoint().signum() >= 0, () -> "negative gain per point: " + c);
        }
        for (int i = 1; i < plan.overallAfterEach().size(); i++) {
            assertFalse(plan.overallAfterEach().get(i).isBelow(plan.overallAfterEach().get(i - 1)),
                    () -> "the overall fell after a fix: " + plan.overallAfterEach());
        }
    }

    @Property(tries = 300)
    void anAssessmentAlreadyAtTheTargetGetsAnEmptySet(@ForAll("assessments") Assessment a,
            @ForAll @IntRange(min = 0, max = 3_000) int below) {
        Score current = overall(a);
        Score target = Score.ofHundredths(Math.max(0, current.hundredths() - below));

        TargetPlan plan = TargetPlanner.plan(a, Target.of(target));

        assertTrue(plan.reachable());
        assertEquals(List.of(), plan.minimalSet());
        assertEquals(List.of(), plan.overallAfterEach());
        assertEquals(current, plan.current());
        assertEquals(current, plan.overallAfter());
        assertEquals(List.of(), plan.remaining());
    }

    @Property(tries = 300)
    void theSetHasTheLargestTotalGainOfItsSizeAndGainsAddUp(@ForAll("cases") Tuple.Tuple2<Assessment, Score> example) {
        Assessment a = example.get1();
        Score target = example.get2();
        TargetPlan plan = TargetPlanner.plan(a, Target.of(target));
        int k = plan.minimalSet().size();
        List<BigDecimal> largest = itemGains(plan).stream().sorted(Comparator.reverseOrder()).limit(k).toList();

        BigDecimal chosen = plan.minimalSet().stream().map(code -> gainOf(plan, code))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal best = largest.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, chosen.compareTo(best), () -> "set " + plan.minimalSet() + " gains " + chosen
                + ", the " + k + " largest gains " + largest + " sum to " + best);

        // The overall is linear in the items: the set's exact gain is the sum of its fixes' gains.
        BigDecimal base = ScoreCard.of(a).overall().exact().orElseThrow();
        BigDecimal after = ScoreCard.of(fixed(a, plan.minimalSet())).overall().exact().orElseThrow();
        assertTrue(after.subtract(base).subtract(chosen).abs().compareTo(NOISE) < 0,
                () -> "re-scored gain " + after.subtract(base) + ", sum of gains " + chosen);
    }

    /**
     * FY2566 level targets: leaving out the EIT parts (giving only their mean, rounded as the NACC
     * rounds) never makes a plan claim a level that the full figures do not reach, and a plan the
     * reduced figures leave open names the parts.
     */
    @Property(tries = 1_000)
    void leavingOutTheEitPartsNeverClaimsALevelTheFullFiguresMiss(
            @ForAll("componentScores") int iit, @ForAll("componentScores") int part1,
            @ForAll("componentScores") int part2, @ForAll("componentScores") int oit,
            @ForAll("levels") String level) {
        Score eit = Score.of(Score.ofHundredths(part1).value().add(Score.ofHundredths(part2).value())
                .divide(BigDecimal.valueOf(2)));
        Assessment.Builder full = Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(2566)
                .tool(th.ita.model.catalogue.ToolComponent.IIT, Score.ofHundredths(iit).toString())
                .tool(th.ita.model.catalogue.ToolComponent.EIT_PART_1, Score.ofHundredths(part1).toString())
                .tool(th.ita.model.catalogue.ToolComponent.EIT_PART_2, Score.ofHundredths(part2).toString())
                .tool(th.ita.model.catalogue.ToolComponent.OIT, Score.ofHundredths(oit).toString());
        Assessment reduced = Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(2566)
                .tool(th.ita.model.catalogue.ToolComponent.IIT, Score.ofHundredths(iit).toString())
                .tool(th.ita.model.catalogue.ToolComponent.EIT, eit.toString())
                .tool(th.ita.model.catalogue.ToolComponent.OIT, Score.ofHundredths(oit).toString()).build();
        TargetPlan withParts = LEVELS.plan(full.build(), level);
        TargetPlan withoutParts = LEVELS.plan(reduced, level);

        Statistics.label("reduced").collect(withoutParts.reachable() ? "reached"
                : withoutParts.decidedBy().isEmpty() ? "missed" : "open");
        if (withoutParts.reachable()) {
            assertTrue(withParts.reachable(), () -> "claimed " + level + " without the parts " + part1 + ", " + part2);
        }
        if (!withoutParts.reachable() && withoutParts.decidedBy().isEmpty()) {
            assertFalse(withParts.reachable(), () -> "missed " + level + " that the parts reach");
        }
        if (!withoutParts.decidedBy().isEmpty()) {
            assertTrue(withoutParts.decidedBy().containsAll(List.of("tools.EIT_PART_1", "tools.EIT_PART_2")),
                    withoutParts.decidedBy()::toString);
        }
        assertEquals(List.of(), withParts.decidedBy());
    }

    /** Hundredths from 80.00 to 100.00, spread evenly: jqwik's default bias would crowd them near 80. */
    @Provide
    Arbitrary<Integer> componentScores() {
        return Arbitraries.integers().between(8_000, 10_000).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<String> levels() {
        return Arbitraries.of("ผ่านดี", "ผ่านดีเยี่ยม");
    }
}
