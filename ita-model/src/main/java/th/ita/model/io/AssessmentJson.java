package th.ita.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.assessment.Assessment;

/**
 * Reads assessments in the ITA JSON input format, strictly: an unknown field, a wrong type or a
 * bad score is an error naming its field, never silently dropped.
 *
 * <p>The format (see README): {@code agency}, {@code agencyKind}, {@code fiscalYear} (Buddhist
 * era), {@code source}, and any of {@code indicators} {@code {"1": 87.37}}, {@code questions}
 * {@code {"i1": 100}}, {@code oit} {@code {"o27": {"pass": false, "reason": "..."}}},
 * {@code tools} {@code {"IIT": 99.91, "EIT_PART_1": 97.98}}, {@code overall}, {@code rating},
 * {@code previous} and {@code history} (earlier years, same shape), {@code targets}
 * {@code {"2567": 70}}, {@code constraints} (a list of text) and {@code units} (the agency's own unit
 * names by role, {@code {"FINANCE": "กองคลัง"}}). Scores are JSON numbers or
 * strings, in Arabic or Thai digits.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class AssessmentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> TOP_FIELDS = Set.of("agency", "agencyKind", "fiscalYear", "source",
            "indicators", "questions", "oit", "tools", "overall", "rating", "previous", "history", "targets",
            "constraints", "units");
    private static final Set<String> YEAR_FIELDS = Set.of("fiscalYear", "source", "indicators", "questions", "oit",
            "tools", "overall", "rating");
    private static final Set<String> OIT_FIELDS = Set.of("pass", "reason", "url");

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
        return readNode(parse(readUtf8(file)), "");
    }

    /**
     * Reads one assessment from UTF-8 JSON text.
     *
     * @param json the JSON text, not null
     * @return the assessment, not null
     * @throws ItaValidationException if the text is not valid JSON or the assessment has problems
     */
    public static Assessment read(String json) {
        return readNode(parse(json.startsWith("\uFEFF") ? json.substring(1) : json), "");
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
        JsonNode root = parse(json);
        if (!root.isArray()) {
            throw single("", "", "expected a JSON array of assessments");
        }
        List<Assessment> result = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                result.add(readNode(root.get(i), "[" + i + "]."));
            } catch (ItaValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ItaValidationException(problems);
        }
        return result;
    }

    /**
     * Reads a UTF-8 file as text, rejecting bytes that are not UTF-8 and dropping a byte-order mark.
     *
     * @param file the file, not null
     * @return the text, not null
     * @throws ItaValidationException if the file is not UTF-8
     * @throws UncheckedIOException if the file cannot be read
     */
    public static String readUtf8(Path file) {
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

    private static JsonNode parse(String json) {
        if (json.isBlank()) {
            throw single("json", "", "empty input; expected a JSON object");
        }
        try (Reader reader = new java.io.StringReader(json)) {
            JsonNode node = MAPPER.readTree(reader);
            if (node == null || node.isMissingNode()) {
                throw single("json", "", "empty input; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "json" : String.format(Locale.ROOT, "line %d, column %d",
                    at.getLineNr(), at.getColumnNr());
            throw single(where, "", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assessment readNode(JsonNode node, String prefix) {
        List<Problem> problems = new ArrayList<>();
        Assessment.Builder builder = Assessment.builder().fieldPrefix(prefix);
        if (!node.isObject()) {
            throw single(prefix.isEmpty() ? "json" : prefix.substring(0, prefix.length() - 1), "",
                    "expected a JSON object for an assessment");
        }
        checkFields(node, TOP_FIELDS, prefix, problems);
        // A missing agency or year is reported by the builder; only a wrong JSON type is reported here.
        String agency = node.has("agency") ? text(node, "agency", prefix, problems) : null;
        String kind = node.has("agencyKind") ? text(node, "agencyKind", prefix, problems) : "other";
        if (agency != null) {
            builder.agency(agency, kind == null ? "other" : kind);
        }
        readYear(node, builder, prefix, problems);
        if (node.has("previous")) {
            JsonNode previous = node.get("previous");
            readEarlier(previous, agency, kind, prefix + "previous.", builder, problems);
        }
        if (node.has("history")) {
            JsonNode history = node.get("history");
            if (!history.isArray()) {
                problems.add(new Problem(prefix + "history", history.toString(), "expected a list of earlier years"));
            } else {
                for (int i = 0; i < history.size(); i++) {
                    readEarlier(history.get(i), agency, kind, prefix + "history[" + i + "].", builder, problems);
                }
            }
        }
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
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode c = list.get(i);
                    if (!c.isTextual()) {
                        problems.add(new Problem(prefix + "constraints[" + i + "]", c.toString(), "expected text"));
                    } else {
                        builder.constraint(c.asText());
                    }
                }
            }
        }
        if (node.has("units")) {
            forEachField(node, "units", prefix, problems, (role, name, field) -> {
                if (name.isTextual()) {
                    builder.unit(role, name.asText());
                } else {
                    problems.add(new Problem(field, name.toString(), "expected the unit's name as text"));
                }
            });
        }
        Assessment built = null;
        try {
            built = builder.build();
        } catch (ItaValidationException e) {
            // A field already reported as malformed here is not reported again as missing.
            Set<String> named = new java.util.HashSet<>();
            problems.forEach(p -> named.add(p.field()));
            e.problems().stream().filter(p -> !named.contains(p.field())).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new ItaValidationException(problems);
        }
        return built;
    }

    private static void readEarlier(JsonNode node, String agency, String kind, String prefix,
            Assessment.Builder builder, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(prefix.substring(0, prefix.length() - 1), node.toString(),
                    "expected a JSON object for an earlier year"));
            return;
        }
        checkFields(node, YEAR_FIELDS, prefix, problems);
        Assessment.Builder earlier = Assessment.builder().fieldPrefix(prefix);
        if (agency != null && kind != null) {
            earlier.agency(agency, kind);
        }
        readYear(node, earlier, prefix, problems);
        try {
            builder.history(earlier.build());
        } catch (ItaValidationException e) {
            problems.addAll(e.problems());
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
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            visitor.visit(e.getKey(), e.getValue(), prefix + name + "." + e.getKey());
        }
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String prefix, List<Problem> problems) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(new Problem(prefix + name, "", "unknown field; expected one of "
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
        return value.asText();
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
        return value.asText();
    }

    private static ItaValidationException single(String field, String value, String message) {
        return new ItaValidationException(List.of(new Problem(field, value, message)));
    }
}
