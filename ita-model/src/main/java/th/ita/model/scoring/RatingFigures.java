package th.ita.model.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.Score;
import th.ita.model.catalogue.Edition;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;

/**
 * The figures a rating rests on, as far as the input proves them: the overall score and the lowest
 * tool component (IIT, the EIT or each of its two parts, OIT), each as the range of published
 * values the input allows.
 *
 * <p>A given figure is exact. A computed one comes from rounded published figures, so the NACC's
 * own figure may differ by the rounding: up to 0.005 before its own rounding. A figure that is
 * not given at all is bounded only by what the others allow: the overall is their weighted sum,
 * and in an edition with two EIT parts the EIT is their mean, so an EIT of 89.07 allows a part as
 * low as 78.14 (source 004: 97.98 and 80.16). Rating rules evaluated on the low ends give the
 * rating the input proves; on the high ends, the best rating it allows.
 *
 * @param overall the overall score's range, or empty when neither it nor every tool is bounded
 * @param lowestComponent the range of the lowest tool component
 * @param notGiven the fields that were not given and could decide the rating, such as
 *     {@code tools.EIT_PART_2}, in the order overall, IIT, EIT (or its parts), OIT; not null
 */
public record RatingFigures(Optional<ScoreRange> overall, ScoreRange lowestComponent, List<String> notGiven) {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal ROUNDING = new BigDecimal("0.005");
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal TWO = new BigDecimal(2);
    private static final BigDecimal JUST_BELOW = new BigDecimal("1e-9");

    /**
     * Validates the parts.
     *
     * @param overall the overall score's range, or empty, not null
     * @param lowestComponent the range of the lowest tool component, not null
     * @param notGiven the fields not given that could decide the rating, not null
     */
    public RatingFigures {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(lowestComponent, "lowestComponent");
        notGiven = List.copyOf(notGiven);
    }

    /**
     * Works out the figures of a score card.
     *
     * @param card the score card, not null
     * @return the figures, not null
     */
    public static RatingFigures of(ScoreCard card) {
        Edition edition = card.assessment().edition();
        List<String> notGiven = new ArrayList<>(4);
        Tool[] tools = Tool.values();
        Bound[] tool = new Bound[tools.length];
        for (int i = 0; i < tools.length; i++) {
            tool[i] = Bound.of(card.tool(ToolComponent.of(tools[i])));
        }
        Optional<Bound> overall = card.overall().isAvailable() ? Optional.of(Bound.of(card.overall()))
                : Optional.empty();
        if (card.overall().given().isEmpty()) {
            notGiven.add("overall");
        }
        // One linear constraint over boxes: narrowing each tool by the others' extremes is exact.
        if (overall.isPresent()) {
            Bound[] narrowed = new Bound[tools.length];
            for (int i = 0; i < tools.length; i++) {
                BigDecimal othersLow = ZERO;
                BigDecimal othersHigh = ZERO;
                for (int j = 0; j < tools.length; j++) {
                    if (j != i) {
                        othersLow = othersLow.add(edition.weight(tools[j]).multiply(tool[j].low));
                        othersHigh = othersHigh.add(edition.weight(tools[j]).multiply(tool[j].high));
                    }
                }
                BigDecimal w = edition.weight(tools[i]);
                BigDecimal low = tool[i].low.max(overall.get().low.subtract(othersHigh).divide(w, MATH));
                BigDecimal high = tool[i].high.min(overall.get().high.subtract(othersLow).divide(w, MATH));
                // Figures that contradict each other (a consistency note says so) narrow nothing.
                narrowed[i] = high.compareTo(low) < 0 ? tool[i] : new Bound(low, high);
            }
            tool = narrowed;
        }
        Optional<ScoreRange> overallRange = card.overall().given().map(ScoreRange::exactly)
                .or(() -> overall.map(Bound::range));

        Bound[] bounds = tool;
        List<ScoreRange> components = new ArrayList<>(4);
        List<List<String>> fields = new ArrayList<>(4);
        addComponent(components, fields, notGiven, () -> component(card, ToolComponent.IIT, bounds[0], notGiven));
        int before = notGiven.size();
        eit(card, edition, tool[1], components, notGiven);
        while (fields.size() < components.size()) {
            fields.add(List.copyOf(notGiven.subList(before, notGiven.size())));
        }
        addComponent(components, fields, notGiven, () -> component(card, ToolComponent.OIT, bounds[2], notGiven));

        Score lowestLow = components.stream().map(ScoreRange::low).min(Score::compareTo).orElseThrow();
        Score lowestHigh = components.stream().map(ScoreRange::high).min(Score::compareTo).orElseThrow();
        if (overall.isPresent()) {
            lowestHigh = min(lowestHigh, highestCommonFloor(edition, tools, tool, overall.get().high));
        }
        if (lowestHigh.isBelow(lowestLow)) {
            lowestHigh = lowestLow;
        }
        return new RatingFigures(overallRange, new ScoreRange(lowestLow, lowestHigh),
                deciding(notGiven, overallRange, components, fields, lowestHigh));
    }

    private static void addComponent(List<ScoreRange> components, List<List<String>> fields, List<String> notGiven,
            java.util.function.Supplier<ScoreRange> range) {
        int before = notGiven.size();
        components.add(range.get());
        fields.add(List.copyOf(notGiven.subList(before, notGiven.size())));
    }

    /**
     * The figures not given that could decide: the overall when it is not exact, and each component
     * that may lie below the best case's lowest component. A computed IIT of 99.91 next to an EIT
     * part that may be 78.14 decides nothing.
     */
    private static List<String> deciding(List<String> notGiven, Optional<ScoreRange> overall,
            List<ScoreRange> components, List<List<String>> fields, Score lowestHigh) {
        List<String> result = new ArrayList<>(notGiven.size());
        if (notGiven.contains("overall") && overall.map(r -> !r.isExact()).orElse(true)) {
            result.add("overall");
        }
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).low().isBelow(lowestHigh)) {
                for (String field : fields.get(i)) {
                    if (!result.contains(field)) {
                        result.add(field);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Tells whether the input proves every figure the rating rests on.
     *
     * @return true if the overall and the lowest component are exact
     */
    public boolean isExact() {
        return overall.map(ScoreRange::isExact).orElse(false) && lowestComponent.isExact();
    }

    private static ScoreRange component(ScoreCard card, ToolComponent c, Bound bound, List<String> notGiven) {
        Optional<Score> given = card.tool(c).given();
        if (given.isPresent()) {
            return ScoreRange.exactly(given.get());
        }
        notGiven.add("tools." + c);
        return bound.range();
    }

    private static void eit(ScoreCard card, Edition edition, Bound eit, List<ScoreRange> components,
            List<String> notGiven) {
        if (!edition.hasEitParts()) {
            components.add(component(card, ToolComponent.EIT, eit, notGiven));
            return;
        }
        Optional<Score> part1 = card.tool(ToolComponent.EIT_PART_1).given();
        Optional<Score> part2 = card.tool(ToolComponent.EIT_PART_2).given();
        if (part1.isPresent() && part2.isPresent()) {
            components.add(ScoreRange.exactly(part1.get()));
            components.add(ScoreRange.exactly(part2.get()));
            return;
        }
        // The EIT is the mean of its parts: a part is 2 x EIT minus the other.
        if (part1.isPresent() || part2.isPresent()) {
            Score known = part1.orElseGet(part2::get);
            Bound other = new Bound(TWO.multiply(eit.low).subtract(known.value().add(ROUNDING)),
                    TWO.multiply(eit.high).subtract(known.value().subtract(ROUNDING))).within(ZERO, HUNDRED);
            components.add(ScoreRange.exactly(known));
            components.add(other.range());
            notGiven.add("tools." + (part1.isPresent() ? ToolComponent.EIT_PART_2 : ToolComponent.EIT_PART_1));
            return;
        }
        // Neither part: the lower one lies between 2 x EIT - 100 (the other at 100) and the EIT.
        components.add(new Bound(TWO.multiply(eit.low).subtract(HUNDRED), eit.high).within(ZERO, HUNDRED).range());
        notGiven.add("tools." + ToolComponent.EIT_PART_1);
        notGiven.add("tools." + ToolComponent.EIT_PART_2);
    }

    /** The highest score that every tool can reach at once without the overall exceeding its bound. */
    private static Score highestCommonFloor(Edition edition, Tool[] tools, Bound[] tool, BigDecimal overallHigh) {
        // BigDecimal.doubleValue parses the decimal's digits on every call: converted once here,
        // not in each of the 60 steps (the same doubles, so the same result).
        double[] weights = new double[tools.length];
        double[] lows = new double[tools.length];
        for (int i = 0; i < tools.length; i++) {
            weights[i] = edition.weight(tools[i]).doubleValue();
            lows[i] = tool[i].low.doubleValue();
        }
        double limit = overallHigh.doubleValue() + 1e-9;
        double low = 0;
        double high = 100;
        for (int step = 0; step < 60; step++) {
            double t = (low + high) / 2;
            double sum = 0;
            for (int i = 0; i < tools.length; i++) {
                sum += weights[i] * Math.max(lows[i], t);
            }
            if (sum <= limit) {
                low = t;
            } else {
                high = t;
            }
        }
        return Score.of(BigDecimal.valueOf(low));
    }

    private static Score min(Score a, Score b) {
        return a.isBelow(b) ? a : b;
    }

    /** Bounds of a figure's unrounded value. */
    private record Bound(BigDecimal low, BigDecimal high) {

        static Bound of(LevelScore level) {
            Optional<BigDecimal> exact = level.exact();
            if (exact.isEmpty()) {
                return new Bound(ZERO, HUNDRED);
            }
            return new Bound(exact.get().subtract(ROUNDING), exact.get().add(ROUNDING)).within(ZERO, HUNDRED);
        }

        /** These bounds kept within a floor and a ceiling. */
        Bound within(BigDecimal floor, BigDecimal ceiling) {
            BigDecimal l = low.max(floor).min(ceiling);
            BigDecimal h = high.min(ceiling).max(l);
            return new Bound(l, h);
        }

        /**
         * The published values these bounds allow: each end rounded as the NACC rounds. The high end
         * is open (a rounded 88.75 stands for less than 88.755), so it is rounded from just below.
         */
        ScoreRange range() {
            Score l = Score.of(low);
            Score h = Score.of(high.subtract(JUST_BELOW).max(low));
            return new ScoreRange(l, h);
        }
    }
}
