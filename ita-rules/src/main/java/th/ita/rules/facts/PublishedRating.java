package th.ita.rules.facts;

import java.util.Objects;

/**
 * A fact: the rating as the NACC published it, for comparison with the computed one.
 *
 * @param label the label as printed, such as {@code B} or {@code ผ่านดี}, not null
 */
public record PublishedRating(String label) {

    /**
     * Validates the parts.
     */
    public PublishedRating {
        Objects.requireNonNull(label, "label");
    }
}
