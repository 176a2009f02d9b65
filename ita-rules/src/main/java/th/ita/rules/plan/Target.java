package th.ita.rules.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.policy.Policy;
import th.ita.rules.rating.Rating;

/**
 * What a plan aims for: an overall score, and for a FY2566 level also a line every tool
 * component must reach.
 *
 * <p>{@link #parse} reads {@code 85} or {@code 90.5} (a number), {@code pass} (the policy's pass
 * mark), a letter band ({@code AA}, {@code A} ... {@code E}: its lower bound) and a FY2566 level
 * ({@code ผ่านดีเยี่ยม}: overall and every component at least 95; {@code ผ่านดี}: 85 and 85;
 * {@code ผ่าน}: overall 85).
 *
 * @param label the target as the user wrote it, not null
 * @param overall the overall score to reach, not null
 * @param componentLine the score every tool component must reach, or empty, not null
 */
public record Target(String label, Score overall, Optional<Score> componentLine) {

    private static final Score NINETY_FIVE = Score.parse("95");
    private static final Score EIGHTY_FIVE = Score.parse("85");

    /**
     * Validates the parts.
     */
    public Target {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(componentLine, "componentLine");
    }

    /**
     * Returns the target of the policy's pass mark.
     *
     * @param policy the policy, not null
     * @return the target, not null
     */
    public static Target passMark(Policy policy) {
        return new Target(policy.passMark().toString(), policy.passMark(), Optional.empty());
    }

    /**
     * Returns a target overall score.
     *
     * @param overall the score, not null
     * @return the target, not null
     */
    public static Target of(Score overall) {
        return new Target(overall.toString(), overall, Optional.empty());
    }

    /**
     * Parses a target; see the class description.
     *
     * @param text the target, not null
     * @param policy the policy, for {@code pass}, not null
     * @return the target, not null
     * @throws IllegalArgumentException if the text is no target
     */
    public static Target parse(String text, Policy policy) {
        Objects.requireNonNull(text, "text");
        String t = ThaiDigits.toArabic(text).strip();
        if (t.equalsIgnoreCase("pass") || t.equalsIgnoreCase("passmark")) {
            return passMark(policy);
        }
        switch (t.replaceAll("\\s+", "").replace("เกณฑ์", "")) {
            case "ผ่านดีเยี่ยม", "EXCELLENT" -> {
                return new Target(t, NINETY_FIVE, Optional.of(NINETY_FIVE));
            }
            case "ผ่านดี", "GOOD" -> {
                return new Target(t, EIGHTY_FIVE, Optional.of(EIGHTY_FIVE));
            }
            case "ผ่าน", "PASS" -> {
                return new Target(t, EIGHTY_FIVE, Optional.empty());
            }
            default -> {
            }
        }
        if (t.matches("(?i)AA|A|B|C|D|E")) {
            String letter = t.toUpperCase(Locale.ROOT);
            Rating.letter(letter);
            String lower = switch (letter) {
                case "AA" -> "95";
                case "A" -> "85";
                case "B" -> "75";
                case "C" -> "65";
                case "D" -> "55";
                default -> "50";
            };
            return new Target(letter, Score.parse(lower), Optional.empty());
        }
        try {
            return new Target(t, Score.parse(t), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target: not a target, was '%s'; expected a score such as 85, pass, a letter band (AA ... E) "
                            + "or a level (ผ่านดีเยี่ยม, ผ่านดี, ผ่าน)", text), e);
        }
    }
}
