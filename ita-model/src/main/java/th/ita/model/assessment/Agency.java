package th.ita.model.assessment;

import java.util.Objects;

/**
 * The agency assessed.
 *
 * @param name the agency's name as it writes it, such as {@code เทศบาลนครลำปาง}, not blank
 * @param kind the kind of agency, not null
 */
public record Agency(String name, AgencyKind kind) {

    /**
     * Validates the parts.
     *
     * @param name the agency's name, not blank, not null
     * @param kind the kind of agency, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Agency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("agency: name is blank; give the agency's name");
        }
    }
}
