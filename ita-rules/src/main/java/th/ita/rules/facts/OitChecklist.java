package th.ita.rules.facts;

import java.util.List;

/**
 * A fact: the result of every OIT item of the assessment, in one fact.
 *
 * <p>Most items pass (37 of 43 in a typical FY2566 agency), so the items are not inserted each as a
 * fact of its own; a rule reaches them with {@code from}, over all of them or over the failed ones
 * only, which spares Drools a look at every item that passed:
 *
 * <pre>{@code
 * OitChecklist($failed : failed)
 * $item : OitItem() from $failed
 * }</pre>
 *
 * @param items one {@link OitItem} an assessed item, in code order, possibly empty, not null
 * @param failed the items of {@code items} that did not pass, in the same order, not null
 */
public record OitChecklist(List<OitItem> items, List<OitItem> failed) {

    /**
     * Copies the lists.
     *
     * @param items the assessed items, in code order, possibly empty, not null
     * @param failed the items of {@code items} that did not pass, in the same order, not null
     * @throws IllegalArgumentException if {@code failed} is not exactly the failed items of {@code items}
     */
    public OitChecklist {
        items = List.copyOf(items);
        failed = List.copyOf(failed);
        if (!isFailedOf(failed, items)) {
            throw new IllegalArgumentException("failed must be the items that did not pass, in order: " + failed);
        }
    }

    // One pass and no copy: the engine makes a checklist for every analysis.
    private static boolean isFailedOf(List<OitItem> failed, List<OitItem> items) {
        int next = 0;
        for (OitItem item : items) {
            if (!item.passed()) {
                if (next == failed.size() || !failed.get(next).equals(item)) {
                    return false;
                }
                next++;
            }
        }
        return next == failed.size();
    }

    /**
     * Makes the checklist of some items.
     *
     * @param items the items, in code order, not null
     * @return the checklist, not null
     */
    public static OitChecklist of(List<OitItem> items) {
        return new OitChecklist(items, items.stream().filter(item -> !item.passed()).toList());
    }
}
