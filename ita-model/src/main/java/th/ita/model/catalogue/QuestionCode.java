package th.ita.model.catalogue;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import th.ita.model.Problem;
import th.ita.model.ThaiDigits;

/**
 * A question code such as {@code i24}, {@code e1} or {@code o27}: a tool and a number.
 *
 * <p>Codes are year-scoped: {@code o27} in FY2564 and {@code o27} in FY2566 are different items;
 * the {@link Edition} gives the meaning. FY2563-2565 OIT items, printed {@code ๐๒๗} or {@code 0๒๗},
 * are written {@code o27} here.
 *
 * <p>{@link #parse(CharSequence)} accepts what people paste from the sources: Thai digits,
 * a {@code ข้อ} prefix, upper-case letters ({@code E๑}, {@code O๑๑}), and a leading Thai or
 * Arabic zero standing for an OIT item ({@code ๐๑๑}, {@code 0๒๒}). A number without a letter
 * is ambiguous unless the tool is known from context: it is reported, never guessed.
 *
 * @param tool the tool, not null
 * @param number the question number within the tool, at least 1
 */
public record QuestionCode(Tool tool, int number) implements Comparable<QuestionCode> {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

    /**
     * Validates the parts.
     *
     * @param tool the tool, not null
     * @param number the number within the tool, at least 1
     * @throws IllegalArgumentException if the number is below 1
     */
    public QuestionCode {
        Objects.requireNonNull(tool, "tool");
        if (number < 1) {
            throw new IllegalArgumentException("question number must be at least 1, was " + number);
        }
    }

    /**
     * Obtains a code from its tool and number.
     *
     * @param tool the tool, not null
     * @param number the number, at least 1
     * @return the code, not null
     */
    public static QuestionCode of(Tool tool, int number) {
        return new QuestionCode(tool, number);
    }

    /**
     * Parses a code with no tool context; see the class description for the accepted forms.
     *
     * @param text the code as printed, not null
     * @return the code, not null
     * @throws IllegalArgumentException if the text is not a question code or is ambiguous
     */
    public static QuestionCode parse(CharSequence text) {
        return parse(text, Optional.empty());
    }

    /**
     * Parses a code whose tool may be known from context, such as the tool column of a table:
     * there a bare number ({@code ข้อ ๒๗} in an IIT row) takes the context's letter.
     *
     * @param text the code as printed, not null
     * @param context the tool known from context, or empty, not null
     * @return the code, not null
     * @throws IllegalArgumentException if the text is not a question code, is ambiguous, or names
     *     a tool other than the context's
     */
    public static QuestionCode parse(CharSequence text, Optional<Tool> context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        QuestionCode canonical = canonical(text);
        if (canonical != null && (context.isEmpty() || context.get() == canonical.tool)) {
            return canonical;
        }
        String s = ThaiDigits.toArabic(text).strip();
        if (s.startsWith("ข้อ")) {
            s = s.substring("ข้อ".length()).strip();
        }
        if (s.isEmpty()) {
            throw invalid(text, "empty question code");
        }
        Tool tool;
        String digits;
        char first = s.charAt(0);
        if (Character.isLetter(first) && first < 128) {
            try {
                tool = Tool.ofPrefix(first);
            } catch (IllegalArgumentException e) {
                throw invalid(text, "unknown tool letter '" + first + "'");
            }
            digits = s.substring(1).strip();
        } else if (first == '0' && s.length() > 1) {
            // The sources print OIT items with a leading zero, Thai or Arabic (๐๑๑, 0๒๒): only OIT
            // codes are written that way, and both readings (item 011 and o-11) give o11.
            tool = Tool.OIT;
            digits = s.substring(1);
        } else if (context.isPresent()) {
            tool = context.get();
            digits = s;
        } else {
            throw invalid(text, "ambiguous question code: no tool letter (i, e or o) and no tool context");
        }
        if (!DIGITS.matcher(digits).matches()) {
            throw invalid(text, "not a question code");
        }
        if (context.isPresent() && context.get() != tool) {
            throw invalid(text, "code of tool " + tool + " where a " + context.get() + " code was expected");
        }
        int number = Integer.parseInt(digits);
        if (number < 1) {
            throw invalid(text, "question numbers start at 1");
        }
        return new QuestionCode(tool, number);
    }

    /**
     * The code when the text is exactly its canonical form ({@code i1}, {@code e12}, {@code o27}),
     * else null. Inputs write codes this way almost always (a national CSV has 88 in each row), and
     * this reads them without the copies and the pattern of the general case, which gives the same.
     */
    private static QuestionCode canonical(CharSequence text) {
        int length = text.length();
        if (length < 2 || length > 4) {
            return null;
        }
        char letter = text.charAt(0);
        Tool tool = letter == 'i' ? Tool.IIT : letter == 'e' ? Tool.EIT : letter == 'o' ? Tool.OIT : null;
        if (tool == null || text.charAt(1) < '1' || text.charAt(1) > '9') {
            return null;
        }
        int number = 0;
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            number = number * 10 + (c - '0');
        }
        return new QuestionCode(tool, number);
    }

    private static IllegalArgumentException invalid(CharSequence text, String why) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "%s, was '%s'; expected a code such as i1, e12 or o27", why, Problem.shown(text)));
    }

    @Override
    public int compareTo(QuestionCode other) {
        int byTool = tool.compareTo(other.tool);
        return byTool != 0 ? byTool : Integer.compare(number, other.number);
    }

    /**
     * Returns the canonical code, such as {@code o27}, which {@link #parse} reads back.
     *
     * @return the code text, not null
     */
    @Override
    public String toString() {
        return tool.prefix() + Integer.toString(number);
    }
}
