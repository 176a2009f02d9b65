package th.ita.model.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks that text read from input is well-formed Unicode.
 *
 * <p>UTF-8 bytes are decoded strictly, but a JSON escape can still write half of a surrogate
 * pair (<code>"A&#92;ud800B"</code>): such a string is not text, cannot be written out as UTF-8, and is
 * refused wherever an input gives text.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * Tells what makes a text malformed, if anything.
     *
     * @param text the text, not null
     * @return why it is not well-formed Unicode, or empty if it is, not null
     */
    public static Optional<String> unicodeProblem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one character
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(Locale.ROOT,
                        "not well-formed Unicode: a lone surrogate \\u%04X at character %d; "
                                + "write the character itself or remove it", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
