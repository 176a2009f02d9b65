package th.ita.model.actionplan;

import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A control measure of a risk-register row ("มาตรการควบคุมความเสี่ยงการทุจริต"): a reference to a
 * plan item by name as printed, and optionally by item number.
 *
 * <p>A measure {@linkplain ActionPlan#resolve(ControlMeasure) resolves} to the item with its number
 * when one is given, otherwise to the item whose template or local name equals {@code name}
 * ignoring white space and double quotes. A measure that resolves to nothing is kept: finding it is
 * the point of {@link ActionPlan#unresolvedControlMeasures()}.
 *
 * @param number the number within its row, 1 or more
 * @param name   the measure as printed, not blank, not null
 * @param item   the number of the plan item meant, or empty to resolve by name
 * @implSpec This record is immutable and thread-safe.
 */
public record ControlMeasure(int number, String name, Optional<Integer> item) {

    /**
     * Checks the measure.
     *
     * @param number the number within its row, 1 or more
     * @param name   the measure as printed, not blank, not null
     * @param item   the number of the plan item meant, or empty to resolve by name
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a number is below 1 or the name is blank
     */
    public ControlMeasure {
        Checks.check(number >= 1, "number: not positive, was %d; measure numbers start at 1", number);
        Checks.text(name, "name");
        Objects.requireNonNull(item, "item");
        item.ifPresent(i -> Checks.check(i >= 1, "item: not positive, was %d; item numbers start at 1", i));
    }

    @JsonCreator
    private static ControlMeasure json(@JsonProperty("number") Integer number, @JsonProperty("name") String name,
                                       @JsonProperty("item") Integer item) {
        return new ControlMeasure(Checks.required(number, "number", "a measure number of 1 or more is required"),
                Checks.required(name, "name", "a text is required"), Checks.optional(item));
    }
}
