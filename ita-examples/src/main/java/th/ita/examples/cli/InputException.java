package th.ita.examples.cli;

import java.util.List;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;

/**
 * Bad input data or a bad argument value found while a command runs, such as a missing file or a
 * malformed CSV row. The message names the file and the line, column or field; the error handler
 * prints it on one line and exits with code 2. An input with many problems carries them as a list,
 * which the error handler prints after a one-line summary.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most problems kept for the list; the rest are counted. */
    static final int LISTED = 100;

    private final String where;
    private final transient List<String> problems;
    private final long total;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file and line or field, not null
     */
    InputException(String message) {
        this(message, (Throwable) null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong, naming the file and line or field, not null
     * @param cause the cause, may be null
     */
    InputException(String message, Throwable cause) {
        super(message, cause);
        this.where = null;
        this.problems = List.of();
        this.total = 1;
    }

    private InputException(String where, List<String> problems, long total, Throwable cause) {
        super(where + ": " + (total == 1 ? problems.get(0) : total + " problems: " + String.join("; ", problems)
                + (total > problems.size() ? "; and " + (total - problems.size()) + " more" : "")), cause);
        this.where = where;
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /**
     * Creates the exception for an input with one or more problems.
     *
     * @param where the file or option the problems are in, not null
     * @param problems the first problems found, at most {@link #LISTED}, at least one, not null
     * @param total how many problems there are in all, at least {@code problems.size()}
     * @return the exception, not null
     */
    static InputException problems(String where, List<String> problems, long total) {
        return new InputException(where, problems, total, null);
    }

    /**
     * Returns the file or option the problems are in.
     *
     * @return the place, or null when this is one message rather than a list of problems
     */
    String where() {
        return where;
    }

    /**
     * Returns the first problems, at most {@link #LISTED}.
     *
     * @return the problems, empty when this is one message rather than a list, not null
     */
    List<String> problems() {
        return problems;
    }

    /**
     * Returns how many problems there are in all.
     *
     * @return the count, at least one
     */
    long total() {
        return total;
    }
}
