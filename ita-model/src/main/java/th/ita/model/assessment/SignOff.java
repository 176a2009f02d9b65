package th.ita.model.assessment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The signature block that ends the published report: who prepared it, who approved it, and when.
 * At least one of the two signers is given.
 *
 * @param preparer the officer who prepared the report (ผู้จัดทำ), or empty, not null
 * @param approver the executive who approved it (ผู้อนุมัติ), or empty, not null
 * @param date the date of signing, or empty for a date the signers write by hand, not null
 */
public record SignOff(Optional<Signer> preparer, Optional<Signer> approver, Optional<LocalDate> date) {

    /**
     * Validates the parts.
     *
     * @param preparer the officer who prepared the report, or empty, not null
     * @param approver the executive who approved it, or empty, not null
     * @param date the date of signing, or empty, not null
     * @throws IllegalArgumentException if neither signer is given
     */
    public SignOff {
        Objects.requireNonNull(preparer, "preparer");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(date, "date");
        if (preparer.isEmpty() && approver.isEmpty()) {
            throw new IllegalArgumentException("a sign-off names the preparer, the approver or both");
        }
    }

    /**
     * A person who signs: the name as it is printed under the signature, and the position.
     *
     * @param name the full name, such as {@code นายสมชาย ใจดี}, not null (an {@link Assessment} refuses a blank one)
     * @param position the position, such as {@code ปลัดเทศบาล}, not null (an {@link Assessment} refuses a blank one)
     */
    public record Signer(String name, String position) {

        /**
         * Validates the parts; surrounding spaces are dropped.
         *
         * @param name the full name, not null
         * @param position the position, not null
         */
        public Signer {
            name = Objects.requireNonNull(name, "name").strip();
            position = Objects.requireNonNull(position, "position").strip();
        }
    }
}
