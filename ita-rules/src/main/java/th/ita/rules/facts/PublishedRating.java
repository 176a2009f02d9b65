package th.ita.rules.facts;

import java.util.Objects;

/**
 * A fact: the rating as the NACC published it, for comparison with the computed one.
 *
 * @param label the label as printed, such as {@code B} or {@code ผ่านดี}, not null
 */
public record PublishedRating(String label) {

    /**
     * Validates the parts.
     */
    public PublishedRating {
        Objects.requireNonNull(label, "label");
    }

    private static final java.util.List<th.ita.rules.rating.Rating> KNOWN = java.util.List.of(
            th.ita.rules.rating.Rating.letter("AA"), th.ita.rules.rating.Rating.letter("A"),
            th.ita.rules.rating.Rating.letter("B"), th.ita.rules.rating.Rating.letter("C"),
            th.ita.rules.rating.Rating.letter("D"), th.ita.rules.rating.Rating.letter("E"),
            th.ita.rules.rating.Rating.letter("F"), th.ita.rules.rating.Rating.excellent(),
            th.ita.rules.rating.Rating.good(), th.ita.rules.rating.Rating.pass(), th.ita.rules.rating.Rating.fail());

    /**
     * Returns the code of the rating the label names ({@code B}, {@code GOOD}, ...), or the label
     * itself when it names no known rating, for comparison with {@code Rating.code}.
     *
     * @return the code, not null
     */
    public String code() {
        return KNOWN.stream().filter(r -> r.isNamedBy(label)).map(th.ita.rules.rating.Rating::code).findFirst()
                .orElse(label);
    }
}
