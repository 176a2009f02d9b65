package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * The worked example of {@code docs/RULES.md}: the custom DRL file the document prints is the
 * test resource loaded here, so the example is known to compile and to do what the text says.
 */
class WorkedExampleTest {

    /** The rules directory of the example, from the module directory Surefire runs in. */
    private static final Path DIRECTORY = Path.of("src/test/resources/th/ita/rules/worked-example");
    private static final Path FILE = DIRECTORY.resolve("critical-indicators.drl");
    private static final Path DOC = Path.of("../docs/RULES.md");

    private static final ItaEngine ENGINE = ItaEngine.builder().rulesFrom(DIRECTORY).build();

    private static final String CRITICAL = "Custom: flag an indicator below 60 as critical";
    private static final String BUNDLED_URGENT = Drl.declared("actionlines/urgent.drl",
            "Action line: indicator from the weakness line to below the urgent line needs urgent improvement");

    @Test
    void theDocumentPrintsTheExampleFileVerbatim() throws IOException {
        String drl = Files.readString(FILE, StandardCharsets.UTF_8);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertTrue(doc.contains("```drl\n" + drl + "```\n"), "docs/RULES.md prints " + FILE + " verbatim in a drl block");
        assertTrue(doc.contains("src/test/resources/th/ita/rules/worked-example/critical-indicators.drl"));
        assertTrue(doc.contains(CRITICAL));
    }

    @Test
    void theExampleDirectoryChecksWithoutErrors() {
        RuleCheck check = ItaEngine.builder().rulesFrom(DIRECTORY).check();
        assertTrue(check.passed(), check::toString);
        assertEquals(List.of(), check.warnings());
        assertEquals(List.of(), check.replacements());
    }

    @Test
    void source000Fy2563FlagsIndicators9And10AsCritical() {
        // FY2563: indicator 9 at 44.62 and indicator 10 at 18.75 are below 60; 7 at 66.94 and 8 at 66.50 are not.
        Analysis analysis = ENGINE.analyze(Samples.load("lampang-city-2563"));

        List<Finding> critical = analysis.findings(FindingKind.URGENT).stream()
                .filter(f -> f.rule().equals(CRITICAL)).toList();
        assertEquals(List.of("9", "10"), critical.stream().map(f -> f.subject().key()).toList());
        assertEquals(Map.of("score", "44.62", "line", "60.00", "severity", "critical"), critical.get(0).texts());
        assertEquals(Map.of("score", "18.75", "line", "60.00", "severity", "critical"), critical.get(1).texts());
        assertEquals(List.of(CRITICAL, CRITICAL),
                analysis.trace().stream().filter(r -> r.startsWith("Custom:")).toList());
        // The bundled urgent rule still finds the two indicators from 80 to below 95 (1 and 3); the
        // other eight are below 80, weaknesses rather than urgent.
        assertEquals(2, analysis.findings(FindingKind.URGENT).stream()
                .filter(f -> f.rule().equals(BUNDLED_URGENT)).count());
        assertEquals(Level.INDICATOR, critical.get(0).subject().level());
    }

    @Test
    void anIndicatorOfExactly60IsNotCritical() {
        Analysis analysis = ENGINE.analyze(Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER)
                .fiscalYear(2564).indicator(1, "60.00").indicator(2, "59.99").build());

        assertEquals(List.of("2"), analysis.findings(FindingKind.URGENT).stream()
                .filter(f -> f.rule().equals(CRITICAL)).map(f -> f.subject().key()).toList());
    }

    @Test
    void source000Fy2564HasNoCriticalIndicator() {
        Analysis analysis = ENGINE.analyze(Samples.load("lampang-city-2564"));

        assertEquals(List.of(), analysis.trace().stream().filter(r -> r.startsWith("Custom:")).toList());
        assertEquals(List.of(), analysis.findings().stream().filter(f -> f.rule().equals(CRITICAL)).toList());
    }
}
