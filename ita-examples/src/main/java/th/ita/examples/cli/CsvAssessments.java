package th.ita.examples.cli;

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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
import th.ita.rules.recommendations.RecommendationCatalogue;

/**
 * Reads the CSV batch format, one assessment a row, streaming: the file is never held in memory.
 *
 * <p>The header names {@code agency} and {@code fiscalYear} and any of {@code agencyKind},
 * {@code overall}, indicator columns {@code 1} to {@code 10} (or {@code indicator1} to
 * {@code indicator10}), tool columns {@code IIT}, {@code EIT}, {@code EIT_PART_1},
 * {@code EIT_PART_2}, {@code OIT} and question columns such as {@code i1}, {@code e1},
 * {@code o1}, and unit columns such as {@code unit.FINANCE} naming the agency's own unit for a
 * responsible role. The file is UTF-8, with or without a byte-order mark; a blank cell is an absent
 * value and a blank line is skipped; every other row has one cell per header column. Problems name
 * the line and the column.
 */
final class CsvAssessments {

    private static final Pattern INDICATOR = Pattern.compile("(?i)(?:indicator)?\\s*(\\d{1,2})");
    private static final Pattern QUESTION = Pattern.compile("(?i)[ieo]\\d{1,3}");
    private static final List<String> TOOLS = List.of("IIT", "EIT", "EIT_PART_1", "EIT_PART_2", "OIT");
    private static final String EXPECTED = "expected agency, fiscalYear, agencyKind, overall, "
            + "indicator columns 1 to 10 (or indicator1 to indicator10), tool columns IIT, EIT, EIT_PART_1, EIT_PART_2, OIT, or question "
            + "columns such as i1, e1, o1, or unit columns such as unit.FINANCE";
    private static final String UNIT_PREFIX = "unit.";

    private final Path file;

    /** One row read: its line and its assessment. */
    record Row(long line, Assessment assessment) {
    }

    /** What one column of the header holds. */
    private enum Kind { AGENCY, AGENCY_KIND, FISCAL_YEAR, OVERALL, INDICATOR, TOOL, QUESTION, UNIT, IGNORED }

    /** One column of the header: its position, name, kind and the key to give the builder. */
    private record Column(int index, String name, Kind kind, String key) {
    }

    /**
     * Creates a reader of a CSV file.
     *
     * @param file the file, not null
     */
    CsvAssessments(Path file) {
        this.file = file;
    }

    /**
     * Reads every row in order and gives each to {@code rows} while the file has no problem; after
     * the first problem it reads on only to report every problem of the file at once.
     *
     * @param rows receives the rows up to the first problem, not null
     * @return the number of rows, at least one
     * @throws InputException naming the file, the line and the column of the first problems, or
     *         saying that the file has no rows
     */
    long readAll(Consumer<Row> rows) {
        List<String> problems = new ArrayList<>();
        long[] count = {0, 0};
        read(row -> {
            count[0]++;
            if (count[1] == 0) {
                rows.accept(row);
            }
        }, problem -> {
            count[1]++;
            if (problems.size() < InputException.LISTED) {
                problems.add(problem);
            }
        });
        if (count[1] > 0) {
            throw InputException.problems(file.toString(), problems, count[1]);
        }
        if (count[0] == 0) {
            throw new InputException(file + ": no rows; after the header line give one row per agency");
        }
        return count[0];
    }

    /**
     * Reads the rows in order, calling {@code rows} for each good row and {@code problems} for each
     * problem of a bad one, as {@code line N, column C: message}.
     *
     * @param rows receives good rows, not null
     * @param problems receives problems, not null
     * @throws InputException if the file is missing, empty, not UTF-8, malformed CSV or its header is bad
     */
    void read(Consumer<Row> rows, Consumer<String> problems) {
        Inputs.requireFile(file);
        try (Reader reader = open(); CSVParser parser = format().parse(reader)) {
            List<Column> columns = columns(parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                // A short row is as wrong as a long one: its values may belong to other columns.
                if (record.size() != parser.getHeaderNames().size()) {
                    problems.accept(String.format(Locale.ROOT, "line %d: %d values, but the header names %d columns; "
                            + "give every column a cell, an empty one for a value not given",
                            line, record.size(), parser.getHeaderNames().size()));
                    continue;
                }
                row(line, record, columns, rows, problems);
            }
        } catch (UncheckedIOException e) {
            throw ioProblem(e.getCause());
        } catch (IOException e) {
            throw ioProblem(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a bad header (such as a duplicate name) this way.
            throw new InputException(file + ": line 1: " + e.getMessage(), e);
        }
    }

    private InputException ioProblem(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new InputException(file + ": not UTF-8 text; save the file as CSV UTF-8", e);
        }
        return new InputException(file + ": malformed CSV: " + e.getMessage(), e);
    }

    private Reader open() throws IOException {
        BufferedReader reader = new BufferedReader(new RecordLimitReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), file.toString()));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
    }

    private List<Column> columns(List<String> names) {
        if (names.isEmpty()) {
            throw new InputException(file + ": empty; the first line must be a header such as "
                    + "agency,fiscalYear,overall");
        }
        List<Column> columns = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            Column column = column(i, name);
            if (column.kind() == Kind.IGNORED) {
                continue;
            }
            String identity = column.kind() + ":" + column.key();
            String earlier = seen.put(identity, name);
            if (earlier != null) {
                throw new InputException(String.format(Locale.ROOT,
                        "%s: line 1: columns '%s' and '%s' give the same value", file, Problem.shown(earlier),
                        Problem.shown(name)));
            }
            columns.add(column);
        }
        for (String required : List.of("agency", "fiscalYear")) {
            if (columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(required))) {
                throw new InputException(file + ": line 1: missing column " + required
                        + "; the header needs agency and fiscalYear");
            }
        }
        return columns;
    }

    private Column column(int index, String name) {
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
        if (upper.startsWith(UNIT_PREFIX.toUpperCase(Locale.ROOT))) {
            String role = upper.substring(UNIT_PREFIX.length());
            List<String> roles = RecommendationCatalogue.standard().roleIds();
            if (!roles.contains(role)) {
                throw new InputException(String.format(Locale.ROOT, "%s: line 1: unknown role in column '%s'; "
                        + "roles are %s", file, name, roles));
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
        throw new InputException(String.format(Locale.ROOT, "%s: line 1: unknown column '%s'; %s", file,
                Problem.shown(name), EXPECTED));
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void row(long line, CSVRecord record, List<Column> columns, Consumer<Row> rows,
            Consumer<String> problems) {
        Assessment.Builder builder = Assessment.builder();
        Map<String, String> columnOfField = new LinkedHashMap<>();
        List<String> own = new ArrayList<>();
        boolean badYear = false;
        String agency = null;
        String kind = null;
        for (Column column : columns) {
            columnOfField.putIfAbsent(field(column), column.name());
            String value = column.index() < record.size() ? record.get(column.index()) : null;
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
                        own.add(where(line, column.name()) + e.getMessage());
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
                rows.accept(new Row(line, assessment));
            }
        } catch (ItaValidationException e) {
            for (Problem p : e.problems()) {
                if (badYear && p.field().equals("fiscalYear")) {
                    continue; // already reported with the reason the year did not parse
                }
                String column = columnOfField.get(p.field());
                own.add(column != null ? where(line, column) + p.message()
                        : String.format(Locale.ROOT, "line %d: %s: %s", line, p.field(), p.message()));
            }
        }
        own.forEach(problems);
    }

    private static String field(Column column) {
        return switch (column.kind()) {
            case INDICATOR -> "indicators." + column.key();
            case TOOL -> "tools." + column.key();
            case QUESTION -> "questions." + column.key();
            case UNIT -> "units." + column.key();
            default -> column.key();
        };
    }

    private static String where(long line, String column) {
        return String.format(Locale.ROOT, "line %d, column '%s': ", line, column);
    }
}
