package th.ita.model.actionplan;

import java.util.Locale;
import java.util.Objects;

import th.ita.model.Problem;

/**
 * The kind of a plan item, given by the Thai prefix of its name.
 *
 * <p>The label of the detail record ("ชื่อโครงการ :", "ชื่อกิจกรรม :", "ชื่อมาตรการ :") often
 * disagrees with the name, so the kind is always derived from the name itself:
 * "มาตรการ NO Gift Policy" is a {@link #MEASURE} even where it is labelled "ชื่อโครงการ".
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum PlanItemKind {

    /** A project, "โครงการ". */
    PROJECT("โครงการ"),
    /** An activity, "กิจกรรม". */
    ACTIVITY("กิจกรรม"),
    /** A measure, "มาตรการ". */
    MEASURE("มาตรการ");

    private final String prefix;

    PlanItemKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Returns the Thai word that starts the names of this kind.
     *
     * @return the prefix, such as "โครงการ", not null
     */
    public String prefix() {
        return prefix;
    }

    /**
     * Obtains the kind of a plan item from its name.
     *
     * @param name the Thai name, such as "มาตรการ NO Gift Policy", not null
     * @return the kind given by the name's prefix, not null
     * @throws IllegalArgumentException if the name starts with none of โครงการ, กิจกรรม, มาตรการ
     */
    public static PlanItemKind ofName(String name) {
        Objects.requireNonNull(name, "name");
        String stripped = name.strip();
        for (PlanItemKind kind : values()) {
            if (stripped.startsWith(kind.prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "name: no kind prefix, was \"%s\"; a name starts with โครงการ, กิจกรรม or มาตรการ",
                Problem.shown(name)));
    }
}
