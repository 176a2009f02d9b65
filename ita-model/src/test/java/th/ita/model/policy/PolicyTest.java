package th.ita.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import th.ita.model.Score;

/** The agency's action lines, read from a properties file. */
class PolicyTest {

    private static Score s(String text) {
        return Score.parse(text);
    }

    @Test
    void defaults() {
        Policy p = Policy.defaults();

        assertEquals(s("85"), p.passMark());
        assertEquals(s("80"), p.weaknessLine());
        assertEquals(s("95"), p.urgentLine());
        assertEquals(s("100"), p.maintainScore());
        assertEquals(s("90"), p.nextYearTarget());
        assertEquals("passMark=85.00, weaknessLine=80.00, urgentLine=95.00, maintainScore=100.00, "
                + "nextYearTarget=90.00", p.toString());
    }

    @Test
    void parseSetsTheKeysGivenAndKeepsTheOtherDefaults() {
        Policy p = Policy.parse("passMark = 90\nurgentLine = ๙๗\n# comment\n");

        assertEquals(s("90"), p.passMark());
        assertEquals(s("97"), p.urgentLine());
        assertEquals(s("80"), p.weaknessLine());
        assertEquals(s("100"), p.maintainScore());
        assertEquals(s("90"), p.nextYearTarget());
        assertEquals(Policy.defaults().withPassMark(s("90")).withUrgentLine(s("97")), p);
    }

    @Test
    void parseOfEveryKey() {
        Policy p = Policy.parse("passMark=86\nweaknessLine=81\nurgentLine=96\nmaintainScore=99\nnextYearTarget=91");

        assertEquals("passMark=86.00, weaknessLine=81.00, urgentLine=96.00, maintainScore=99.00, "
                + "nextYearTarget=91.00", p.toString());
    }

    @Test
    void emptyTextGivesTheDefaults() {
        assertSame(Policy.defaults(), Policy.parse(""));
        assertSame(Policy.defaults(), Policy.parse("passMark = 85.00"));
    }

    @Test
    void unknownKeyIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.parse("passmark = 90"));

        assertEquals("passmark: unknown policy key; expected one of passMark, weaknessLine, urgentLine, "
                + "maintainScore, nextYearTarget", e.getMessage());
    }

    @Test
    void aLongKeyOrValueIsQuotedShort() {
        assertEquals("k".repeat(40) + "… (100000 characters): unknown policy key; expected one of passMark, "
                + "weaknessLine, urgentLine, maintainScore, nextYearTarget",
                assertThrows(IllegalArgumentException.class, () -> Policy.parse("k".repeat(100_000) + " = 90"))
                        .getMessage());
        assertEquals("passMark: not a score, was '" + "9".repeat(40) + "… (100000 characters)'; a score is a number "
                + "of at most 32 characters, such as 87.37",
                assertThrows(IllegalArgumentException.class, () -> Policy.parse("passMark = " + "9".repeat(100_000)))
                        .getMessage());
    }

    @Test
    void badValueNamesItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.parse("urgentLine = 101"));

        assertEquals("urgentLine: score out of range, was 101; valid 0.00 - 100.00", e.getMessage());
        assertEquals("passMark: not a score, was 'high'; expected a number from 0.00 to 100.00",
                assertThrows(IllegalArgumentException.class, () -> Policy.parse("passMark = high")).getMessage());
    }

    @Test
    void fromProperties() {
        Properties properties = new Properties();
        properties.setProperty("weaknessLine", "75");

        assertEquals(s("75"), Policy.from(properties).weaknessLine());
    }

    @Test
    void withersReturnThisWhenUnchanged() {
        Policy p = Policy.defaults();

        assertSame(p, p.withPassMark(s("85.0")));
        assertSame(p, p.withWeaknessLine(s("80")));
        assertSame(p, p.withUrgentLine(s("95")));
        assertSame(p, p.withMaintainScore(Score.HUNDRED));
        assertSame(p, p.withNextYearTarget(s("90")));
    }

    @Test
    void withersReturnACopyWhenChanged() {
        Policy p = Policy.defaults();
        Policy changed = p.withNextYearTarget(s("92"));

        assertNotSame(p, changed);
        assertEquals(s("92"), changed.nextYearTarget());
        assertEquals(s("90"), p.nextYearTarget());
        assertEquals(s("60"), p.withWeaknessLine(s("60")).weaknessLine());
        assertEquals(s("99"), p.withMaintainScore(s("99")).maintainScore());
        assertEquals(changed.hashCode(), Policy.defaults().withNextYearTarget(s("92")).hashCode());
        assertThrows(NullPointerException.class, () -> p.withPassMark(null));
    }
}
