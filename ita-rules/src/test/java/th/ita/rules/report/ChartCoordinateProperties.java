package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The SVG charts write their coordinates with {@link Charts#oneDecimal} instead of
 * {@code String.format("%.1f")}, which cost a twentieth of a national batch: the two write the
 * same text, so the reports stay byte for byte what they were.
 */
class ChartCoordinateProperties {

    @Property(tries = 5_000)
    void oneDecimalIsWhatFormatWrites(@ForAll @DoubleRange(min = -500, max = 1_000) double value) {
        assertEquals(String.format(Locale.ROOT, "%.1f", value), Charts.oneDecimal(value));
    }

    /** The coordinates a chart draws: a score with two decimals, scaled as the charts scale it. */
    @Property(tries = 5_000)
    void oneDecimalIsWhatFormatWritesForEveryScore(@ForAll @IntRange(min = 0, max = 10_000) int hundredths) {
        double score = hundredths / 100.0;
        double y = 20 + 200 - score / 100.0 * 200;
        assertEquals(String.format(Locale.ROOT, "%.1f", y), Charts.oneDecimal(y));
        assertEquals(String.format(Locale.ROOT, "%.1f", y - 3), Charts.oneDecimal(y - 3));
        assertEquals(String.format(Locale.ROOT, "%.1f", score / 100.0 * 200), Charts.oneDecimal(score / 100.0 * 200));
    }
}
