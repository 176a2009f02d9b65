package th.ita.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import th.ita.model.assessment.Assessment;
import th.ita.model.io.AssessmentJson;
import th.ita.model.samples.Samples;

/** Test helper: a bundled sample as an editable JSON tree, read back through {@link AssessmentJson}. */
public final class SampleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleJson() {
    }

    /**
     * Returns a fresh, editable copy of a sample's JSON.
     *
     * @param name the sample name
     * @return the JSON object
     */
    public static ObjectNode of(String name) {
        try {
            return (ObjectNode) MAPPER.readTree(Samples.get(name).json());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an edited JSON tree as an assessment.
     *
     * @param node the JSON object
     * @return the assessment
     */
    public static Assessment read(ObjectNode node) {
        return AssessmentJson.read(node.toString());
    }
}
