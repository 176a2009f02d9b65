package th.ita.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * One error or warning in the rules, where it is: a compilation error, or what the rule check
 * found.
 *
 * @param file the DRL file: the path on disk for a custom file, {@code classpath:...} for a
 *     bundled one, or the rules directory when no one file is to blame, not null
 * @param line the line, 1-based, or 0 when there is none (then {@link #toString} leaves it out)
 * @param message what is wrong, not null
 */
public record RuleProblem(String file, int line, String message) {

    /**
     * Validates the parts.
     *
     * @param file the DRL file, the path on disk or {@code classpath:...}, or the rules directory, not null
     * @param line the line, 1-based, or 0 when there is none
     * @param message what is wrong, not null
     */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns {@code file:line: message}, or {@code file: message} without a line.
     *
     * @return the problem on one line, not null
     */
    @Override
    public String toString() {
        return line > 0 ? String.format(Locale.ROOT, "%s:%d: %s", file, line, message) : file + ": " + message;
    }
}
