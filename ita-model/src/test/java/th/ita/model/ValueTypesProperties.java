package th.ita.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Value types round-trip and round as documented. */
class ValueTypesProperties {

    @Provide
    Arbitrary<Integer> hundredths() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Property(tries = 10_001, generation = GenerationMode.EXHAUSTIVE)
    boolean everyScoreRoundTripsThroughThaiAndArabicText(@ForAll("hundredths") int hundredths) {
        Score score = Score.ofHundredths(hundredths);
        String thai = score.format(true);
        return Score.parse(thai).equals(score)
                && Score.parse(score.toString()).equals(score)
                && Score.parse(score.format(false)).equals(score)
                && thai.chars().noneMatch(c -> c >= '0' && c <= '9')
                && thai.equals(ThaiDigits.toThai(score.toString()))
                && score.hundredths() == hundredths
                && score.value().scale() == Score.SCALE;
    }

    @Provide
    Arbitrary<BigDecimal> thousandths() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100.004")).ofScale(3)
                .edgeCases(c -> c.add(new BigDecimal("98.895")).add(new BigDecimal("0.005")));
    }

    @Property
    boolean ofRoundsHalfUpToTheNearestHundredth(@ForAll("thousandths") BigDecimal value) {
        Score score = Score.of(value);
        return score.value().equals(value.setScale(2, RoundingMode.HALF_UP))
                && score.value().subtract(value).abs().compareTo(new BigDecimal("0.005")) <= 0;
    }

    @Property
    boolean scoresOrderLikeTheirHundredths(@ForAll("hundredths") int a, @ForAll("hundredths") int b) {
        Score x = Score.ofHundredths(a);
        Score y = Score.ofHundredths(b);
        return Integer.signum(x.compareTo(y)) == Integer.signum(Integer.compare(a, b))
                && x.isBelow(y) == (a < b)
                && x.isAtLeast(y) == (a >= b)
                && x.minus(y).equals(BigDecimal.valueOf(a - b, 2))
                && x.equals(y) == (a == b);
    }

    @Property
    boolean everyDateFallsInTheFiscalYearContainingIt(
            @ForAll @IntRange(min = 0, max = 199 * 365) int daysAfterStart) {
        LocalDate date = LocalDate.of(1957, 10, 1).plusDays(daysAfterStart);
        FiscalYear fy = FiscalYear.containing(date);
        LocalDate start = LocalDate.from(fy.start());
        LocalDate end = LocalDate.from(fy.end());
        return !date.isBefore(start) && !date.isAfter(end)
                && end.equals(start.plusYears(1).minusDays(1))
                && fy.value() == ThaiBuddhistDate.from(end).get(java.time.temporal.ChronoField.YEAR);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    boolean everyFiscalYearParsesFromItsPrintedForms(@ForAll @IntRange(min = 2500, max = 2699) int year) {
        FiscalYear fy = FiscalYear.of(year);
        return FiscalYear.parse(fy.toString()).equals(fy)
                && FiscalYear.parse(ThaiDigits.toThai(fy.toString())).equals(fy)
                && FiscalYear.parse("พ.ศ. " + ThaiDigits.toThai(fy.toString())).equals(fy)
                && FiscalYear.parse("FY" + fy).equals(fy)
                && fy.next().previous().equals(fy);
    }

    @Property
    boolean thaiDigitsRoundTrip(@ForAll("arabicText") String text) {
        String thai = ThaiDigits.toThai(text);
        return ThaiDigits.toArabic(thai).equals(text)
                && thai.chars().noneMatch(c -> c >= '0' && c <= '9')
                && thai.length() == text.length();
    }

    @Provide
    Arbitrary<String> arabicText() {
        return Arbitraries.strings().withChars("0123456789.-ขอ io").ofMaxLength(20);
    }
}
