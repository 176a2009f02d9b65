package th.ita.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import th.ita.rules.Analysis;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.report.ReportOptions;
import th.ita.rules.report.Reports;

/** The {@code --format}, {@code --lang} and {@code --thai-digits} options of the reports. */
final class ReportSettings {

    /** The report languages. */
    enum Lang {
        /** Thai. */
        th,
        /** English. */
        en
    }

    @Option(names = "--format", paramLabel = "md|html|json|docx", defaultValue = "md", converter = FormatConverter.class,
            description = "Report format: md (Markdown), html (one printable file), json or docx (a Word "
                    + "document, A4; needs --out). Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th",
            description = "Report language: th (Thai) or en (English). Default: ${DEFAULT-VALUE}.")
    private Lang lang;

    @Option(names = "--thai-digits", negatable = true,
            description = "Print numbers in Thai digits (๘๓.๗๔); JSON keeps Arabic numbers. On by default for a "
                    + "Thai docx, as in the documents agencies publish; --no-thai-digits turns it off.")
    private Boolean thaiDigits;

    ReportFormat format() {
        return format;
    }

    boolean thai() {
        return lang == Lang.th;
    }

    /** Thai digits when asked for, and by default in a Thai DOCX document. */
    boolean thaiDigits() {
        return thaiDigits != null ? thaiDigits : format.isBinary() && thai();
    }

    ReportOptions options() {
        return ReportOptions.defaults().withThai(thai()).withThaiDigits(thaiDigits());
    }

    /**
     * Writes a report of a binary format (DOCX) into memory, for an atomic write.
     *
     * @param analysis the analysis, not null
     * @return the document, not null
     */
    byte[] bytes(Analysis analysis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Reports.write(analysis, format, options(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Converts {@code md}, {@code html}, {@code json} or {@code docx}, with the library's message for anything else. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
