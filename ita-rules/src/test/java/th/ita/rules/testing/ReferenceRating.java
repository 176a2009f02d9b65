package th.ita.rules.testing;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import th.ita.model.Score;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingScheme;

/**
 * The plain-Java reference rating: the bundled rating rules ({@code rating/letter-bands.drl},
 * {@code rating/levels-fy2566.drl}) written out without Drools, as an oracle for property tests.
 *
 * <p>Scores are in hundredths ({@code 8500} is 85.00), as {@link Score#hundredths()} gives them.
 * The reference knows the bundled rules only: a test of replaced rating rules needs its own oracle.
 */
public final class ReferenceRating {

    /** The letter bands (docs/SOURCES.md §2.5, contiguous reading), by their lowest score in hundredths. */
    private static final NavigableMap<Integer, String> BANDS = new TreeMap<>(Map.of(
            0, "F", 5_000, "E", 5_500, "D", 6_500, "C", 7_500, "B", 8_500, "A", 9_500, "AA"));

    /** The FY2566 level line for ผ่าน and ผ่านดี, in hundredths. */
    public static final int PASS_LINE = 8_500;

    /** The FY2566 level line for ผ่านดีเยี่ยม, in hundredths. */
    public static final int EXCELLENT_LINE = 9_500;

    private ReferenceRating() {
    }

    /**
     * The letter band (FY2562-2565) of an overall score.
     *
     * @param hundredths the overall in hundredths, 0 to 10,000
     * @return the band's code: {@code AA}, {@code A}, {@code B}, {@code C}, {@code D}, {@code E} or {@code F}
     */
    public static String band(int hundredths) {
        checkRange(hundredths);
        return BANDS.floorEntry(hundredths).getValue();
    }

    /**
     * The letter band (FY2562-2565) of an overall score.
     *
     * @param overall the overall, not null
     * @return the band's code, as {@link #band(int)} gives it
     */
    public static String band(Score overall) {
        return band(overall.hundredths());
    }

    /**
     * The lowest overall of each letter band, highest band first.
     *
     * @return the band codes mapped to their lowest score in hundredths, {@code AA} first
     */
    public static NavigableMap<String, Integer> bandFloors() {
        NavigableMap<String, Integer> floors = new TreeMap<>((a, b) -> Integer.compare(
                Rating.letter(a).rank(), Rating.letter(b).rank()));
        BANDS.forEach((floor, code) -> floors.put(code, floor));
        return floors;
    }

    /**
     * The FY2566+ level of complete figures: ผ่านดีเยี่ยม ({@code EXCELLENT}) when the overall and
     * every component are at 95.00 or more; ผ่านดี ({@code GOOD}) when the overall and every component
     * are at 85.00 or more; ผ่าน ({@code PASS}) when the overall is at 85.00 or more; else {@code FAIL}.
     *
     * @param overall the overall in hundredths, 0 to 10,000
     * @param components the components the level looks at (IIT, EIT part 1, EIT part 2, OIT), in
     *        hundredths, not empty
     * @return the level's code: {@code EXCELLENT}, {@code GOOD}, {@code PASS} or {@code FAIL}
     */
    public static String level(int overall, List<Integer> components) {
        checkRange(overall);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a level needs the components");
        }
        components.forEach(c -> checkRange(Objects.requireNonNull(c, "component")));
        if (overall < PASS_LINE) {
            return "FAIL";
        }
        int lowest = components.stream().mapToInt(Integer::intValue).min().orElseThrow();
        if (overall >= EXCELLENT_LINE && lowest >= EXCELLENT_LINE) {
            return "EXCELLENT";
        }
        return lowest >= PASS_LINE ? "GOOD" : "PASS";
    }

    /**
     * The rating code of a fiscal year's complete figures: the letter band before FY2566, the level from it.
     *
     * @param fiscalYear the Buddhist fiscal year, 2562 or later
     * @param overall the overall in hundredths
     * @param components the level's components in hundredths (IIT, EIT part 1, EIT part 2, OIT);
     *        ignored for a letter-band year
     * @return the rating code, as {@link Rating#code()} gives it
     */
    public static String code(int fiscalYear, int overall, List<Integer> components) {
        return fiscalYear < RatingScheme.FIRST_LEVELS_YEAR ? band(overall) : level(overall, components);
    }

    /**
     * The rating of a fiscal year's complete figures, as the engine reports it.
     *
     * @param fiscalYear the Buddhist fiscal year, 2562 or later
     * @param overall the overall in hundredths
     * @param components the level's components in hundredths; ignored for a letter-band year
     * @return the rating
     */
    public static Rating rating(int fiscalYear, int overall, List<Integer> components) {
        return Rating.ofCode(code(fiscalYear, overall, components));
    }

    private static void checkRange(int hundredths) {
        if (hundredths < 0 || hundredths > 10_000) {
            throw new IllegalArgumentException("not a score in hundredths: " + hundredths);
        }
    }
}
