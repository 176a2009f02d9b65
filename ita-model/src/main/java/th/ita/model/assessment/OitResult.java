package th.ita.model.assessment;

import java.util.Objects;
import java.util.Optional;
import th.ita.model.Score;

/**
 * The result of one OIT item: passed or failed, with the assessor's reason and the URL given.
 *
 * <p>FY2566 reports print failures as 0 without a reason, so the reason is optional.
 *
 * @param passed true if the item passed (scores 100), false if it failed (scores 0)
 * @param reason the assessor's comment (ความคิดเห็น), such as {@code ไม่มี URL}, or empty, not null
 * @param url the URL the agency gave, or empty, not null
 */
public record OitResult(boolean passed, Optional<String> reason, Optional<String> url) {

    private static final OitResult PASS = new OitResult(true, Optional.empty(), Optional.empty());
    private static final OitResult FAIL = new OitResult(false, Optional.empty(), Optional.empty());

    /**
     * Validates the parts; blank reasons and URLs count as absent.
     *
     * @param passed true if the item passed, false if it failed
     * @param reason the assessor's reason, or empty, not null
     * @param url the URL the agency gave, or empty, not null
     */
    public OitResult {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(url, "url");
        reason = reason.map(String::strip).filter(s -> !s.isEmpty());
        url = url.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Returns a pass with no comment.
     *
     * @return the result, not null
     */
    public static OitResult pass() {
        return PASS;
    }

    /**
     * Returns a failure with no reason given.
     *
     * @return the result, not null
     */
    public static OitResult fail() {
        return FAIL;
    }

    /**
     * Returns a failure with the assessor's reason.
     *
     * @param reason the reason, not null
     * @return the result, not null
     */
    public static OitResult fail(String reason) {
        return new OitResult(false, Optional.of(reason), Optional.empty());
    }

    /**
     * Returns the item's score: 100.00 for a pass, 0.00 for a failure.
     *
     * @return the score, not null
     */
    public Score score() {
        return passed ? Score.HUNDRED : Score.ZERO;
    }
}
