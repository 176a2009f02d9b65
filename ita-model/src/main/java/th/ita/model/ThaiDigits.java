package th.ita.model;

/**
 * Converts between Thai digits (๐ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙) and Arabic digits.
 *
 * <p>The sources print most numbers in Thai digits and some in Arabic, sometimes both in one
 * number ({@code 0๒๒}); everything the library reads goes through {@link #toArabic}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '\u0E50';

    private ThaiDigits() {
    }

    /**
     * Returns the text with every Thai digit replaced by its Arabic digit.
     *
     * @param text the text, not null
     * @return the text with Arabic digits only, not null
     */
    public static String toArabic(CharSequence text) {
        int first = 0;
        while (first < text.length() && !isThaiDigit(text.charAt(first))) {
            first++;
        }
        // Most texts have no Thai digit: no copy (a report passes every text through here).
        if (first == text.length()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return out.toString();
    }

    /**
     * Returns the text with every Arabic digit replaced by its Thai digit.
     *
     * @param text the text, not null
     * @return the text with Thai digits only, not null
     */
    public static String toThai(CharSequence text) {
        int first = 0;
        while (first < text.length() && !isArabicDigit(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isArabicDigit(c) ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /**
     * Tells whether a character is a Thai digit.
     *
     * @param c the character
     * @return true for ๐ to ๙
     */
    public static boolean isThaiDigit(char c) {
        return c >= THAI_ZERO && c <= THAI_ZERO + 9;
    }

    private static boolean isArabicDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
