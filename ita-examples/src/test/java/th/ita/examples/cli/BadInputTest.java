package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files give exit code 2 and one line on standard error naming the file and the line or field. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void malformedJsonNamesFileAndLine() throws IOException {
        Path file = write("bad.json",
                "{\n  \"agency\": \"x\",\n  \"fiscalYear\": 2564,\n  \"indicators\": {\"1\": 80,}\n}\n");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ita: " + file + ": line 4, column 26: malformed JSON: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void scoreAbove100NamesTheField() throws IOException {
        Path file = write("s120.json", "{\"agency\": \"x\", \"agencyKind\": \"เทศบาลนคร\", \"fiscalYear\": 2564, "
                + "\"indicators\": {\"3\": 120}}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ": indicators.3: score out of range, was 120; valid 0.00 - 100.00\n", r.err());
    }

    @Test
    void unknownCodeIsNamed() throws IOException {
        Path file = write("code.json",
                "{\"agency\": \"x\", \"fiscalYear\": 2566, \"questions\": {\"x99\": 50, \"i1\": 80}}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ": questions.x99: unknown tool letter 'x', was 'x99'; "
                + "expected a code such as i1, e12 or o27\n", r.err());
    }

    @Test
    void unknownFieldIsNamed() throws IOException {
        Path file = write("field.json", "{\"agency\": \"x\", \"fiscalYear\": 2566, \"overal\": 90}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: " + file + ": 2 problems: overal: unknown field;"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void missingFileIsBadInput() {
        Path file = dir.resolve("nothing.json");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": no such file\n", r.err());
    }

    @Test
    void notUtf8IsBadInput() throws IOException {
        Path file = Files.write(dir.resolve("tis620.json"), new byte[] {'{', '"', 'a', (byte) 0xC5, '"', '}'});
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": encoding: not UTF-8 text; save the file as UTF-8\n", r.err());
    }

    @Test
    void emptyCsvIsBadInput() throws IOException {
        Path file = write("empty.csv", "");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ": empty; the first line must be a header such as agency,fiscalYear,overall\n",
                r.err());
    }

    @Test
    void headerOnlyCsvIsBadInput() throws IOException {
        Path file = write("header.csv", "agency,fiscalYear,overall\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": no rows; after the header line give one row per agency\n", r.err());
    }

    @Test
    void badCsvScoreNamesLineAndColumn() throws IOException {
        Path file = write("bad.csv", "agency,fiscalYear,overall,indicator3\nA,2564,80,70\n\nB,2565,80,120\n");
        Cli.Result r = Cli.run("batch", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ":4: column 'indicator3': score out of range, was 120; "
                + "valid 0.00 - 100.00\n", r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written when the file has a problem");
    }

    @Test
    void aCsvRowWithFewerCellsThanTheHeaderNamesTheLineAndWritesNothing() throws IOException {
        Path file = write("short.csv", "agency,fiscalYear,overall,indicator3\nA,2564,80,70\nB,2565,80\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("batch", file.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ":3: 3 values, but the header names 4 columns; give every column a cell, "
                + "an empty one for a value not given\n", r.err());
        assertFalse(Files.exists(out), "nothing written when a row is short");
    }

    @Test
    void aCsvRowWithMoreCellsThanTheHeaderNamesTheLine() throws IOException {
        Path file = write("long.csv", "agency,fiscalYear,overall\nA,2564,80,70\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ":2: 4 values, but the header names 3 columns; give every column a cell, "
                + "an empty one for a value not given\n", r.err());
    }

    @Test
    void everyCsvProblemIsCountedOnOneLine() throws IOException {
        Path file = write("bad.csv", "agency,fiscalYear,1,2\nA,2564,abc,70\n,2565,80,90\n\"C\nD\",25x,80,90\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": 3 problems: line 2: column '1': not a score, was 'abc'; expected a number "
                + "from 0.00 to 100.00; line 3: column 'agency': missing agency name; give the agency's name; "
                + "line 4: column 'fiscalYear': not a fiscal year, was '25x'; expected a Buddhist-era year "
                + "such as 2566\n", r.err());
    }

    @Test
    void unknownCsvColumnIsNamed() throws IOException {
        Path file = write("col.csv", "agency,fiscalYear,score\nA,2564,80\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: " + file + ":1: unknown column 'score'; expected agency,"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void missingCsvColumnIsNamed() throws IOException {
        Path file = write("col.csv", "agency,overall\nA,80\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ":1: missing column fiscalYear; the header needs agency and fiscalYear\n",
                r.err());
    }

    @Test
    void malformedCsvIsBadInput() throws IOException {
        Path file = write("quote.csv", "agency,fiscalYear,overall\n\"A,2564,80\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: " + file + ": malformed CSV: "), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void badJsonArrayNamesTheElement() throws IOException {
        Path file = write("all.json", "[{\"agency\": \"A\", \"fiscalYear\": 2564, \"overall\": 80},"
                + " {\"agency\": \"B\", \"fiscalYear\": 2564, \"overall\": 180}]");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": [1].overall: score out of range, was 180; valid 0.00 - 100.00\n", r.err());
    }

    @Test
    void aJsonObjectForBatchSaysAnArrayIsExpected() throws IOException {
        Path file = write("obj.json", "\uFEFF\n  {\"agency\": \"A\", \"fiscalYear\": 2564, \"overall\": 80}\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ": expected a JSON array of assessments, found an object; put the assessments "
                + "in [ ... ], or analyse one with: ita analyze " + file + "\n", r.err());
    }

    @Test
    void anotherJsonValueForBatchHasNoEmptyFieldName() throws IOException {
        Path file = write("number.json", "42\n");
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": expected a JSON array of assessments\n", r.err());
    }

    @Test
    void aLoneSurrogateInTheAgencyNameIsBadInput() throws IOException {
        Path file = write("lone.json", "{\"agency\": \"A\\ud800B\", \"fiscalYear\": 2566, \"overall\": 50}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ": agency: not well-formed Unicode: a lone surrogate \\uD800 at character 2; "
                + "write the character itself or remove it\n", r.err());
    }

    @Test
    void twoObjectsInOneFileAreBadInput() throws IOException {
        String one = "{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": 50}";
        Path file = write("two.json", one + "\n" + one + "\n");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ": line 2, column 1: content after the end of the JSON value; "
                + "the input holds one assessment object\n", r.err());

        Path batch = write("batch.json", "[" + one + "]\ngarbage\n");
        r = Cli.run("batch", batch.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + batch + ": line 2, column 8: content after the end of the JSON value; "
                + "the input holds one JSON array of assessments\n", r.err());
    }

    @Test
    void aBadValueOfAMegabyteIsQuotedByItsStartAndLength() throws IOException {
        Path file = write("kind.json", "{\"agency\": \"x\", \"agencyKind\": \"" + "ก".repeat(400_000)
                + "\", \"fiscalYear\": 2566, \"overall\": 50}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": agencyKind: unknown agency kind, was '" + "ก".repeat(40)
                + "… (400000 characters)'; expected one of เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบจ., อบต., ส่วนราชการ, other\n",
                r.err());

        Path csv = write("column.csv", "agency,fiscalYear," + "c".repeat(100_000) + "\nA,2564,80\n");
        r = Cli.run("batch", csv.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: " + csv + ":1: unknown column '" + "c".repeat(40)
                + "… (100000 characters)'; expected agency,"), r.err());
        assertTrue(r.err().length() < 400, r.err());
    }

    @Test
    void anotherAgencysYearUnderPreviousIsBadInput() throws IOException {
        Path file = write("previous.json", "{\"agency\": \"เทศบาลนครลำปาง\", \"fiscalYear\": 2564, \"overall\": 83.74, "
                + "\"previous\": {\"agency\": \"เทศบาลเมืองลพบุรี\", \"fiscalYear\": 2563, \"overall\": 57.19}}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": previous.agency: another agency, was 'เทศบาลเมืองลพบุรี'; this assessment is "
                + "of 'เทศบาลนครลำปาง', and an earlier year must be the same agency's\n", r.err());
    }

    @Test
    void lastYearsFilePastedUnderPreviousIsRead() throws IOException {
        String lastYear = "{\"agency\": \"เทศบาลนครลำปาง\", \"agencyKind\": \"เทศบาลนคร\", \"fiscalYear\": 2563, "
                + "\"overall\": 57.19, \"constraints\": [\"ข้อจำกัด\"]}";
        Path file = write("previous.json", "{\"agency\": \"เทศบาลนครลำปาง\", \"agencyKind\": \"เทศบาลนคร\", "
                + "\"fiscalYear\": 2564, \"overall\": 83.74, \"previous\": " + lastYear + "}");
        Cli.Result r = Cli.run("analyze", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("57.19"), r.out());
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path file = write("s120.json", "{\"agency\": \"x\", \"fiscalYear\": 2564, \"indicators\": {\"3\": 120}}");
        Cli.Result r = Cli.run("--verbose", "analyze", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: " + file + ": indicators.3: score out of range"), r.err());
        assertTrue(r.err().contains("\tat th.ita.examples.cli."), r.err());
        Cli.Result after = Cli.run("analyze", file.toString(), "--verbose");
        assertTrue(after.err().contains("\tat th.ita.examples.cli."), "--verbose also works after the subcommand");
    }
}
