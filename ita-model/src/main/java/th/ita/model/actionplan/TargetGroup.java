package th.ita.model.actionplan;

import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The target group of a plan item ("กลุ่มเป้าหมาย"), with a head count where the source gives one
 * ("จำนวน ๕๐ คน").
 *
 * <p>In JSON: {@code {"description": "…", "headcount": 50}}.
 *
 * @param description the target group as printed, not blank, not null
 * @param headcount   the number of persons, 1 or more, or empty when not given
 * @implSpec This record is immutable and thread-safe.
 */
public record TargetGroup(String description, Optional<Integer> headcount) {

    /**
     * Checks the target group.
     *
     * @param description the target group as printed, not blank, not null
     * @param headcount   the number of persons, 1 or more, or empty when not given
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the description is blank or the head count is below 1
     */
    public TargetGroup {
        Checks.text(description, "description");
        Objects.requireNonNull(headcount, "headcount");
        headcount.ifPresent(h -> Checks.check(h >= 1, "headcount: not positive, was %d; a head count is 1 or more", h));
    }

    @JsonCreator
    private static TargetGroup json(@JsonProperty("description") String description,
                                    @JsonProperty("headcount") Integer headcount) {
        return new TargetGroup(Checks.required(description, "description", "a text is required"),
                Checks.optional(headcount));
    }
}
