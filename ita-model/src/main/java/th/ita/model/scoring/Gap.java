package th.ita.model.scoring;

import java.util.Objects;

/**
 * A level that could be neither taken from the input nor computed, and why.
 *
 * @param field the level, such as {@code overall} or {@code indicators.6}, not null
 * @param reason what is missing, in English, not null
 */
public record Gap(String field, String reason) {

    /**
     * Validates the parts.
     *
     * @param field the level, not null
     * @param reason what is missing, in English, not null
     */
    public Gap {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
