package th.ita.rules.facts;

import java.util.Objects;

/**
 * What a fact or finding is about: a level and its key, with names for reports.
 *
 * <p>Keys by level: {@code overall}; a tool component ({@code IIT}, {@code EIT_PART_2}); an
 * indicator number ({@code 3}); a sub-indicator id ({@code 9.4}); a question or item code
 * ({@code i24}, {@code o27}); a theme and tool ({@code 4/IIT}).
 *
 * @param level the level, not null
 * @param key the key within the level, not null
 * @param thai the Thai name, not null
 * @param english the English name, not null
 * @param order the position for sorting within the level
 */
public record Subject(Level level, String key, String thai, String english, int order) implements Comparable<Subject> {

    /** The overall score, the one subject every edition has. */
    public static final Subject OVERALL = new Subject(Level.OVERALL, "overall", "คะแนนภาพรวม", "Overall score", 0);

    /**
     * Validates the parts.
     *
     * @param level the level, not null
     * @param key the key within the level, not null
     * @param thai the Thai name, not null
     * @param english the English name, not null
     * @param order the position for sorting within the level
     */
    public Subject {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
    }

    /**
     * Returns the name in a language.
     *
     * @param thaiLanguage true for Thai
     * @return the name, not null
     */
    public String name(boolean thaiLanguage) {
        return thaiLanguage ? thai : english;
    }

    @Override
    public int compareTo(Subject other) {
        int byLevel = level.compareTo(other.level);
        if (byLevel != 0) {
            return byLevel;
        }
        int byOrder = Integer.compare(order, other.order);
        return byOrder != 0 ? byOrder : key.compareTo(other.key);
    }
}
