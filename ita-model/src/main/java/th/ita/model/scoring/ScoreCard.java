package th.ita.model.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import th.ita.model.Score;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Edition;
import th.ita.model.catalogue.Indicator;
import th.ita.model.catalogue.Question;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.SubIndicator;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;

/**
 * Every level of an assessment scored: what was given, what follows from the levels below,
 * where the two disagree, and what could not be scored.
 *
 * <p>The aggregation reproduces the NACC's published scores (verified on the five source
 * assessments):
 * <ul>
 *   <li>overall = 0.30 × IIT + 0.30 × EIT + 0.40 × OIT (weights from the edition);</li>
 *   <li>a tool = the mean of its indicators; from FY2566 the EIT may instead be the mean of its two
 *       published parts;</li>
 *   <li>an OIT indicator = the equal-weight mean of its sub-indicators, each the mean of its items
 *       (pass 100, fail 0); a plain mean of the items is wrong (source 000: 86.00, not 90.91);</li>
 *   <li>from FY2566 an IIT indicator = the mean of its six questions; an EIT indicator cannot be
 *       rebuilt from its questions and must be given.</li>
 * </ul>
 * Values are kept exact and rounded half-up to two decimals once, when reported. A given value
 * always wins over a computed one; a difference above 0.01 becomes a {@link ConsistencyNote}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScoreCard {

    // Sixteen digits keep BigDecimal on its fast long-based path; the error they leave (about 1e-14)
    // is settled away before rounding (LevelScore.computed), so an exact half still rounds up.
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final Assessment assessment;
    private final LevelScore overall;
    private final Map<ToolComponent, LevelScore> tools;
    private final SortedMap<Integer, LevelScore> indicators;
    private final Map<String, LevelScore> subIndicators;
    private final List<ConsistencyNote> notes;
    private final List<Gap> gaps;

    private ScoreCard(Assessment assessment, LevelScore overall, Map<ToolComponent, LevelScore> tools,
            SortedMap<Integer, LevelScore> indicators, Map<String, LevelScore> subIndicators,
            List<ConsistencyNote> notes, List<Gap> gaps) {
        this.assessment = assessment;
        this.overall = overall;
        this.tools = Collections.unmodifiableMap(tools);
        this.indicators = Collections.unmodifiableSortedMap(indicators);
        this.subIndicators = Collections.unmodifiableMap(subIndicators);
        this.notes = List.copyOf(notes);
        this.gaps = List.copyOf(gaps);
    }

    /**
     * Scores an assessment at every level.
     *
     * @param assessment the assessment, not null
     * @return the score card, not null
     */
    public static ScoreCard of(Assessment assessment) {
        return new Aggregation(assessment).run();
    }

    /**
     * Returns the assessment scored.
     *
     * @return the assessment, not null
     */
    public Assessment assessment() {
        return assessment;
    }

    /**
     * Returns the overall score.
     *
     * @return the level, possibly unavailable, not null
     */
    public LevelScore overall() {
        return overall;
    }

    /**
     * Returns a tool score, or one EIT part.
     *
     * @param component the component, not null
     * @return the level, possibly unavailable, not null
     */
    public LevelScore tool(ToolComponent component) {
        return tools.getOrDefault(component, LevelScore.unavailable());
    }

    /**
     * Returns an indicator score.
     *
     * @param number the indicator, 1 to 10
     * @return the level, possibly unavailable, not null
     */
    public LevelScore indicator(int number) {
        return indicators.getOrDefault(number, LevelScore.unavailable());
    }

    /**
     * Returns the ten indicator scores by number.
     *
     * @return the levels, possibly unavailable, not null
     */
    public SortedMap<Integer, LevelScore> indicators() {
        return indicators;
    }

    /**
     * Returns an OIT sub-indicator score, computed from its items.
     *
     * @param id the sub-indicator id, such as {@code 9.4}, not null
     * @return the level, possibly unavailable, not null
     */
    public LevelScore subIndicator(String id) {
        return subIndicators.getOrDefault(id, LevelScore.unavailable());
    }

    /**
     * Returns the OIT sub-indicator scores that could be computed, by id in order.
     *
     * @return the levels, not null
     */
    public Map<String, LevelScore> subIndicators() {
        return subIndicators;
    }

    /**
     * Returns the places where given and computed values differ by more than 0.01.
     *
     * @return the notes, possibly empty, not null
     */
    public List<ConsistencyNote> notes() {
        return notes;
    }

    /**
     * Returns the levels that could not be scored, with what is missing.
     *
     * @return the gaps, possibly empty, not null
     */
    public List<Gap> gaps() {
        return gaps;
    }

    /**
     * Returns the tool components a FY2566 rating looks at: IIT, the EIT parts when both are
     * published (else the EIT), and OIT, each with its reported value where available.
     *
     * @return the available components and their values, in that order, not null
     */
    public Map<ToolComponent, Score> ratingComponents() {
        Map<ToolComponent, Score> result = new LinkedHashMap<>();
        tool(ToolComponent.IIT).value().ifPresent(s -> result.put(ToolComponent.IIT, s));
        Optional<Score> part1 = tool(ToolComponent.EIT_PART_1).value();
        Optional<Score> part2 = tool(ToolComponent.EIT_PART_2).value();
        if (part1.isPresent() && part2.isPresent()) {
            result.put(ToolComponent.EIT_PART_1, part1.get());
            result.put(ToolComponent.EIT_PART_2, part2.get());
        } else {
            tool(ToolComponent.EIT).value().ifPresent(s -> result.put(ToolComponent.EIT, s));
        }
        tool(ToolComponent.OIT).value().ifPresent(s -> result.put(ToolComponent.OIT, s));
        return result;
    }

    /** The aggregation of one assessment, level by level from the bottom up. */
    private static final class Aggregation {

        private final Assessment a;
        private final Edition edition;
        private final Catalogue catalogue = Catalogue.standard();
        private final List<ConsistencyNote> notes = new ArrayList<>();
        private final List<Gap> gaps = new ArrayList<>();

        Aggregation(Assessment assessment) {
            this.a = assessment;
            this.edition = assessment.edition();
        }

        ScoreCard run() {
            Map<String, LevelScore> subs = subIndicators();
            SortedMap<Integer, LevelScore> ind = new TreeMap<>();
            for (Indicator indicator : catalogue.indicators()) {
                ind.put(indicator.number(), indicator(indicator, subs));
            }
            Map<ToolComponent, LevelScore> tl = new EnumMap<>(ToolComponent.class);
            for (Tool tool : Tool.values()) {
                tl.put(ToolComponent.of(tool), tool(tool, ind));
            }
            for (ToolComponent part : List.of(ToolComponent.EIT_PART_1, ToolComponent.EIT_PART_2)) {
                Optional<Score> given = Optional.ofNullable(a.tools().get(part));
                if (given.isPresent()) {
                    tl.put(part, new LevelScore(given, Optional.empty()));
                }
            }
            LevelScore total = overall(tl);
            return new ScoreCard(a, total, tl, ind, subs, notes, gaps);
        }

        private Map<String, LevelScore> subIndicators() {
            Map<String, LevelScore> result = new LinkedHashMap<>();
            for (SubIndicator sub : edition.subIndicators()) {
                List<BigDecimal> scores = new ArrayList<>();
                for (QuestionCode item : sub.items()) {
                    OitResult r = a.oitResults().get(item);
                    if (r != null) {
                        scores.add(r.score().value());
                    }
                }
                if (!scores.isEmpty()) {
                    result.put(sub.id(), new LevelScore(Optional.empty(), Optional.of(mean(scores))));
                }
            }
            return result;
        }

        private LevelScore indicator(Indicator indicator, Map<String, LevelScore> subs) {
            Optional<Score> given = Optional.ofNullable(a.indicators().get(indicator.number()));
            Optional<BigDecimal> computed = indicator.tool() == Tool.OIT
                    ? oitIndicator(indicator, subs) : surveyIndicator(indicator);
            String field = "indicators." + indicator.number();
            LevelScore level = new LevelScore(given, computed);
            compare(field, level, "the indicator's " + (indicator.tool() == Tool.OIT
                    ? "sub-indicators" : "questions"));
            if (!level.isAvailable()) {
                gaps.add(new Gap(field, indicatorGapReason(indicator)));
            }
            return level;
        }

        private Optional<BigDecimal> surveyIndicator(Indicator indicator) {
            if (!edition.computesIndicatorsFromQuestions(indicator.tool())) {
                return Optional.empty();
            }
            List<Question> questions = edition.questionsOf(indicator.number());
            List<BigDecimal> scores = new ArrayList<>(questions.size());
            for (Question q : questions) {
                Score s = a.questions().get(q.code());
                if (s == null) {
                    return Optional.empty();
                }
                scores.add(s.value());
            }
            return scores.isEmpty() ? Optional.empty() : Optional.of(mean(scores));
        }

        private Optional<BigDecimal> oitIndicator(Indicator indicator, Map<String, LevelScore> subs) {
            List<SubIndicator> parts = edition.subIndicatorsOf(indicator.number());
            List<BigDecimal> scores = new ArrayList<>(parts.size());
            for (SubIndicator sub : parts) {
                LevelScore s = subs.get(sub.id());
                if (s == null) {
                    return Optional.empty();
                }
                scores.add(s.computedExact().orElseThrow());
            }
            return scores.isEmpty() ? Optional.empty() : Optional.of(mean(scores));
        }

        private String indicatorGapReason(Indicator indicator) {
            String yearEdition = " (FY" + a.fiscalYear() + ", edition " + edition.id() + ")";
            return switch (indicator.tool()) {
                case IIT -> edition.computesIndicatorsFromQuestions(Tool.IIT)
                        ? "not given, and not every question of the indicator is given" + yearEdition
                        : "not given, and IIT indicators cannot be computed from questions" + yearEdition;
                case EIT -> "not given; EIT indicators are collected in parts and cannot be computed from "
                        + "question scores" + yearEdition;
                case OIT -> "not given, and no OIT item is given for every sub-indicator" + yearEdition;
            };
        }

        private LevelScore tool(Tool tool, SortedMap<Integer, LevelScore> ind) {
            ToolComponent component = ToolComponent.of(tool);
            Optional<Score> given = Optional.ofNullable(a.tools().get(component));
            List<BigDecimal> scores = new ArrayList<>();
            for (Indicator indicator : catalogue.indicatorsOf(tool)) {
                ind.get(indicator.number()).exact().ifPresent(scores::add);
            }
            boolean allIndicators = scores.size() == catalogue.indicatorsOf(tool).size();
            Optional<BigDecimal> computed = allIndicators ? Optional.of(mean(scores)) : Optional.empty();
            String field = "tools." + component;
            if (tool == Tool.EIT) {
                Optional<BigDecimal> fromParts = eitFromParts();
                if (fromParts.isPresent()) {
                    if (computed.isPresent()) {
                        compare(field, new LevelScore(Optional.of(Score.of(fromParts.get())), computed),
                                "the mean of indicators 6-8 against the mean of the two EIT parts");
                    }
                    computed = computed.isPresent() ? computed : fromParts;
                }
            }
            LevelScore level = new LevelScore(given, computed);
            compare(field, level, "the mean of the tool's indicators");
            if (!level.isAvailable()) {
                gaps.add(new Gap(field, "not given, and not every indicator of the tool is available"));
            }
            return level;
        }

        private Optional<BigDecimal> eitFromParts() {
            Score part1 = a.tools().get(ToolComponent.EIT_PART_1);
            Score part2 = a.tools().get(ToolComponent.EIT_PART_2);
            return part1 != null && part2 != null ? Optional.of(mean(List.of(part1.value(), part2.value())))
                    : Optional.empty();
        }

        private LevelScore overall(Map<ToolComponent, LevelScore> tl) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (Tool tool : Tool.values()) {
                Optional<BigDecimal> exact = tl.get(ToolComponent.of(tool)).exact();
                if (exact.isEmpty()) {
                    complete = false;
                    break;
                }
                sum = sum.add(edition.weight(tool).multiply(exact.get()));
            }
            LevelScore level = new LevelScore(a.overall(), complete ? Optional.of(sum) : Optional.empty());
            compare("overall", level, "the weighted tool scores (30/30/40)");
            if (!level.isAvailable()) {
                gaps.add(new Gap("overall", "not given, and not every tool score is available"));
            }
            return level;
        }

        private void compare(String field, LevelScore level, String against) {
            if (level.given().isEmpty() || level.computed().isEmpty()) {
                return;
            }
            Score given = level.given().get();
            Score computed = level.computed().get();
            if (given.minus(computed).abs().compareTo(TOLERANCE) > 0) {
                notes.add(new ConsistencyNote(field, given, computed, String.format(Locale.ROOT,
                        "%s is given as %s but %s give %s", field, given, against, computed)));
            }
        }

        private static BigDecimal mean(List<BigDecimal> values) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal v : values) {
                sum = sum.add(v);
            }
            return sum.divide(BigDecimal.valueOf(values.size()), PRECISION);
        }
    }
}
