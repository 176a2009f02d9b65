package th.ita.model.actionplan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import th.ita.model.Problem;

/**
 * A mission under a dimension ("ภารกิจตามมิติ"), numbered {@code x.y}.
 *
 * @param code          the code, such as "2.2", in Arabic digits, not null
 * @param name          the name as printed, not blank, not null
 * @param subStrategies the sub-strategies, possibly empty, not null; each code starts with this code
 * @implSpec This record is immutable and thread-safe.
 */
public record Mission(String code, String name, List<SubStrategy> subStrategies) {

    /**
     * Checks the mission and copies its sub-strategies.
     *
     * @param code          the code, such as "2.2", in Arabic digits, not null
     * @param name          the name as printed, not blank, not null
     * @param subStrategies the sub-strategies, possibly empty, not null; each code starts with this code
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the code is not {@code x.y}, a text is blank, or a
     *                                  sub-strategy code does not start with this code
     */
    public Mission {
        Checks.text(code, "code");
        Checks.check(code.matches("[1-9]\\.[1-9][0-9]*"),
                "code: not a mission code, was \"%s\"; expected x.y such as 1.1", Problem.shown(code));
        Checks.text(name, "name");
        subStrategies = Checks.list(subStrategies, "subStrategies");
        for (int i = 0; i < subStrategies.size(); i++) {
            String sub = subStrategies.get(i).code();
            Checks.check(sub.startsWith(code + "."),
                    "subStrategies[%d].code: not under mission %s, was \"%s\"; expected %s.z", i, code, sub, code);
        }
    }

    @JsonCreator
    private static Mission json(@JsonProperty("code") String code, @JsonProperty("name") String name,
                                @JsonProperty("subStrategies") List<SubStrategy> subStrategies) {
        return new Mission(Checks.required(code, "code", "a code x.y is required"),
                Checks.required(name, "name", "a text is required"), Checks.orEmpty(subStrategies));
    }

    /**
     * Returns the plan items of all sub-strategies, in order.
     *
     * @return the items, possibly empty, not null
     */
    public List<PlanItem> items() {
        return subStrategies.stream().flatMap(s -> s.items().stream()).toList();
    }
}
