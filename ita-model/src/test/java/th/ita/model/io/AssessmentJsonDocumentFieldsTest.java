package th.ita.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.internal.Texts;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.Constraint;
import th.ita.model.assessment.SignOff;
import th.ita.model.samples.Samples;

/**
 * The input fields of the published document: constraints with their handling, the NACC
 * assessors' recommendations and the sign-off; read as given, and every wrong type named by its field.
 */
class AssessmentJsonDocumentFieldsTest {

    private static final String HEAD = "{\"agency\": \"อบต.ทดสอบ\", \"fiscalYear\": 2566, \"overall\": 90, ";

    private static List<Problem> problems(String json) {
        return assertThrows(ItaValidationException.class, () -> AssessmentJson.read(json)).problems();
    }

    @Test
    void constraintsMayBeTextOrTextWithHandling() {
        Assessment a = AssessmentJson.read(HEAD + """
                "constraints": ["ขาดบุคลากร", {"text": "งบประมาณจำกัด", "handling": " ของบเพิ่มเติม "},
                                {"text": "ระบบล่าช้า"}]}""");
        assertEquals(List.of(new Constraint("ขาดบุคลากร", Optional.empty()),
                new Constraint("งบประมาณจำกัด", Optional.of("ของบเพิ่มเติม")),
                new Constraint("ระบบล่าช้า", Optional.empty())), a.constraintEntries());
        assertEquals(List.of("ขาดบุคลากร", "งบประมาณจำกัด", "ระบบล่าช้า"), a.constraints(),
                "the texts alone, as before");
    }

    @Test
    void recommendationsAndSignOffAreRead() {
        Assessment a = AssessmentJson.read(HEAD + """
                "naccRecommendations": ["เผยแพร่แผนการใช้จ่ายงบประมาณ", "พัฒนาช่องทางร้องเรียน"],
                "signOff": {"preparer": {"name": "นายหนึ่ง ทดสอบ", "position": "นักวิเคราะห์นโยบายและแผน"},
                            "approver": {"name": "นางสอง ทดสอบ", "position": "ปลัด อบต."},
                            "date": "๒๕๖๖-๐๓-๓๐"}}""");
        assertEquals(List.of("เผยแพร่แผนการใช้จ่ายงบประมาณ", "พัฒนาช่องทางร้องเรียน"), a.naccRecommendations());
        SignOff s = a.signOff().orElseThrow();
        assertEquals(Optional.of(new SignOff.Signer("นายหนึ่ง ทดสอบ", "นักวิเคราะห์นโยบายและแผน")), s.preparer());
        assertEquals(Optional.of(new SignOff.Signer("นางสอง ทดสอบ", "ปลัด อบต.")), s.approver());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 30)), s.date(), "a Buddhist-era year in Thai digits");
    }

    @Test
    void aCommonEraDateAndASingleSignerAreEnough() {
        Assessment a = AssessmentJson.read(HEAD + """
                "signOff": {"approver": {"name": "นางสอง ทดสอบ", "position": "ปลัด อบต."}, "date": "2023-03-30"}}""");
        assertEquals(Optional.empty(), a.signOff().orElseThrow().preparer());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 30)), a.signOff().orElseThrow().date());
    }

    @Test
    void wrongTypesNameTheirFields() {
        assertEquals(List.of(
                new Problem("constraints[0].text", "5", "expected text"),
                new Problem("constraints[1].handling", "[]", "expected text"),
                new Problem("constraints[2].why", "", "unknown field; expected one of [handling, text]"),
                new Problem("naccRecommendations[1]", "{}", "expected text"),
                new Problem("signOff.preparer.position", "", "expected text"),
                new Problem("signOff.approver", "\"ปลัด\"", "expected an object with name and position"),
                new Problem("signOff.date", "30/03/2566", "expected a date such as 2566-03-30 (Buddhist era) or 2023-03-30")),
                problems(HEAD + """
                        "constraints": [{"text": 5}, {"text": "ก", "handling": []}, {"text": "ข", "why": "ค"}],
                        "naccRecommendations": ["ได้", {}],
                        "signOff": {"preparer": {"name": "นายหนึ่ง"}, "approver": "ปลัด", "date": "30/03/2566"}}"""));
    }

    @Test
    void listsAndObjectsOfTheWrongShapeAreNamed() {
        assertEquals(List.of(
                new Problem("naccRecommendations", "\"ข้อเดียว\"", "expected a list of text"),
                new Problem("signOff", "[]", "expected an object such as {\"preparer\": {\"name\": \"...\", "
                        + "\"position\": \"...\"}, \"approver\": {...}, \"date\": \"2566-03-30\"}")),
                problems(HEAD + "\"naccRecommendations\": \"ข้อเดียว\", \"signOff\": []}"));
    }

    @Test
    void blankTextsAndADateWithoutASignerAreRefusedByTheBuilder() {
        assertEquals(List.of(
                new Problem("constraints[0].handling", "\uD800", Texts.unicodeProblem("\uD800").orElseThrow()),
                new Problem("naccRecommendations[0]", "", "blank recommendation; remove it or write it out"),
                new Problem("signOff", "2023-03-30", "a date without a signer; name the preparer, the approver or both")),
                assertThrows(ItaValidationException.class, () -> Assessment.builder().agency("อบต.ทดสอบ", "อบต.")
                        .fiscalYear(2566).overall("90").constraint("ขาดบุคลากร", "\uD800").naccRecommendation(" ")
                        .signedOn(LocalDate.of(2023, 3, 30)).build()).problems());
        assertEquals(List.of(
                new Problem("signOff.preparer.name", "", "blank name; give the name printed under the signature"),
                new Problem("signOff.approver.position", "", "blank position; give the signer's position")),
                assertThrows(ItaValidationException.class, () -> Assessment.builder().agency("อบต.ทดสอบ", "อบต.")
                        .fiscalYear(2566).overall("90").preparer(" ", "ปลัด").approver("นางสอง", "")
                        .build()).problems());
    }

    @Test
    void theBundledSamplesCarryTheNewFieldsFromTheirSources() {
        assertEquals(13, Samples.load("lampang-city-2564").naccRecommendations().size(), "source 000 section 4");
        assertEquals(2, Samples.load("lampang-pao-2566").constraintEntries().stream()
                .filter(c -> c.handling().isPresent()).count(), "source 001 Part 3");
        SignOff lopburi = Samples.load("lopburi-2565").signOff().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2022, 8, 4)), lopburi.date(), "source 002, 4 Aug 2565");
        assertEquals(true, lopburi.preparer().isPresent() && lopburi.approver().isPresent());
    }
}
