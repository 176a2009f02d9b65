package th.ita.rules.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of text from input, for property tests of report templates and of anything
 * that writes an agency's texts into Markdown or HTML. Use them from a {@code @Provide} method.
 */
public final class TextArbitraries {

    private TextArbitraries() {
    }

    /**
     * Any well-formed Unicode text of up to 25 pieces, weighted towards what breaks a report: the
     * characters and sequences that make Markdown and HTML structure, line breaks, tabs, control
     * and bidirectional control characters; with Thai characters and any other character, those
     * beyond the Basic Multilingual Plane included. It may be empty or blank.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> hostile() {
        Arbitrary<String> structural = Arbitraries.of("#", "|", "[", "]", "(", ")", "<", ">", "`", "*", "_", "~",
                "\\", "&", ";", "amp", "#38", "-", "+", "=", ".", "!", ":", "1", "12", " ", "  ", "\n", "\r", "\t",
                "\u000B", "\u0085", "\u2028", "\u202E", "\u202A", "\u2066", "\u2069", "\u200F", "\u061C", "\u0000",
                "\u001B", "\u007F", "\u009B", "<script>", "](javascript:x)", "---", "===", "```", "~~~", "    ");
        Arbitrary<String> thai = Arbitraries.chars().range('\u0E01', '\u0E5B').map(String::valueOf);
        Arbitrary<String> any = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp > 0xFFFF || !Character.isSurrogate((char) cp.intValue())).map(Character::toString);
        return Arbitraries.frequencyOf(Tuple.of(5, structural), Tuple.of(2, thai), Tuple.of(2, any))
                .list().ofMaxSize(25).map(parts -> String.join("", parts));
    }
}
