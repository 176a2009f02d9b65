package th.ita.rules.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.Score;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Indicator;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.scoring.RatingFigures;
import th.ita.model.scoring.ScoreCard;
import th.ita.model.scoring.ScoreRange;
import th.ita.rules.rating.Rating;

/**
 * Finds the least an agency must fix to reach a target, with the score card's own aggregation:
 * every figure is a re-score of the assessment with fixes applied, never a second formula.
 *
 * <p>The overall score is linear in every OIT item (an item moves its sub-indicator, its indicator,
 * the OIT score and the overall by fixed amounts), so the gains of fixes add up exactly and the
 * smallest set of fixes is the one with the largest gains; among sets of that size it has the
 * largest total gain. Each step is re-scored and rounded like the real score, so a plan that
 * stops at 84.99 does not reach 85.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class TargetPlanner {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Comparator<Candidate> LARGEST_GAIN_FIRST = Comparator
            .comparing(Candidate::gain).reversed()
            .thenComparing(c -> c.item().isEmpty())
            .thenComparing(c -> c.item().map(QuestionCode::toString).orElse(""))
            .thenComparing(c -> c.indicator().orElse(0));

    private TargetPlanner() {
    }

    /**
     * Plans the way to a target.
     *
     * @param assessment the assessment, not null
     * @param target the target, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if the overall score cannot be computed from the assessment
     */
    public static TargetPlan plan(Assessment assessment, Target target) {
        return plan(assessment, target, Optional.empty());
    }

    /**
     * Plans the way to a target, knowing the rating the NACC published where the figures given
     * allow it: when those figures leave the target open, the plan carries that rating, which
     * decides whether the target is met now ({@link TargetPlan#metAsPublished()}).
     *
     * @param assessment the assessment, not null
     * @param target the target, not null
     * @param published the published rating the figures allow, as the rating rules judged it, or
     *     empty, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if the overall score cannot be computed from the assessment
     */
    public static TargetPlan plan(Assessment assessment, Target target, Optional<Rating> published) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(published, "published");
        List<QuestionCode> failed = assessment.oitResults().entrySet().stream()
                .filter(e -> !e.getValue().passed()).map(Map.Entry::getKey).toList();
        // Re-setting each failed item to itself drops the published levels above it, so the
        // baseline is computed exactly as every fixed variant will be.
        Assessment basis = assessment;
        for (QuestionCode code : failed) {
            basis = basis.withOitResult(code, assessment.oitResults().get(code));
        }
        ScoreCard base = ScoreCard.of(basis);
        BigDecimal baseExact = base.overall().exact().orElseThrow(() -> new IllegalArgumentException(
                "cannot plan: the overall score cannot be computed (" + base.gaps() + ")"));

        List<Candidate> fixes = new ArrayList<>();
        for (QuestionCode code : failed) {
            ScoreCard fixed = ScoreCard.of(basis.withOitResult(code, OitResult.pass()));
            fixes.add(new Candidate(Optional.of(code), Optional.empty(),
                    tidy(fixed.overall().exact().orElseThrow().subtract(baseExact)),
                    tidy(difference(fixed, base, ToolComponent.OIT)), BigDecimal.ZERO));
        }
        fixes.sort(LARGEST_GAIN_FIRST);
        List<Candidate> candidates = new ArrayList<>(fixes);
        candidates.addAll(indicatorCandidates(base, basis));
        candidates.sort(LARGEST_GAIN_FIRST);

        Optional<Rating> decidingRating = reach(base, target) == Reach.OPEN ? published : Optional.empty();
        List<QuestionCode> set = new ArrayList<>();
        List<Score> afterEach = new ArrayList<>();
        Assessment current = basis;
        ScoreCard card = base;
        for (Candidate fix : fixes) {
            if (reach(card, target) == Reach.MET || !fixHelps(card, target)) {
                break;
            }
            QuestionCode code = fix.item().orElseThrow();
            current = current.withOitResult(code, OitResult.pass());
            card = ScoreCard.of(current);
            set.add(code);
            afterEach.add(overall(card));
        }
        Reach reach = reach(card, target);
        boolean reachable = reach == Reach.MET;
        List<String> decidedBy = reach == Reach.OPEN ? deciding(RatingFigures.of(card), target) : List.of();
        return new TargetPlan(target, overall(base), reachable, candidates, set, afterEach, overall(card),
                card.ratingComponents(), reachable ? List.of() : remaining(card, current, target), decidedBy,
                decidingRating);
    }

    /** The figures not given that decide an open target: the overall only if it may lie below the target's. */
    private static List<String> deciding(RatingFigures figures, Target target) {
        boolean overallDecides = figures.overall().map(r -> r.low().isBelow(target.overall())).orElse(true);
        return figures.notGiven().stream().filter(f -> overallDecides || !f.equals("overall")).toList();
    }

    /** Whether a score card meets a target: as the rating rules judge a level, on what the input proves. */
    private enum Reach { MET, OPEN, NOT_MET }

    private static Score overall(ScoreCard card) {
        return card.overall().value().orElseThrow();
    }

    /**
     * A level's component line is met when the lowest component the input proves reaches it: an FY2566
     * EIT of 89.07 given without its parts proves nothing about a part, which may be as low as 78.14.
     */
    private static Reach reach(ScoreCard card, Target target) {
        if (overall(card).isBelow(target.overall())) {
            return Reach.NOT_MET;
        }
        if (target.componentLine().isEmpty()) {
            return Reach.MET;
        }
        Score line = target.componentLine().get();
        if (card.ratingComponents().values().stream().anyMatch(s -> s.isBelow(line))) {
            return Reach.NOT_MET;
        }
        ScoreRange lowest = RatingFigures.of(card).lowestComponent();
        if (!lowest.low().isBelow(line)) {
            return Reach.MET;
        }
        return lowest.high().isBelow(line) ? Reach.NOT_MET : Reach.OPEN;
    }

    /** An OIT fix helps while the overall, or the OIT component, is below its line. */
    private static boolean fixHelps(ScoreCard card, Target target) {
        boolean overallShort = overall(card).isBelow(target.overall());
        boolean oitShort = target.componentLine().map(line -> card.tool(ToolComponent.OIT).value()
                .map(s -> s.isBelow(line)).orElse(false)).orElse(false);
        return overallShort || oitShort;
    }

    /** Drops the noise digits of exact decimal arithmetic: 2.000...0 is 2, 1.2500 is 1.25. */
    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal t = value.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    private static BigDecimal difference(ScoreCard after, ScoreCard before, ToolComponent component) {
        return after.tool(component).exact().orElse(BigDecimal.ZERO)
                .subtract(before.tool(component).exact().orElse(BigDecimal.ZERO));
    }

    private static List<Candidate> indicatorCandidates(ScoreCard card, Assessment a) {
        List<Candidate> result = new ArrayList<>();
        // OIT indicators are raised by fixing items; without item results they are levers of their own.
        List<Tool> tools = a.oitResults().isEmpty() ? List.of(Tool.IIT, Tool.EIT, Tool.OIT) : List.of(Tool.IIT, Tool.EIT);
        for (Tool tool : tools) {
            List<Indicator> indicators = Catalogue.standard().indicatorsOf(tool);
            BigDecimal perPoint = tidy(a.edition().weight(tool).divide(BigDecimal.valueOf(indicators.size()), 10,
                    RoundingMode.HALF_UP));
            for (Indicator indicator : indicators) {
                Optional<Score> score = card.indicator(indicator.number()).value();
                if (score.isPresent() && score.get().isBelow(Score.HUNDRED)) {
                    BigDecimal room = HUNDRED.subtract(score.get().value());
                    result.add(new Candidate(Optional.empty(), Optional.of(indicator.number()),
                            tidy(room.multiply(perPoint)), tidy(room.divide(BigDecimal.valueOf(indicators.size()), 10,
                                    RoundingMode.HALF_UP)), perPoint));
                }
            }
        }
        return result;
    }

    private static List<Remaining> remaining(ScoreCard card, Assessment a, Target target) {
        List<Remaining> result = new ArrayList<>();
        BigDecimal gap = target.overall().value().subtract(overall(card).value());
        if (gap.signum() > 0) {
            for (Candidate c : indicatorCandidates(card, a)) {
                BigDecimal points = gap.divide(c.gainPerPoint(), 2, RoundingMode.CEILING);
                BigDecimal room = c.gain().divide(c.gainPerPoint(), 2, RoundingMode.HALF_UP);
                result.add(new Remaining.OnIndicator(c.indicator().orElseThrow(), points,
                        points.compareTo(room) <= 0));
            }
        }
        target.componentLine().ifPresent(line -> card.ratingComponents().forEach((component, score) -> {
            if (score.isBelow(line)) {
                result.add(new Remaining.OnComponent(component, line.minus(score)));
            }
        }));
        return result;
    }
}
