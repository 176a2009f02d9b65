package th.ita.rules.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;

/**
 * The one escaping rule of each output format, for every text that came from input (agency
 * names, OIT reasons, constraints, units, catalogue and rule texts): such a text is always data
 * and never makes structure. The Pebble engines apply it to every value a template writes
 * ({@link Reports}), and the Markdown that is built by hand applies the same function.
 *
 * <p>In Markdown and HTML, first the text is neutralised ({@link #neutralised(String)}): a line
 * break or tab becomes a space, and a bidirectional control character or any other control
 * character becomes U+FFFD (�), visible, so that a name cannot reorder or hide what follows it.
 * Then:
 * <ul>
 * <li>Markdown ({@link #markdown(String)}): leading and trailing spaces are dropped (Markdown does
 *     not show them); a backslash escapes {@code \ ` * _ ~ [ ] < > | #} everywhere, {@code &} where
 *     it would start an entity, and at the start of the text what would start a block: a list marker
 *     {@code -} or {@code +} (also a run of them, a rule or heading underline), {@code =}, and the
 *     dot or parenthesis of a numbered list start such as {@code 1.}. A text that is just {@code -},
 *     the reports' sign for "no value", is kept. Thai and all other letters, digits and signs are
 *     never escaped.</li>
 * <li>HTML ({@link #html(String)}): {@code < > & " '} become character references.</li>
 * <li>JSON keeps the value exactly; the JSON writer escapes what JSON requires.</li>
 * <li>DOCX writes the neutralised text as a run's text, which is never read as markup: nothing
 *     more is escaped.</li>
 * </ul>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Escaping {

    /**
     * Escaped wherever they stand: each can open or close inline structure, a table cell or a tag,
     * and {@code #} at a line's start opens a heading and at its end is cut from one.
     */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_~[]<>|#";

    /** A character reference as CommonMark reads one: {@code &amp;}, {@code &#38;}, {@code &#x26;}. */
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    /** What a control character from input becomes: the replacement character, visible in every font. */
    private static final char VISIBLE_REPLACEMENT = '\uFFFD';

    private static final boolean[] CONTROLS = special("");
    private static final boolean[] MARKDOWN_SPECIAL = special(MARKDOWN_PUNCTUATION + "&");
    private static final boolean[] HTML_SPECIAL = special("<>&\"'");

    private Escaping() {
    }

    /**
     * Escapes a text for Markdown: it stays one line of plain text wherever a template puts it.
     *
     * @param text any text, not null
     * @return the escaped text, not null
     */
    public static String markdown(String text) {
        boolean plain = isPlain(text, MARKDOWN_SPECIAL);
        if (plain && !startsOrEndsMarkdownBlock(text)) {
            return text;
        }
        String line = (plain ? text : neutralised(text)).strip();
        // The reports' sign for "no value" in a table cell; alone it cannot start a list item there.
        if (line.equals("-")) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int from = escapeBlockStart(line, out);
        if (plain && from == 0) {
            return line; // a score such as 83.15: nothing at its start, nothing inside
        }
        // Copied a run at a time between the characters escaped.
        int run = from;
        Matcher entity = null;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 128 && MARKDOWN_SPECIAL[c]) {
                if (c == '&') {
                    entity = entity == null ? ENTITY.matcher(line) : entity;
                    if (!entity.region(i, line.length()).lookingAt()) {
                        continue;
                    }
                }
                out.append(line, run, i).append('\\');
                run = i;
            }
        }
        return out.append(line, run, line.length()).toString();
    }

    /**
     * Escapes a text for HTML content or a quoted attribute value, after neutralising it.
     *
     * @param text any text, not null
     * @return the escaped text, not null
     */
    public static String html(String text) {
        if (isPlain(text, HTML_SPECIAL)) {
            return text;
        }
        return HtmlEscape.escapeHtml4Xml(neutralised(text));
    }

    /**
     * Makes the characters that change how the text around them is laid out harmless: a line break
     * (CR, LF, CR LF, VT, FF, NEL, U+2028, U+2029) or a tab becomes a space; a bidirectional
     * control (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), any other control character
     * and half of a surrogate pair become U+FFFD. Everything else, Thai included, is kept.
     *
     * @param text any text, not null
     * @return the neutralised text, not null
     */
    public static String neutralised(String text) {
        if (isPlain(text, CONTROLS)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (isLineBreakOrTab(c)) {
                out.append(' ');
            } else if (Character.isISOControl(c) || isBidiControl(c) || isLoneSurrogate(text, i)) {
                out.append(VISIBLE_REPLACEMENT);
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(text.charAt(++i));
                }
            }
        }
        return out.toString();
    }

    /**
     * Escapes what would start a block if the text began a line: a heading, a list item, a rule or
     * a heading underline, a numbered list item. Returns where the rest of the text starts.
     */
    private static int escapeBlockStart(String line, StringBuilder out) {
        if (line.isEmpty()) {
            return 0;
        }
        char first = line.charAt(0);
        if (first == '=' || (first == '-' || first == '+') && !startsWithLetterOrDigitAfter(line)) {
            out.append('\\').append(first);
            return 1;
        }
        // The start of a numbered list item: up to nine digits and a dot or parenthesis, then a space or nothing.
        int digits = 0;
        while (digits < line.length() && digits <= 9 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        if (digits >= 1 && digits <= 9 && digits < line.length()
                && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && (digits + 1 == line.length() || line.charAt(digits + 1) == ' ')) {
            out.append(line, 0, digits).append('\\');
            return digits;
        }
        return 0;
    }

    /** {@code -0.41} and {@code +1.25} are numbers, not list items. */
    private static boolean startsWithLetterOrDigitAfter(String line) {
        return line.length() > 1 && Character.isLetterOrDigit(line.charAt(1));
    }

    /**
     * Tells whether an escaping function would return a text as it is: no character of it is
     * special to the format ({@code special}, for ASCII) or to {@link #neutralised} (a line break,
     * control, bidi control or surrogate). Most texts of a report (names, Thai sentences, scores)
     * are plain; one pass over them, with no copy, is all they cost.
     */
    private static boolean isPlain(String text, boolean[] special) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (special[c]) {
                    return false;
                }
            } else if ((c < '\u0E00' || c > '\u0E7F') // Thai, the most common by far, is never special
                    && (Character.isISOControl(c) || isLineBreakOrTab(c) || isBidiControl(c) || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether {@link #markdown} would change the start or the end of a plain text: space to strip, a block to escape. */
    private static boolean startsOrEndsMarkdownBlock(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '-' || first == '+' || first >= '0' && first <= '9'
                || Character.isWhitespace(first) || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    /** The ASCII characters that stop {@link #isPlain}: controls, and what the format escapes. */
    private static boolean[] special(String escaped) {
        boolean[] special = new boolean[128];
        for (char c = 0; c < 128; c++) {
            special[c] = Character.isISOControl(c) || escaped.indexOf(c) >= 0;
        }
        return special;
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
