package th.ita.model.actionplan;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A unit responsible for a plan item.
 *
 * <p>The source names a path from section to bureau, such as "ฝ่ายบริหารงานทั่วไป สำนักช่าง
 * เทศบาลนครลำปาง". The bureau or division ({@code division}, here "สำนักช่าง") is spelled the same
 * way for every item so that items can be grouped; the part below it is kept as printed.
 *
 * <p>In JSON: {@code {"division": "สำนักช่าง", "subUnit": "ฝ่ายบริหารงานทั่วไป"}}.
 *
 * @param division the bureau, division or other top-level unit, not blank, not null
 * @param subUnit  the งาน / ฝ่าย / ส่วน below it as printed, or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record ResponsibleUnit(String division, Optional<String> subUnit) {

    /**
     * Checks the unit.
     *
     * @param division the bureau, division or other top-level unit, not blank, not null
     * @param subUnit  the งาน / ฝ่าย / ส่วน below it as printed, or empty
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public ResponsibleUnit {
        Checks.text(division, "division");
        subUnit = Checks.optionalText(subUnit, "subUnit");
    }

    /**
     * Obtains a unit with no sub-unit.
     *
     * @param division the bureau or division, not blank, not null
     * @return the unit, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ResponsibleUnit of(String division) {
        return new ResponsibleUnit(division, Optional.empty());
    }

    @JsonCreator
    private static ResponsibleUnit json(@JsonProperty("division") String division,
                                        @JsonProperty("subUnit") String subUnit) {
        return new ResponsibleUnit(Checks.required(division, "division", "the name of a bureau or division is required"),
                Checks.optional(subUnit));
    }
}
