package th.ita.rules.facts;

import java.util.List;

/**
 * A fact: the result of every OIT item of the assessment, in one fact.
 *
 * <p>Most items pass (37 of 43 in a typical FY2566 agency), so the items are not inserted each as a
 * fact of its own; a rule reaches them with {@code from}:
 *
 * <pre>{@code
 * OitChecklist($items : items)
 * $item : OitItem(!passed) from $items
 * }</pre>
 *
 * @param items one {@link OitItem} an assessed item, in code order, possibly empty, not null
 */
public record OitChecklist(List<OitItem> items) {

    /**
     * Copies the items.
     */
    public OitChecklist {
        items = List.copyOf(items);
    }
}
