package th.ita.rules.actionplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;

/**
 * Test support: source 003's plan as bundled, or edited as JSON before it is read, so that each
 * test changes exactly one thing of a real plan.
 */
final class Plans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Plans() {
    }

    /** Source 003, the Lampang City Municipality plan for FY2566 - 2570, as bundled. */
    static ActionPlan lampang() {
        return edited(root -> { });
    }

    /**
     * Reads source 003 after an edit of its JSON tree.
     *
     * @param edit changes the tree in place
     * @return the plan, not null
     */
    static ActionPlan edited(Consumer<ObjectNode> edit) {
        try (InputStream in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            edit.accept(root);
            return ActionPlans.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "edited.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON object of a dimension, by its number. */
    static ObjectNode dimension(ObjectNode root, int number) {
        for (JsonNode d : root.get("dimensions")) {
            if (d.get("number").asInt() == number) {
                return (ObjectNode) d;
            }
        }
        throw new IllegalArgumentException("no dimension " + number);
    }

    /** The JSON object of a plan item, by its number. */
    static ObjectNode item(ObjectNode root, int number) {
        for (JsonNode d : root.get("dimensions")) {
            for (JsonNode m : d.get("missions")) {
                for (JsonNode s : m.get("subStrategies")) {
                    for (JsonNode i : s.withArray("items")) {
                        if (i.get("number").asInt() == number) {
                            return (ObjectNode) i;
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("no item " + number);
    }

    /** Removes plan items by number, wherever they are. */
    static void removeItems(ObjectNode root, int... numbers) {
        for (JsonNode d : root.get("dimensions")) {
            for (JsonNode m : d.get("missions")) {
                for (JsonNode s : m.get("subStrategies")) {
                    ArrayNode items = s.withArray("items");
                    for (int n : numbers) {
                        for (int k = items.size() - 1; k >= 0; k--) {
                            if (items.get(k).get("number").asInt() == n) {
                                items.remove(k);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Opens the plan's period at an earlier first year. A plan is checked only against assessments
     * of its own years; this lets source 000's FY2564 analysis, the result the FY2566 - 2570 plan
     * was written after, be checked against source 003's items.
     */
    static void startIn(ObjectNode root, int firstYear) {
        ((ObjectNode) root.get("period")).put("first", firstYear);
    }

    /** An assessment of Lampang City Municipality with only an overall score. */
    static Assessment lampangOverall(int fiscalYear, String overall) {
        return Assessment.builder().agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(fiscalYear).overall(overall).build();
    }
}
