package th.ita.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when DRL rules do not compile: lists every error with its file, line and the Drools
 * message. No engine is built.
 */
public final class RuleCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleError> errors;

    /**
     * One compilation error.
     *
     * @param file the DRL file: a class-path resource or a path on disk, not null
     * @param line the line, 1-based, or 0 when there is none (then {@link #toString} leaves it out)
     * @param message the Drools message, not null
     */
    public record RuleError(String file, int line, String message) {

        /**
         * Validates the parts.
         */
        public RuleError {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return line > 0 ? String.format(Locale.ROOT, "%s:%d: %s", file, line, message) : file + ": " + message;
        }
    }

    /**
     * Creates the exception.
     *
     * @param errors the errors, at least one, not null
     */
    public RuleCompilationException(List<RuleError> errors) {
        super(errors.size() == 1 ? "rules do not compile: " + errors.get(0)
                : errors.size() + " rule compilation errors: "
                        + errors.stream().map(RuleError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns every error, in the order Drools reported them.
     *
     * @return the errors, not empty, not null
     */
    public List<RuleError> errors() {
        return errors;
    }
}
