package th.ita.rules.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * One OIT item's result, held by the {@link OitChecklist} fact (rules reach it with {@code from}).
 *
 * @param subject the item, keyed by its code, not null
 * @param passed true if the item passed
 * @param reason the assessor's reason, or empty, not null
 * @param reasonKind the kind of reason, for the recommendation rules, not null
 */
public record OitItem(Subject subject, boolean passed, Optional<String> reason, ReasonKind reasonKind) {

    /**
     * Validates the parts.
     *
     * @param subject the item, keyed by its code, not null
     * @param passed true if the item passed
     * @param reason the assessor's reason, or empty, not null
     * @param reasonKind the kind of reason, not null
     */
    public OitItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonKind, "reasonKind");
    }

    /**
     * Returns the item code, for rule conditions.
     *
     * @return the code, such as {@code o27}, not null
     */
    public String code() {
        return subject.key();
    }

    /** The kinds of failure reason seen in the sources (docs/SOURCES.md §2.4). */
    public enum ReasonKind {
        /** No URL given ({@code ไม่มี URL}). */
        NO_URL,
        /** The published item is incomplete ({@code มีหลักเกณฑ์ไม่ครบ ๕ ข้อ}). */
        INCOMPLETE,
        /** A complaint channel that does not keep the complainant's identity confidential. */
        NOT_CONFIDENTIAL,
        /** Failed with no reason given, or one not recognised; also used for passed items. */
        UNSPECIFIED;

        /**
         * Classifies a reason text.
         *
         * @param reason the reason, or empty, not null
         * @return the kind, not null
         */
        public static ReasonKind classify(Optional<String> reason) {
            if (reason.isEmpty()) {
                return UNSPECIFIED;
            }
            String r = reason.get();
            if (r.contains("รักษาความลับ")) {
                return NOT_CONFIDENTIAL;
            }
            if (r.contains("URL") || r.contains("url")) {
                return NO_URL;
            }
            if (r.contains("ไม่ครบ")) {
                return INCOMPLETE;
            }
            return UNSPECIFIED;
        }
    }
}
