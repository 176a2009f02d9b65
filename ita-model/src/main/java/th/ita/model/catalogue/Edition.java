package th.ita.model.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import th.ita.model.FiscalYear;

/**
 * One edition of the ITA framework: the question codes, sub-indicators, themes, weights and
 * aggregation rules that serve a range of fiscal years.
 *
 * <p>Two editions are bundled: {@code ITA-2563} (FY2562-2565: OIT items 1-43 grouped in seven
 * sub-indicators, no published IIT or EIT question codes) and {@code ITA-2566} (FY2566-2568:
 * i1-i30, e1-e15, o1-o43 and the seven analysis themes). Obtain them from {@link Catalogue}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Edition {

    private final String id;
    private final String english;
    private final Set<FiscalYear> fiscalYears;
    private final Map<Tool, BigDecimal> weights;
    private final boolean iitFromQuestions;
    private final boolean eitFromQuestions;
    private final boolean eitParts;
    private final Map<Tool, Integer> questionRanges;
    private final SortedMap<QuestionCode, Question> questions;
    private final List<SubIndicator> subIndicators;
    private final List<Theme> themes;
    private final Map<Integer, List<Question>> questionsByIndicator;
    private final Map<Integer, List<SubIndicator>> subIndicatorsByIndicator;

    Edition(String id, String english, Set<FiscalYear> fiscalYears, Map<Tool, BigDecimal> weights,
            boolean iitFromQuestions, boolean eitFromQuestions, boolean eitParts,
            Map<Tool, Integer> questionRanges, List<Question> questions, List<SubIndicator> subIndicators,
            List<Theme> themes) {
        this.id = Objects.requireNonNull(id);
        this.english = Objects.requireNonNull(english);
        this.fiscalYears = Collections.unmodifiableSet(new TreeSet<>(fiscalYears));
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        this.iitFromQuestions = iitFromQuestions;
        this.eitFromQuestions = eitFromQuestions;
        this.eitParts = eitParts;
        this.questionRanges = questionRanges.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(questionRanges));
        TreeMap<QuestionCode, Question> byCode = new TreeMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        this.questions = Collections.unmodifiableSortedMap(byCode);
        this.subIndicators = List.copyOf(subIndicators);
        this.themes = List.copyOf(themes);
        // Scoring asks these for every assessment: answer from tables built once.
        Map<Integer, List<Question>> byIndicator = new java.util.HashMap<>();
        byCode.values().forEach(q -> byIndicator.computeIfAbsent(q.indicator(), k -> new ArrayList<>()).add(q));
        byIndicator.replaceAll((k, v) -> List.copyOf(v));
        this.questionsByIndicator = Map.copyOf(byIndicator);
        Map<Integer, List<SubIndicator>> subs = new java.util.HashMap<>();
        this.subIndicators.forEach(sub -> subs.computeIfAbsent(sub.indicator(), k -> new ArrayList<>()).add(sub));
        subs.replaceAll((k, v) -> List.copyOf(v));
        this.subIndicatorsByIndicator = Map.copyOf(subs);
    }

    /**
     * Returns the edition's id, such as {@code ITA-2566}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns a one-line English description.
     *
     * @return the description, not null
     */
    public String english() {
        return english;
    }

    /**
     * Returns the fiscal years this edition serves.
     *
     * @return the years in order, not empty, not null
     */
    public Set<FiscalYear> fiscalYears() {
        return fiscalYears;
    }

    /**
     * Returns the weight of a tool in the overall score (0.30, 0.30, 0.40); they sum to 1.
     *
     * @param tool the tool, not null
     * @return the weight, not null
     */
    public BigDecimal weight(Tool tool) {
        return weights.get(tool);
    }

    /**
     * Tells whether an indicator of a tool is the plain mean of its question scores in this
     * edition: true for the IIT from FY2566; false for the EIT, which is collected in two parts
     * that the question scores alone do not rebuild.
     *
     * @param tool IIT or EIT, not null
     * @return true if indicators of the tool are computed from questions
     */
    public boolean computesIndicatorsFromQuestions(Tool tool) {
        return switch (tool) {
            case IIT -> iitFromQuestions;
            case EIT -> eitFromQuestions;
            case OIT -> !subIndicators.isEmpty();
        };
    }

    /**
     * Tells whether the EIT is published in two parts whose mean is the EIT score.
     *
     * @return true from FY2566
     */
    public boolean hasEitParts() {
        return eitParts;
    }

    /**
     * Returns the highest question number of a tool, such as 43 for OIT, or 0 where the edition
     * publishes no question codes for the tool.
     *
     * @param tool the tool, not null
     * @return the highest number, or 0
     */
    public int questionCount(Tool tool) {
        return questionRanges.getOrDefault(tool, 0);
    }

    /**
     * Returns every question of this edition, in code order.
     *
     * @return the questions, not null
     */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /**
     * Returns the question with a code, if the edition has it.
     *
     * @param code the code, not null
     * @return the question, or empty, not null
     */
    public Optional<Question> question(QuestionCode code) {
        return Optional.ofNullable(questions.get(code));
    }

    /**
     * Returns the questions of one indicator, in code order.
     *
     * @param indicator the indicator number, 1 to 10
     * @return the questions, empty where the edition has none for the indicator, not null
     */
    public List<Question> questionsOf(int indicator) {
        return questionsByIndicator.getOrDefault(indicator, List.of());
    }

    /**
     * Returns the OIT sub-indicators, in order (9.1 ... 10.2).
     *
     * @return the sub-indicators, not null
     */
    public List<SubIndicator> subIndicators() {
        return subIndicators;
    }

    /**
     * Returns the sub-indicators of one indicator.
     *
     * @param indicator 9 or 10
     * @return the sub-indicators, in order, not null
     */
    public List<SubIndicator> subIndicatorsOf(int indicator) {
        return subIndicatorsByIndicator.getOrDefault(indicator, List.of());
    }

    /**
     * Returns the sub-indicator with an id such as {@code 9.4}.
     *
     * @param id the id, not null
     * @return the sub-indicator, or empty, not null
     */
    public Optional<SubIndicator> subIndicator(String id) {
        return subIndicators.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Returns the seven analysis themes of the FY2567 template, empty before FY2566.
     *
     * @return the themes in order, not null
     */
    public List<Theme> themes() {
        return themes;
    }

    /**
     * Parses a question code and checks that this edition has it.
     *
     * @param text the code as printed, not null
     * @param context the tool known from context, or empty, not null
     * @return the code, not null
     * @throws IllegalArgumentException if the text is not a code, or the edition has no such question
     */
    public QuestionCode parseCode(CharSequence text, Optional<Tool> context) {
        QuestionCode code = QuestionCode.parse(text, context);
        checkCode(code);
        return code;
    }

    /**
     * Checks that this edition has a question code.
     *
     * @param code the code, not null
     * @throws IllegalArgumentException if it does not, with the range it does have
     */
    public void checkCode(QuestionCode code) {
        if (questions.containsKey(code)) {
            return;
        }
        int count = questionCount(code.tool());
        String years = fiscalYears.iterator().next() + "-" + List.copyOf(fiscalYears).get(fiscalYears.size() - 1);
        if (count == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "code from the wrong edition, was %s; the %s edition (FY%s) has no %s question codes",
                    code, id, years, code.tool()));
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown code for FY%s, was %s; %s codes are %s1 - %s%d",
                years, code, code.tool(), code.tool().prefix(), code.tool().prefix(), count));
    }

    @Override
    public String toString() {
        return id;
    }
}
