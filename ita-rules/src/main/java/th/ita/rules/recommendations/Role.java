package th.ita.rules.recommendations;

import java.util.Objects;

/**
 * A responsible role (finance, procurement, HR, ...) with the unit that usually holds it in a municipality.
 *
 * @param id the id, such as {@code FINANCE}, not null
 * @param thai the Thai name of the role, not null
 * @param english the English name of the role, not null
 * @param defaultUnit the usual municipal unit, such as {@code กองคลัง}, not null
 */
public record Role(String id, String thai, String english, Text defaultUnit) {

    /**
     * Validates the parts.
     */
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(defaultUnit, "defaultUnit");
    }
}
