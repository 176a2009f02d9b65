package th.ita.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.examples.cli.ItaCli;

/**
 * Scores with extreme exponents are bad input like any other out-of-range score, reported in a
 * short message: the range is checked before the number is rounded or written out. A vanishingly
 * small score is a valid 0.00.
 */
class HugeExponentTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "-1E+999999999", "\"1e999999999\"", "1E+2147483647"})
    void jsonScoreIsBadInput(String value) throws IOException {
        Path file = Files.writeString(dir.resolve("huge.json"),
                "{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": " + value + "}", StandardCharsets.UTF_8);
        assertBadInput(file, "analyze", file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "-1E+999999999", "1E+2147483647"})
    void csvScoreIsBadInput(String value) throws IOException {
        Path file = Files.writeString(dir.resolve("huge.csv"), "agency,fiscalYear,overall\nx,2566," + value + "\n",
                StandardCharsets.UTF_8);
        assertBadInput(file, "batch", file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "-1e-999999999"})
    void aVanishinglySmallScoreIsZero(String value) throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.json"),
                "{\"agency\": \"x\", \"fiscalYear\": 2566, \"overall\": " + value + "}", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ItaCli.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("analyze", file.toString(), "--format", "json");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("\"overall\" : 0.00"), out.toString());
    }

    private static void assertBadInput(Path file, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ItaCli.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().startsWith("ita: " + file + ": "), err.toString());
        assertTrue(err.toString().length() < 400, "a short message: " + err.toString().length() + " chars");
        assertEquals(1, err.toString().lines().count(), err.toString());
    }
}
