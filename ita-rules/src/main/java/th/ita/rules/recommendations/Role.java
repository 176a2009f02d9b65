package th.ita.rules.recommendations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import th.ita.model.assessment.AgencyKind;

/**
 * A responsible role (finance, procurement, HR, ...) with the unit that usually holds it in each
 * kind of agency: a municipality's supplies section sits in its กองคลัง, a provincial administrative
 * organisation has a กองพัสดุและทรัพย์สิน of its own.
 *
 * @param id the id, such as {@code FINANCE}, not null
 * @param thai the Thai name of the role, not null
 * @param english the English name of the role, not null
 * @param units the usual unit by agency kind: an {@link AgencyKind} name, or {@code MUNICIPALITY} for
 *     the three kinds of municipality; not null
 */
public record Role(String id, String thai, String english, Map<String, Text> units) {

    /** The key of the units shared by the three kinds of municipality. */
    public static final String MUNICIPALITY = "MUNICIPALITY";

    /**
     * Validates the parts: every agency kind has a unit, and every key names a kind.
     *
     * @param id the id, such as {@code FINANCE}, not null
     * @param thai the Thai name of the role, not null
     * @param english the English name of the role, not null
     * @param units the usual unit, keyed by an agency kind name or {@code MUNICIPALITY}, not null
     * @throws IllegalArgumentException if a kind has no unit or a key names no kind
     */
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
        units = Map.copyOf(Objects.requireNonNull(units, "units"));
        for (String key : units.keySet()) {
            if (!key.equals(MUNICIPALITY) && Arrays.stream(AgencyKind.values())
                    .noneMatch(k -> k.name().equals(key))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "role %s: units: unknown agency kind, was %s; expected %s or an agency kind %s", id, key,
                        MUNICIPALITY, Arrays.toString(AgencyKind.values())));
            }
        }
        for (AgencyKind kind : AgencyKind.values()) {
            if (lookup(units, kind) == null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "role %s: units: no unit for %s; give one under %s%s", id, kind, kind,
                        kind.isMunicipality() ? " or " + MUNICIPALITY : ""));
            }
        }
    }

    /**
     * Returns the unit that usually holds this role in an agency of the given kind.
     *
     * @param kind the agency kind, not null
     * @return the unit's name, not null
     */
    public Text unitOf(AgencyKind kind) {
        return lookup(units, kind);
    }

    private static Text lookup(Map<String, Text> units, AgencyKind kind) {
        Text unit = units.get(kind.name());
        return unit != null || !kind.isMunicipality() ? unit : units.get(MUNICIPALITY);
    }
}
