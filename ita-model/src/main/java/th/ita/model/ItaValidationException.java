package th.ita.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input has one or more problems; lists every problem, each with its field and,
 * where the input has lines, its line. The one exception for bad input of every kind: an
 * assessment (JSON or a CSV row), an action plan, a catalogue or a policy file.
 *
 * <p>Nothing is built when this is thrown: an input is either whole and valid or absent.
 *
 * <p>The message is one line per problem as a compiler writes it, {@code source:line: field:
 * problem}, with whichever parts are known: an input read from a stream has no source until the
 * caller that knows the file names it with {@link #in(String)}.
 */
public final class ItaValidationException extends RuntimeException {

    /** The most problems an exception keeps; the rest are counted in {@link #total()}. */
    public static final int LISTED = 100;

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;
    private final long total;

    /**
     * Creates the exception for an input whose source is not known here.
     *
     * @param problems the problems found, at least one, not null
     * @throws IllegalArgumentException if the list is empty
     */
    public ItaValidationException(List<Problem> problems) {
        this("", problems, problems.size());
    }

    /**
     * Creates the exception for a named input whose problems were too many to keep.
     *
     * @param source the file or option the input came from, empty when not known, not null
     * @param problems the first problems found, at least one, not null; only the first
     *     {@value #LISTED} are kept
     * @param total how many problems there are in all, at least {@code problems.size()}
     * @throws IllegalArgumentException if the list is empty or the total is less than its size
     */
    public ItaValidationException(String source, List<Problem> problems, long total) {
        super(describe(Objects.requireNonNull(source, "source"), problems, total));
        this.source = source;
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
        this.total = total;
    }

    private static String describe(String source, List<Problem> problems, long total) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        if (total < problems.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + problems.size()
                    + " problems given");
        }
        if (total == 1) {
            return problems.get(0).at(source);
        }
        List<Problem> listed = problems.subList(0, Math.min(LISTED, problems.size()));
        return (source.isEmpty() ? "" : source + ": ") + total + " problems: "
                + listed.stream().map(Problem::toString).collect(Collectors.joining("; "))
                + (total > listed.size() ? "; and " + (total - listed.size()) + " more" : "");
    }

    /**
     * Returns the same problems as found in a named input, such as the file the caller read.
     *
     * @param source the file or option, not null
     * @return the exception with its source, not null
     */
    public ItaValidationException in(String source) {
        ItaValidationException named = new ItaValidationException(source, problems, total);
        named.initCause(getCause() == null ? this : getCause());
        return named;
    }

    /**
     * Returns the file or option the input came from.
     *
     * @return the source, empty when not known, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the first problems, in the order found, at most {@value #LISTED}.
     *
     * @return the problems, not empty, not null
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns how many problems there are in all, counting those not kept.
     *
     * @return the count, at least {@code problems().size()}
     */
    public long total() {
        return total;
    }

}
