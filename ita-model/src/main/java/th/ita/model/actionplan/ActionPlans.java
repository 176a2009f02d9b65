package th.ita.model.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.internal.JsonInput;

/**
 * Reads {@link ActionPlan}s from JSON.
 *
 * <p>Reading is strict: an unknown field, a duplicate key, a string where a number belongs, a
 * fraction where an integer belongs, trailing content after the plan, a number written in more
 * than {@value th.ita.model.Score#MAX_LENGTH} characters or beyond what a decimal holds, text that
 * is not well-formed Unicode, or a value that a record rejects (a negative budget, dimension 5) is
 * an error. Every error is one
 * {@link ItaValidationException} whose problem names the line and the JSON path of the field and
 * says what is allowed; its message, with the source, reads for example:
 * <pre>{@code
 * plan.json:42: dimensions[4].number: dimension out of range, was 5; valid 1 - 4
 * }</pre>
 * The line is where the offending field starts (or, when the field is absent, where its
 * nearest enclosing field starts); for malformed JSON it is where the parser stopped.
 *
 * <p>Usage:
 * <pre>{@code
 * ActionPlan plan = ActionPlans.read(Path.of("lampang-city-2566-2570.json"));
 * SortedMap<Integer, BigDecimal> sums = plan.summedBudgetByYear(1);
 * }</pre>
 * The bundled sample of source 003 is the class-path resource {@value #LAMPANG_CITY_2566_2570}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ActionPlans {

    /** The class-path resource of the Lampang City Municipality plan for FY2566 - 2570 (source 003). */
    public static final String LAMPANG_CITY_2566_2570 = "/th/ita/model/actionplan/lampang-city-2566-2570.json";

    /** Content after the plan is found by {@link #read(InputStream, Optional)} itself, to say so plainly. */
    private static final ObjectReader READER = JsonMapper.builder(JsonInput.factory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build()
            .readerFor(ActionPlan.class);

    private static final JsonFactory SCANNER = new JsonFactory();

    /** The field path that starts a record's own message, such as {@code byYear.2566: }. */
    private static final Pattern RELATIVE_PATH =
            Pattern.compile("([A-Za-z][A-Za-z0-9_]*(?:\\[\\d+]|\\.[A-Za-z0-9_]+)*): ");
    private static final Pattern SEGMENT = Pattern.compile("([^\\[]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private ActionPlans() {
    }

    /**
     * Reads a plan from a JSON file.
     *
     * @param file the file, UTF-8, not null
     * @return the plan, not null
     * @throws ItaValidationException  if the content is not a valid plan; the message starts with
     *                                  {@code <file>:<line>:} and names the JSON field path
     * @throws IOException              if the file cannot be read
     */
    public static ActionPlan read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a plan from a JSON stream. The stream is not closed.
     *
     * @param in the stream, UTF-8, not null
     * @return the plan, not null
     * @throws ItaValidationException  if the content is not a valid plan; the message starts with
     *                                  {@code line <line>:} and names the JSON field path
     * @throws IOException              if the stream cannot be read
     */
    public static ActionPlan read(InputStream in) throws IOException {
        return read(in, Optional.empty());
    }

    /**
     * Reads a plan from a JSON stream, naming the source in error messages. The stream is not closed.
     *
     * @param in         the stream, UTF-8, not null
     * @param sourceName the name of the source for messages, such as a file or resource name, not null
     * @return the plan, not null
     * @throws ItaValidationException  if the content is not a valid plan; the message starts with
     *                                  {@code <sourceName>:<line>:} and names the JSON field path
     * @throws IOException              if the stream cannot be read
     */
    public static ActionPlan read(InputStream in, String sourceName) throws IOException {
        return read(in, Optional.of(Objects.requireNonNull(sourceName, "sourceName")));
    }

    private static ActionPlan read(InputStream in, Optional<String> sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        // Plans are small; keeping the bytes lets an error be traced back to the line of its field.
        byte[] content = in.readAllBytes();
        try (JsonParser parser = READER.createParser(content)) {
            ActionPlan plan = READER.readValue(parser);
            requireEnd(parser);
            return plan;
        } catch (JsonProcessingException e) {
            throw (ItaValidationException) new ItaValidationException(sourceName.orElse(""),
                    List.of(problem(e, content)), 1).initCause(e);
        }
    }

    /** Content after the plan: a second JSON value, or stray text. */
    private static final class TrailingContent extends JsonParseException {

        private static final long serialVersionUID = 1L;

        TrailingContent(JsonParser parser, JsonLocation at) {
            super(parser, "content after the end of the plan; a file holds one JSON action plan", at);
        }
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        Optional<JsonLocation> at = JsonInput.trailingContent(parser);
        if (at.isPresent()) {
            throw new TrailingContent(parser, at.get());
        }
    }

    /** Turns a Jackson exception into the problem it reports, at the line of its field. */
    private static Problem problem(JsonProcessingException e, byte[] content) {
        String path;
        String lookup = null; // the path with its keys whole, to find the line
        String problem;
        boolean malformed = !(e instanceof JsonMappingException);
        if (e instanceof JsonMappingException mapping) {
            path = path(mapping.getPath(), true);
            lookup = path(mapping.getPath(), false);
            problem = mappingProblem(mapping);
        } else if (e instanceof TrailingContent) {
            path = "";
            problem = e.getOriginalMessage();
        } else {
            path = e instanceof StreamReadException read && read.getProcessor() != null
                    ? path(read.getProcessor().getParsingContext()) : "";
            problem = JsonInput.isLongNumber(e) || JsonInput.isLongText(e) ? JsonInput.message(e)
                    : "malformed JSON, " + JsonInput.message(e) + "; a JSON action plan is expected";
        }
        // A record's message starts with its own field path, relative to the object that failed.
        Matcher relative = RELATIVE_PATH.matcher(problem);
        String fullPath = lookup == null ? path : lookup;
        String field = path;
        if (relative.lookingAt()) {
            fullPath = fullPath.isEmpty() ? relative.group(1) : fullPath + "." + relative.group(1);
            field = path.isEmpty() ? relative.group(1) : path + "." + relative.group(1);
            problem = problem.substring(relative.end());
        }
        int line = malformed ? lineOf(e.getLocation()) : lineOfPath(content, fullPath).orElse(lineOf(e.getLocation()));
        return new Problem(field, "", problem, Math.max(0, line));
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? -1 : location.getLineNr();
    }

    /**
     * Finds the line where the field at a path starts, or where its nearest existing ancestor
     * starts, by scanning the content again.
     */
    private static Optional<Integer> lineOfPath(byte[] content, String path) {
        List<String> segments = segments(path);
        for (int n = segments.size(); n > 0; n--) {
            String pointer = "/" + String.join("/", segments.subList(0, n));
            Optional<Integer> line = scan(content, pointer);
            if (line.isPresent()) {
                return line;
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> scan(byte[] content, String pointer) {
        try (JsonParser parser = SCANNER.createParser(content)) {
            while (parser.nextToken() != null) {
                JsonToken token = parser.currentToken();
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY
                        || token != JsonToken.FIELD_NAME && !context.inArray()) {
                    continue;
                }
                if (context != null && context.pathAsPointer().toString().equals(pointer)) {
                    return Optional.of(parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // the content is malformed after the point of interest; fall back to Jackson's location
        }
        return Optional.empty();
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (m.matches()) {
                if (!m.group(1).isEmpty()) {
                    segments.add(m.group(1));
                }
                Matcher index = INDEX.matcher(m.group(2));
                while (index.find()) {
                    segments.add(index.group(1));
                }
            }
        }
        return segments;
    }

    private static String mappingProblem(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (JsonInput.isLongNumber(e) || JsonInput.isLongText(e)) {
            return JsonInput.message(e);
        }
        if (cause instanceof NumberFormatException) {
            // Jackson converts a number when a field asks for it; BigDecimal holds no exponent
            // beyond the int range (1e-2147483648).
            return "number out of range: its exponent is beyond what a decimal holds";
        }
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return String.valueOf(cause.getMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return String.format(Locale.ROOT, "unknown field, was \"%s\"; known fields are %s",
                    Problem.shown(unknown.getPropertyName()), names(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidFormatException format) {
            return String.format(Locale.ROOT, "invalid value, was %s; expected %s",
                    quoted(format.getValue()), expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
                return "no content, was empty input; a JSON action plan object is expected";
            }
            if (mismatch.getTargetType() != null) {
                return String.format(Locale.ROOT, "wrong JSON type, was %s; expected %s",
                        currentValue(mismatch), expected(mismatch.getTargetType()));
            }
        }
        return JsonInput.message(e);
    }

    private static String currentValue(MismatchedInputException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() != null) {
            try {
                return switch (parser.currentToken()) {
                    case VALUE_STRING -> "\"" + Problem.shown(parser.getText()) + "\"";
                    case START_OBJECT -> "an object";
                    case START_ARRAY -> "an array";
                    default -> Problem.shown(parser.getText());
                };
            } catch (IOException ignored) {
                // fall through to the token name
            }
            return parser.currentToken().toString();
        }
        return "another JSON type";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object of type " + type.getSimpleName();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + Problem.shown(s) + "\"" : Problem.shown(String.valueOf(value));
    }

    private static String names(Collection<Object> ids) {
        if (ids == null) {
            return "[]";
        }
        TreeSet<String> sorted = new TreeSet<>();
        ids.forEach(id -> sorted.add(String.valueOf(id)));
        return sorted.toString();
    }

    /** The JSON path of a reference chain; {@code cut} quotes each key as {@link Problem#shown} does. */
    private static String path(List<JsonMappingException.Reference> references, boolean cut) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(cut ? Problem.shown(ref.getFieldName()) : ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String path(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                sb.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                sb.insert(0, (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + Problem.shown(c.getCurrentName()));
            }
        }
        return sb.toString();
    }
}
