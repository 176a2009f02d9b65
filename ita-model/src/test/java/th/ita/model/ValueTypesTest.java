package th.ita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.internal.Texts;

/** The value types: {@link Score}, {@link FiscalYear}, {@link ThaiDigits}, {@link Problem}. */
class ValueTypesTest {

    private static String scoreRejection(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Score.parse(text)).getMessage();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "98.895, 98.90",
        "98.894, 98.89",
        "98.8949999, 98.89",
        "0.005, 0.01",
        "0.004, 0.00",
        "99.995, 100.00",
        "100.004, 100.00",
        "-0.004, 0.00",
        "85, 85.00",
        "1E+1, 10.00",
    })
    void ofRoundsHalfUpToTwoDecimals(String value, String expected) {
        Score score = Score.of(new BigDecimal(value));

        assertEquals(expected, score.toString());
        assertEquals(2, score.value().scale());
    }

    @Test
    void scaleIsNormalised() {
        Score a = Score.of(new BigDecimal("85"));
        Score b = Score.of(new BigDecimal("85.0"));
        Score c = Score.parse("85.00");

        assertEquals(a, b);
        assertEquals(b, c);
        assertEquals(a.hashCode(), c.hashCode());
        assertEquals(0, a.compareTo(c));
        assertEquals(new BigDecimal("85.00"), a.value());
        assertEquals(8500, a.hundredths());
        assertEquals(Score.ofHundredths(8500), a);
        assertNotEquals(Score.parse("85.01"), a);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "120, 120",
        "100.005, 100.005",
        "-0.005, -0.005",
        "-1, -1",
    })
    void outOfRangeNamesTheValue(String value, String shown) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Score.of(new BigDecimal(value)));

        assertEquals("score out of range, was " + shown + "; valid 0.00 - 100.00", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 10001})
    void ofHundredthsOutOfRange(int hundredths) {
        assertThrows(IllegalArgumentException.class, () -> Score.ofHundredths(hundredths));
    }

    @Test
    void parseReadsThaiAndArabicDigits() {
        assertEquals(Score.ofHundredths(8737), Score.parse("๘๗.๓๗"));
        assertEquals(Score.ofHundredths(8737), Score.parse(" 87.37 "));
        assertEquals(Score.ofHundredths(8737), Score.parse("8๗.๓7"));
        assertEquals(Score.HUNDRED, Score.parse("๑๐๐"));
        assertEquals(Score.ZERO, Score.parse("๐"));
        assertEquals(Score.ofHundredths(9890), Score.parse("๙๘.๘๙๕"));
    }

    @Test
    void parseRejectsWhatIsNotANumber() {
        assertEquals("not a score, was 'abc'; expected a number from 0.00 to 100.00", scoreRejection("abc"));
        assertEquals("not a score, was 'NaN'; expected a number from 0.00 to 100.00", scoreRejection("NaN"));
        assertEquals("not a score, was ''; expected a number from 0.00 to 100.00", scoreRejection(""));
        assertEquals("not a score, was '87,37'; expected a number from 0.00 to 100.00", scoreRejection("87,37"));
        assertEquals("score out of range, was 120; valid 0.00 - 100.00", scoreRejection("๑๒๐"));
    }

    @Test
    void formatInThaiOrArabicDigits() {
        Score score = Score.parse("87.37");

        assertEquals("๘๗.๓๗", score.format(true));
        assertEquals("87.37", score.format(false));
        assertEquals("87.37", score.toString());
        assertEquals("๑๐๐.๐๐", Score.HUNDRED.format(true));
        assertEquals("0.00", Score.ZERO.toString());
    }

    @Test
    void comparisons() {
        Score pass = Score.parse("85");

        assertTrue(Score.parse("84.99").isBelow(pass));
        assertFalse(pass.isBelow(pass));
        assertTrue(pass.isAtLeast(pass));
        assertFalse(Score.parse("84.99").isAtLeast(pass));
        assertEquals(new BigDecimal("-0.01"), Score.parse("84.99").minus(pass));
        assertEquals(84.99, Score.parse("84.99").doubleValue());
    }

    @Test
    void thaiDigitsConvertBothWays() {
        assertEquals("022 -> 022", ThaiDigits.toArabic("0๒๒") + " -> " + ThaiDigits.toArabic("๐๒๒"));
        assertEquals("พ.ศ. ๒๕๖๖", ThaiDigits.toThai("พ.ศ. 2566"));
        assertEquals("0123456789", ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙"));
        assertTrue(ThaiDigits.isThaiDigit('๙'));
        assertFalse(ThaiDigits.isThaiDigit('9'));
        assertFalse(ThaiDigits.isThaiDigit('\u0E5A'));
    }

    @Test
    void fiscalYearRunsFromOctoberToSeptember() {
        FiscalYear fy = FiscalYear.of(2564);

        assertEquals(ThaiBuddhistDate.of(2563, 10, 1), fy.start());
        assertEquals(LocalDate.of(2020, 10, 1), LocalDate.from(fy.start()));
        assertEquals(ThaiBuddhistDate.of(2564, 9, 30), fy.end());
        assertEquals(LocalDate.of(2021, 9, 30), LocalDate.from(fy.end()));
        assertEquals(LocalDate.of(2021, 3, 31), LocalDate.from(fy.midYear()));
    }

    @ParameterizedTest(name = "{0} -> FY{1}")
    @CsvSource({
        "2023-10-01, 2567",
        "2023-09-30, 2566",
        "2020-10-01, 2564",
        "2021-09-30, 2564",
        "2024-01-01, 2567",
    })
    void fiscalYearContainingADate(LocalDate date, int year) {
        assertEquals(FiscalYear.of(year), FiscalYear.containing(date));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2566", "๒๕๖๖", "FY2566", "FY 2566", "พ.ศ. ๒๕๖๖", "พ.ศ.2566", " 2566 "})
    void fiscalYearParsesPrintedForms(String text) {
        assertEquals(FiscalYear.of(2566), FiscalYear.parse(text));
    }

    @Test
    void fiscalYearRejectsOtherText() {
        assertEquals("not a fiscal year, was '66'; expected a Buddhist-era year such as 2566",
                assertThrows(IllegalArgumentException.class, () -> FiscalYear.parse("66")).getMessage());
        assertEquals("not a fiscal year, was 'ค.ศ. 2023'; expected a Buddhist-era year such as 2566",
                assertThrows(IllegalArgumentException.class, () -> FiscalYear.parse("ค.ศ. 2023")).getMessage());
        assertEquals("fiscal year out of range, was 2023; expected a Buddhist-era year from 2500 to 2700",
                assertThrows(IllegalArgumentException.class, () -> FiscalYear.parse("2023")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2499));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2701));
    }

    @Test
    void fiscalYearNavigatesAndCompares() {
        FiscalYear fy = FiscalYear.of(2566);

        assertEquals(FiscalYear.of(2567), fy.next());
        assertEquals(FiscalYear.of(2565), fy.previous());
        assertTrue(fy.previous().isBefore(fy));
        assertFalse(fy.isBefore(fy));
        assertEquals("2566", fy.toString());
        assertEquals(2566, fy.value());
        assertEquals(List.of(FiscalYear.of(2564), FiscalYear.of(2566)),
                java.util.stream.Stream.of(fy, FiscalYear.of(2564)).sorted().toList());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2700).next());
    }

    @Test
    void problemPrintsFieldAndMessage() {
        Problem p = new Problem("indicators.3", "120", "score out of range");

        assertEquals("indicators.3: score out of range", p.toString());
        assertThrows(NullPointerException.class, () -> new Problem("f", null, "m"));
    }

    @Test
    void aProblemOfTheWholeInputPrintsItsMessageAlone() {
        Problem p = new Problem("", "", "expected a JSON array of assessments");

        assertEquals("expected a JSON array of assessments", p.toString());
        assertEquals("expected a JSON array of assessments", new ItaValidationException(List.of(p)).getMessage());
    }

    @Test
    void aScoreOfMoreThan32CharactersIsRefusedBeforeItIsParsed() {
        assertEquals(Score.ZERO, Score.parse("0.000000000000000000000000000001")); // 32 characters
        assertEquals("not a score, was '0.0000000000000000000000000000001'; a score is a number of at most 32 "
                + "characters, such as 87.37", scoreRejection("0.0000000000000000000000000000001"));
        assertEquals("not a score, was '1000000000000000000000000000000000000000… (1000000 characters)'; a score "
                + "is a number of at most 32 characters, such as 87.37", scoreRejection("1" + "0".repeat(999_999)));
        assertEquals(Score.ofHundredths(5000), Score.parse(" ".repeat(1_000) + "50" + " ".repeat(1_000)));
    }

    @Test
    void anExponentBeyondWhatADecimalHoldsIsNotAScore() {
        assertEquals("not a score, was '1e-2147483648'; expected a number from 0.00 to 100.00",
                scoreRejection("1e-2147483648"));
        assertEquals("score out of range, was 1E+2147483647; valid 0.00 - 100.00", scoreRejection("1e2147483647"));
        assertEquals(Score.ZERO, Score.parse("1e-2147483647"), "a representable tiny number rounds to 0.00");
    }

    @Test
    void aValueIsQuotedWholeUpTo40Characters() {
        String forty = "ก".repeat(40);

        assertEquals(forty, Problem.shown(forty));
        assertEquals(forty + "… (41 characters)", Problem.shown(forty + "ข"));
        assertEquals(forty + "… (1400000 characters)", Problem.shown("ก".repeat(1_400_000)));
        assertEquals(forty, new Problem("agency", forty, "m").value());
        assertEquals(forty + "… (1400000 characters)", new Problem("agency", "ก".repeat(1_400_000), "m").value());
        assertEquals(forty + "… (1400000 characters)", Problem.shown(Problem.shown("ก".repeat(1_400_000))),
                "a value quoted twice keeps its own length");
    }

    @Test
    void aQuotedValueIsWellFormedText() {
        String face = "\uD83D\uDE00"; // one character, two chars

        assertEquals("A\\uD800B", Problem.shown("A\uD800B"));
        assertEquals("\\uDC00", Problem.shown("\uDC00"));
        assertEquals(face.repeat(40) + "… (41 characters)", Problem.shown(face.repeat(41)), "a pair is never cut");
    }

    @Test
    void aNumberIsQuotedInPlainDigitsUnlessTheyWouldBeMany() {
        assertEquals("1500000.00", Problem.shown(new BigDecimal("1.5E+6").setScale(2)));
        assertEquals("1E+2147483647", Problem.shown(new BigDecimal("1e2147483647")));
        assertEquals("1E-2147483647", Problem.shown(new BigDecimal("1e-2147483647")));
    }

    @Test
    void textMustBeWellFormedUnicode() {
        assertEquals(java.util.Optional.empty(), Texts.unicodeProblem("เทศบาลนครลำปาง \uD83D\uDE00"));
        assertEquals(java.util.Optional.of("not well-formed Unicode: a lone surrogate \\uD800 at character 2; "
                + "write the character itself or remove it"), Texts.unicodeProblem("A\uD800B"));
        assertEquals(java.util.Optional.of("not well-formed Unicode: a lone surrogate \\uDE00 at character 1; "
                + "write the character itself or remove it"), Texts.unicodeProblem("\uDE00\uD83D"), "a pair reversed");
        assertEquals(java.util.Optional.of("not well-formed Unicode: a lone surrogate \\uD83D at character 3; "
                + "write the character itself or remove it"), Texts.unicodeProblem("ab\uD83D"), "half a pair at the end");
    }

    @Test
    void validationExceptionNeedsAProblem() {
        assertEquals("a validation exception needs at least one problem",
                assertThrows(IllegalArgumentException.class, () -> new ItaValidationException(List.of())).getMessage());
        assertEquals("overall: bad", new ItaValidationException(List.of(new Problem("overall", "", "bad"))).getMessage());
    }
}
