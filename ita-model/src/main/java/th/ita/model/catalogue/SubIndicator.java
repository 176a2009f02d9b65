package th.ita.model.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * An OIT sub-indicator (ตัวชี้วัดย่อย) such as 9.4, whose score is the mean of its items.
 *
 * @param id the id, such as {@code 9.4}, not null
 * @param indicator the indicator number, 9 or 10
 * @param thai the Thai name, not null
 * @param english the English name, not null
 * @param evidence how the membership is known: {@code stated} (printed in a source) or
 *     {@code inferred} (fits the published scores), not null
 * @param items the OIT items in this sub-indicator, not null
 */
public record SubIndicator(String id, int indicator, String thai, String english, String evidence,
        List<QuestionCode> items) {

    /**
     * Validates the parts.
     *
     * @param id the id, such as {@code 9.4}, not null
     * @param indicator the indicator number, 9 or 10
     * @param thai the Thai name, not null
     * @param english the English name, not null
     * @param evidence how the membership is known: {@code stated} or {@code inferred}, not null
     * @param items the OIT items, not null
     */
    public SubIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(evidence, "evidence");
        if (indicator != 9 && indicator != 10) {
            throw new IllegalArgumentException("sub-indicator " + id + ": its indicator is 9 or 10, was " + indicator);
        }
        if (!evidence.equals("stated") && !evidence.equals("inferred")) {
            throw new IllegalArgumentException("sub-indicator " + id + ": evidence is stated or inferred, was " + evidence);
        }
        items = List.copyOf(items);
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
