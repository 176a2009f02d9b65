package th.ita.model;

import java.util.Objects;

/**
 * One thing wrong with an input: the field it concerns, the value found and what is wrong.
 *
 * @param field the field path, such as {@code indicators.3} or {@code questions.o44}, empty for the
 *     whole input, not null
 * @param value the offending value as text, empty when there was none, not null
 * @param message what is wrong and what is allowed, not null
 */
public record Problem(String field, String value, String message) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if any part is null
     */
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the problem as one line: {@code <field>: <message>}, or the message alone for a
     * problem of the whole input (an empty field), which would otherwise read {@code : message}.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
