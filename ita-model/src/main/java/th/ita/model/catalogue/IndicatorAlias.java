package th.ita.model.catalogue;

import java.util.Objects;

/**
 * A name under which an indicator was printed: a harmless variant or a misprint.
 *
 * @param name the name as printed, not null
 * @param misprint true if the name is wrong for the indicator (such as {@code การปฏิรูปดิจิทัล}
 *     printed for indicator 1), false for a variant spelling
 * @param note where it appears and why it is mapped this way, not null
 */
public record IndicatorAlias(String name, boolean misprint, String note) {

    /**
     * Validates the parts.
     *
     * @param name the name as printed, not null
     * @param misprint true if the name is wrong for the indicator, false for a variant spelling
     * @param note where it appears and why it is mapped this way, not null
     */
    public IndicatorAlias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
    }
}
