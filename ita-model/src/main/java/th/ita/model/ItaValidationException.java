package th.ita.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input has one or more problems; lists every problem, each with its field.
 *
 * <p>Nothing is built when this is thrown: an assessment is either whole and valid or absent.
 */
public final class ItaValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one, not null
     * @throws IllegalArgumentException if the list is empty
     */
    public ItaValidationException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems: " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("; "));
    }

    /**
     * Returns every problem, in the order found.
     *
     * @return the problems, not empty, not null
     */
    public List<Problem> problems() {
        return problems;
    }
}
