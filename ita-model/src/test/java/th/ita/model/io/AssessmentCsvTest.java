package th.ita.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.FiscalYear;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.ToolComponent;

/** {@link AssessmentCsv} reads the batch format a row at a time and names the line and the column of every problem. */
class AssessmentCsvTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("agencies.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsEachRowWithItsLine() throws IOException {
        Path file = write("\uFEFFagency,agencyKind,fiscalYear,overall,indicator3,IIT,unit.FINANCE\n"
                + "ก,อบต.,2566,85.5,90,88,กองคลัง\n\n" + "ข,,2565,80,,,\n");
        List<Assessment> read = new ArrayList<>();
        List<Long> lines = new ArrayList<>();

        long rows = AssessmentCsv.reader().readEach(file, (assessment, line) -> {
            read.add(assessment);
            lines.add(line);
        });

        assertEquals(2, rows);
        assertEquals(List.of(2L, 4L), lines, "a blank line is skipped, and counted");
        Assessment first = read.get(0);
        assertEquals("ก", first.agency().name());
        assertEquals(AgencyKind.SUBDISTRICT_ADMINISTRATIVE_ORGANISATION, first.agency().kind());
        assertEquals(FiscalYear.of(2566), first.fiscalYear());
        assertEquals(Optional.of(Score.parse("85.5")), first.overall());
        assertEquals(Score.parse("90"), first.indicators().get(3));
        assertEquals(Score.parse("88"), first.tools().get(ToolComponent.IIT));
        assertEquals("กองคลัง", first.units().get("FINANCE"));
        assertEquals(AgencyKind.OTHER, read.get(1).agency().kind(), "no kind given");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumnAndNothingAfterTheFirstIsGiven() throws IOException {
        Path file = write("agency,fiscalYear,overall,1\nA,2566,80,70\nB,2566,101,70\nC,2566,80,70\nD,25x,80\n");
        List<String> given = new ArrayList<>();

        ItaValidationException e = assertThrows(ItaValidationException.class,
                () -> AssessmentCsv.reader().readEach(file, (assessment, line) -> given.add(assessment.agency().name())));

        assertEquals(List.of("A"), given);
        assertEquals(file.toString(), e.source());
        assertEquals(List.of(
                new Problem("column 'overall'", "101", "score out of range, was 101; valid 0.00 - 100.00", 3),
                new Problem("", "", "3 values, but the header names 4 columns; give every column a cell, "
                        + "an empty one for a value not given", 5)), e.problems());
        assertEquals(file + ":3: column 'overall': score out of range, was 101; valid 0.00 - 100.00",
                e.problems().get(0).at(e.source()));
    }

    @Test
    void aRowIsBuiltOnlyWhenAskedAndNamesItsOwnProblems() throws IOException {
        Path file = write("agency,fiscalYear,overall\nA,2566,80\n,2566,80\n");
        List<AssessmentCsv.Row> rows = new ArrayList<>();

        assertEquals(2, AssessmentCsv.reader().readRows(file, rows::add));

        assertEquals("A", rows.get(0).assessment().agency().name());
        ItaValidationException e = assertThrows(ItaValidationException.class, () -> rows.get(1).assessment());
        assertEquals(file + ":3: column 'agency': missing agency name; give the agency's name", e.getMessage());
    }

    @Test
    void theHeaderIsCheckedBeforeAnyRow() throws IOException {
        assertEquals(":1: unknown column 'score'; expected agency, fiscalYear,",
                message(write("agency,fiscalYear,score\nA,2566,80\n")).substring(0, 56));
        assertEquals(":1: missing column fiscalYear; the header needs agency and fiscalYear",
                message(write("agency,overall\nA,80\n")));
        assertEquals(":1: columns '3' and 'indicator3' give the same value",
                message(write("agency,fiscalYear,3,indicator3\nA,2566,80,80\n")));
        assertEquals(": empty; the first line must be a header such as agency,fiscalYear,overall", message(write("")));
        assertEquals(": no rows; after the header line give one row per agency", message(write("agency,fiscalYear\n")));
    }

    @Test
    void rolesAreCheckedInTheHeaderOnlyWhenTheReaderKnowsThem() throws IOException {
        Path file = write("agency,fiscalYear,overall,unit.TREASURY\nA,2566,80,x\n");

        assertEquals(1, AssessmentCsv.reader().readEach(file, (assessment, line) -> { }));
        ItaValidationException e = assertThrows(ItaValidationException.class,
                () -> AssessmentCsv.reader().withRoles(List.of("FINANCE", "HR")).readEach(file, (a, line) -> { }));
        assertEquals(file + ":1: unknown role in column 'unit.TREASURY'; roles are [FINANCE, HR]", e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Path file = Files.write(dir.resolve("tis620.csv"), new byte[] {'a', 'g', 'e', 'n', 'c', 'y', '\n', (byte) 0xA1});

        assertEquals(": not UTF-8 text; save the file as CSV UTF-8", message(file));
    }

    @Test
    void whatTheCallerThrowsIsNotTakenForAProblemOfTheFile() throws IOException {
        Path file = write("agency,fiscalYear\nA,2566\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AssessmentCsv.reader().readRows(file, row -> {
                    throw new IllegalStateException("the caller's own");
                }));
        assertEquals("the caller's own", e.getMessage());
    }

    /** The message without the file's name, which is the temporary directory's. */
    private static String message(Path file) {
        ItaValidationException e = assertThrows(ItaValidationException.class,
                () -> AssessmentCsv.reader().readEach(file, (assessment, line) -> { }));
        assertEquals(file.toString(), e.source());
        return e.getMessage().substring(file.toString().length());
    }
}
