package th.ita.model.policy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import th.ita.model.Problem;
import th.ita.model.Score;

/**
 * An agency's action lines: the thresholds the rules compare scores with. They are policy, not
 * NACC rules, so they are data that an agency changes without editing DRL.
 *
 * <ul>
 *   <li>pass mark 85: at or above passes (the national master plan's target);</li>
 *   <li>weakness line 80: above is a strength, below a weakness, exactly 80 neither (source 000);</li>
 *   <li>urgent line 95: below needs urgent improvement (source 002);</li>
 *   <li>maintain score 100: keep the standard (sources 001, 004);</li>
 *   <li>next-year target 90: the aim of an agency that already passes (source 003).</li>
 * </ul>
 *
 * <p>A policy file is a properties file with any of the keys {@code passMark},
 * {@code weaknessLine}, {@code urgentLine}, {@code maintainScore}, {@code nextYearTarget}:
 * <pre>{@code
 * Policy policy = Policy.parse("passMark = 90\nurgentLine = 97");
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Policy {

    private static final Policy DEFAULTS = new Policy(Score.parse("85"), Score.parse("80"), Score.parse("95"),
            Score.HUNDRED, Score.parse("90"));
    private static final Set<String> KEYS = Set.of("passMark", "weaknessLine", "urgentLine", "maintainScore",
            "nextYearTarget");

    private final Score passMark;
    private final Score weaknessLine;
    private final Score urgentLine;
    private final Score maintainScore;
    private final Score nextYearTarget;

    /** Constructor, previously validated. */
    private Policy(Score passMark, Score weaknessLine, Score urgentLine, Score maintainScore, Score nextYearTarget) {
        this.passMark = passMark;
        this.weaknessLine = weaknessLine;
        this.urgentLine = urgentLine;
        this.maintainScore = maintainScore;
        this.nextYearTarget = nextYearTarget;
    }

    /**
     * Returns the default policy: pass mark 85, weakness line 80, urgent line 95, maintain at 100,
     * next-year target 90.
     *
     * @return the defaults, not null
     */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains a policy from properties; keys not present keep their defaults.
     *
     * @param properties the properties, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if a key is unknown or a value is not a score
     */
    public static Policy from(Properties properties) {
        Objects.requireNonNull(properties, "properties");
        Policy policy = DEFAULTS;
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: unknown policy key; expected one of passMark, weaknessLine, urgentLine, "
                                + "maintainScore, nextYearTarget", Problem.shown(key)));
            }
            Score value;
            try {
                value = Score.parse(properties.getProperty(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
            policy = switch (key) {
                case "passMark" -> policy.withPassMark(value);
                case "weaknessLine" -> policy.withWeaknessLine(value);
                case "urgentLine" -> policy.withUrgentLine(value);
                case "maintainScore" -> policy.withMaintainScore(value);
                default -> policy.withNextYearTarget(value);
            };
        }
        return policy;
    }

    /**
     * Obtains a policy from the text of a properties file.
     *
     * @param text the properties text, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if a key is unknown or a value is not a score
     */
    public static Policy parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Objects.requireNonNull(text, "text")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return from(properties);
    }

    /**
     * Returns the pass mark: a score at or above it passes.
     *
     * @return the pass mark, not null
     */
    public Score passMark() {
        return passMark;
    }

    /**
     * Returns the strength/weakness line: above is a strength, below a weakness.
     *
     * @return the line, not null
     */
    public Score weaknessLine() {
        return weaknessLine;
    }

    /**
     * Returns the urgent line: below it needs urgent improvement.
     *
     * @return the line, not null
     */
    public Score urgentLine() {
        return urgentLine;
    }

    /**
     * Returns the maintain score: a score equal to it is kept, not improved.
     *
     * @return the score, not null
     */
    public Score maintainScore() {
        return maintainScore;
    }

    /**
     * Returns the next year's target for an agency that already reaches the pass mark.
     *
     * @return the target, not null
     */
    public Score nextYearTarget() {
        return nextYearTarget;
    }

    /**
     * Returns a copy with another pass mark. This instance is immutable and unaffected.
     *
     * @param score the pass mark, not null
     * @return the policy, not null
     */
    public Policy withPassMark(Score score) {
        return passMark.equals(score) ? this
                : new Policy(Objects.requireNonNull(score, "score"), weaknessLine, urgentLine, maintainScore,
                        nextYearTarget);
    }

    /**
     * Returns a copy with another weakness line. This instance is immutable and unaffected.
     *
     * @param score the line, not null
     * @return the policy, not null
     */
    public Policy withWeaknessLine(Score score) {
        return weaknessLine.equals(score) ? this
                : new Policy(passMark, Objects.requireNonNull(score, "score"), urgentLine, maintainScore,
                        nextYearTarget);
    }

    /**
     * Returns a copy with another urgent line. This instance is immutable and unaffected.
     *
     * @param score the line, not null
     * @return the policy, not null
     */
    public Policy withUrgentLine(Score score) {
        return urgentLine.equals(score) ? this
                : new Policy(passMark, weaknessLine, Objects.requireNonNull(score, "score"), maintainScore,
                        nextYearTarget);
    }

    /**
     * Returns a copy with another maintain score. This instance is immutable and unaffected.
     *
     * @param score the score, not null
     * @return the policy, not null
     */
    public Policy withMaintainScore(Score score) {
        return maintainScore.equals(score) ? this
                : new Policy(passMark, weaknessLine, urgentLine, Objects.requireNonNull(score, "score"),
                        nextYearTarget);
    }

    /**
     * Returns a copy with another next-year target. This instance is immutable and unaffected.
     *
     * @param score the target, not null
     * @return the policy, not null
     */
    public Policy withNextYearTarget(Score score) {
        return nextYearTarget.equals(score) ? this
                : new Policy(passMark, weaknessLine, urgentLine, maintainScore, Objects.requireNonNull(score, "score"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy p && passMark.equals(p.passMark) && weaknessLine.equals(p.weaknessLine)
                && urgentLine.equals(p.urgentLine) && maintainScore.equals(p.maintainScore)
                && nextYearTarget.equals(p.nextYearTarget);
    }

    @Override
    public int hashCode() {
        return Objects.hash(passMark, weaknessLine, urgentLine, maintainScore, nextYearTarget);
    }

    /**
     * Returns the settings for debugging; the format is not specified.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "passMark=" + passMark + ", weaknessLine=" + weaknessLine + ", urgentLine=" + urgentLine
                + ", maintainScore=" + maintainScore + ", nextYearTarget=" + nextYearTarget;
    }
}
