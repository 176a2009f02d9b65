package th.ita.examples.cli;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes report file names from an agency's name and fiscal year, such as
 * {@code เทศบาลนครลำปาง-2564}: letters (Thai included), digits and marks are kept, anything else
 * becomes one hyphen. Names already given get {@code -2}, {@code -3}, ...
 *
 * <p>This class is not thread-safe.
 */
final class Slugs {

    /** Code points kept from a name: a Thai character is 3 bytes, and most file systems allow 255. */
    private static final int MAX_LENGTH = 60;

    private final Set<String> used = new HashSet<>();

    /**
     * Returns a file name stem not returned before.
     *
     * @param agency the agency's name, not null
     * @param year the fiscal year
     * @return the stem, not null
     */
    String unique(String agency, int year) {
        String base = slug(agency) + "-" + year;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /**
     * Returns the slug of a name.
     *
     * @param name the name, not null
     * @return the slug, {@code agency} when nothing is left, not null
     */
    static String slug(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < text.length() && kept < MAX_LENGTH; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean keep = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (keep) {
                slug.appendCodePoint(c);
                kept++;
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? "agency" : slug.toString();
    }
}
