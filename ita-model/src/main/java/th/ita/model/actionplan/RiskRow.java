package th.ita.model.actionplan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of the corruption-risk assessment ("การประเมินความเสี่ยงการทุจริตในองค์กร"): a process
 * step, its risk issues with their levels, and the control measures taken against them.
 *
 * <p>A row that survives only in part (a continuation row after a lost page, say) has no number or
 * step; {@code note} says what is missing.
 *
 * @param number          the row number ("ลำดับที่"), or empty where it is lost
 * @param processStep     the process step ("ขั้นตอนการดำเนินงาน") as printed, or empty where it is lost
 * @param issues          the risk issues, possibly empty, not null
 * @param controlMeasures the control measures, possibly empty, not null
 * @param note            how the source is damaged for this row, or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record RiskRow(Optional<Integer> number, Optional<String> processStep, List<RiskIssue> issues,
                      List<ControlMeasure> controlMeasures, Optional<String> note) {

    /**
     * Checks the row and copies its lists.
     *
     * @param number          the row number ("ลำดับที่"), or empty where it is lost
     * @param processStep     the process step ("ขั้นตอนการดำเนินงาน") as printed, or empty where it is lost
     * @param issues          the risk issues, possibly empty, not null
     * @param controlMeasures the control measures, possibly empty, not null
     * @param note            how the source is damaged for this row, or empty
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the number is below 1 or a text is blank
     */
    public RiskRow {
        Objects.requireNonNull(number, "number");
        number.ifPresent(n -> Checks.check(n >= 1, "number: not positive, was %d; row numbers start at 1", n));
        processStep = Checks.optionalText(processStep, "processStep");
        issues = Checks.list(issues, "issues");
        controlMeasures = Checks.list(controlMeasures, "controlMeasures");
        note = Checks.optionalText(note, "note");
    }

    @JsonCreator
    private static RiskRow json(@JsonProperty("number") Integer number, @JsonProperty("processStep") String processStep,
                                @JsonProperty("issues") List<RiskIssue> issues,
                                @JsonProperty("controlMeasures") List<ControlMeasure> controlMeasures,
                                @JsonProperty("note") String note) {
        return new RiskRow(Checks.optional(number), Checks.optional(processStep), Checks.orEmpty(issues),
                Checks.orEmpty(controlMeasures), Checks.optional(note));
    }

    /**
     * Returns the highest level among the issues of this row.
     *
     * @return the highest level, or empty if no issue has a level
     */
    public Optional<RiskLevel> highestLevel() {
        return issues.stream().flatMap(i -> i.level().stream()).max(Enum::compareTo);
    }
}
