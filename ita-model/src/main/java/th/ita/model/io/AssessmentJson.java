package th.ita.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;
import th.ita.model.internal.Texts;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.internal.JsonInput;
import th.ita.model.internal.ElementBudget;

/**
 * Reads assessments in the ITA JSON input format, strictly: an unknown field, a wrong type or a
 * bad score is an error naming its field, never silently dropped.
 *
 * <p>The format (see README): {@code agency}, {@code agencyKind}, {@code fiscalYear} (Buddhist
 * era), {@code source}, and any of {@code indicators} {@code {"1": 87.37}}, {@code questions}
 * {@code {"i1": 100}}, {@code oit} {@code {"o27": {"pass": false, "reason": "..."}}},
 * {@code tools} {@code {"IIT": 99.91, "EIT_PART_1": 97.98}}, {@code overall}, {@code rating},
 * {@code previous} and {@code history} (earlier years), {@code targets} {@code {"2567": 70}},
 * {@code constraints} (a list, each entry text or {@code {"text": ..., "handling": ...}}),
 * {@code units} (the agency's own unit names by role, {@code {"FINANCE": "กองคลัง"}}),
 * {@code naccRecommendations} (a list of text) and {@code signOff}
 * ({@code {"preparer": {"name": ..., "position": ...}, "approver": {...}, "date": "2566-03-30"}},
 * the date's year in the Buddhist or the Common era). Scores are JSON numbers or strings, in Arabic or Thai
 * digits.
 *
 * <p>An earlier year takes every field an assessment takes, so last year's file can be pasted
 * whole under {@code previous}: its {@code agency} and {@code agencyKind}, if given, must be this
 * agency's; its own {@code previous} and {@code history} are earlier years of this assessment too.
 *
 * <p>What the reader refuses besides: a number written in more than {@value Score#MAX_LENGTH}
 * characters or beyond what a decimal can hold ({@code 1e-2147483648}), text that is not
 * well-formed Unicode (a lone surrogate such as <code>&#92;ud800</code>), and anything after the JSON
 * value. Each is a problem naming the field or the line and column.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class AssessmentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonInput.factory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** The fields of an assessment, and of an earlier year. */
    private static final Set<String> FIELDS = Set.of("agency", "agencyKind", "fiscalYear", "source",
            "indicators", "questions", "oit", "tools", "overall", "rating", "previous", "history", "targets",
            "constraints", "units", "naccRecommendations", "signOff");
    private static final Set<String> OIT_FIELDS = Set.of("pass", "reason", "url");
    private static final Set<String> CONSTRAINT_FIELDS = Set.of("text", "handling");
    private static final Set<String> SIGN_OFF_FIELDS = Set.of("preparer", "approver", "date");
    private static final Set<String> SIGNER_FIELDS = Set.of("name", "position");
    private static final String CONSTRAINT_SHAPE = "expected text or an object such as "
            + "{\"text\": \"ขาดบุคลากร\", \"handling\": \"มอบหมายผู้รับผิดชอบสำรอง\"}";
    /** The first year read as a Buddhist-era year in a date, and the years between the eras. */
    private static final int BUDDHIST_ERA_FROM = 2400;
    private static final int BUDDHIST_ERA_OFFSET = 543;
    private static final String NUMBERS = "scores are 0.00 - 100.00 and years such as 2566";
    private static final String ONE_ASSESSMENT = "the input holds one assessment object";
    private static final String ONE_ARRAY = "the input holds one JSON array of assessments";

    private AssessmentJson() {
    }

    /**
     * Reads one assessment from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the assessment, not null
     * @throws ItaValidationException if the file is not valid JSON, is not UTF-8, or the assessment has problems
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Assessment read(Path file) {
        return readNode(parse(readUtf8(file), ONE_ASSESSMENT), "");
    }

    /**
     * Reads one assessment from UTF-8 JSON text.
     *
     * @param json the JSON text, not null
     * @return the assessment, not null
     * @throws ItaValidationException if the text is not valid JSON or the assessment has problems
     */
    public static Assessment read(String json) {
        return readNode(parse(json.startsWith("\uFEFF") ? json.substring(1) : json, ONE_ASSESSMENT), "");
    }

    /**
     * Reads one assessment from a UTF-8 stream.
     *
     * @param in the stream, not null; not closed
     * @return the assessment, not null
     * @throws ItaValidationException if the content is not valid JSON or the assessment has problems
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Assessment read(InputStream in) {
        try {
            return read(decodeUtf8(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a JSON array of assessments, as for a batch.
     *
     * @param json the JSON text, not null
     * @return the assessments in order, not null
     * @throws ItaValidationException listing the problems of every element, prefixed {@code [i].}
     */
    public static List<Assessment> readAll(String json) {
        List<Assessment> result = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        readEach(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), (a, i) -> result.add(a), problems::add);
        if (!problems.isEmpty()) {
            throw new ItaValidationException(problems);
        }
        return result;
    }

    /**
     * Reads a JSON array of assessments one element at a time, as for a batch: only one element is
     * held in memory, so an array of any length fits in a small heap. Each element may take up to
     * {@value JsonInput#MAX_BYTES} bytes; a larger one is refused as it is read.
     *
     * <p>The problems of a bad element (named {@code [i].field}) go to {@code problems} and reading
     * goes on, so that one run reports every bad element; malformed JSON, a too-large element and an
     * input that is not an array end the reading with an exception instead, since nothing after
     * them can be read reliably.
     *
     * @param in the UTF-8 stream, with or without a byte-order mark, not null; not closed
     * @param each receives each good assessment with its index in the array, in order, not null
     * @param problems receives the problems of each bad element, not null
     * @return the number of elements, good and bad
     * @throws ItaValidationException if the input is not UTF-8 or not one JSON array, or an element is too large
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static long readEach(InputStream in, ObjLongConsumer<Assessment> each, Consumer<Problem> problems) {
        ElementBudget budget = new ElementBudget(in);
        JsonParser parser;
        try {
            parser = MAPPER.createParser(strictUtf8(budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long index = 0;
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw single("json", "", "empty input; expected a JSON array of assessments");
            }
            if (first != JsonToken.START_ARRAY) {
                throw single("", "", first == JsonToken.START_OBJECT
                        ? "expected a JSON array of assessments, found an object" : "expected a JSON array of assessments");
            }
            while (true) {
                budget.renew();
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    break;
                }
                JsonNode node = MAPPER.readTree(parser);
                try {
                    each.accept(readNode(node, "[" + index + "]."), index);
                } catch (ItaValidationException e) {
                    e.problems().forEach(problems);
                }
                index++;
            }
            budget.renew();
            requireEnd(parser, ONE_ARRAY);
            return index;
        } catch (ElementBudget.Exceeded e) {
            throw single("[" + index + "]", "", String.format(Locale.ROOT,
                    "assessment too large: more than %,d bytes (8 MiB); split it, or shorten its texts and lists",
                    JsonInput.MAX_BYTES));
        } catch (CharacterCodingException e) {
            throw single("encoding", "", "not UTF-8 text; save the file as UTF-8");
        } catch (JsonProcessingException | NumberFormatException e) {
            throw refused(parser, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
    }

    /** A strict UTF-8 reader of a stream, past its byte-order mark: Jackson would take bad bytes for text. */
    private static Reader strictUtf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /**
     * Reads a UTF-8 file as text, rejecting bytes that are not UTF-8 and dropping a byte-order mark.
     *
     * @param file the file, not null
     * @return the text, not null
     * @throws ItaValidationException if the file is not UTF-8 or larger than {@value JsonInput#MAX_BYTES} bytes
     * @throws UncheckedIOException if the file cannot be read
     */
    public static String readUtf8(Path file) {
        JsonInput.requireSize(file);
        try {
            return decodeUtf8(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw single("encoding", "", "not UTF-8 text; save the file as UTF-8");
        }
    }

    /**
     * Parses the text into a tree: one JSON value and nothing after it.
     *
     * @param oneValue what the input holds, for the message about content after the value
     */
    private static JsonNode parse(String json, String oneValue) {
        if (json.isBlank()) {
            throw single("json", "", "empty input; expected a JSON object");
        }
        JsonParser parser;
        try {
            parser = MAPPER.createParser(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Closed in finally, not by try-with-resources: the handlers below read the parser's state.
        try {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw single("json", "", "empty input; expected a JSON object");
            }
            requireEnd(parser, oneValue);
            return node;
        } catch (JsonProcessingException | NumberFormatException e) {
            throw refused(parser, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
    }

    /** The problem of JSON the parser refused: malformed, a number or a text too long, a number out of range. */
    private static ItaValidationException refused(JsonParser parser, Exception e) {
        if (e instanceof JsonProcessingException json) {
            if (JsonInput.isLongNumber(json)) {
                return single(path(parser), "", JsonInput.message(json) + "; " + NUMBERS);
            }
            if (JsonInput.isLongText(json)) {
                return single(path(parser), "", JsonInput.message(json));
            }
            return single(where(json.getLocation()), "", "malformed JSON: " + JsonInput.message(json));
        }
        // Jackson converts a number only when the tree asks for it; BigDecimal cannot hold an
        // exponent beyond the int range (1e-2147483648, 1e99999999999).
        String number = currentText(parser);
        return single(path(parser), number, String.format(Locale.ROOT,
                "number out of range, was %s; %s", Problem.shown(number), NUMBERS));
    }

    private static void close(JsonParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a second JSON value, or stray text, after the first. */
    private static void requireEnd(JsonParser parser, String oneValue) throws IOException {
        Optional<JsonLocation> at = JsonInput.trailingContent(parser);
        if (at.isEmpty()) {
            return;
        }
        throw single(where(at.get()), "", "content after the end of the JSON value; " + oneValue);
    }

    private static String where(JsonLocation at) {
        return at == null ? "json" : String.format(Locale.ROOT, "line %d, column %d", at.getLineNr(), at.getColumnNr());
    }

    /** The field path of the parser's current value, as problems name fields: {@code history[0].overall}. */
    private static String path(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + fieldName(c.getCurrentName()));
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "json" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** A field's name in a path: cut as values are, and a blank name quoted ("", " ") so that the path names it. */
    private static String fieldName(String name) {
        return name.isBlank() ? "\"" + Problem.shown(name) + "\"" : Problem.shown(name);
    }

    private static String currentText(JsonParser parser) {
        try {
            return String.valueOf(parser.getText());
        } catch (IOException e) {
            return "";
        }
    }

    private static Assessment readNode(JsonNode node, String prefix) {
        if (!node.isObject()) {
            throw single(prefix.isEmpty() ? "json" : prefix.substring(0, prefix.length() - 1), "",
                    "expected a JSON object for an assessment");
        }
        List<Problem> problems = new ArrayList<>();
        Assessment.Builder builder = Assessment.builder();
        checkFields(node, prefix, problems);
        // A missing agency or year is reported by the builder; only a wrong JSON type is reported here.
        String agency = node.has("agency") ? text(node, "agency", prefix, problems) : null;
        String kindText = node.has("agencyKind") ? text(node, "agencyKind", prefix, problems) : null;
        if (agency != null) {
            builder.agency(agency, kindText == null ? "other" : kindText);
        }
        ThisAgency of = node.has("agencyKind")
                ? new ThisAgency(agency, kindText == null ? Optional.empty() : kind(kindText), true)
                : new ThisAgency(agency, Optional.of(AgencyKind.OTHER), false);
        readYear(node, builder, prefix, problems);
        readPlan(node, builder, prefix, problems);
        readEarlierYears(node, "", of, prefix, builder, problems);
        readUnits(node, builder, prefix, problems);
        Assessment built = null;
        try {
            built = builder.build();
        } catch (ItaValidationException e) {
            // A field already reported as malformed here is not reported again as missing.
            Set<String> named = new java.util.HashSet<>();
            problems.forEach(p -> named.add(p.field()));
            e.problems().stream().map(p -> p.under(prefix)).filter(p -> !named.contains(p.field()))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new ItaValidationException(problems);
        }
        return built;
    }

    /** Reads the agency's own unit names by role; the builder and the engine check the roles. */
    private static void readUnits(JsonNode node, Assessment.Builder builder, String prefix, List<Problem> problems) {
        if (node.has("units")) {
            forEachField(node, "units", prefix, problems, (role, name, field) -> {
                if (name.isTextual()) {
                    builder.unit(role, name.asText());
                } else {
                    problems.add(new Problem(field, name.toString(), "expected the unit's name as text"));
                }
            });
        }
    }

    /**
     * The agency an assessment is of, which its earlier years must be of too.
     *
     * @param name the name, or null when missing or malformed (already reported)
     * @param kind the kind, or empty when malformed (already reported)
     * @param kindGiven false when the kind is the default, {@code other}
     */
    private record ThisAgency(String name, Optional<AgencyKind> kind, boolean kindGiven) {
    }

    private static Optional<AgencyKind> kind(String text) {
        try {
            return Optional.of(AgencyKind.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads the target path and the constraints. */
    private static void readPlan(JsonNode node, Assessment.Builder builder, String prefix, List<Problem> problems) {
        if (node.has("targets")) {
            forEachField(node, "targets", prefix, problems,
                    (key, value, field) -> {
                        Integer year = yearKey(key, field, problems);
                        String score = scoreText(value, field, problems);
                        if (year != null) {
                            builder.target(year, score);
                        }
                    });
        }
        if (node.has("constraints")) {
            JsonNode list = node.get("constraints");
            if (!list.isArray()) {
                problems.add(new Problem(prefix + "constraints", list.toString(), "expected a list of text"));
            } else if (!tooMany(list, prefix + "constraints", problems)) {
                for (int i = 0; i < list.size(); i++) {
                    String field = prefix + "constraints[" + i + "]";
                    readConstraint(list.get(i), field, builder, problems);
                }
            }
        }
        if (node.has("naccRecommendations")) {
            JsonNode list = node.get("naccRecommendations");
            String field = prefix + "naccRecommendations";
            if (!list.isArray()) {
                problems.add(new Problem(field, list.toString(), "expected a list of text"));
            } else if (!tooMany(list, field, problems)) {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode r = list.get(i);
                    if (!r.isTextual()) {
                        problems.add(new Problem(field + "[" + i + "]", r.toString(), "expected text"));
                    } else if (wellFormed(r.asText(), field + "[" + i + "]", problems) != null) {
                        builder.naccRecommendation(r.asText());
                    }
                }
            }
        }
        if (node.has("signOff")) {
            readSignOff(node.get("signOff"), prefix + "signOff", builder, problems);
        }
    }

    /** A constraint is text, or an object with its text and how the agency will handle it. */
    private static void readConstraint(JsonNode c, String field, Assessment.Builder builder, List<Problem> problems) {
        if (c.isTextual()) {
            if (wellFormed(c.asText(), field, problems) != null) {
                builder.constraint(c.asText());
            }
            return;
        }
        if (!c.isObject()) {
            problems.add(new Problem(field, c.toString(), CONSTRAINT_SHAPE));
            return;
        }
        checkFields(c, CONSTRAINT_FIELDS, field + ".", problems);
        JsonNode text = c.get("text");
        if (text == null || !text.isTextual()) {
            problems.add(new Problem(field + ".text", text == null ? "" : text.toString(), "expected text"));
            return;
        }
        String handling = optionalText(c, "handling", field + ".", problems);
        if (wellFormed(text.asText(), field + ".text", problems) != null) {
            if (handling == null) {
                builder.constraint(text.asText());
            } else {
                builder.constraint(text.asText(), handling);
            }
        }
    }

    /** The signature block: a preparer, an approver (each a name and a position) and a date. */
    private static void readSignOff(JsonNode node, String field, Assessment.Builder builder, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(field, node.toString(), "expected an object such as "
                    + "{\"preparer\": {\"name\": \"...\", \"position\": \"...\"}, \"approver\": {...}, "
                    + "\"date\": \"2566-03-30\"}"));
            return;
        }
        checkFields(node, SIGN_OFF_FIELDS, field + ".", problems);
        for (String role : List.of("preparer", "approver")) {
            JsonNode signer = node.get(role);
            if (signer == null || signer.isNull()) {
                continue;
            }
            String at = field + "." + role;
            if (!signer.isObject()) {
                problems.add(new Problem(at, signer.toString(), "expected an object with name and position"));
                continue;
            }
            checkFields(signer, SIGNER_FIELDS, at + ".", problems);
            String name = requiredText(signer, "name", at + ".", problems);
            String position = requiredText(signer, "position", at + ".", problems);
            if (name != null && position != null) {
                if (role.equals("preparer")) {
                    builder.preparer(name, position);
                } else {
                    builder.approver(name, position);
                }
            }
        }
        String date = optionalText(node, "date", field + ".", problems);
        if (date != null) {
            signDate(date, field + ".date", problems).ifPresent(builder::signedOn);
        }
    }

    /**
     * A date as YYYY-MM-DD, in Arabic or Thai digits; a year from 2400 is of the Buddhist era, as
     * Thai documents write it, and an earlier one of the Common era.
     */
    private static Optional<java.time.LocalDate> signDate(String text, String field, List<Problem> problems) {
        String arabic = th.ita.model.ThaiDigits.toArabic(text.strip());
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(arabic);
            return Optional.of(date.getYear() >= BUDDHIST_ERA_FROM ? date.minusYears(BUDDHIST_ERA_OFFSET) : date);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new Problem(field, text, "expected a date such as 2566-03-30 (Buddhist era) or 2023-03-30"));
            return Optional.empty();
        }
    }

    private static String requiredText(JsonNode node, String name, String prefix, List<Problem> problems) {
        if (node.get(name) == null || node.get(name).isNull()) {
            problems.add(new Problem(prefix + name, "", "expected text"));
            return null;
        }
        return optionalText(node, name, prefix, problems);
    }

    /**
     * Reads the {@code previous} and {@code history} of an assessment or of an earlier year into
     * the assessment's builder: the years before an earlier year are earlier years too.
     *
     * @param at the path of {@code node} inside the assessment with a trailing dot, empty for the assessment
     */
    private static void readEarlierYears(JsonNode node, String at, ThisAgency of, String prefix,
            Assessment.Builder into, List<Problem> problems) {
        if (node.has("previous")) {
            readEarlier(node.get("previous"), at + "previous", of, prefix, into, problems);
        }
        if (node.has("history")) {
            JsonNode history = node.get("history");
            if (!history.isArray()) {
                problems.add(new Problem(prefix + at + "history", history.toString(), "expected a list of earlier years"));
            } else if (!tooMany(history, prefix + at + "history", problems)) {
                for (int i = 0; i < history.size(); i++) {
                    readEarlier(history.get(i), at + "history[" + i + "]", of, prefix, into, problems);
                }
            }
        }
    }

    /**
     * Reads one earlier year, given at {@code path} inside the assessment (such as
     * {@code previous} or {@code history[1]}), and adds it to the assessment's history.
     */
    private static void readEarlier(JsonNode node, String path, ThisAgency of, String prefix,
            Assessment.Builder into, List<Problem> problems) {
        String field = prefix + path + ".";
        if (!node.isObject()) {
            problems.add(new Problem(prefix + path, node.toString(), "expected a JSON object for an earlier year"));
            return;
        }
        checkFields(node, field, problems);
        checkSameAgency(node, of, field, problems);
        // The earlier year is the assessment's agency; when that name is missing it is reported
        // once, for the assessment, and a placeholder keeps this year from reporting it again.
        Assessment.Builder earlier = Assessment.builder()
                .agency(of.name() == null ? "-" : of.name(), of.kind().orElse(AgencyKind.OTHER));
        readYear(node, earlier, field, problems);
        readPlan(node, earlier, field, problems);
        try {
            into.history(earlier.build(), path);
        } catch (ItaValidationException e) {
            e.problems().stream().map(p -> p.under(field)).forEach(problems::add);
        }
        readEarlierYears(node, path + ".", of, prefix, into, problems);
    }

    /** An earlier year pasted from its own file may name its agency: it must be this one. */
    private static void checkSameAgency(JsonNode node, ThisAgency of, String field, List<Problem> problems) {
        if (node.has("agency")) {
            String name = text(node, "agency", field, problems);
            if (name != null && of.name() != null && !name.strip().equals(of.name().strip())) {
                problems.add(new Problem(field + "agency", name, String.format(Locale.ROOT,
                        "another agency, was '%s'; this assessment is of '%s', and an earlier year must be "
                                + "the same agency's", Problem.shown(name.strip()), Problem.shown(of.name().strip()))));
            }
        }
        if (node.has("agencyKind")) {
            String text = text(node, "agencyKind", field, problems);
            if (text == null) {
                return;
            }
            AgencyKind kind;
            try {
                kind = AgencyKind.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field + "agencyKind", text, e.getMessage()));
                return;
            }
            if (of.kind().isPresent() && kind != of.kind().get()) {
                problems.add(new Problem(field + "agencyKind", text, String.format(Locale.ROOT,
                        "another kind of agency, was '%s'; this assessment's agency is %s%s, "
                                + "and an earlier year must be the same agency's",
                        Problem.shown(text), of.kind().get().thai(), of.kindGiven() ? "" : " (agencyKind not given)")));
            }
        }
    }

    private static void readYear(JsonNode node, Assessment.Builder builder, String prefix, List<Problem> problems) {
        JsonNode year = node.get("fiscalYear");
        if (year != null) {
            Integer value = yearKey(year.isNumber() || year.isTextual() ? year.asText() : null,
                    prefix + "fiscalYear", problems);
            if (value != null) {
                builder.fiscalYear(value);
            }
        }
        if (node.has("source")) {
            text(node, "source", prefix, problems);
        }
        if (node.has("indicators")) {
            forEachField(node, "indicators", prefix, problems,
                    (key, value, field) -> builder.indicator(key, scoreText(value, field, problems)));
        }
        if (node.has("questions")) {
            forEachField(node, "questions", prefix, problems,
                    (key, value, field) -> builder.question(key, scoreText(value, field, problems)));
        }
        if (node.has("oit")) {
            forEachField(node, "oit", prefix, problems, (key, value, field) -> {
                if (!value.isObject()) {
                    problems.add(new Problem(field, value.toString(),
                            "expected an object such as {\"pass\": false, \"reason\": \"ไม่มี URL\"}"));
                    return;
                }
                checkFields(value, OIT_FIELDS, field + ".", problems);
                JsonNode pass = value.get("pass");
                if (pass == null || !pass.isBoolean()) {
                    problems.add(new Problem(field + ".pass", pass == null ? "" : pass.toString(),
                            "expected true or false"));
                    return;
                }
                String reason = optionalText(value, "reason", field + ".", problems);
                String url = optionalText(value, "url", field + ".", problems);
                builder.oitItem(key, pass.asBoolean(), reason, url);
            });
        }
        if (node.has("tools")) {
            forEachField(node, "tools", prefix, problems,
                    (key, value, field) -> builder.tool(key, scoreText(value, field, problems)));
        }
        if (node.has("overall")) {
            builder.overall(scoreText(node.get("overall"), prefix + "overall", problems));
        }
        if (node.has("rating")) {
            String rating = text(node, "rating", prefix, problems);
            if (rating != null) {
                builder.publishedRating(rating);
            }
        }
    }

    @FunctionalInterface
    private interface FieldVisitor {
        void visit(String key, JsonNode value, String field);
    }

    private static void forEachField(JsonNode node, String name, String prefix, List<Problem> problems,
            FieldVisitor visitor) {
        JsonNode object = node.get(name);
        if (!object.isObject()) {
            problems.add(new Problem(prefix + name, object.toString(), "expected a JSON object"));
            return;
        }
        if (tooMany(object, prefix + name, problems)) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            visitor.visit(e.getKey(), e.getValue(), prefix + name + "." + Problem.shown(e.getKey()));
        }
    }

    /**
     * Reports a list or object of more than {@value JsonInput#MAX_ENTRIES} entries: no assessment
     * needs as many, and each entry could make a problem of its own.
     */
    private static boolean tooMany(JsonNode container, String field, List<Problem> problems) {
        if (container.size() <= JsonInput.MAX_ENTRIES) {
            return false;
        }
        problems.add(new Problem(field, "", String.format(Locale.ROOT, "too many entries, %,d; at most %,d",
                container.size(), JsonInput.MAX_ENTRIES)));
        return true;
    }

    private static void checkFields(JsonNode node, String prefix, List<Problem> problems) {
        checkFields(node, FIELDS, prefix, problems);
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String prefix, List<Problem> problems) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(new Problem(prefix + fieldName(name), "", "unknown field; expected one of "
                        + allowed.stream().sorted().toList()));
            }
        });
    }

    /** Returns the score as text for the builder to check; a wrong JSON type is reported here. */
    private static String scoreText(JsonNode value, String field, List<Problem> problems) {
        if (value.isNumber()) {
            // toString keeps an exponent (1E+400) short; Score.parse reads it either way.
            return value.decimalValue().toString();
        }
        if (value.isTextual()) {
            return value.asText();
        }
        problems.add(new Problem(field, value.toString(), "expected a score (a number from 0.00 to 100.00)"));
        // A placeholder that always parses; the problem above already stops the build.
        return "0";
    }

    private static Integer yearKey(String text, String field, List<Problem> problems) {
        if (text != null) {
            try {
                return th.ita.model.FiscalYear.parse(text).value();
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field, text, e.getMessage()));
                return null;
            }
        }
        problems.add(new Problem(field, "", "expected a Buddhist-era year such as 2566"));
        return null;
    }

    private static String text(JsonNode node, String name, String prefix, List<Problem> problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problems.add(new Problem(prefix + name, "", "missing"));
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(prefix + name, value.toString(), "expected text"));
            return null;
        }
        return wellFormed(value.asText(), prefix + name, problems);
    }

    /** Returns the text, or null after reporting it if it is not well-formed Unicode. */
    private static String wellFormed(String text, String field, List<Problem> problems) {
        Optional<String> why = Texts.unicodeProblem(text);
        if (why.isPresent()) {
            problems.add(new Problem(field, text, why.get()));
            return null;
        }
        return text;
    }

    private static String optionalText(JsonNode node, String name, String prefix, List<Problem> problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(prefix + name, value.toString(), "expected text"));
            return null;
        }
        return wellFormed(value.asText(), prefix + name, problems);
    }

    private static ItaValidationException single(String field, String value, String message) {
        return new ItaValidationException(List.of(new Problem(field, value, message)));
    }
}
