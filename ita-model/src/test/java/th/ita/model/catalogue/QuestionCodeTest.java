package th.ita.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.model.FiscalYear;

/** Question codes as the sources print them (docs/SOURCES.md §2.3). */
class QuestionCodeTest {

    private static final String HINT = "; expected a code such as i1, e12 or o27";
    private static final Edition ITA_2566 = Catalogue.standard().edition(FiscalYear.of(2566));
    private static final Edition ITA_2563 = Catalogue.standard().edition(FiscalYear.of(2564));

    private static String rejection(String text) {
        return assertThrows(IllegalArgumentException.class, () -> QuestionCode.parse(text)).getMessage();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ข้อ i๑, i1",
        "ข้อ i๓๐, i30",
        "E๑, e1",
        "ข้อ E๑๒, e12",
        "O๑๑, o11",
        "o๑๑, o11",
        "๐๑๑, o11",
        "0๒๒, o22",
        "๐๓๔, o34",
        "๐๑, o1",
        "๐๑๐, o10",
        "i24, i24",
        "' o27 ', o27",
        "ข้อi๒, i2",
    })
    void printedFormsParse(String printed, String canonical) {
        assertEquals(canonical, QuestionCode.parse(printed).toString());
    }

    @Test
    void parsedCodeHasToolAndNumber() {
        QuestionCode code = QuestionCode.parse("0๒๒");

        assertEquals(Tool.OIT, code.tool());
        assertEquals(22, code.number());
        assertEquals(QuestionCode.of(Tool.OIT, 22), code);
    }

    @Test
    void bareNumberTakesTheContextLetter() {
        assertEquals(QuestionCode.of(Tool.IIT, 27), QuestionCode.parse("ข้อ ๒๗", Optional.of(Tool.IIT)));
        assertEquals(QuestionCode.of(Tool.EIT, 10), QuestionCode.parse("10", Optional.of(Tool.EIT)));
        assertEquals(QuestionCode.of(Tool.OIT, 11), QuestionCode.parse("๐๑๑", Optional.of(Tool.OIT)));
        assertEquals(QuestionCode.of(Tool.IIT, 27), QuestionCode.parse("i๒๗", Optional.of(Tool.IIT)));
    }

    @Test
    void bareNumberWithoutContextIsAmbiguous() {
        assertEquals("ambiguous question code: no tool letter (i, e or o) and no tool context, was '๒๗'" + HINT,
                rejection("๒๗"));
    }

    @Test
    void ocrGarbledCodesAreRejected() {
        assertEquals("not a question code, was 'eb'" + HINT, rejection("eb"));
        assertEquals("not a question code, was 'in'" + HINT, rejection("in"));
        assertEquals("not a question code, was 'ic'" + HINT, rejection("ic"));
        assertEquals("ambiguous question code: no tool letter (i, e or o) and no tool context, was '๕๑๐'" + HINT,
                rejection("๕๑๐"));
    }

    @Test
    void otherMalformedCodesAreRejected() {
        assertEquals("unknown tool letter 'x', was 'x1'" + HINT, rejection("x1"));
        assertEquals("empty question code, was 'ข้อ '" + HINT, rejection("ข้อ "));
        assertEquals("empty question code, was ''" + HINT, rejection(""));
        assertEquals("question numbers start at 1, was 'o0'" + HINT, rejection("o0"));
        assertEquals("question numbers start at 1, was '๐๐'" + HINT, rejection("๐๐"));
        assertEquals("not a question code, was 'i1234'" + HINT, rejection("i1234"));
        assertEquals("not a question code, was 'i'" + HINT, rejection("i"));
        assertEquals("not a question code, was 'ก๑'" + HINT,
                assertThrows(IllegalArgumentException.class,
                        () -> QuestionCode.parse("ก๑", Optional.of(Tool.IIT))).getMessage());
    }

    @Test
    void codeOfAnotherToolThanTheContextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionCode.parse("e1", Optional.of(Tool.OIT)));

        assertEquals("code of tool EIT where a OIT code was expected, was 'e1'" + HINT, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuestionCode.parse("๐๑๑", Optional.of(Tool.IIT)));
    }

    @Test
    void unknownCodeForTheEditionNamesTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ITA_2566.parseCode("o44", Optional.empty()));

        assertEquals("unknown code for FY2566-2568, was o44; OIT codes are o1 - o43", e.getMessage());
        assertEquals("unknown code for FY2566-2568, was e16; EIT codes are e1 - e15", assertThrows(
                IllegalArgumentException.class, () -> ITA_2566.checkCode(QuestionCode.of(Tool.EIT, 16))).getMessage());
    }

    @Test
    void codeOfAToolTheEditionDoesNotNumberIsFromTheWrongEdition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ITA_2563.parseCode("i1", Optional.empty()));

        assertEquals("code from the wrong edition, was i1; the ITA-2563 edition (FY2562-2565) has no IIT question codes",
                e.getMessage());
    }

    @Test
    void editionAcceptsItsOwnCodes() {
        assertEquals(QuestionCode.of(Tool.OIT, 43), ITA_2563.parseCode("0๔๓", Optional.of(Tool.OIT)));
        assertEquals(QuestionCode.of(Tool.IIT, 27), ITA_2566.parseCode("ข้อ ๒๗", Optional.of(Tool.IIT)));
    }

    @Test
    void numberBelowOneIsRejectedByTheConstructor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionCode.of(Tool.IIT, 0));

        assertEquals("question number must be at least 1, was 0", e.getMessage());
    }

    @Test
    void codesSortByToolThenNumber() {
        List<QuestionCode> codes = new ArrayList<>(List.of(QuestionCode.parse("o2"), QuestionCode.parse("i10"),
                QuestionCode.parse("e1"), QuestionCode.parse("i9"), QuestionCode.parse("o10")));
        codes.sort(null);

        assertEquals("[i9, i10, e1, o2, o10]", codes.toString());
        assertTrue(QuestionCode.parse("i30").compareTo(QuestionCode.parse("e1")) < 0);
    }
}
