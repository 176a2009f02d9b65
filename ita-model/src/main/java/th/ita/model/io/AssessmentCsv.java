package th.ita.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.ita.model.FiscalYear;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.ThaiDigits;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;

/**
 * The CSV batch format: one assessment a row, read as a stream, so that a file of any length is
 * never held in memory.
 *
 * <p>The header names {@code agency} and {@code fiscalYear} and any of {@code agencyKind},
 * {@code overall}, indicator columns {@code 1} to {@code 10} (or {@code indicator1} to
 * {@code indicator10}), tool columns {@code IIT}, {@code EIT}, {@code EIT_PART_1},
 * {@code EIT_PART_2}, {@code OIT}, question columns such as {@code i1}, {@code e1}, {@code o1},
 * and unit columns such as {@code unit.FINANCE} naming the agency's own unit for a responsible
 * role. The file is UTF-8, with or without a byte-order mark; a blank cell is an absent value and
 * a blank line is skipped; every other row has one cell per header column. A record may hold at
 * most 8,388,608 characters (as much as one JSON input), and a longer one is refused as it is read.
 *
 * <p>Every problem is an {@link ItaValidationException} whose source is the file and whose
 * problems name the line and the column, as a compiler does: {@code agencies.csv:12: column
 * 'overall': score out of range, was 120; valid 0.00 - 100.00}.
 *
 * <pre>{@code
 * long rows = AssessmentCsv.reader().readEach(Path.of("agencies.csv"),
 *         (assessment, line) -> System.out.println(engine.analyze(assessment).rating()));
 * }</pre>
 *
 * <p>{@link #readRows} splits reading from building, for a caller that builds and analyses the
 * rows on several threads while one thread reads the file.
 *
 * @implSpec Instances are immutable and thread-safe; a {@link Row} may be built on any thread.
 */
public final class AssessmentCsv {

    private static final Pattern INDICATOR = Pattern.compile("(?i)(?:indicator)?\\s*(\\d{1,2})");
    private static final Pattern QUESTION = Pattern.compile("(?i)[ieo]\\d{1,3}");
    private static final List<String> TOOLS = List.of("IIT", "EIT", "EIT_PART_1", "EIT_PART_2", "OIT");
    private static final String EXPECTED = "expected agency, fiscalYear, agencyKind, overall, "
            + "indicator columns 1 to 10 (or indicator1 to indicator10), tool columns IIT, EIT, EIT_PART_1, EIT_PART_2, OIT, or question "
            + "columns such as i1, e1, o1, or unit columns such as unit.FINANCE";
    private static final String UNIT_PREFIX = "UNIT.";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .get();
    private static final AssessmentCsv ANY_ROLE = new AssessmentCsv(Optional.empty());

    /** The roles a unit column may name; empty when any is taken (the builder and the engine check them). */
    private final Optional<List<String>> roles;

    private AssessmentCsv(Optional<List<String>> roles) {
        this.roles = roles;
    }

    /**
     * Returns the reader of the format, which takes a unit column for any role and leaves the role
     * to be checked by whoever uses the unit names.
     *
     * @return the reader, not null
     */
    public static AssessmentCsv reader() {
        return ANY_ROLE;
    }

    /**
     * Returns a reader that refuses, in the header, a unit column for a role not in a list, so
     * that a mistyped role is named before any row is read.
     *
     * @param roles the responsible roles the rules know, such as {@code FINANCE}, not null
     * @return the reader, not null
     */
    public AssessmentCsv withRoles(Collection<String> roles) {
        return new AssessmentCsv(Optional.of(List.copyOf(roles)));
    }

    /**
     * Reads every row in order and gives each assessment to {@code each} while the file has no
     * problem; after the first problem it reads on only to report every problem of the file at once.
     *
     * @param file the CSV file, not null
     * @param each receives each assessment with the line its row starts on, up to the first problem,
     *     not null
     * @return the number of rows, at least one
     * @throws ItaValidationException naming the file and, for each problem (at most
     *     {@value ItaValidationException#LISTED} kept, all counted), the line and the column; or
     *     saying that the file is not UTF-8, is not CSV, has a bad header or has no rows
     * @throws UncheckedIOException if the file cannot be opened
     */
    public long readEach(Path file, ObjLongConsumer<Assessment> each) {
        List<Problem> problems = new ArrayList<>();
        long[] bad = {0};
        long rows = readRows(file, row -> {
            try {
                Assessment assessment = row.assessment();
                if (bad[0] == 0) {
                    each.accept(assessment, row.line());
                }
            } catch (ItaValidationException e) {
                bad[0] += e.total();
                e.problems().stream().limit(ItaValidationException.LISTED - problems.size()).forEach(problems::add);
            }
        });
        if (bad[0] > 0) {
            throw new ItaValidationException(file.toString(), problems, bad[0]);
        }
        return rows;
    }

    /**
     * Reads the rows of a file in order without building them: each {@link Row} holds its cells,
     * and {@link Row#assessment()} builds it, on any thread. Problems of the whole file (its
     * encoding, its CSV syntax, its header, no rows) end the reading; a row's own problems are
     * found when it is built.
     *
     * @param file the CSV file, not null
     * @param rows receives each row that is not blank, in order, not null
     * @return the number of rows, at least one
     * @throws ItaValidationException naming the file, if it is not UTF-8, is not CSV, has a bad
     *     header or has no rows
     * @throws UncheckedIOException if the file cannot be opened
     */
    public long readRows(Path file, Consumer<Row> rows) {
        String source = file.toString();
        long count = 0;
        try (Reader reader = open(file)) {
            CSVParser parser = parser(source, reader);
            Header header = header(source, parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(source, records);
                if (record == null) {
                    break;
                }
                if (!isBlank(record)) {
                    count++;
                    // Outside the parser's error handling: what the caller throws is the caller's.
                    rows.accept(new Row(header, line, record.values()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (count == 0) {
            throw invalid(source, "no rows; after the header line give one row per agency", 0);
        }
        return count;
    }

    /**
     * One row of the file, read but not yet built.
     *
     * @implSpec Immutable and thread-safe.
     */
    public static final class Row {

        private final Header header;
        private final long line;
        private final String[] cells;

        private Row(Header header, long line, String[] cells) {
            this.header = header;
            this.line = line;
            this.cells = cells;
        }

        /**
         * Returns the line of the file the row starts on; the header is line 1.
         *
         * @return the line, at least 2
         */
        public long line() {
            return line;
        }

        /**
         * Builds the row's assessment.
         *
         * @return the assessment, not null
         * @throws ItaValidationException naming the file, the line and the column of each problem
         *     of the row, such as a short row, a bad score or a missing agency name
         */
        public Assessment assessment() {
            // A short row is as wrong as a long one: its values may belong to other columns.
            if (cells.length != header.width()) {
                throw header.problems(List.of(new Problem("", "", String.format(Locale.ROOT,
                        "%d values, but the header names %d columns; give every column a cell, "
                                + "an empty one for a value not given", cells.length, header.width()), lineNumber())));
            }
            Assessment.Builder builder = Assessment.builder();
            List<Problem> own = new ArrayList<>();
            boolean badYear = false;
            String agency = null;
            String kind = null;
            for (Column column : header.columns()) {
                String value = cells[column.index()];
                if (value == null || value.isBlank()) {
                    continue;
                }
                value = value.strip();
                switch (column.kind()) {
                    case AGENCY -> agency = value;
                    case AGENCY_KIND -> kind = value;
                    case FISCAL_YEAR -> {
                        try {
                            builder.fiscalYear(FiscalYear.parse(value));
                        } catch (IllegalArgumentException e) {
                            own.add(new Problem(column.shown(), value, e.getMessage(), lineNumber()));
                            badYear = true;
                        }
                    }
                    case OVERALL -> builder.overall(value);
                    case INDICATOR -> builder.indicator(column.key(), value);
                    case TOOL -> builder.tool(column.key(), value);
                    case QUESTION -> builder.question(column.key(), value);
                    case UNIT -> builder.unit(column.key(), value);
                    default -> throw new AssertionError(column.kind());
                }
            }
            if (agency != null) {
                if (kind != null) {
                    builder.agency(agency, kind);
                } else {
                    builder.agency(agency, AgencyKind.OTHER);
                }
            }
            try {
                Assessment assessment = builder.build();
                if (own.isEmpty()) {
                    return assessment;
                }
            } catch (ItaValidationException e) {
                for (Problem p : e.problems()) {
                    if (badYear && p.field().equals("fiscalYear")) {
                        continue; // already reported with the reason the year did not parse
                    }
                    String column = header.columnOfField().get(p.field());
                    own.add(new Problem(column != null ? column : p.field(), p.value(), p.message(), lineNumber()));
                }
            }
            throw header.problems(own);
        }

        /** The line as a problem holds it; a file of more lines than an int counts is beyond any limit here. */
        private int lineNumber() {
            return (int) Math.min(line, Integer.MAX_VALUE);
        }
    }

    /** What one column of the header holds. */
    private enum Kind { AGENCY, AGENCY_KIND, FISCAL_YEAR, OVERALL, INDICATOR, TOOL, QUESTION, UNIT, IGNORED }

    /** One column of the header: its position, name, kind and the key to give the builder. */
    private record Column(int index, String name, Kind kind, String key) {

        /** The column as a problem names it: {@code column 'indicator3'}. */
        String shown() {
            return "column '" + Problem.shown(name) + "'";
        }

        /** The builder's field this column fills, such as {@code indicators.3}. */
        String field() {
            return switch (kind) {
                case INDICATOR -> "indicators." + key;
                case TOOL -> "tools." + key;
                case QUESTION -> "questions." + key;
                case UNIT -> "units." + key;
                default -> key;
            };
        }
    }

    /**
     * The header of one file: its columns, how many cells a row has, and the column (as a problem
     * names it) that fills each of the builder's fields.
     */
    private record Header(String source, List<Column> columns, int width, Map<String, String> columnOfField) {

        ItaValidationException problems(List<Problem> problems) {
            return new ItaValidationException(source, problems, problems.size());
        }
    }

    private Header header(String source, List<String> names) {
        if (names.isEmpty()) {
            throw invalid(source, "empty; the first line must be a header such as agency,fiscalYear,overall", 0);
        }
        List<Column> columns = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, String> columnOfField = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            Column column = column(source, i, name);
            if (column.kind() == Kind.IGNORED) {
                continue;
            }
            String earlier = seen.put(column.kind() + ":" + column.key(), name);
            if (earlier != null) {
                throw invalid(source, String.format(Locale.ROOT, "columns '%s' and '%s' give the same value",
                        Problem.shown(earlier), Problem.shown(name)), 1);
            }
            columns.add(column);
            columnOfField.putIfAbsent(column.field(), column.shown());
        }
        for (String required : List.of("agency", "fiscalYear")) {
            if (columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(required))) {
                throw invalid(source, "missing column " + required + "; the header needs agency and fiscalYear", 1);
            }
        }
        return new Header(source, List.copyOf(columns), names.size(), Map.copyOf(columnOfField));
    }

    private Column column(String source, int index, String name) {
        if (name.isEmpty()) {
            return new Column(index, name, Kind.IGNORED, "");
        }
        String upper = name.toUpperCase(Locale.ROOT);
        switch (name.toLowerCase(Locale.ROOT)) {
            case "agency":
                return new Column(index, name, Kind.AGENCY, "agency");
            case "agencykind":
                return new Column(index, name, Kind.AGENCY_KIND, "agencyKind");
            case "fiscalyear":
                return new Column(index, name, Kind.FISCAL_YEAR, "fiscalYear");
            case "overall":
                return new Column(index, name, Kind.OVERALL, "overall");
            default:
                break;
        }
        if (upper.startsWith(UNIT_PREFIX)) {
            String role = upper.substring(UNIT_PREFIX.length());
            if (roles.isPresent() && !roles.get().contains(role)) {
                throw invalid(source, String.format(Locale.ROOT, "unknown role in column '%s'; roles are %s",
                        Problem.shown(name), roles.get()), 1);
            }
            return new Column(index, name, Kind.UNIT, role);
        }
        if (TOOLS.contains(upper)) {
            return new Column(index, name, Kind.TOOL, upper);
        }
        Matcher indicator = INDICATOR.matcher(ThaiDigits.toArabic(name));
        if (indicator.matches()) {
            int number = Integer.parseInt(indicator.group(1));
            if (number >= 1 && number <= 10) {
                return new Column(index, name, Kind.INDICATOR, Integer.toString(number));
            }
        }
        if (QUESTION.matcher(name).matches()) {
            return new Column(index, name, Kind.QUESTION, name.toLowerCase(Locale.ROOT));
        }
        throw invalid(source, String.format(Locale.ROOT, "unknown column '%s'; %s", Problem.shown(name), EXPECTED), 1);
    }

    /** Reads the header line. */
    private static CSVParser parser(String source, Reader reader) {
        try {
            return FORMAT.parse(reader);
        } catch (UncheckedIOException e) {
            throw unreadable(source, e.getCause());
        } catch (IOException e) {
            throw unreadable(source, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a bad header (such as a duplicate name) this way.
            throw invalid(source, e.getMessage(), 1);
        }
    }

    /** Reads the next record, or returns null at the end of the file. */
    private static CSVRecord next(String source, Iterator<CSVRecord> records) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw unreadable(source, e.getCause());
        }
    }

    /** A strict UTF-8 reader of the file, past its byte-order mark, that bounds each record. */
    private static Reader open(Path file) {
        try {
            BufferedReader reader = new BufferedReader(new RecordLimitReader(new InputStreamReader(
                    Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                    file.toString()));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (CharacterCodingException e) {
            throw unreadable(file.toString(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static ItaValidationException unreadable(String source, IOException e) {
        if (e instanceof CharacterCodingException) {
            return invalid(source, "not UTF-8 text; save the file as CSV UTF-8", 0);
        }
        return invalid(source, "malformed CSV: " + e.getMessage(), 0);
    }

    /** A problem of the whole file, or of its header (line 1). */
    private static ItaValidationException invalid(String source, String message, int line) {
        return new ItaValidationException(source, List.of(new Problem("", "", message, line)), 1);
    }
}
