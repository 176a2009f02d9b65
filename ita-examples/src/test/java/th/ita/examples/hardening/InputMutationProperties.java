package th.ita.examples.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import th.ita.examples.bench.AssessmentGenerator;
import th.ita.examples.cli.ItaCli;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.internal.Texts;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.io.AssessmentJson;

/**
 * Random mutations of valid inputs, run through the command line as a user does: the tool
 * either succeeds (exit 0, the output written, nothing on standard error) or reports bad input
 * (exit 2, one line {@code ita: FILE: ...} on standard error, or a summary line and the problems
 * listed below it, and no output file). Never exit 1,
 * never a stack trace, never a partial file. The JSON reader alone takes many more: it either
 * reads the input or lists problems that each name a field and quote no value whole.
 *
 * <p>The JSON bases are the five bundled samples and three generated agencies with every
 * question, OIT item and a previous year; the CSV bases are generated rows. The mutations are
 * the ones users make: wrong types, missing and duplicate fields, out-of-range and non-numeric
 * scores, unknown codes, huge numbers, empty files, wrong encodings, truncation and stray
 * characters; and what a fuzzer found: exponents beyond what a decimal holds, numbers of
 * 100,000 digits, lone surrogates and content after the JSON value.
 *
 * <p>Tagged {@code hardening}: only {@code mvn -Phardening} runs it, and gives the reader property
 * {@value #HARDENING_TRIES} tries (see the parent pom); run alone without the profile (an IDE run,
 * {@code -Dtest=InputMutationProperties -Dita.test.excludedGroups=}), it makes 300.
 */
@Tag("hardening")
class InputMutationProperties {

    /** The reader property's tries in the hardening profile; a run without the profile makes 300. */
    static final int HARDENING_TRIES = 100_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> SAMPLES = List.of("lampang-city-2563", "lampang-city-2564",
            "lopburi-2565", "lampang-pao-2566", "chiangmai-2566");

    /** Raw JSON values put where a value was. */
    private static final List<String> BAD_VALUES = List.of("\"abc\"", "\"\"", "\"  \"", "true", "false", "null",
            "[]", "{}", "[1, 2]", "{\"pass\": true}", "{\"pass\": \"yes\"}", "-1", "-0.001", "-0", "100.001",
            "100.005", "100.004", "120", "1e400", "-1e400", "1e-400", "1E+30", "99999999999999999999999999999",
            "\"1e400\"", "\"๙๙.๙๙\"", "\"๑๐๑\"", "\"12,5\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "0", "100",
            "50", "\"50\"", "2566", "25660", "-2566", "\"2566\"", "\"๒๕๖๖\"", "2566.5", "0.1", "\"\\u0000\"",
            "\"i1\"", "\"เทศบาลนคร\"", "\"อบต.\"", "\"ไม่ทราบ\"", "\"x\"", "\"" + "ก".repeat(5_000) + "\"",
            "1e-2147483648", "1e2147483647", "1e99999999999", "1e-2147483647", "\"1e-2147483648\"", "1" + "0".repeat(100_000),
            "\"" + "9".repeat(100_000) + "\"", "\"A\\ud800B\"", "\"\\udc00\"", "\"\\ud83d\\ude00\"", "{\"agency\": \"อื่น\"}",
            "{\"agency\": \"x\", \"fiscalYear\": 2565, \"overall\": 50}");

    /** Field names that are unknown, or known in another place. */
    private static final List<String> KEYS = List.of("overal", "x99", "i31", "o44", "e16", "i0", "o0", "11", "0",
            "-1", "1.5", "FOO", "", " ", "ข้อ i1", "i๑", "๑", "questions", "oit", "o", "9.1", "IIT", "EIT_PART_3",
            "previous", "history", "pass", "reason", "agency", "fiscalYear", "2567", "indicator1");

    /** Bytes that are not UTF-8: a lone continuation, an overlong form, a surrogate, a TIS-620 ก. */
    private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xA1}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE0, (byte) 0xB8});

    private static final List<String> STRAY = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "\n",
            "\r", "#", "'", "๑", ";");

    /** Content put after the input: a second value, stray text, or nothing a parser minds. */
    private static final List<String> APPENDED = List.of("{}", "{\"agency\": \"x\"}", " garbage", "\n]", "[]", "1",
            "\"\"", "\n\n\t ", "//", "\u0000");

    private static List<String> jsonBases;
    private static List<String> csvBases;
    private static Path dir;

    /** What a mutation does. */
    enum Kind {
        REPLACE_VALUE, REMOVE, DUPLICATE_FIELD, ADD_FIELD, RENAME_FIELD,
        // Text and byte mutations come after the tree mutations.
        TRUNCATE, EMPTY, INVALID_BYTES, OTHER_ENCODING, DELETE_CHAR, INSERT_CHAR, BOM, APPEND;

        boolean onText() {
            return ordinal() >= TRUNCATE.ordinal();
        }
    }

    /**
     * One mutation.
     *
     * @param kind what it does
     * @param where picks the place: a value of the tree, a cell or a position in the text
     * @param what picks the value, key, byte sequence or character
     */
    record Mutation(Kind kind, int where, int what) {
    }

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("ita-mutations");
        List<String> bases = new ArrayList<>();
        for (String sample : SAMPLES) {
            try (InputStream in = InputMutationProperties.class.getResourceAsStream(
                    "/th/ita/model/samples/" + sample + ".json")) {
                bases.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (int i = 0; i < 3; i++) {
            bases.add(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(AssessmentGenerator.agency(i))));
        }
        jsonBases = List.copyOf(bases);
        StringWriter csv = new StringWriter();
        AssessmentGenerator.writeCsv(csv, 3);
        String generated = csv.toString();
        csvBases = List.of(generated, "agency,fiscalYear,overall,1,2,IIT,agencyKind\nก,2566,85.5,90,80,88,อบต.\n"
                + "\"เทศบาล, \"\"นคร\"\"\",2565,๘๐,,,,เทศบาลนคร\n");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 300)
    void mutatedJsonGivesAReportOrOneLineNamingTheProblem(@ForAll("jsonBase") int base,
            @ForAll @Size(min = 1, max = 3) List<@From("mutation") Mutation> mutations) throws IOException {
        byte[] input = mutateJson(jsonBases.get(base), mutations);
        Path run = Files.createTempDirectory(dir, "json");
        Path file = Files.write(run.resolve("input.json"), input);
        Path out = run.resolve("report.md");
        Result r = cli("analyze", file.toString(), "--out", out.toString());
        Statistics.label("exit code").collect(r.code());
        check(r, file, input);
        if (r.code() == 0) {
            check(Files.size(out) > 0, "a report was written", r, input);
            check(r.out().equals("wrote " + out + "\n"), "stdout names the report", r, input);
        } else {
            check(!Files.exists(out), "no report after a failure", r, input);
        }
        check(onlyFiles(run, "input.json", "report.md"), "no temporary file is left", r, input);
    }

    @Property(tries = 200)
    void mutatedCsvGivesASummaryOrOneLineNamingTheProblem(@ForAll("csvBase") int base,
            @ForAll @Size(min = 1, max = 3) List<@From("mutation") Mutation> mutations) throws IOException {
        byte[] input = mutateCsv(csvBases.get(base), mutations);
        Path run = Files.createTempDirectory(dir, "csv");
        Path file = Files.write(run.resolve("agencies.csv"), input);
        Path out = run.resolve("reports");
        Result r = cli("batch", file.toString(), "--out", out.toString(), "--format", "json");
        Statistics.label("exit code").collect(r.code());
        check(r, file, input);
        if (r.code() == 0) {
            check(Files.isRegularFile(out.resolve("summary.md")), "a summary was written", r, input);
        } else {
            check(!Files.exists(out) || isEmpty(out), "no report after a failure", r, input);
        }
        // The published reports are a link to a directory beside it: that directory and nothing else.
        String published = Files.isSymbolicLink(out) ? Files.readSymbolicLink(out).toString() : "reports";
        check(onlyFiles(run, "agencies.csv", "reports", published), "no temporary file is left", r, input);
    }

    /**
     * The JSON reader alone, as a library user calls it: it reads the input or throws an
     * {@link ItaValidationException} whose problems each name a field and say in one short line
     * of well-formed text what is wrong, quoting no value whole. Never another exception.
     *
     * <p>No {@code tries} here: they come from {@code jqwik.tries.default}, 300 in a run without the profile
     * ({@code src/test/resources/junit-platform.properties}) and {@value #HARDENING_TRIES} with
     * {@code -Phardening}.
     */
    @Property
    void mutatedJsonIsReadOrRefusedWithProblemsNamingTheirFields(@ForAll("jsonBase") int base,
            @ForAll @Size(min = 1, max = 3) List<@From("mutation") Mutation> mutations) {
        byte[] input = mutateJson(jsonBases.get(base), mutations);
        try {
            AssessmentJson.read(new ByteArrayInputStream(input));
            Statistics.label("result").collect("read");
        } catch (ItaValidationException e) {
            Statistics.label("result").collect("refused");
            for (Problem p : e.problems()) {
                checkProblem(!p.field().isBlank(), "names a field", p, input);
                checkProblem(!p.message().isBlank() && p.message().length() <= MAX_MESSAGE, "a short message", p, input);
                checkProblem(p.message().indexOf('\n') < 0, "one line", p, input);
                // 40 characters, each at most six chars (a lone surrogate's escape), and the length.
                checkProblem(p.value().length() <= Problem.SHOWN_LENGTH * 6 + 30, "the value cut", p, input);
                checkProblem(Texts.unicodeProblem(p.field() + p.message()).isEmpty(), "well-formed text", p, input);
            }
        }
    }

    /** The longest message a problem may have: the longest lists the valid values. */
    private static final int MAX_MESSAGE = 400;

    private static void checkProblem(boolean condition, String what, Problem p, byte[] input) {
        if (!condition) {
            throw new AssertionError(what + "; problem [" + p + "] value [" + p.value() + "], input ["
                    + abbreviate(new String(input, StandardCharsets.UTF_8)) + "]");
        }
    }

    @Provide
    Arbitrary<Integer> jsonBase() {
        return Arbitraries.integers().between(0, SAMPLES.size() + 2);
    }

    @Provide
    Arbitrary<Integer> csvBase() {
        return Arbitraries.integers().between(0, 1);
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 10_000)).as(Mutation::new);
    }

    // ---- running the tool

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ItaCli.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static void check(Result r, Path file, byte[] input) {
        check(r.code() == 0 || r.code() == 2, "exit 0 or 2", r, input);
        if (r.code() == 0) {
            check(r.err().isEmpty(), "nothing on stderr after success", r, input);
        } else {
            // file: for the whole file, file:12: for a line of a CSV file
            check(r.err().startsWith("ita: " + file + ": ") || r.err().matches("(?s)ita: " + Pattern.quote(file.toString())
                    + ":[0-9]+: .*"), "the error names the file", r, input);
            // One line, or for more than three problems a summary line and the problems, indented, below it.
            List<String> lines = r.err().lines().toList();
            check(r.err().endsWith("\n") && (lines.size() == 1 || lines.get(0).contains(" problems, listed below; ")
                    && lines.stream().skip(1).allMatch(l -> l.startsWith("  "))), "one line, or a summary and a list", r,
                    input);
            check(!r.err().contains("Exception") && !r.err().contains("\tat "), "no stack trace", r, input);
            check(r.err().length() > ("ita: " + file + ": ").length() + 5, "a message", r, input);
        }
    }

    private static void check(boolean condition, String what, Result r, byte[] input) {
        if (!condition) {
            String text = new String(input, StandardCharsets.UTF_8);
            throw new AssertionError(what + "; exit " + r.code() + ", stderr [" + r.err() + "], stdout ["
                    + abbreviate(r.out()) + "], input [" + abbreviate(text) + "]");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "... (" + text.length() + " chars)";
    }

    private static boolean onlyFiles(Path run, String... names) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            List<String> allowed = List.of(names);
            return files.allMatch(p -> allowed.contains(p.getFileName().toString()));
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isEmpty();
        }
    }

    // ---- mutating JSON

    private static byte[] mutateJson(String base, List<Mutation> mutations) {
        JsonNode root = readTree(base);
        Map<String, String> raw = new LinkedHashMap<>();
        for (Mutation m : mutations) {
            if (!m.kind().onText() && root.isContainerNode()) {
                root = mutateTree(root, m, raw);
            }
        }
        String text = root.toPrettyString();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return mutateText(text, mutations.stream().filter(m -> m.kind().onText()).toList(), false);
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode container, String field, int index) {
    }

    private static List<Slot> slots(JsonNode node, List<Slot> into) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                into.add(new Slot(node, name, -1));
                slots(node.get(name), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Slot(node, null, i));
                slots(node.get(i), into);
            }
        }
        return into;
    }

    private static JsonNode mutateTree(JsonNode root, Mutation m, Map<String, String> raw) {
        List<Slot> slots = slots(root, new ArrayList<>());
        List<JsonNode> objects = new ArrayList<>();
        objects.add(root);
        slots.stream().map(s -> s.field() != null ? s.container().get(s.field()) : s.container().get(s.index()))
                .filter(JsonNode::isObject).forEach(objects::add);
        String placeholder = "@@mutation-" + raw.size() + "@@";
        switch (m.kind()) {
            case REPLACE_VALUE -> {
                if (slots.isEmpty()) {
                    return root;
                }
                raw.put("\"" + placeholder + "\"", BAD_VALUES.get(m.what() % BAD_VALUES.size()));
                set(slots.get(m.where() % slots.size()), new TextNode(placeholder));
            }
            case REMOVE -> {
                if (slots.isEmpty()) {
                    return root;
                }
                Slot s = slots.get(m.where() % slots.size());
                if (s.field() != null) {
                    ((ObjectNode) s.container()).remove(s.field());
                } else {
                    ((ArrayNode) s.container()).remove(s.index());
                }
            }
            case DUPLICATE_FIELD -> {
                ObjectNode object = (ObjectNode) objects.get(m.where() % objects.size());
                if (object.isEmpty()) {
                    return root;
                }
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(m.what() % names.size());
                raw.put("\"" + placeholder + "\"", MAPPER.valueToTree(name).toString());
                object.set(placeholder, m.what() % 2 == 0 ? object.get(name) : new TextNode("50"));
            }
            case ADD_FIELD -> {
                ObjectNode object = (ObjectNode) objects.get(m.where() % objects.size());
                raw.put("\"" + placeholder + "\"", BAD_VALUES.get(m.what() % BAD_VALUES.size()));
                object.set(KEYS.get(m.what() % KEYS.size()), new TextNode(placeholder));
            }
            case RENAME_FIELD -> {
                ObjectNode object = (ObjectNode) objects.get(m.where() % objects.size());
                if (object.isEmpty()) {
                    return root;
                }
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
                fields.addAll(object.properties());
                int renamed = m.what() % fields.size();
                object.removeAll();
                for (int i = 0; i < fields.size(); i++) {
                    String key = i == renamed ? KEYS.get(m.where() % KEYS.size()) : fields.get(i).getKey();
                    object.set(key, fields.get(i).getValue());
                }
            }
            default -> throw new AssertionError(m);
        }
        return root;
    }

    private static void set(Slot slot, JsonNode value) {
        if (slot.field() != null) {
            ((ObjectNode) slot.container()).set(slot.field(), value);
        } else {
            ((ArrayNode) slot.container()).set(slot.index(), value);
        }
    }

    // ---- mutating CSV

    private static byte[] mutateCsv(String base, List<Mutation> mutations) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : base.split("\n")) {
            rows.add(new ArrayList<>(List.of(line.split(",", -1))));
        }
        for (Mutation m : mutations) {
            if (m.kind().onText()) {
                continue;
            }
            int row = m.where() % rows.size();
            List<String> cells = rows.get(row);
            int cell = m.what() % cells.size();
            String value = unquote(BAD_VALUES.get(m.what() % BAD_VALUES.size()));
            switch (m.kind()) {
                case REPLACE_VALUE -> cells.set(cell, value);
                case REMOVE -> {
                    if (m.what() % 3 == 0 || rows.size() == 1) {
                        cells.remove(cell); // a cell or header name fewer
                    } else {
                        rows.remove(row); // the header or a row missing
                    }
                }
                case DUPLICATE_FIELD -> cells.add(cells.get(cell));
                case ADD_FIELD -> cells.add(m.where() % 2 == 0 ? KEYS.get(m.what() % KEYS.size()) : value);
                case RENAME_FIELD -> rows.get(0).set(m.what() % rows.get(0).size(), KEYS.get(m.where() % KEYS.size()));
                default -> throw new AssertionError(m);
            }
            if (rows.isEmpty()) {
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        rows.forEach(cells -> text.append(String.join(",", cells)).append('\n'));
        return mutateText(text.toString(), mutations.stream().filter(m -> m.kind().onText()).toList(), true);
    }

    private static String unquote(String json) {
        return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }

    // ---- mutating text and bytes

    private static byte[] mutateText(String text, List<Mutation> mutations, boolean csv) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            int at = bytes.length == 0 ? 0 : m.where() % (bytes.length + 1);
            bytes = switch (m.kind()) {
                case TRUNCATE -> slice(bytes, 0, at);
                case EMPTY -> (m.what() % 3 == 0 ? "" : m.what() % 3 == 1 ? " \n" : "\uFEFF")
                        .getBytes(StandardCharsets.UTF_8);
                case INVALID_BYTES -> insert(bytes, at, BAD_BYTES.get(m.what() % BAD_BYTES.size()));
                case OTHER_ENCODING -> new String(bytes, StandardCharsets.UTF_8)
                        .getBytes(encodings().get(m.what() % encodings().size()));
                case DELETE_CHAR -> bytes.length == 0 ? bytes
                        : concat(slice(bytes, 0, Math.min(at, bytes.length - 1)),
                                slice(bytes, Math.min(at, bytes.length - 1) + 1, bytes.length));
                case INSERT_CHAR -> insert(bytes, at, STRAY.get(m.what() % STRAY.size()).getBytes(StandardCharsets.UTF_8));
                case BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                case APPEND -> concat(bytes, APPENDED.get(m.what() % APPENDED.size()).getBytes(StandardCharsets.UTF_8));
                default -> throw new AssertionError(m);
            };
        }
        return bytes;
    }

    private static List<Charset> encodings() {
        List<Charset> result = new ArrayList<>(List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.ISO_8859_1));
        if (Charset.isSupported("TIS-620")) {
            result.add(Charset.forName("TIS-620"));
        }
        if (Charset.isSupported("x-windows-874")) {
            result.add(Charset.forName("x-windows-874"));
        }
        return result;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        return concat(concat(slice(bytes, 0, at), inserted), slice(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    // ---- a generated assessment in the JSON input format

    private static ObjectNode json(Assessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("agency", a.agency().name());
        root.put("agencyKind", a.agency().kind().thai());
        root.put("fiscalYear", a.fiscalYear().value());
        ObjectNode indicators = root.putObject("indicators");
        a.indicators().forEach((n, s) -> indicators.put(Integer.toString(n), s.value()));
        ObjectNode questions = root.putObject("questions");
        a.questions().forEach((c, s) -> questions.put(c.toString(), s.value()));
        ObjectNode oit = root.putObject("oit");
        for (Map.Entry<QuestionCode, OitResult> e : a.oitResults().entrySet()) {
            ObjectNode item = oit.putObject(e.getKey().toString());
            item.put("pass", e.getValue().passed());
            e.getValue().reason().ifPresent(reason -> item.put("reason", reason));
        }
        ObjectNode tools = root.putObject("tools");
        for (ToolComponent c : List.of(ToolComponent.EIT_PART_1, ToolComponent.EIT_PART_2)) {
            tools.put(c.name(), a.tools().get(c).value());
        }
        root.put("overall", a.overall().orElseThrow().value());
        Assessment previous = a.previous().orElseThrow();
        ObjectNode earlier = root.putObject("previous");
        earlier.put("fiscalYear", previous.fiscalYear().value());
        ObjectNode earlierIndicators = earlier.putObject("indicators");
        previous.indicators().forEach((n, s) -> earlierIndicators.put(Integer.toString(n), s.value()));
        earlier.put("overall", previous.overall().orElseThrow().value());
        root.putArray("constraints").add(String.format(Locale.ROOT, "ข้อจำกัดด้านบุคลากร (%s)", a.agency().name()));
        return root;
    }
}
