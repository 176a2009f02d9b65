package th.ita.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.report.ReportOptions;

/** The {@code --format}, {@code --lang} and {@code --thai-digits} options of the reports. */
final class ReportSettings {

    /** The report languages. */
    enum Lang {
        /** Thai. */
        th,
        /** English. */
        en
    }

    @Option(names = "--format", paramLabel = "md|html|json", defaultValue = "md", converter = FormatConverter.class,
            description = "Report format: md (Markdown), html (one printable file) or json. Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th",
            description = "Report language: th (Thai) or en (English). Default: ${DEFAULT-VALUE}.")
    private Lang lang;

    @Option(names = "--thai-digits", description = "Print numbers in Thai digits (๘๓.๗๔); JSON keeps Arabic numbers.")
    private boolean thaiDigits;

    ReportFormat format() {
        return format;
    }

    boolean thai() {
        return lang == Lang.th;
    }

    boolean thaiDigits() {
        return thaiDigits;
    }

    ReportOptions options() {
        return ReportOptions.defaults().withThai(thai()).withThaiDigits(thaiDigits);
    }

    /** Converts {@code md}, {@code html} or {@code json}, with the library's message for anything else. */
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
