package th.ita.rules.facts;

import java.util.List;
import java.util.Objects;
import th.ita.rules.rating.Rating;

/**
 * A fact: the rating as the NACC published it, for comparison with the computed one.
 *
 * @param label the label as printed, such as {@code B} or {@code ผ่านดี}, not null
 * @param code the code of the rating the label names ({@code B}, {@code GOOD}, ...), or the label
 *     itself when it names no known rating, for comparison with {@code Rating.code}, not null
 */
public record PublishedRating(String label, String code) {

    private static final List<Rating> KNOWN = List.of(Rating.letter("AA"), Rating.letter("A"), Rating.letter("B"),
            Rating.letter("C"), Rating.letter("D"), Rating.letter("E"), Rating.letter("F"), Rating.excellent(),
            Rating.good(), Rating.pass(), Rating.fail());

    /**
     * Validates the parts.
     */
    public PublishedRating {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the published rating of a label, with the code it names worked out once.
     *
     * @param label the label as printed, not null
     * @return the fact, not null
     */
    public static PublishedRating of(String label) {
        String code = KNOWN.stream().filter(r -> r.isNamedBy(label)).map(Rating::code).findFirst().orElse(label);
        return new PublishedRating(label, code);
    }
}
