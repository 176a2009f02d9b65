package th.ita.model.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import th.ita.model.Problem;

/**
 * The kind of a public agency, as the NACC groups local governments.
 */
public enum AgencyKind {
    /** City municipality (เทศบาลนคร). */
    CITY_MUNICIPALITY("เทศบาลนคร", "City municipality"),
    /** Town municipality (เทศบาลเมือง). */
    TOWN_MUNICIPALITY("เทศบาลเมือง", "Town municipality"),
    /** Subdistrict municipality (เทศบาลตำบล). */
    SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล", "Subdistrict municipality"),
    /** Provincial administrative organisation (องค์การบริหารส่วนจังหวัด, อบจ.). */
    PROVINCIAL_ADMINISTRATIVE_ORGANISATION("อบจ.", "Provincial administrative organisation",
            "องค์การบริหารส่วนจังหวัด"),
    /** Subdistrict administrative organisation (องค์การบริหารส่วนตำบล, อบต.). */
    SUBDISTRICT_ADMINISTRATIVE_ORGANISATION("อบต.", "Subdistrict administrative organisation",
            "องค์การบริหารส่วนตำบล"),
    /** Central-government agency, such as a department (ส่วนราชการ, กรม). */
    CENTRAL_GOVERNMENT("ส่วนราชการ", "Central government agency", "ส่วนราชการระดับกรม", "กรม"),
    /** Any other public agency. */
    OTHER("หน่วยงานอื่น", "Other agency", "other", "อื่น ๆ");

    private final String thai;
    private final String english;
    private final List<String> aliases;

    AgencyKind(String thai, String english, String... aliases) {
        this.thai = thai;
        this.english = english;
        this.aliases = List.of(aliases);
    }

    /**
     * Returns the Thai label, such as {@code เทศบาลนคร} or {@code อบจ.}.
     *
     * @return the label, not null
     */
    public String thai() {
        return thai;
    }

    /**
     * Returns the English label.
     *
     * @return the label, not null
     */
    public String english() {
        return english;
    }

    /**
     * Tells whether this is one of the three kinds of municipality (เทศบาล).
     *
     * @return true for a city, town or subdistrict municipality
     */
    public boolean isMunicipality() {
        return this == CITY_MUNICIPALITY || this == TOWN_MUNICIPALITY || this == SUBDISTRICT_MUNICIPALITY;
    }

    /**
     * Obtains a kind from its Thai label, its full Thai name, or its enum name.
     *
     * @param text the label, such as {@code เทศบาลนคร}, {@code อบจ.}, {@code other} or {@code CITY_MUNICIPALITY},
     *     not null
     * @return the kind, not null
     * @throws IllegalArgumentException if the text names no kind
     */
    public static AgencyKind parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        for (AgencyKind kind : values()) {
            if (kind.thai.equals(s) || kind.name().equalsIgnoreCase(s) || kind.aliases.contains(s)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown agency kind, was '%s'; expected one of เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบจ., อบต., "
                + "ส่วนราชการ, other",
                Problem.shown(text)));
    }
}
