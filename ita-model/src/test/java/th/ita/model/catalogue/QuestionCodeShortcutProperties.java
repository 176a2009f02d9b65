package th.ita.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link QuestionCode#parse} reads a code written in its canonical form ({@code i1}, {@code e12})
 * by a shortcut. The general reading strips spaces first, so a text with a space before it always
 * takes the general path: the two must agree on every text, with and without a tool context.
 */
class QuestionCodeShortcutProperties {

    @Property(tries = 3_000)
    void theShortcutReadsWhatTheGeneralReadingReads(
            @ForAll @StringLength(max = 5) @Chars({'i', 'e', 'o', 'I', 'x', '0', '1', '5', '9', '๑', '-'}) String text,
            @ForAll Optional<Tool> context) {
        assertEquals(outcome(" " + text, context), outcome(text, context));
    }

    /** The code, or that there is none: the messages quote the text, so they differ by the space. */
    private static String outcome(String text, Optional<Tool> context) {
        try {
            return QuestionCode.parse(text, context).toString();
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
