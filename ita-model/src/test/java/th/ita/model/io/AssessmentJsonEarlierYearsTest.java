package th.ita.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.model.FiscalYear;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;
import th.ita.model.assessment.Assessment;

/**
 * {@code previous} and {@code history} take an earlier year as the agency's own file gives it:
 * last year's file pasted whole is read, if it is this agency's, and problems name where the
 * year was given.
 */
class AssessmentJsonEarlierYearsTest {

    /** Last year's file of source 000, as an agency keeps it. */
    private static final String LAST_YEAR = """
            {
              "agency": "เทศบาลนครลำปาง",
              "agencyKind": "เทศบาลนคร",
              "fiscalYear": 2563,
              "source": "000",
              "indicators": {"1": 87.37},
              "overall": 57.19,
              "rating": "F",
              "previous": {"fiscalYear": 2562, "overall": 60.10},
              "targets": {"2564": 70},
              "constraints": ["ข้อจำกัดด้านบุคลากร"]
            }""";

    private static String thisYear(String previous) {
        return "{\"agency\": \"เทศบาลนครลำปาง\", \"agencyKind\": \"เทศบาลนคร\", \"fiscalYear\": 2564, "
                + "\"overall\": 83.74, \"previous\": " + previous + "}";
    }

    private static List<Problem> problems(String json) {
        return assertThrows(ItaValidationException.class, () -> AssessmentJson.read(json)).problems();
    }

    @Test
    void lastYearsFilePastedWholeIsRead() {
        Assessment a = AssessmentJson.read(thisYear(LAST_YEAR));

        assertEquals(List.of(FiscalYear.of(2563), FiscalYear.of(2562)),
                a.history().stream().map(Assessment::fiscalYear).toList(), "its own previous year is one more");
        Assessment previous = a.previous().orElseThrow();
        assertEquals(Score.parse("57.19"), previous.overall().orElseThrow());
        assertEquals(a.agency(), previous.agency());
        assertEquals(List.of("ข้อจำกัดด้านบุคลากร"), previous.constraints(), "last year's own constraints");
        assertEquals(Score.parse("70"), previous.targets().get(FiscalYear.of(2564)));
        assertEquals(List.of(), a.constraints(), "not this year's");
    }

    @Test
    void theAgencyNeedNotBeRepeated() {
        assertEquals(FiscalYear.of(2563), AssessmentJson.read(thisYear("{\"fiscalYear\": 2563, \"overall\": 57.19}"))
                .previous().orElseThrow().fiscalYear());
        assertEquals(FiscalYear.of(2563), AssessmentJson.read(thisYear(
                "{\"agency\": \" เทศบาลนครลำปาง \", \"agencyKind\": \"CITY_MUNICIPALITY\", \"fiscalYear\": 2563, "
                        + "\"overall\": 57.19}")).previous().orElseThrow().fiscalYear(), "names compare stripped, "
                + "kinds by what they mean");
    }

    @Test
    void anotherAgencysYearIsAProblemNamingBothAgencies() {
        assertEquals(List.of(
                new Problem("previous.agency", "เทศบาลเมืองลพบุรี", "another agency, was 'เทศบาลเมืองลพบุรี'; "
                        + "this assessment is of 'เทศบาลนครลำปาง', and an earlier year must be the same agency's"),
                new Problem("previous.agencyKind", "เทศบาลเมือง", "another kind of agency, was 'เทศบาลเมือง'; "
                        + "this assessment's agency is เทศบาลนคร, and an earlier year must be the same agency's")),
                problems(thisYear(LAST_YEAR.replace("\"เทศบาลนครลำปาง\"", "\"เทศบาลเมืองลพบุรี\"")
                        .replace("\"เทศบาลนคร\"", "\"เทศบาลเมือง\""))));
    }

    @Test
    void anEarlierKindAgainstTheDefaultKindSaysSo() {
        assertEquals(List.of(new Problem("history[0].agencyKind", "อบต.", "another kind of agency, was 'อบต.'; "
                + "this assessment's agency is หน่วยงานอื่น (agencyKind not given), and an earlier year must be the same "
                + "agency's")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"overall\": 50, \"history\": ["
                        + "{\"agency\": \"x\", \"agencyKind\": \"อบต.\", \"fiscalYear\": 2563, \"overall\": 40}]}"));
    }

    @Test
    void aBadYearUnderPreviousIsNamedThere() {
        assertEquals(List.of(new Problem("previous.fiscalYear", "2564", "an earlier year must come before FY2564")),
                problems(thisYear("{\"fiscalYear\": 2564, \"overall\": 57.19}")));
    }

    @Test
    void aYearGivenTwiceNamesBothPlaces() {
        assertEquals(List.of(new Problem("history[1].fiscalYear", "2563",
                "duplicate year: FY2563 is also given as previous")),
                problems("{\"agency\": \"x\", \"fiscalYear\": 2564, \"overall\": 50, "
                        + "\"previous\": {\"fiscalYear\": 2563, \"overall\": 40}, "
                        + "\"history\": [{\"fiscalYear\": 2562, \"overall\": 30}, {\"fiscalYear\": 2563, \"overall\": 41}]}"));
        assertEquals(List.of(new Problem("previous.previous.fiscalYear", "2563",
                "duplicate year: FY2563 is also given as previous")),
                problems(thisYear(LAST_YEAR.replace("\"fiscalYear\": 2562", "\"fiscalYear\": 2563"))));
    }

    @Test
    void problemsInsideAPastedYearNameTheirPath() {
        assertEquals(List.of(
                new Problem("previous.targets.2564", "101", "score out of range, was 101; valid 0.00 - 100.00"),
                new Problem("previous.previous.overall", "120", "score out of range, was 120; valid 0.00 - 100.00")),
                problems(thisYear(LAST_YEAR.replace("60.10", "120").replace("\"2564\": 70", "\"2564\": 101"))));
    }

    @Test
    void aBatchPrefixesThePathOfAnEarlierYear() {
        assertEquals(List.of(new Problem("[0].previous.fiscalYear", "2565", "an earlier year must come before FY2564")),
                assertThrows(ItaValidationException.class, () -> AssessmentJson.readAll(
                        "[" + thisYear("{\"fiscalYear\": 2565, \"overall\": 57.19}") + "]")).problems());
    }
}
