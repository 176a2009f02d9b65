package th.ita.rules.facts;

import java.util.List;
import java.util.Objects;
import th.ita.model.Score;
import th.ita.model.catalogue.Tool;

/**
 * A fact: the questions of one tool in one analysis theme (FY2566 on) that the assessment scores.
 *
 * @param subject the group, keyed {@code <theme>/<tool>} such as {@code 4/IIT}, not null
 * @param theme the theme number, 1 to 7
 * @param tool the tool, not null
 * @param codes the codes scored, in order, not empty, not null
 * @param lowest the lowest score among them, not null
 */
public record ThemeGroup(Subject subject, int theme, Tool tool, List<String> codes, Score lowest) {

    /**
     * Validates the parts.
     *
     * @param subject the group, keyed {@code <theme>/<tool>} such as {@code 4/IIT}, not null
     * @param theme the theme number, 1 to 7
     * @param tool the tool, not null
     * @param codes the codes scored, in order, not empty, not null
     * @param lowest the lowest score among them, not null
     */
    public ThemeGroup {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(lowest, "lowest");
        codes = List.copyOf(codes);
        if (theme < 1 || theme > 7) {
            throw new IllegalArgumentException("a theme number is 1 to 7, was " + theme);
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("theme group " + subject.key() + " scores no question");
        }
    }

    /**
     * Returns the lowest score as a double, for rule conditions.
     *
     * @return the lowest score
     */
    public double lowestValue() {
        return lowest.doubleValue();
    }
}
