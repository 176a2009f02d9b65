package th.ita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The range is checked before a score is rounded, so extreme exponents fail fast with a short message. */
class ScoreRangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "-1E+999999999", "1E+2147483647", "100.005", "-0.005"})
    void outOfRangeWhateverTheExponent(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Score.parse(text));
        assertEquals(true, e.getMessage().startsWith("score out of range, was "), e.getMessage());
        assertEquals(true, e.getMessage().length() < 120, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1e-999999999, 0.00", "-0.004, 0.00", "100.004, 100.00", "0.005, 0.01"})
    void edgesRoundHalfUp(String text, String expected) {
        assertEquals(Score.parse(expected), Score.parse(text));
    }
}
