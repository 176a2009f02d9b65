package th.ita.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;

/** Each problem of a JSON input is listed once, under the field it concerns. */
class AssessmentJsonProblemsTest {

    private static List<String> fields(String json) {
        return assertThrows(ItaValidationException.class, () -> AssessmentJson.read(json)).problems().stream()
                .map(Problem::field).toList();
    }

    @Test
    void anUnknownFieldIsListedOnceWhenEverythingElseIsValid() {
        assertEquals(List.of("foo"), fields("{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50,\"foo\":1}"));
    }

    @Test
    void anUnknownFieldWithABlankNameIsNamedByQuotes() {
        assertEquals(List.of("\"\"", "previous.\" \""), fields("{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50,"
                + "\"\":1,\"previous\":{\"fiscalYear\":2563,\"overall\":50,\" \":2}}"));
    }

    @Test
    void aBadYearIsOneProblem() {
        assertEquals(List.of("fiscalYear"), fields("{\"agency\":\"x\",\"fiscalYear\":\"abc\",\"overall\":50}"));
        assertEquals(List.of("targets.abc"),
                fields("{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50,\"targets\":{\"abc\":60}}"));
    }

    @Test
    void missingAgencyAndYearAreOneProblemEach() {
        assertEquals(List.of("agency", "fiscalYear"), fields("{\"overall\":50}"));
    }

    @Test
    void aByteOrderMarkIsAcceptedInText() {
        assertEquals(2564, AssessmentJson.read("\uFEFF{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50}")
                .fiscalYear().value());
    }
}
