package th.ita.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import th.ita.examples.ReportStructure;
import th.ita.model.ThaiDigits;
import th.ita.model.io.AssessmentJson;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.report.Escaping;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.report.ReportOptions;
import th.ita.rules.report.Reports;
import th.ita.rules.testing.TextArbitraries;

/**
 * Any text as an agency's name and constraint, through every report format: the Markdown and HTML
 * reports have the structure of the same report on a plain name (the same headings, table rows
 * of the same number of cells, the same links and raw HTML, that is the templates' own {@code <br>}),
 * show the text whole, with no control or bidirectional control character; the JSON report is
 * valid JSON with the text as given (Thai digits written as Arabic ones, as for every JSON text).
 *
 * <p>Tagged {@code hardening}, so {@code mvn -Phardening} runs it too.
 */
@Tag("hardening")
class ReportEscapingProperties {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String PLAIN = "ข้อความธรรมดา";

    /** The reports of the plain name, by language and format. */
    private static final Map<String, String> PLAIN_REPORTS = new ConcurrentHashMap<>();

    /** A name and a constraint are never blank: the reader refuses them. */
    @Provide
    static Arbitrary<String> texts() {
        return TextArbitraries.hostile().filter(text -> !text.isBlank());
    }

    @Property(tries = 200)
    void anyNameAndConstraintKeepEveryFormatsStructure(@ForAll("texts") String givenName,
            @ForAll("texts") String givenConstraint, @ForAll boolean thai) throws IOException {
        ReportOptions options = ReportOptions.defaults().withThai(thai);
        Analysis analysis = analysis(givenName, givenConstraint);
        // As the reader keeps them: it drops a name's outer white space.
        String name = analysis.assessment().agency().name();
        String constraint = analysis.assessment().constraints().get(0);

        String md = Reports.render(analysis, ReportFormat.MARKDOWN, options);
        assertEquals(ReportStructure.markdown(plain(options, ReportFormat.MARKDOWN)), ReportStructure.markdown(md), md);
        assertTrue(ReportStructure.markdownText(md).contains(" " + Escaping.neutralised(name).strip() + " ("), md);
        assertNoControlCharacters(md);

        String html = Reports.render(analysis, ReportFormat.HTML, options);
        assertEquals(ReportStructure.html(plain(options, ReportFormat.HTML)), ReportStructure.html(html));
        assertTrue(ReportStructure.htmlText(html).contains(Escaping.neutralised(name)),
                () -> name.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList() + " in " + html);
        assertNoControlCharacters(html);

        // JSON is for machines: its texts keep every character, but with Arabic digits (Reports.json).
        JsonNode json = JSON.readTree(Reports.render(analysis, ReportFormat.JSON, options));
        assertEquals(ThaiDigits.toArabic(name), json.get("agency").asText());
        assertEquals(List.of(ThaiDigits.toArabic(constraint)), List.of(json.get("constraints").get(0).asText()));
    }

    private static void assertNoControlCharacters(String report) {
        report.codePoints().filter(c -> c != '\n').forEach(c -> assertTrue(!Character.isISOControl(c)
                && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F
                && c != 0x061C, () -> String.format("U+%04X in %s", c, report)));
    }

    private static String plain(ReportOptions options, ReportFormat format) {
        return PLAIN_REPORTS.computeIfAbsent(options.thai() + " " + format,
                key -> Reports.render(analysis(PLAIN, PLAIN), format, options));
    }

    /** The FY2564 Lampang City sample, read as a user's file is, with the name and the one constraint. */
    private static Analysis analysis(String name, String constraint) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(Samples.get("lampang-city-2564").json());
            root.put("agency", name);
            root.putArray("constraints").add(constraint);
            return ENGINE.analyze(AssessmentJson.read(JSON.writeValueAsString(root)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
