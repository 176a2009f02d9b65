package th.ita.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.examples.cli.ItaCli;
import th.ita.model.actionplan.ActionPlans;

/**
 * Scores with extreme exponents or a million digits are bad input like any other out-of-range
 * score, reported in one short line naming the field: a number longer than 32 characters is
 * refused as it is read, an exponent beyond what a decimal holds is named as such, and the range
 * is checked before a number is rounded or written out. A vanishingly small score that a decimal
 * holds is a valid 0.00.
 */
class HugeExponentTest {

    private static final String MILLION_DIGITS = "1" + "0".repeat(999_999);
    private static final String NUMBERS = "; scores are 0.00 - 100.00 and years such as 2566";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "-1E+999999999", "\"1e999999999\"", "1E+2147483647", "1e-2147483648",
        "1e99999999999", "\"1e-2147483648\"", "100000000000000000000000000000000",
        "\"999999999999999999999999999999999\""})
    void jsonScoreIsBadInput(String value) throws IOException {
        Path file = json("{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": " + value + "}");
        assertBadInput(file, "analyze", file.toString());
    }

    @Test
    void anExponentBeyondWhatADecimalHoldsNamesTheField() throws IOException {
        Path file = json("{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": 1e-2147483648}");

        assertEquals("ita: " + file + ": overall: number out of range, was 1e-2147483648" + NUMBERS + "\n",
                badInput("analyze", file.toString()));
    }

    @Test
    void aScoreOfAMillionDigitsIsRefusedNamingTheField() throws IOException {
        Path number = Files.writeString(dir.resolve("number.json"), "{\"agency\": \"x\", \"fiscalYear\": 2566, "
                + "\"indicators\": {\"3\": " + MILLION_DIGITS + "}}", StandardCharsets.UTF_8);
        Path text = Files.writeString(dir.resolve("text.json"), "{\"agency\": \"x\", \"fiscalYear\": 2566, "
                + "\"indicators\": {\"3\": \"" + MILLION_DIGITS + "\"}}", StandardCharsets.UTF_8);

        assertEquals("ita: " + number + ": indicators.3: number too long: more than 32 characters" + NUMBERS + "\n",
                badInput("analyze", number.toString()));
        assertEquals("ita: " + text + ": indicators.3: not a score, was '" + MILLION_DIGITS.substring(0, 40)
                + "… (1000000 characters)'; a score is a number of at most 32 characters, such as 87.37\n",
                badInput("analyze", text.toString()));
    }

    @Test
    void aBatchArrayNamesTheElement() throws IOException {
        Path file = json("[{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": 50}, "
                + "{\"agency\": \"y\", \"fiscalYear\": 2566, \"overall\": 1e-2147483648}]");

        assertEquals("ita: " + file + ": [1].overall: number out of range, was 1e-2147483648" + NUMBERS + "\n",
                badInput("batch", file.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "-1E+999999999", "1E+2147483647", "1e-2147483648", "1e99999999999"})
    void csvScoreIsBadInput(String value) throws IOException {
        Path file = Files.writeString(dir.resolve("huge.csv"), "agency,fiscalYear,overall\nx,2566," + value + "\n",
                StandardCharsets.UTF_8);
        assertBadInput(file, "batch", file.toString());
    }

    @Test
    void aCsvScoreOfAMillionDigitsNamesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("huge.csv"), "agency,fiscalYear,overall\nx,2566," + MILLION_DIGITS
                + "\n", StandardCharsets.UTF_8);

        assertEquals("ita: " + file + ":2: column 'overall': not a score, was '" + MILLION_DIGITS.substring(0, 40)
                + "… (1000000 characters)'; a score is a number of at most 32 characters, such as 87.37\n",
                badInput("batch", file.toString()));
    }

    @Test
    void aPlanAmountBeyondWhatADecimalHoldsNamesTheField() throws IOException {
        String plan;
        try (InputStream in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long line = plan.substring(0, plan.indexOf("\"2566\":")).lines().count(); // the first amount: declaredTotals
        Path tiny = json(plan.replaceFirst("\"2566\": [0-9.]+", "\"2566\": 1e-2147483648"));

        assertEquals("ita: " + tiny + ":" + line + ": declaredTotals.2566: number out of range: its exponent is beyond "
                + "what a decimal holds\n", badInput("plan-check", tiny.toString()));
        Path huge = json(plan.replaceFirst("\"2566\": [0-9.]+", "\"2566\": 1e2147483647"));
        assertEquals("ita: " + huge + ":" + line + ": declaredTotals.2566: amount too large, was 1E+2147483647; "
                + "amounts are below 10^15 baht\n", badInput("plan-check", huge.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "-1e-999999999", "1e-2147483647"})
    void aVanishinglySmallScoreIsZero(String value) throws IOException {
        Path file = json("{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": " + value + "}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ItaCli.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("analyze", file.toString(), "--format", "json");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("\"overall\" : 0.00"), out.toString());
    }

    private Path json(String text) throws IOException {
        return Files.writeString(dir.resolve("input.json"), text, StandardCharsets.UTF_8);
    }

    /** Runs the tool, expects bad input (exit 2, nothing on standard output) and returns standard error. */
    private static String badInput(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ItaCli.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        assertEquals(2, code, err.toString());
        assertEquals("", out.toString());
        return err.toString();
    }

    private static void assertBadInput(Path file, String... args) {
        String err = badInput(args);
        // file: for the whole file, file:12: for a CSV line
        assertTrue(err.startsWith("ita: " + file + ":"), err);
        assertTrue(err.length() < 400, "a short message: " + err.length() + " chars");
        assertEquals(1, err.lines().count(), err);
    }
}
