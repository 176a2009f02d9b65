package th.ita.rules.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report is written: language, digits and an optional directory of replacement templates.
 *
 * @param thai true for Thai (the default), false for English
 * @param thaiDigits true to print numbers in Thai digits (๘๓.๗๔); JSON always uses Arabic digits
 * @param templates a directory whose {@code report.md.peb} / {@code report.html.peb} replace the
 *     bundled templates, or empty, not null
 */
public record ReportOptions(boolean thai, boolean thaiDigits, Optional<Path> templates) {

    private static final ReportOptions DEFAULTS = new ReportOptions(true, false, Optional.empty());

    /**
     * Validates the parts.
     *
     * @param thai true for Thai, false for English
     * @param thaiDigits true to print numbers in Thai digits
     * @param templates the directory of replacement templates, or empty, not null
     */
    public ReportOptions {
        Objects.requireNonNull(templates, "templates");
    }

    /**
     * Returns the defaults: Thai, Arabic digits, bundled templates.
     *
     * @return the defaults, not null
     */
    public static ReportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy in English or Thai. This instance is unaffected.
     *
     * @param thaiLanguage true for Thai
     * @return the options, not null
     */
    public ReportOptions withThai(boolean thaiLanguage) {
        return new ReportOptions(thaiLanguage, thaiDigits, templates);
    }

    /**
     * Returns a copy with Thai or Arabic digits. This instance is unaffected.
     *
     * @param thaiDigitsWanted true for Thai digits
     * @return the options, not null
     */
    public ReportOptions withThaiDigits(boolean thaiDigitsWanted) {
        return new ReportOptions(thai, thaiDigitsWanted, templates);
    }

    /**
     * Returns a copy using the templates of a directory. This instance is unaffected. The directory
     * holds the layout of the format written ({@code report.md.peb}, {@code report.html.peb}) and may
     * hold the front matter's wording ({@code foreword.peb}, {@code background.peb}, used by every
     * format, DOCX included); a front-matter template it lacks is the bundled one.
     *
     * @param directory the directory, not null
     * @return the options, not null
     */
    public ReportOptions withTemplates(Path directory) {
        return new ReportOptions(thai, thaiDigits, Optional.of(directory));
    }
}
