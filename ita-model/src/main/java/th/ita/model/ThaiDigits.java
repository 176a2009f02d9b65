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
        return replaceDigits(text, THAI_ZERO, '0');
    }

    /**
     * Returns the text with every Arabic digit replaced by its Thai digit.
     *
     * @param text the text, not null
     * @return the text with Thai digits only, not null
     */
    public static String toThai(CharSequence text) {
        return replaceDigits(text, '0', THAI_ZERO);
    }

    /**
     * Replaces each digit of one script (from its zero) by the same digit of the other (from its
     * zero). The characters are copied out once and scanned as an array: a report passes every text
     * through here, and the array loop costs a fraction of {@code charAt} in a short-lived JVM.
     */
    private static String replaceDigits(CharSequence text, char fromZero, char toZero) {
        String string = text.toString();
        int first = 0;
        while (first < string.length() && !isDigit(string.charAt(first), fromZero)) {
            first++;
        }
        // Most texts have no digit to replace: they are returned as they are, not copied.
        if (first == string.length()) {
            return string;
        }
        char[] chars = string.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isDigit(chars[i], fromZero)) {
                chars[i] = (char) (toZero + (chars[i] - fromZero));
            }
        }
        return new String(chars);
    }

    private static boolean isDigit(char c, char zero) {
        return c >= zero && c <= zero + 9;
    }

    /**
     * Tells whether a character is a Thai digit.
     *
     * @param c the character
     * @return true for ๐ to ๙
     */
    public static boolean isThaiDigit(char c) {
        return isDigit(c, THAI_ZERO);
    }
}
