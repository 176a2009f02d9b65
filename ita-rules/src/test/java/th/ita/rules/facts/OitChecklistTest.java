package th.ita.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checklist's failed items are exactly the items that did not pass, in order. */
class OitChecklistTest {

    private static OitItem item(String code, boolean passed) {
        return new OitItem(new Subject(Level.OIT_ITEM, code, code, code, Integer.parseInt(code.substring(1))), passed,
                passed ? Optional.empty() : Optional.of("ไม่มี URL"),
                passed ? OitItem.ReasonKind.UNSPECIFIED : OitItem.ReasonKind.NO_URL);
    }

    @Test
    void ofKeepsEveryItemAndListsTheFailedOnesInOrder() {
        List<OitItem> items = List.of(item("o1", true), item("o18", false), item("o27", true), item("o42", false));

        OitChecklist checklist = OitChecklist.of(items);

        assertEquals(items, checklist.items());
        assertEquals(List.of(item("o18", false), item("o42", false)), checklist.failed());
        assertEquals(List.of(), OitChecklist.of(List.of(item("o1", true))).failed());
    }

    @Test
    void failedItemsThatDisagreeWithTheItemsAreRejected() {
        List<OitItem> items = List.of(item("o1", true), item("o18", false));

        assertThrows(IllegalArgumentException.class, () -> new OitChecklist(items, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new OitChecklist(items, List.of(item("o1", true))));
        assertThrows(NullPointerException.class, () -> new OitChecklist(items, null));
    }
}
