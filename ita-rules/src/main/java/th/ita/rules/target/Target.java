package th.ita.rules.target;

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
 * <p>{@link #parse} reads {@code 85} or {@code 90.5} (a number) and {@code pass} (the policy's
 * pass mark). A rating ({@code B}, {@code ผ่านดี}) is a target that only the rating rules can
 * define: {@code ItaEngine.plan(assessment, text)} reads its lines from the engine's own rules.
 *
 * @param label the target as the user wrote it, not null
 * @param overall the overall score to reach, not null
 * @param componentLine the score every tool component must reach, or empty, not null
 * @param rating the rating the target was named by ({@code ผ่านดี}, {@code B}), whose lines the
 *     two scores are; empty for a score or the pass mark; not null
 */
public record Target(String label, Score overall, Optional<Score> componentLine, Optional<Rating> rating) {

    /**
     * Validates the parts.
     *
     * @param label the target as the user wrote it, not null
     * @param overall the overall score to reach, not null
     * @param componentLine the score every tool component must reach, or empty, not null
     * @param rating the rating the target was named by, or empty, not null
     */
    public Target {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(componentLine, "componentLine");
        Objects.requireNonNull(rating, "rating");
    }

    /**
     * Creates a target of scores alone, named by no rating.
     *
     * @param label the target as the user wrote it, not null
     * @param overall the overall score to reach, not null
     * @param componentLine the score every tool component must reach, or empty, not null
     */
    public Target(String label, Score overall, Optional<Score> componentLine) {
        this(label, overall, componentLine, Optional.empty());
    }

    /**
     * Tells whether a rating meets this target, when the target is a rating: the same rating or a
     * better one of its scheme.
     *
     * @param other the rating, not null
     * @return true if this target is a rating and {@code other} is it or better; false for a target
     *     of scores, which a rating alone cannot meet
     */
    public boolean isMetBy(Rating other) {
        return rating.filter(r -> r.scheme() == other.scheme() && other.rank() <= r.rank()).isPresent();
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
        try {
            return new Target(t, Score.parse(t), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target: not a target, was '%s'; expected a score such as 85, pass, a letter band (AA ... E) "
                            + "or a level (ผ่านดีเยี่ยม, ผ่านดี, ผ่าน); a rating is read with ItaEngine.plan(assessment, text)",
                    th.ita.model.Problem.shown(text)), e);
        }
    }
}
