package th.ita.rules.report;

/** The formats a report renders to. */
public enum ReportFormat {
    /** Markdown, for reading in a terminal or pasting into a document. */
    MARKDOWN("md"),
    /** One self-contained HTML file with inline CSS and SVG, laid out for A4 printing. */
    HTML("html"),
    /** JSON for machines: a stable contract documented in the README. */
    JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the usual file extension, without the dot.
     *
     * @return {@code md}, {@code html} or {@code json}
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the format with an extension or name, such as {@code md}, {@code html}, {@code json}.
     *
     * @param text the extension or name, not null
     * @return the format, not null
     * @throws IllegalArgumentException if no format matches
     */
    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format, was '" + text + "'; expected md, html or json");
    }
}
