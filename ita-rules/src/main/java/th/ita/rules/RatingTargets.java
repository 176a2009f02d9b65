package th.ita.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import th.ita.model.Score;
import th.ita.rules.facts.RatingInput;
import th.ita.rules.target.Target;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingBound;

/**
 * The targets a rating names, read from the engine's own rating rules: the lowest overall, and the
 * lowest tool component, from which the rules rate that rating or better. Nothing here knows a cut
 * point, so a replaced {@code letter-bands.drl} moves {@code plan --target B} with it.
 *
 * @implSpec This class is thread-safe; each rating's lines are worked out once, on first use.
 */
final class RatingTargets {

    private static final int POINTS = 10_001;

    private final KieBase kieBase;
    private final Map<String, Lines> byCode = new ConcurrentHashMap<>();

    private record Lines(Score overall, Optional<Score> componentLine) {
    }

    RatingTargets(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * Returns the target of a rating.
     *
     * @param label the target as the user wrote it
     * @param rating the rating to reach or better
     * @throws IllegalArgumentException if the rules rate no overall at that rating or better
     */
    Target of(String label, Rating rating) {
        Lines lines = byCode.computeIfAbsent(rating.code(), code -> lines(rating));
        return new Target(label, lines.overall(), lines.componentLine(), Optional.of(rating));
    }

    /**
     * The overall line is read with every component at 100.00, the component line with the overall
     * at 100.00; a component line of 0.00 is no line at all.
     */
    private Lines lines(Rating rating) {
        List<RatingInput> inputs = new ArrayList<>(2 * POINTS);
        for (int i = 0; i < POINTS; i++) {
            inputs.add(new RatingInput(rating.scheme(), RatingBound.PROVEN, i / 100.0, 100.0, List.of()));
        }
        for (int i = 0; i < POINTS; i++) {
            inputs.add(new RatingInput(rating.scheme(), RatingBound.PROVEN, 100.0, i / 100.0, List.of()));
        }
        List<List<String>> codes = RatingSweep.codes(kieBase, inputs);
        int overall = lowestReaching(codes.subList(0, POINTS), rating);
        if (overall < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target: the rating rules rate no overall %s or better, even 100.00", rating.code()));
        }
        int component = Math.max(lowestReaching(codes.subList(POINTS, 2 * POINTS), rating), 0);
        return new Lines(Score.ofHundredths(overall),
                component == 0 ? Optional.empty() : Optional.of(Score.ofHundredths(component)));
    }

    /** The lowest point from which every point up to 100.00 is rated at the rating or better, or -1. */
    private static int lowestReaching(List<List<String>> codes, Rating rating) {
        int lowest = -1;
        for (int i = codes.size() - 1; i >= 0 && atLeast(codes.get(i), rating); i--) {
            lowest = i;
        }
        return lowest;
    }

    private static boolean atLeast(List<String> codes, Rating rating) {
        return codes.size() == 1 && Rating.ofCode(codes.get(0)).scheme() == rating.scheme()
                && Rating.ofCode(codes.get(0)).rank() <= rating.rank();
    }
}
