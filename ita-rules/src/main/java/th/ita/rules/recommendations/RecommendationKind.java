package th.ita.rules.recommendations;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of recommendation: which catalogue texts a measure takes. The seven bundled kinds are
 * constants; a rule author adds kinds with their texts in a recommendations file ({@code kinds},
 * read with {@link RecommendationCatalogue#with}) and names them in DRL with {@link #of(String)}.
 * The catalogue, not the kind, knows the level of the subjects a kind's texts describe
 * ({@link RecommendationCatalogue#subjectLevel}).
 *
 * @param name the kind's name in upper case, such as {@code IMPROVE_INDICATOR}, not null
 */
public record RecommendationKind(String name) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** Improve an indicator below the weakness line. */
    public static final RecommendationKind IMPROVE_INDICATOR = new RecommendationKind("IMPROVE_INDICATOR");
    /** Raise a tool or EIT part below the pass mark. */
    public static final RecommendationKind IMPROVE_TOOL = new RecommendationKind("IMPROVE_TOOL");
    /** Publish what a failed OIT item lacks. */
    public static final RecommendationKind PUBLISH_OIT_ITEM = new RecommendationKind("PUBLISH_OIT_ITEM");
    /** Improve an indicator below the urgent line. */
    public static final RecommendationKind URGENT_INDICATOR = new RecommendationKind("URGENT_INDICATOR");
    /** Improve a theme's tool group with a question below the maintain score. */
    public static final RecommendationKind IMPROVE_THEME_GROUP = new RecommendationKind("IMPROVE_THEME_GROUP");
    /** Keep an indicator at the maintain score. */
    public static final RecommendationKind MAINTAIN_INDICATOR = new RecommendationKind("MAINTAIN_INDICATOR");
    /** Keep a theme's tool group whose every question is at the maintain score. */
    public static final RecommendationKind MAINTAIN_THEME_GROUP = new RecommendationKind("MAINTAIN_THEME_GROUP");

    /** The bundled kinds, in the order a measures table lists them; added kinds follow. */
    static final List<RecommendationKind> BUNDLED = List.of(IMPROVE_INDICATOR, IMPROVE_TOOL, PUBLISH_OIT_ITEM,
            URGENT_INDICATOR, IMPROVE_THEME_GROUP, MAINTAIN_INDICATOR, MAINTAIN_THEME_GROUP);

    /**
     * Validates the name.
     *
     * @param name the kind's name in upper case, such as {@code IMPROVE_INDICATOR}, not null
     * @throws IllegalArgumentException if the name is not upper-case letters, digits and underscores
     *     starting with a letter, at most 64 characters
     */
    public RecommendationKind {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a recommendation kind is named in upper-case letters, digits and _, "
                    + "starting with a letter (at most 64), such as TRAIN_PROCUREMENT_STAFF, was \"" + name + "\"");
        }
    }

    /**
     * Returns the kind of a name: a bundled kind, or one a recommendations file adds.
     *
     * @param name the name, such as {@code TRAIN_PROCUREMENT_STAFF}, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if the name is not upper-case letters, digits and underscores
     */
    public static RecommendationKind of(String name) {
        return new RecommendationKind(name);
    }

    /**
     * Returns whether this is one of the seven bundled kinds.
     *
     * @return true for a bundled kind
     */
    public boolean isBundled() {
        return BUNDLED.contains(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
