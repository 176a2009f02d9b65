package th.ita.model.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * The indicator a printed name refers to, and the alias it matched when it was not the canonical name.
 *
 * @param indicator the indicator, not null
 * @param alias the alias matched, or empty for the canonical name, not null
 */
public record IndicatorMatch(Indicator indicator, Optional<IndicatorAlias> alias) {

    /**
     * Validates the parts.
     *
     * @param indicator the indicator, not null
     * @param alias the alias matched, or empty for the canonical name, not null
     */
    public IndicatorMatch {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(alias, "alias");
    }

    /**
     * Tells whether the name was a misprint that a report should flag.
     *
     * @return true if the matched alias is a misprint
     */
    public boolean isMisprint() {
        return alias.map(IndicatorAlias::misprint).orElse(false);
    }
}
