package th.ita.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;

/**
 * What the fuzzer found: numbers beyond what a decimal holds or a million digits long, text that
 * is not well-formed Unicode, content after the JSON value and bad values a megabyte long. Each
 * is a problem naming its field (or line and column), never an exception of another type.
 */
class AssessmentJsonLimitsTest {

    private static final String NUMBERS = "; scores are 0.00 - 100.00 and years such as 2566";
    private static final String LONE = "not well-formed Unicode: a lone surrogate \\uD800 at character %d; "
            + "write the character itself or remove it";

    private static List<Problem> problems(Executable read) {
        return assertThrows(ItaValidationException.class, read).problems();
    }

    private static List<Problem> problems(String json) {
        return problems(() -> AssessmentJson.read(json));
    }

    private static String withOverall(String overall) {
        return "{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": " + overall + "}";
    }

    // ---- numbers

    @Test
    void anExponentBeyondTheIntRangeIsANumberOutOfRange() {
        assertEquals(List.of(new Problem("overall", "1e-2147483648",
                "number out of range, was 1e-2147483648" + NUMBERS)), problems(withOverall("1e-2147483648")));
        assertEquals(List.of(new Problem("history[1].indicators.3", "1E99999999999",
                "number out of range, was 1E99999999999" + NUMBERS)),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": 50, \"history\": ["
                        + "{\"fiscalYear\": 2565, \"overall\": 50}, "
                        + "{\"fiscalYear\": 2564, \"indicators\": {\"3\": 1E99999999999}}]}"));
    }

    @Test
    void aHugeExponentIsAScoreOutOfRange() {
        assertEquals(List.of(new Problem("indicators.3", "1E+2147483647",
                "score out of range, was 1E+2147483647; valid 0.00 - 100.00")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2566, \"indicators\": {\"3\": 1e2147483647}}"));
    }

    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {33, 1_000, 1_000_000})
    void aNumberOfMoreThan32CharactersIsRefusedAsItIsRead(int digits) {
        assertEquals(List.of(new Problem("indicators.3", "", "number too long: more than 32 characters" + NUMBERS)),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2566, \"indicators\": {\"3\": 1"
                        + "0".repeat(digits - 1) + "}}"));
    }

    @Test
    void aNumberOf32CharactersIsRead() {
        String tiny = "0." + "0".repeat(29) + "1";
        assertEquals(Score.MAX_LENGTH, tiny.length());

        assertEquals(Score.ZERO, AssessmentJson.read(withOverall(tiny)).overall().orElseThrow());
    }

    @Test
    void aLongNumberInABatchNamesItsElement() {
        assertEquals(List.of(new Problem("[1].fiscalYear", "", "number too long: more than 32 characters" + NUMBERS)),
                problems(() -> AssessmentJson.readAll("[" + withOverall("50") + ", {\"agency\": \"y\", "
                        + "\"fiscalYear\": 2" + "5".repeat(40) + "}]")));
    }

    @Test
    void aScoreStringOfAMillionDigitsIsNotAScore() {
        assertEquals(List.of(new Problem("overall", "1" + "0".repeat(39) + "… (1000000 characters)",
                "not a score, was '1" + "0".repeat(39) + "… (1000000 characters)'; a score is a number of at "
                        + "most 32 characters, such as 87.37")),
                problems(withOverall("\"1" + "0".repeat(999_999) + "\"")));
    }

    // ---- text

    @Test
    void aLoneSurrogateInTheAgencyNameIsAProblem() {
        assertEquals(List.of(new Problem("agency", "A\\uD800B", String.format(LONE, 2))),
                problems("{\"agency\": \"A\\ud800B\", \"fiscalYear\": 2566, \"overall\": 50}"));
    }

    @Test
    void aLoneSurrogateInAnyTextIsAProblemNamingItsField() {
        assertEquals(List.of(
                new Problem("source", "\\uD800", String.format(LONE, 1)),
                new Problem("oit.o1.reason", "x\\uD800", String.format(LONE, 2)),
                new Problem("oit.o2.url", "http://x/\\uD800", String.format(LONE, 10)),
                new Problem("constraints[1]", "\\uD800", String.format(LONE, 1)),
                new Problem("previous.source", "\\uD800", String.format(LONE, 1))),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2566, \"source\": \"\\ud800\", \"oit\": {"
                        + "\"o1\": {\"pass\": false, \"reason\": \"x\\ud800\"}, "
                        + "\"o2\": {\"pass\": false, \"url\": \"http://x/\\ud800\"}}, "
                        + "\"previous\": {\"fiscalYear\": 2565, \"overall\": 50, \"source\": \"\\ud800\"}, "
                        + "\"constraints\": [\"ok\", \"\\ud800\"]}"));
    }

    @Test
    void aSurrogatePairIsOneCharacter() {
        assertEquals("เทศบาล \uD83D\uDE00", AssessmentJson.read(
                "{\"agency\": \"เทศบาล \\ud83d\\ude00\", \"fiscalYear\": 2566, \"overall\": 50}").agency().name());
    }

    // ---- content after the value

    @Test
    void aSecondObjectAfterTheFirstIsAProblemAtItsPosition() {
        assertEquals(List.of(new Problem("line 2, column 1", "",
                "content after the end of the JSON value; the input holds one assessment object")),
                problems(withOverall("50") + "\n{\"agency\": \"y\", \"fiscalYear\": 2566, \"overall\": 60}"));
    }

    @Test
    void strayTextAfterTheObjectIsAProblemAtItsPosition() {
        // Jackson reads a stray word whole before it knows it is no JSON: the position is its end.
        assertEquals(List.of(new Problem("line 1, column 59", "",
                "content after the end of the JSON value; the input holds one assessment object")),
                problems(withOverall("50") + " garbage"));
        assertEquals(List.of(new Problem("line 3, column 1", "",
                "content after the end of the JSON value; the input holds one assessment object")),
                problems(withOverall("50") + "\n\n]"));
    }

    @Test
    void contentAfterABatchArrayIsAProblem() {
        assertEquals(List.of(new Problem("line 1, column 54", "",
                "content after the end of the JSON value; the input holds one JSON array of assessments")),
                problems(() -> AssessmentJson.readAll("[" + withOverall("50") + "] []")));
    }

    @Test
    void whiteSpaceAfterTheObjectIsFine() {
        assertEquals(2566, AssessmentJson.read(withOverall("50") + " \n\t\r\n").fiscalYear().value());
    }

    // ---- echoed values

    @Test
    void aBadValueOfAMegabyteIsQuotedByItsStartAndLength() {
        String kind = "ก".repeat(400_000); // 1.2 MB of UTF-8, within the text limit

        ItaValidationException e = assertThrows(ItaValidationException.class, () -> AssessmentJson.read(
                "{\"agency\": \"x\", \"agencyKind\": \"" + kind + "\", \"fiscalYear\": 2566, \"overall\": 50}"));

        assertEquals("agencyKind: unknown agency kind, was '" + "ก".repeat(40) + "… (400000 characters)'; "
                + "expected one of เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบจ., อบต., ส่วนราชการ, other", e.getMessage());
    }

    @Test
    void aKeyOfAMegabyteIsQuotedByItsStartAndLength() {
        String key = "k".repeat(40_000);

        assertEquals(List.of(new Problem("questions." + "k".repeat(40) + "… (40000 characters)",
                "k".repeat(40) + "… (40000 characters)", "unknown tool letter 'k', was '" + "k".repeat(40)
                        + "… (40000 characters)'; expected a code such as i1, e12 or o27")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2566, \"questions\": {\"" + key + "\": 50}}"));
        List<Problem> duplicate = problems("{\"agency\": \"x\", \"fiscalYear\": 2566, \"" + key + "\": 1, \""
                + key + "\": 2}");
        assertEquals(1, duplicate.size());
        assertEquals("malformed JSON: Duplicate field '" + "k".repeat(40) + "… (40000 characters)'",
                duplicate.get(0).message());
    }

    @Test
    void anUnknownTokenIsQuotedShort() {
        String message = problems(withOverall("x" + "y".repeat(100_000))).get(0).message();

        assertTrue(message.startsWith("malformed JSON: Unrecognized token 'x" + "y".repeat(39) + "…"), message);
        assertTrue(message.length() < 200, message);
    }
}
