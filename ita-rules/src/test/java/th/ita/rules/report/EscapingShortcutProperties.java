package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.unbescape.html.HtmlEscape;

/**
 * The shortcuts of {@link Escaping} (a text with nothing to escape is returned as it is, a run is
 * copied whole) change no result: each function gives what the plain character-by-character
 * rule, kept here as it was written first, gives.
 */
class EscapingShortcutProperties {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("[0-9]{1,9}([.)])(?=[ ]|$)");

    @Property(tries = 3_000)
    void markdownIsTheCharacterByCharacterRule(@ForAll @StringLength(max = 14) @Chars({'a', 'ก', '๑', '1', '0', '.',
        ')', ' ', '\t', '\n', '-', '+', '=', '&', '#', ';', '|', '*', '\\', '\u202E', '\u0085', '\uD83D', '\uDE00',
        '\u2003'}) String text) {
        assertEquals(markdownAsFirstWritten(text), Escaping.markdown(text));
        assertEquals(HtmlEscape.escapeHtml4Xml(Escaping.neutralised(text)), Escaping.html(text));
    }

    private static String markdownAsFirstWritten(String text) {
        String line = Escaping.neutralised(text).strip();
        if (line.equals("-")) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        char first = line.isEmpty() ? 'x' : line.charAt(0);
        Matcher number = ORDERED_LIST_START.matcher(line);
        if (first == '=' || (first == '-' || first == '+')
                && !(line.length() > 1 && Character.isLetterOrDigit(line.charAt(1)))) {
            out.append('\\').append(first);
            from = 1;
        } else if (number.lookingAt()) {
            out.append(line, 0, number.start(1)).append('\\');
            from = number.start(1);
        }
        Matcher entity = ENTITY.matcher(line);
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_~[]<>|#".indexOf(c) >= 0 || c == '&' && entity.region(i, line.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
