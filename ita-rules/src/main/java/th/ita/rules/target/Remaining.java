package th.ita.rules.target;

import java.math.BigDecimal;
import java.util.Objects;
import th.ita.model.catalogue.ToolComponent;

/**
 * What must still be raised once every OIT fix is applied: points on one indicator (if raised
 * alone), or on one tool component below a level's component line. Which of the two it is, is
 * its type.
 */
public sealed interface Remaining permits Remaining.OnIndicator, Remaining.OnComponent {

    /**
     * Returns the points the score must rise by.
     *
     * @return the points, not null
     */
    BigDecimal points();

    /**
     * Tells whether raising this subject alone can be enough.
     *
     * @return false if even 100 on that indicator alone would not be enough
     */
    boolean possible();

    /**
     * Points on one indicator, raised alone.
     *
     * @param indicator the indicator, 1 to 10
     * @param points the points the indicator must rise by, not null
     * @param possible false if even 100 on that indicator alone would not be enough
     */
    record OnIndicator(int indicator, BigDecimal points, boolean possible) implements Remaining {

        /**
         * Validates the parts.
         *
         * @param indicator the indicator, 1 to 10
         * @param points the points the indicator must rise by, not null
         * @param possible false if even 100 on that indicator alone would not be enough
         */
        public OnIndicator {
            Objects.requireNonNull(points, "points");
            if (indicator < 1 || indicator > 10) {
                throw new IllegalArgumentException("indicator must be 1 to 10, was " + indicator);
            }
        }
    }

    /**
     * Points on a tool component below the component line of a level.
     *
     * @param component the tool or EIT part, not null
     * @param points the points it must rise by, not null
     */
    record OnComponent(ToolComponent component, BigDecimal points) implements Remaining {

        /**
         * Validates the parts.
         *
         * @param component the tool or EIT part, not null
         * @param points the points it must rise by, not null
         */
        public OnComponent {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(points, "points");
        }

        /**
         * Returns true: a component can always be raised to the line.
         *
         * @return true
         */
        @Override
        public boolean possible() {
            return true;
        }
    }
}
