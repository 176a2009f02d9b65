package th.ita.rules.actionplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kie.api.definition.type.ClassReactive;

/**
 * A fact: the words of one plan item that the coverage rules search, that is its template name,
 * local name and objectives ("วัตถุประสงค์").
 *
 * <p>Searching ignores white space, zero-width spaces, double quotes and Latin case: the source
 * wraps table cells with spaces ("จัดซื้อ จัดจ้าง") and writes "NO Gift" and "No Gift".
 *
 * @param number the item number ("ลำดับที่"), 1 or more
 * @param name   the name a reader knows the item by, the local name if any, not null
 * @param text   the searched words, not null
 * @implSpec This record is immutable and thread-safe. It is {@link ClassReactive}: the coverage rules match it
 *     with a method of another fact's keywords, which property reactivity cannot follow; facts never change anyway.
 */
@ClassReactive
public record PlanItemText(int number, String name, String text) {

    /**
     * Validates the parts.
     *
     * @param number the item number, 1 or more
     * @param name   the item's name, not null
     * @param text   the searched words, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the number is below 1
     */
    public PlanItemText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("number: not positive, was " + number + "; item numbers start at 1");
        }
    }

    /**
     * Tells whether the item's words contain any of the keywords.
     *
     * @param keywords the keywords, possibly empty, not null
     * @return true if one keyword appears; false for no keywords
     */
    public boolean mentionsAny(List<String> keywords) {
        return !mentioned(keywords).isEmpty();
    }

    /**
     * Returns the keywords that the item's words contain.
     *
     * @param keywords the keywords, possibly empty, not null
     * @return the keywords found, in the given order, possibly empty, not null
     */
    public List<String> mentioned(List<String> keywords) {
        String searched = normalise(text);
        List<String> found = new ArrayList<>();
        for (String keyword : keywords) {
            String key = normalise(keyword);
            if (!key.isEmpty() && searched.contains(key)) {
                found.add(keyword);
            }
        }
        return found;
    }

    /**
     * Returns the numbers of some items in ascending order, for a finding's values.
     *
     * @param items the items, {@code PlanItemText} facts, not null
     * @return the numbers, such as [40, 41], not null
     */
    public static List<Integer> numbers(Collection<?> items) {
        return texts(items).stream().map(PlanItemText::number).sorted().toList();
    }

    /**
     * Returns the keywords that any of some items contain, for a finding's values.
     *
     * @param items    the items, {@code PlanItemText} facts, not null
     * @param keywords the keywords, not null
     * @return the keywords found, in the given order, not null
     */
    public static List<String> matched(Collection<?> items, List<String> keywords) {
        List<PlanItemText> texts = texts(items);
        return keywords.stream().filter(k -> texts.stream().anyMatch(t -> t.mentionsAny(List.of(k)))).toList();
    }

    private static List<PlanItemText> texts(Collection<?> items) {
        List<PlanItemText> texts = new ArrayList<>(items.size());
        for (Object item : items) {
            texts.add((PlanItemText) item);
        }
        return texts;
    }

    /** Removes white space, zero-width spaces and double quotes, and lower-cases Latin letters. */
    static String normalise(String words) {
        return words.replaceAll("[\\s\\u200B\\u200C\\u200D\\uFEFF\"\\u201C\\u201D]", "").toLowerCase(Locale.ROOT);
    }
}
