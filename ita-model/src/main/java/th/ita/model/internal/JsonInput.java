package th.ita.model.internal;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;

/**
 * What every JSON reader of the library shares: the parser's limits and the wording of Jackson's
 * messages about malformed input.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class JsonInput {

    /**
     * The most bytes of one input file, or of one element of a JSON array of assessments: about a
     * thousand times a full assessment, and small enough that its tree fits in a small heap.
     */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** The most characters of one text value (a name, a reason, a constraint). */
    public static final int MAX_TEXT = 1_000_000;

    /** The most entries of one JSON list or object (constraints, history, questions ...). */
    public static final int MAX_ENTRIES = 1_000;

    /** A value Jackson quotes in its message, such as a duplicate key or an unknown token. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private JsonInput() {
    }

    /**
     * Returns a JSON factory with the library's limits: a number of more than
     * {@value Score#MAX_LENGTH} characters is refused as the parser reads it, before any digit is
     * converted, so a number of a million digits costs no more than reading it; a text of more than
     * {@value #MAX_TEXT} characters likewise, before the text is built; a duplicate key is
     * an error; Jackson quotes at most {@value Problem#SHOWN_LENGTH} characters of a bad token.
     *
     * @return a new factory, not null
     */
    public static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Score.MAX_LENGTH)
                        .maxStringLength(MAX_TEXT).build())
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(Problem.SHOWN_LENGTH).maxRawContentLength(Problem.SHOWN_LENGTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Tells whether an exception is the parser refusing a number longer than {@value Score#MAX_LENGTH} characters.
     *
     * @param e the exception, not null
     * @return true for the number limit
     */
    public static boolean isLongNumber(JsonProcessingException e) {
        return limitHit(e).startsWith("Number");
    }

    /**
     * Tells whether an exception is the parser refusing a text longer than {@value #MAX_TEXT} characters.
     *
     * @param e the exception, not null
     * @return true for the text limit
     */
    public static boolean isLongText(JsonProcessingException e) {
        return limitHit(e).startsWith("String");
    }

    /** The message of the limit the parser hit, or an empty one. */
    private static String limitHit(JsonProcessingException e) {
        // Jackson has no type for each limit; its message names the one it hit. Data binding
        // wraps the parser's exception in one that gives the field path.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return String.valueOf(limit.getOriginalMessage());
            }
        }
        return "";
    }

    /**
     * Refuses a file larger than {@value #MAX_BYTES} bytes before any of it is read.
     *
     * @param file the file, not null
     * @throws ItaValidationException if the file is too large
     * @throws UncheckedIOException if its size cannot be read
     */
    public static void requireSize(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ItaValidationException(List.of(new Problem("", "", String.format(Locale.ROOT,
                        "file too large, %,d bytes; an input file is at most %,d bytes (8 MiB)", size, MAX_BYTES))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns what a parser exception says, on one line, with every value it quotes cut as
     * {@link Problem#shown(CharSequence)} cuts it (a duplicate key may be as long as the input), and
     * the number limit in plain words.
     *
     * @param e the exception, not null
     * @return the message, not null
     */
    public static String message(JsonProcessingException e) {
        if (isLongNumber(e)) {
            return String.format(Locale.ROOT, "number too long: more than %d characters", Score.MAX_LENGTH);
        }
        if (isLongText(e)) {
            return String.format(Locale.ROOT, "text too long: more than %,d characters", MAX_TEXT);
        }
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        message = (newline < 0 ? message : message.substring(0, newline)).strip();
        Matcher quoted = QUOTED.matcher(message);
        StringBuilder cut = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(cut, Matcher.quoteReplacement("'" + Problem.shown(quoted.group(1)) + "'"));
        }
        return quoted.appendTail(cut).toString();
    }

    /**
     * Finds content after the JSON value a parser has read: a second value, or stray text that is not
     * even a JSON token.
     *
     * @param parser the parser, just past the value
     * @return where the extra content starts, or empty when the input ends there
     * @throws IOException if the input cannot be read
     */
    public static Optional<JsonLocation> trailingContent(
            JsonParser parser) throws IOException {
        try {
            return parser.nextToken() == null ? Optional.empty()
                    : Optional.of(parser.currentTokenLocation());
        } catch (JsonProcessingException e) {
            return Optional.of(e.getLocation());
        }
    }
}
