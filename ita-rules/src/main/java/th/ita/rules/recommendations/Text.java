package th.ita.rules.recommendations;

import java.util.Objects;

/**
 * A text in Thai and English.
 *
 * @param th the Thai text, not null
 * @param en the English text, not null
 */
public record Text(String th, String en) {

    /**
     * Validates the parts.
     *
     * @param th the Thai text, not null
     * @param en the English text, not null
     */
    public Text {
        Objects.requireNonNull(th, "th");
        Objects.requireNonNull(en, "en");
    }

    /**
     * Returns the same text in both languages, such as an agency's own unit name.
     *
     * @param text the text, not null
     * @return the text, not null
     */
    public static Text both(String text) {
        return new Text(text, text);
    }

    /**
     * Returns the text in a language.
     *
     * @param thai true for Thai
     * @return the text, not null
     */
    public String get(boolean thai) {
        return thai ? th : en;
    }
}
