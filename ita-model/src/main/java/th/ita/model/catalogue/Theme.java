package th.ita.model.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of the seven analysis themes (ประเด็น) of the FY2567 measures template, with the questions
 * each tool contributes to it. A question can belong to several themes.
 *
 * @param number the theme number, 1 to 7
 * @param thai the Thai name, not null
 * @param english the English name, not null
 * @param questions the question codes per tool, only for the tools the theme uses, not null
 */
public record Theme(int number, String thai, String english, Map<Tool, List<QuestionCode>> questions) {

    /**
     * Validates the parts.
     *
     * @param number the theme number, 1 to 7
     * @param thai the Thai name, not null
     * @param english the English name, not null
     * @param questions the question codes per tool, not null
     */
    public Theme {
        if (number < 1 || number > 7) {
            throw new IllegalArgumentException("a theme number is 1 to 7, was " + number);
        }
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
        questions = Map.copyOf(questions);
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
}
