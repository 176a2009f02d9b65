package th.ita.model.catalogue;

/**
 * A tool score as published: one per tool, and for FY2566 on the two parts of the EIT where the
 * NACC prints them. Reports name them with {@link Catalogue#componentName} (the one home of the
 * printed names, {@code EIT ส่วนที่ 2}; Thai digits are a report option).
 */
public enum ToolComponent {
    /** The IIT score: the mean of indicators 1 to 5. */
    IIT(Tool.IIT),
    /** The EIT score: the mean of indicators 6 to 8, or of its two parts. */
    EIT(Tool.EIT),
    /** Part 1 of the EIT (FY2566 on), printed only by some reports. */
    EIT_PART_1(Tool.EIT),
    /** Part 2 of the EIT (FY2566 on), printed only by some reports. */
    EIT_PART_2(Tool.EIT),
    /** The OIT score: the mean of indicators 9 and 10. */
    OIT(Tool.OIT);

    private final Tool tool;

    ToolComponent(Tool tool) {
        this.tool = tool;
    }

    /**
     * Returns the tool this component belongs to.
     *
     * @return the tool, not null
     */
    public Tool tool() {
        return tool;
    }

    /**
     * Tells whether this component is one of the two EIT parts.
     *
     * @return true for {@link #EIT_PART_1} and {@link #EIT_PART_2}
     */
    public boolean isPart() {
        return this == EIT_PART_1 || this == EIT_PART_2;
    }

    /**
     * Returns the component for a whole tool.
     *
     * @param tool the tool, not null
     * @return the whole-tool component, not null
     */
    public static ToolComponent of(Tool tool) {
        return switch (tool) {
            case IIT -> IIT;
            case EIT -> EIT;
            case OIT -> OIT;
        };
    }
}
