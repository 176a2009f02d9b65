package th.ita.model.actionplan;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import th.ita.model.Problem;

/**
 * A sub-strategy of a mission, numbered {@code x.y.z}, holding the plan items that implement it.
 * It may hold none: the source then says "- ไม่มีโครงการ/กิจกรรม/มาตรการ".
 *
 * @param code  the code, such as "1.1.1", in Arabic digits, not null
 * @param name  the name as printed, not blank, not null
 * @param items the plan items, possibly empty, not null
 * @param note  how the source is damaged or was interpreted here, or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record SubStrategy(String code, String name, List<PlanItem> items, Optional<String> note) {

    /**
     * Checks the sub-strategy and copies its items.
     *
     * @param code  the code, such as "1.1.1", in Arabic digits, not null
     * @param name  the name as printed, not blank, not null
     * @param items the plan items, possibly empty, not null
     * @param note  how the source is damaged or was interpreted here, or empty
     * @throws NullPointerException     if an argument or item is null
     * @throws IllegalArgumentException if the code is not {@code x.y.z} or a text is blank
     */
    public SubStrategy {
        Checks.text(code, "code");
        Checks.check(code.matches("[1-9]\\.[1-9][0-9]*\\.[1-9][0-9]*"),
                "code: not a sub-strategy code, was \"%s\"; expected x.y.z such as 1.1.1", Problem.shown(code));
        Checks.text(name, "name");
        items = Checks.list(items, "items");
        note = Checks.optionalText(note, "note");
    }

    @JsonCreator
    private static SubStrategy json(@JsonProperty("code") String code, @JsonProperty("name") String name,
                                    @JsonProperty("items") List<PlanItem> items, @JsonProperty("note") String note) {
        return new SubStrategy(Checks.required(code, "code", "a code x.y.z is required"),
                Checks.required(name, "name", "a text is required"), Checks.orEmpty(items), Checks.optional(note));
    }

    /**
     * Tells whether the source lists no plan item for this sub-strategy.
     *
     * @return true if there are no items
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }
}
