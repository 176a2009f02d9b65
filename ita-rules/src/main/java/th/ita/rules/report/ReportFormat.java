package th.ita.rules.report;

/** The formats a report renders to. */
public enum ReportFormat {
    /** Markdown, for reading in a terminal or pasting into a document. */
    MARKDOWN("md"),
    /** One self-contained HTML file with inline CSS and SVG, laid out for A4 printing. */
    HTML("html"),
    /** JSON for machines: a stable contract documented in the README. */
    JSON("json"),
    /**
     * A Word document (Office Open XML), A4, for the agency to adjust, sign and publish; binary, so
     * it is written with {@link Reports#write}, not {@link Reports#render}.
     */
    DOCX("docx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the usual file extension, without the dot.
     *
     * @return {@code md}, {@code html}, {@code json} or {@code docx}
     */
    public String extension() {
        return extension;
    }

    /**
     * Tells whether the format is binary, and so has no text to {@link Reports#render render}.
     *
     * @return true for {@link #DOCX}
     */
    public boolean isBinary() {
        return this == DOCX;
    }

    /**
     * Returns the format with an extension or name, such as {@code md}, {@code html}, {@code json},
     * {@code docx}.
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
        throw new IllegalArgumentException("unknown report format, was '" + text + "'; expected md, html, json or docx");
    }
}
