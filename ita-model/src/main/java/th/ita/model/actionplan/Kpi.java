package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A key performance indicator of a plan item, taken from its outputs, outcomes, target group or
 * method text where the source states a number ("ไม่น้อยกว่าร้อยละ ๘๐").
 *
 * <p>In JSON: {@code {"metric": "…", "comparator": "AT_LEAST", "value": 80, "unit": "PERCENT",
 * "verification": "แบบทดสอบ Pre Test - Post Test"}}.
 *
 * @param metric       what is measured, in the source's words, not blank, not null
 * @param comparator   how the value is to be met, not null
 * @param value        the target value, 0 or more, not null
 * @param unit         the unit of the value, not null
 * @param verification how the result is verified as printed, such as "แบบประเมินผล", or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record Kpi(String metric, KpiComparator comparator, BigDecimal value, KpiUnit unit, Optional<String> verification) {

    /**
     * Checks the KPI.
     *
     * @param metric       what is measured, in the source's words, not blank, not null
     * @param comparator   how the value is to be met, not null
     * @param value        the target value, 0 or more, not null
     * @param unit         the unit of the value, not null
     * @param verification how the result is verified as printed, such as "แบบประเมินผล", or empty
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the metric is blank, the value negative, or a percentage or score above 100
     */
    public Kpi {
        Checks.text(metric, "metric");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        verification = Checks.optionalText(verification, "verification");
        Checks.check(value.signum() >= 0, "value: negative, was %s; a KPI value is 0 or more", value);
        if (unit == KpiUnit.PERCENT || unit == KpiUnit.SCORE) {
            value = Checks.hundred(value, "value");
        } else {
            value = Checks.bounded(value, "value");
        }
    }

    @JsonCreator
    private static Kpi json(@JsonProperty("metric") String metric,
                            @JsonProperty("comparator") KpiComparator comparator,
                            @JsonProperty("value") BigDecimal value,
                            @JsonProperty("unit") KpiUnit unit,
                            @JsonProperty("verification") String verification) {
        return new Kpi(Checks.required(metric, "metric", "a text is required"),
                Checks.required(comparator, "comparator", "one of AT_LEAST, AT_MOST, EQUAL is required"),
                Checks.required(value, "value", "a number is required"),
                Checks.required(unit, "unit", "a KpiUnit name such as PERCENT is required"),
                Checks.optional(verification));
    }
}
