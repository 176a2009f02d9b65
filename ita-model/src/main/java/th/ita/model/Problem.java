package th.ita.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing wrong with an input: the field it concerns, the value found and what is wrong.
 *
 * <p>Every message that quotes a bad value quotes it through {@link #shown(CharSequence)}, so a
 * value of a megabyte is quoted by its first characters and its length, never whole.
 *
 * @param field the field path, such as {@code indicators.3} or {@code questions.o44}, empty for the
 *     whole input, not null
 * @param value the offending value as text, as {@link #shown(CharSequence)} gives it, empty when
 *     there was none, not null
 * @param message what is wrong and what is allowed, not null
 * @param line the line of the input where the field starts, 1 for the first; 0 when the input
 *     has no lines or the line is not known
 */
public record Problem(String field, String value, String message, int line) {

    /** The most characters of a bad value a message quotes; a longer value is cut and its length given. */
    public static final int SHOWN_LENGTH = 40;
    /** A value {@link #shown(CharSequence)} has cut already. */
    private static final Pattern CUT = Pattern.compile("(?s).{" + SHOWN_LENGTH + "}… \\(\\d+ characters\\)");

    /**
     * Validates the parts and cuts the value to a readable length.
     *
     * @param field the field path, empty for the whole input, not null
     * @param value the offending value, empty when there was none, not null
     * @param message what is wrong and what is allowed, not null
     * @param line the line where the field starts, 1 for the first, or 0 when not known
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if the line is negative
     */
    public Problem {
        Objects.requireNonNull(field, "field");
        value = shown(Objects.requireNonNull(value, "value"));
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line " + line + " is negative");
        }
    }

    /**
     * Creates a problem of an input without lines, or whose line is not known.
     *
     * @param field the field path, empty for the whole input, not null
     * @param value the offending value, empty when there was none, not null
     * @param message what is wrong and what is allowed, not null
     */
    public Problem(String field, String value, String message) {
        this(field, value, message, 0);
    }

    /**
     * Returns the same problem, of a field nested under another: a problem of {@code indicators.3}
     * found in an earlier year read from {@code previous} is one of {@code previous.indicators.3}.
     *
     * @param prefix the path of the enclosing field with its separator, such as {@code previous.},
     *     or empty, not null
     * @return the problem with its full path, not null
     */
    public Problem under(String prefix) {
        return prefix.isEmpty() ? this : new Problem(prefix + field, value, message, line);
    }

    /**
     * Returns the same problem, found on a line of the input.
     *
     * @param line the line, 1 for the first, or 0 when not known
     * @return the problem on that line, not null
     */
    public Problem onLine(int line) {
        return new Problem(field, value, message, line);
    }

    /**
     * Returns a bad value as a message quotes it: whole when it has at most {@value #SHOWN_LENGTH}
     * characters, else its first {@value #SHOWN_LENGTH}, then {@code … (1400000 characters)}
     * with its length. A lone surrogate is written as an escape (<code>&#92;uD800</code>), so the
     * message itself is well-formed text.
     *
     * @param value the value, not null
     * @return the value as quoted, not null
     */
    public static String shown(CharSequence value) {
        StringBuilder shown = new StringBuilder();
        int characters = 0;
        for (int i = 0; i < value.length(); characters++) {
            int c = Character.codePointAt(value, i);
            i += Character.charCount(c);
            if (characters >= SHOWN_LENGTH) {
                continue; // counted, not shown
            }
            if (Character.isSurrogate((char) c) && Character.charCount(c) == 1) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        }
        if (characters > SHOWN_LENGTH) {
            if (CUT.matcher(value).matches()) {
                return value.toString(); // cut before: a problem passed on keeps the length of the value itself
            }
            shown.append("… (").append(characters).append(" characters)");
        }
        return shown.toString();
    }

    /**
     * Returns a number as a message quotes it: in plain digits ({@code 1500000.00}), or in E
     * notation when plain digits would be many ({@code 1E+2147483647}, which written out would
     * take two gigabytes).
     *
     * @param value the number, not null
     * @return the number as quoted, not null
     */
    public static String shown(BigDecimal value) {
        long digitsBeforePoint = (long) value.precision() - value.scale();
        return shown(digitsBeforePoint > SHOWN_LENGTH || value.scale() > SHOWN_LENGTH
                ? value.toString() : value.toPlainString());
    }

    /**
     * Returns the problem as one line: {@code line 12: <field>: <message>}, without the line
     * when it is not known and without the field for a problem of the whole input (an empty
     * field), which would otherwise read {@code : message}.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + fieldAndMessage();
    }

    /**
     * Returns the problem as a compiler names it, in a named input: {@code source:12: <field>:
     * <message>}, or {@code source: <field>: <message>} when the line is not known.
     *
     * @param source the file or option the input came from, empty when not known (the result is
     *     then {@link #toString()}), not null
     * @return the line, not null
     */
    public String at(String source) {
        if (source.isEmpty()) {
            return toString();
        }
        return source + (line > 0 ? ":" + line + ": " : ": ") + fieldAndMessage();
    }

    private String fieldAndMessage() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
