package th.ita.model.actionplan;

import java.util.Locale;
import java.util.Objects;

import th.ita.model.Problem;

/**
 * The level of a corruption-risk issue, the "Risk Score" column of the risk assessment. Source 003
 * uses words, not numbers, and only ต่ำ and สูง.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum RiskLevel {

    /** Low, "ต่ำ". */
    LOW("ต่ำ"),
    /** Medium, "ปานกลาง". */
    MEDIUM("ปานกลาง"),
    /** High, "สูง". */
    HIGH("สูง"),
    /** Very high, "สูงมาก". */
    VERY_HIGH("สูงมาก");

    private final String thai;

    RiskLevel(String thai) {
        this.thai = thai;
    }

    /**
     * Returns the Thai word for this level.
     *
     * @return the word, such as "ต่ำ", not null
     */
    public String thai() {
        return thai;
    }

    /**
     * Obtains a level from its Thai word.
     *
     * @param word the word, such as "สูง", surrounding white space ignored, not null
     * @return the level, not null
     * @throws IllegalArgumentException if the word is not one of ต่ำ, ปานกลาง, สูง, สูงมาก
     */
    public static RiskLevel parse(String word) {
        Objects.requireNonNull(word, "word");
        for (RiskLevel level : values()) {
            if (level.thai.equals(word.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "level: unknown risk level, was \"%s\"; valid ต่ำ, ปานกลาง, สูง, สูงมาก", Problem.shown(word)));
    }
}
