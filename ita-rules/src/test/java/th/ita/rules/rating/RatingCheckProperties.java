package th.ita.rules.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.rules.Drl;
import th.ita.rules.ItaEngine;
import th.ita.rules.RuleCheck;
import th.ita.rules.RuleProblem;

/**
 * The rule check proves that the rating rules give exactly one rating for every overall: band
 * tables are generated from ordered cut points and written into a replacement
 * {@code letter-bands.drl}; one with a gap or an overlap slipped in fails the check naming the
 * range. Compiling DRL takes seconds, so each property makes only a handful of tries.
 */
class RatingCheckProperties {

    private static final List<String> LETTERS = List.of("AA", "A", "B", "C", "D", "E", "F");

    /** One rule of a generated table: a band from an overall (inclusive) to below another, in hundredths. */
    private record Band(String code, Integer from, Integer below) {
    }

    /**
     * Cut points in hundredths, highest first: the lower bounds of AA, A, B, C, D and E (F is
     * below the last). At least 0.50 apart, so that a gap or overlap of up to 0.49 stays inside a band.
     */
    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(50, 1500).list().ofSize(6).map(spacings -> {
            List<Integer> cuts = new ArrayList<>();
            int cut = 0;
            for (int spacing : spacings) {
                cut += spacing;
                cuts.add(0, cut);
            }
            return cuts;
        });
    }

    private static List<Band> table(List<Integer> cuts) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < LETTERS.size(); i++) {
            bands.add(new Band(LETTERS.get(i), i < cuts.size() ? cuts.get(i) : null, i == 0 ? null : cuts.get(i - 1)));
        }
        return bands;
    }

    @Property(tries = 1)
    void aGeneratedTableWithoutGapsOrOverlapsPassesAndEachCutLandsOnTheUpperBand(@ForAll("cuts") List<Integer> cuts) {
        RuleCheck check = check(letterBands(table(cuts)));

        assertTrue(check.passed(), check::toString);
        for (int i = 0; i < cuts.size(); i++) {
            assertEquals(Optional.of(Rating.letter(LETTERS.get(i))), check.engine().analyze(overall(cuts.get(i))).rating());
            assertEquals(Optional.of(Rating.letter(LETTERS.get(i + 1))),
                    check.engine().analyze(overall(cuts.get(i) - 1)).rating());
        }
    }

    @Property(tries = 2)
    void aGapBelowACutFailsTheCheckNamingTheRange(@ForAll("cuts") List<Integer> cuts,
            @ForAll @IntRange(min = 1, max = 6) int band, @ForAll @IntRange(min = 1, max = 49) int width) {
        List<Band> bands = table(cuts);
        int cut = cuts.get(band - 1);
        Band below = bands.get(band);
        bands.set(band, new Band(below.code(), below.from(), cut - width));

        Path file = write(letterBands(bands));
        RuleCheck check = check(file);

        assertEquals(List.of(new RuleProblem(file.toString(), 0,
                "no rating for overall " + range(cut - width, cut - 1))), check.errors());
    }

    @Property(tries = 2)
    void anOverlapAboveACutFailsTheCheckNamingTheRangeAndBothRatings(@ForAll("cuts") List<Integer> cuts,
            @ForAll @IntRange(min = 1, max = 6) int band, @ForAll @IntRange(min = 1, max = 49) int width) {
        List<Band> bands = table(cuts);
        int cut = cuts.get(band - 1);
        Band below = bands.get(band);
        bands.set(band, new Band(below.code(), below.from(), cut + width));

        Path file = write(letterBands(bands));
        RuleCheck check = check(file);

        String ratings = Stream.of(LETTERS.get(band - 1), LETTERS.get(band)).sorted().reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        assertEquals(List.of(new RuleProblem(file.toString(), 0,
                "two ratings (" + ratings + ") for overall " + range(cut, cut + width - 1))), check.errors());
    }

    @Example
    void theBriefsCasesAreNamedAsRangesOfTheOverall() {
        Path gap = write(letterBands(bands(84_00, 85_00)));
        Path overlap = write(letterBands(bands(85_50, 85_00)));

        assertEquals(gap + ": no rating for overall 84.00 - 84.99", only(check(gap)));
        assertEquals(overlap + ": two ratings (A, B) for overall 85.00 - 85.49", only(check(overlap)));
    }

    /** The bundled cut points, with B ending below {@code bBelow} and A starting at {@code aFrom}. */
    private static List<Band> bands(int bBelow, int aFrom) {
        List<Band> bands = table(List.of(95_00, 85_00, 75_00, 65_00, 55_00, 50_00));
        bands.set(1, new Band("A", aFrom, 95_00));
        bands.set(2, new Band("B", 75_00, bBelow));
        return bands;
    }

    @Example
    void aLevelRuleThatMissesAComponentCutFailsTheCheckNamingTheComponents() {
        String levels = Drl.text("rating/levels-fy2566.drl");
        String narrowed = levels.replace("overall >= 85.00, lowestComponent < 85.00", "overall >= 85.00, lowestComponent < 84.00");
        assertNotEquals(levels, narrowed, "the ผ่าน rule was found");
        Path dir = temporaryDirectory();
        Path file = write(dir.resolve("levels-fy2566.drl"), narrowed);

        RuleCheck check = ItaEngine.builder().rulesFrom(dir).check();

        assertEquals(List.of(new RuleProblem(file.toString(), 0,
                "no rating for overall 85.00 - 100.00 with the lowest component at 84.00, 84.99")), check.errors());
    }

    private static String only(RuleCheck check) {
        assertEquals(1, check.errors().size(), check::toString);
        return check.errors().get(0).toString();
    }

    private static String letterBands(List<Band> bands) {
        StringBuilder drl = new StringBuilder("""
                // Generated by RatingCheckProperties: letter bands from ordered cut points.
                package th.ita.rules.rating;

                import th.ita.rules.facts.RatingInput;
                """);
        for (Band band : bands) {
            drl.append("\nrule \"Generated: letter band ").append(band.code()).append("\"\nwhen\n")
                    .append("    $in : RatingInput(scheme == RatingScheme.LETTER_BANDS")
                    .append(band.from() == null ? "" : ", overall >= " + score(band.from()))
                    .append(band.below() == null ? "" : ", overall < " + score(band.below()))
                    .append(")\nthen\n    insert($in.rated(Rating.letter(\"").append(band.code()).append("\")));\nend\n");
        }
        return drl.toString();
    }

    private static RuleCheck check(String letterBands) {
        return check(write(letterBands));
    }

    private static RuleCheck check(Path letterBandsFile) {
        return ItaEngine.builder().rulesFrom(letterBandsFile.getParent()).check();
    }

    private static Path write(String letterBands) {
        return write(temporaryDirectory().resolve("letter-bands.drl"), letterBands);
    }

    private static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();   // before its directory, which is registered first
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** jqwik has no {@code @TempDir}: a directory deleted, with what {@link #write} puts in it, when the JVM exits. */
    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("ita-rating-check");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assessment overall(int hundredths) {
        return Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(2564).overall(score(hundredths))
                .build();
    }

    private static String range(int from, int to) {
        return from == to ? score(from) : score(from) + " - " + score(to);
    }

    private static String score(int hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }
}
