package th.ita.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.FiscalYear;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.samples.Samples;

/** {@link AssessmentJson} reads strictly and names the field of every problem. */
class AssessmentJsonTest {

    private static final String NO_SCORE = "no score at all; give at least the overall, a tool, an indicator, "
            + "a question or an OIT item";
    private static final String TOP_FIELDS = "[agency, agencyKind, constraints, fiscalYear, history, indicators, "
            + "naccRecommendations, oit, overall, previous, questions, rating, signOff, source, targets, tools, units]";
    private static final String CONSTRAINT_SHAPE = "expected text or an object such as "
            + "{\"text\": \"ขาดบุคลากร\", \"handling\": \"มอบหมายผู้รับผิดชอบสำรอง\"}";

    private static List<Problem> problems(Executable read) {
        return assertThrows(ItaValidationException.class, read).problems();
    }

    private static List<Problem> problems(String json) {
        return problems(() -> AssessmentJson.read(json));
    }

    private static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lampang-city-2563", "lampang-city-2564", "lopburi-2565", "lampang-pao-2566",
        "chiangmai-2566"})
    void everySampleReads(String sample) {
        Assessment a = AssessmentJson.read(Samples.get(sample).json());

        assertEquals(Integer.parseInt(sample.substring(sample.length() - 4)), a.fiscalYear().value());
    }

    @Test
    void sampleOfSource000IsReadInFull() {
        Assessment a = Samples.load("lampang-city-2564");

        assertEquals("เทศบาลนครลำปาง", a.agency().name());
        assertEquals(AgencyKind.CITY_MUNICIPALITY, a.agency().kind());
        assertEquals(FiscalYear.of(2564), a.fiscalYear());
        assertEquals(10, a.indicators().size());
        assertEquals(Score.parse("87.37"), a.indicators().get(1));
        assertEquals(43, a.oitResults().size());
        assertEquals(List.of(27, 28, 30, 36, 37), a.oitResults().entrySet().stream()
                .filter(e -> !e.getValue().passed()).map(e -> e.getKey().number()).toList());
        assertEquals(OitResult.fail("มีหลักเกณฑ์ไม่ครบ ๕ ข้อ"), a.oitResults().get(QuestionCode.of(Tool.OIT, 27)));
        assertEquals(Optional.of(Score.parse("83.74")), a.overall());
        assertEquals(Optional.of("B"), a.publishedRating());
        assertEquals(FiscalYear.of(2563), a.previous().orElseThrow().fiscalYear());
        assertEquals(Optional.of(Score.parse("57.19")), a.previous().orElseThrow().overall());
        assertEquals(AgencyKind.CITY_MUNICIPALITY, a.previous().orElseThrow().agency().kind());
    }

    @Test
    void sampleOfSource004HasItsPartsQuestionsAndConstraints() {
        Assessment a = Samples.load("chiangmai-2566");

        assertEquals(List.of(ToolComponent.IIT, ToolComponent.EIT_PART_1, ToolComponent.EIT_PART_2, ToolComponent.OIT),
                List.copyOf(a.tools().keySet()));
        assertEquals(43, a.questions().size());
        assertEquals(41, a.oitResults().size());
        assertEquals(5, a.constraints().size());
        assertEquals(Optional.of("ผ่าน"), a.publishedRating());
    }

    @Test
    void fullInputWithEveryFieldReads() {
        Assessment a = AssessmentJson.read("""
                {"agency": "อบต.ตัวอย่าง", "agencyKind": "อบต.", "fiscalYear": "พ.ศ. ๒๕๖๖", "source": "test",
                 "indicators": {"๑": "๙๙.๕๐"}, "questions": {"ข้อ i๑": "๑๐๐"},
                 "oit": {"๐๑๑": {"pass": false, "reason": "ไม่มี URL", "url": "https://example.org"}},
                 "tools": {"eit_part_1": 97.98}, "overall": "๘๗.๓๗", "rating": "ผ่าน",
                 "history": [{"fiscalYear": 2565, "overall": 80}, {"fiscalYear": 2564, "overall": 70}],
                 "targets": {"2567": 70, "๒๕๖๘": "75"}, "constraints": ["ขาดบุคลากร"]}
                """);

        assertEquals(AgencyKind.SUBDISTRICT_ADMINISTRATIVE_ORGANISATION, a.agency().kind());
        assertEquals(FiscalYear.of(2566), a.fiscalYear());
        assertEquals(Score.parse("99.50"), a.indicators().get(1));
        assertEquals(Score.HUNDRED, a.questions().get(QuestionCode.of(Tool.IIT, 1)));
        assertEquals(new OitResult(false, Optional.of("ไม่มี URL"), Optional.of("https://example.org")),
                a.oitResults().get(QuestionCode.of(Tool.OIT, 11)));
        assertEquals(Score.parse("97.98"), a.tools().get(ToolComponent.EIT_PART_1));
        assertEquals(Optional.of(Score.parse("87.37")), a.overall());
        assertEquals(List.of(FiscalYear.of(2565), FiscalYear.of(2564)),
                a.history().stream().map(Assessment::fiscalYear).toList());
        assertEquals(FiscalYear.of(2565), a.previous().orElseThrow().fiscalYear());
        assertEquals(List.of(FiscalYear.of(2567), FiscalYear.of(2568)), List.copyOf(a.targets().keySet()));
        assertEquals(Score.parse("75"), a.targets().get(FiscalYear.of(2568)));
        assertEquals(List.of("ขาดบุคลากร"), a.constraints());
    }

    @Test
    void thaiDigitStringsAreScores() {
        Assessment a = AssessmentJson.read("""
                {"agency": "เทศบาลนครลำปาง", "fiscalYear": "๒๕๖๔", "indicators": {"1": "๘๗.๓๗", "2": " 76.24 "}}
                """);

        assertEquals(Score.parse("87.37"), a.indicators().get(1));
        assertEquals(Score.parse("76.24"), a.indicators().get(2));
        assertEquals(FiscalYear.of(2564), a.fiscalYear());
        assertEquals(AgencyKind.OTHER, a.agency().kind());
    }

    @Test
    void unknownTopLevelFieldIsNamed() {
        // The input has no score either, so the builder reports that as well.
        assertEquals(List.of(
                new Problem("foo", "", "unknown field; expected one of " + TOP_FIELDS),
                new Problem("scores", "", NO_SCORE)),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"foo\": 1}"));
    }

    @Test
    void unknownFieldOfThePreviousYearIsNamed() {
        assertEquals(List.of(
                new Problem("previous.foo", "", "unknown field; expected one of " + TOP_FIELDS),
                new Problem("scores", "", NO_SCORE)),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, "
                        + "\"previous\": {\"fiscalYear\": 2563, \"overall\": 57.19, \"foo\": 1}}"));
    }

    @Test
    void unknownFieldOfAnOitItemIsNamed() {
        assertEquals(List.of(
                new Problem("oit.o27.passed", "", "unknown field; expected one of [pass, reason, url]"),
                new Problem("oit.o27.pass", "", "expected true or false"),
                new Problem("scores", "", NO_SCORE)),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"oit\": {\"o27\": {\"passed\": false}}}"));
    }

    @Test
    void builderProblemsOfAnEarlierYearCarryItsPrefix() {
        // The top level fails as well (overall 101).
        assertEquals(List.of(
                new Problem("history[1].indicators.3", "120", "score out of range, was 120; valid 0.00 - 100.00"),
                new Problem("overall", "101", "score out of range, was 101; valid 0.00 - 100.00")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"overall\": 101, \"history\": ["
                        + "{\"fiscalYear\": 2563, \"overall\": 57.19}, {\"fiscalYear\": 2562, \"indicators\": {\"3\": 120}}]}"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        List<Problem> problems = problems("{\"agency\": \"x\",\n\"fiscalYear\": 2564,\n\"overall\": 50,,}");

        assertEquals(List.of(new Problem("line 3, column 15", "", "malformed JSON: Unexpected character "
                + "(',' (code 44)): was expecting double-quote to start field name")), problems);
    }

    @Test
    void truncatedJsonNamesWhereItEnds() {
        List<Problem> problems = problems("{\"agency\": \"x\",\n\"fiscalYear\": 2564");

        assertEquals(1, problems.size());
        assertEquals("line 2, column 19", problems.get(0).field());
        assertEquals(true, problems.get(0).message().startsWith("malformed JSON: Unexpected end-of-input"),
                problems.get(0).message());
    }

    @Test
    void duplicateKeyIsMalformed() {
        assertEquals(List.of(new Problem("line 4, column 10", "", "malformed JSON: Duplicate field 'overall'")),
                problems("{\"agency\": \"x\",\n\"fiscalYear\": 2564,\n\"overall\": 50,\n\"overall\": 60}"));
    }

    @Test
    void duplicateNestedKeyIsMalformed() {
        assertEquals(List.of(new Problem("line 1, column 64", "", "malformed JSON: Duplicate field '3'")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"indicators\": {\"3\": 80, \"3\": 90}}"));
    }

    @Test
    void stringForOitPassIsAWrongType() {
        assertEquals(List.of(
                new Problem("oit.o27.pass", "\"false\"", "expected true or false"),
                new Problem("overall", "abc", "not a score, was 'abc'; expected a number from 0.00 to 100.00")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"overall\": \"abc\", "
                        + "\"oit\": {\"o27\": {\"pass\": \"false\"}}}"));
    }

    @Test
    void arrayForIndicatorsIsAWrongType() {
        assertEquals(List.of(
                new Problem("indicators", "[87.37,76.24]", "expected a JSON object"),
                new Problem("scores", "", NO_SCORE)),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"indicators\": [87.37, 76.24]}"));
    }

    @Test
    void wrongTypesForScoresTextAndItemsAreNamed() {
        assertEquals(List.of(
                new Problem("indicators.3", "true", "expected a score (a number from 0.00 to 100.00)"),
                new Problem("oit.o1", "true", "expected an object such as {\"pass\": false, \"reason\": \"ไม่มี URL\"}"),
                new Problem("oit.o2.reason", "1", "expected text"),
                new Problem("rating", "5", "expected text"),
                new Problem("constraints[0]", "7", CONSTRAINT_SHAPE),
                new Problem("overall", "120", "score out of range, was 120; valid 0.00 - 100.00")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"rating\": 5, \"indicators\": {\"3\": true}, "
                        + "\"oit\": {\"o1\": true, \"o2\": {\"pass\": true, \"reason\": 1}}, \"overall\": 120, "
                        + "\"constraints\": [7]}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "\n\t"})
    void emptyInputIsAProblem(String json) {
        assertEquals(List.of(new Problem("json", "", "empty input; expected a JSON object")), problems(json));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"null", "[]", "42", "\"text\""})
    void nonObjectIsAProblem(String json) {
        assertEquals(List.of(new Problem("json", "", "expected a JSON object for an assessment")), problems(json));
    }

    @Test
    void nonUtf8BytesAreAProblem() {
        byte[] latin1 = "{\"agency\": \"caf\u00e9\", \"fiscalYear\": 2564, \"overall\": 50}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(List.of(new Problem("encoding", "", "not UTF-8 text; save the file as UTF-8")),
                problems(() -> AssessmentJson.read(bytes(latin1))));
    }

    @Test
    void utf8StreamReads() {
        byte[] utf8 = "{\"agency\": \"เทศบาลนครลำปาง\", \"fiscalYear\": 2564, \"overall\": \"๘๓.๗๔\"}"
                .getBytes(StandardCharsets.UTF_8);

        Assessment a = AssessmentJson.read(bytes(utf8));

        assertEquals("เทศบาลนครลำปาง", a.agency().name());
        assertEquals(Optional.of(Score.parse("83.74")), a.overall());
    }

    @Test
    void byteOrderMarkIsAcceptedFromAStream() {
        byte[] json = "{\"agency\": \"เทศบาลนครลำปาง\", \"fiscalYear\": 2564, \"overall\": 83.74}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        Assessment a = AssessmentJson.read(bytes(withBom));

        assertEquals("เทศบาลนครลำปาง", a.agency().name());
        assertEquals(Optional.of(Score.parse("83.74")), a.overall());
    }

    @Test
    void byteOrderMarkIsAcceptedFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "\uFEFF{\"agency\": \"เทศบาลนครลำปาง\", \"fiscalYear\": 2564, \"overall\": 83.74}",
                StandardCharsets.UTF_8);

        assertEquals(Optional.of(Score.parse("83.74")), AssessmentJson.read(file).overall());
        assertEquals('{', AssessmentJson.readUtf8(file).charAt(0));
    }

    @Test
    void nonUtf8FileIsAProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.json");
        Files.write(file, new byte[] {'{', (byte) 0xFF, '}'});

        assertEquals(List.of(new Problem("encoding", "", "not UTF-8 text; save the file as UTF-8")),
                problems(() -> AssessmentJson.read(file)));
    }

    @Test
    void readAllReadsEveryElement() {
        List<Assessment> all = AssessmentJson.readAll("[" + Samples.get("lopburi-2565").json() + ", "
                + Samples.get("lampang-pao-2566").json() + "]");

        assertEquals(List.of(FiscalYear.of(2565), FiscalYear.of(2566)),
                all.stream().map(Assessment::fiscalYear).toList());
    }

    @Test
    void readAllCollectsTheProblemsOfEveryElementWithItsIndex() {
        List<Problem> problems = problems(() -> AssessmentJson.readAll("""
                [
                  {"agency": "ก", "fiscalYear": 2564, "overall": 83.74},
                  {"agency": "ข", "fiscalYear": 2564, "indicators": {"3": 120}, "foo": 1},
                  {"agency": "ค", "fiscalYear": 2570, "overall": 50},
                  7
                ]
                """));

        assertEquals(List.of(
                new Problem("[1].foo", "", "unknown field; expected one of " + TOP_FIELDS),
                new Problem("[1].indicators.3", "120", "score out of range, was 120; valid 0.00 - 100.00"),
                new Problem("[2].fiscalYear", "2570", "unsupported fiscal year, was 2570; supported 2562 - 2568"),
                new Problem("[3]", "", "expected a JSON object for an assessment")), problems);
    }

    @Test
    void readAllNeedsAnArray() {
        assertEquals(List.of(new Problem("", "", "expected a JSON array of assessments, found an object")),
                problems(() -> AssessmentJson.readAll("{\"agency\": \"x\"}")));
    }
}
