package th.ita.model.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One of the ten ITA indicators (ตัวชี้วัด), with its official names and the variants printed
 * in the sources.
 *
 * @param number the official number, 1 to 10
 * @param tool the tool that measures it, not null
 * @param thai the canonical Thai name, such as {@code การใช้งบประมาณ}, not null
 * @param english the English name, not null
 * @param aliases the name variants and misprints seen in the sources, not null
 */
public record Indicator(int number, Tool tool, String thai, String english, List<IndicatorAlias> aliases) {

    /**
     * Validates the parts.
     *
     * @param number the official number, 1 to 10
     * @param tool the tool that measures it, not null
     * @param thai the canonical Thai name, not null
     * @param english the English name, not null
     * @param aliases the name variants and misprints, not null
     * @throws IllegalArgumentException if the number is not 1 to 10
     */
    public Indicator {
        if (number < 1 || number > 10) {
            throw new IllegalArgumentException("indicator number out of range, was " + number + "; valid 1 - 10");
        }
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
        aliases = List.copyOf(aliases);
    }

    /**
     * Returns the name in a language.
     *
     * @param thaiLanguage true for the Thai name
     * @return the name, not null
     */
    public String name(boolean thaiLanguage) {
        return thaiLanguage ? thai : english;
    }
}
