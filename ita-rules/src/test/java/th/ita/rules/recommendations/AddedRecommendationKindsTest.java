package th.ita.rules.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.RuleCheck;
import th.ita.rules.RuleExecutionException;
import th.ita.rules.RuleProblem;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.report.ReportOptions;
import th.ita.rules.report.Reports;

/**
 * Kinds of recommendation a rule author adds, with their Thai and English texts, in a recommendations
 * file; and the mistakes around them, each named where it is.
 */
class AddedRecommendationKindsTest {

    private static final String RULE = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.Level;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;
            import th.ita.rules.recommendations.Recommendation;
            import th.ita.rules.recommendations.RecommendationKind;

            rule "Custom: train the staff of a weak indicator"
            when
                $f : Finding(kind == FindingKind.WEAKNESS, subject.level == Level.INDICATOR)
            then
                insert(Recommendation.of(RecommendationKind.of("TRAIN_STAFF"), $f, drools.getRule().getName()));
            end
            """;

    private static final String KINDS = """
            {
              "kinds": [
                {
                  "id": "TRAIN_STAFF",
                  "subjectLevel": "INDICATOR",
                  "action": {"th": "อบรมบุคลากรผู้รับผิดชอบตัวชี้วัดนี้", "en": "Train the staff behind this indicator"},
                  "steps": [{"th": "จัดอบรมภายในไตรมาสแรก", "en": "Hold the training in the first quarter"}],
                  "role": "HR",
                  "followUp": {"th": "รายงานจำนวนผู้ผ่านการอบรม", "en": "Report how many completed it"}
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void anAddedKindGivesAMeasureWithItsOwnTextsAfterTheBundledOnes() throws IOException {
        write("rules/train.drl", RULE);
        RecommendationCatalogue catalogue = RecommendationCatalogue.standard().with(write("kinds.json", KINDS));
        Analysis analysis = ItaEngine.builder().rulesFrom(dir.resolve("rules")).recommendations(catalogue).build()
                .analyze(Samples.load("lampang-city-2564"));

        List<String> weak = analysis.findings(FindingKind.WEAKNESS).stream()
                .filter(f -> f.subject().level() == Level.INDICATOR).map(f -> f.subject().key()).sorted().toList();
        List<Measure> trained = analysis.measures().stream()
                .filter(m -> m.kind().equals(RecommendationKind.of("TRAIN_STAFF"))).toList();
        assertFalse(weak.isEmpty());
        assertEquals(weak, trained.stream().map(m -> m.subject().key()).toList());
        Measure first = trained.get(0);
        assertEquals("Train the staff behind this indicator", first.action().en());
        assertEquals("อบรมบุคลากรผู้รับผิดชอบตัวชี้วัดนี้", first.action().th());
        assertEquals("HR", first.role());
        assertEquals("กองการเจ้าหน้าที่", first.unit().th(), "the municipality's usual HR unit");
        assertEquals("Custom: train the staff of a weak indicator", first.rule());
        List<Measure> all = analysis.measures();
        assertEquals(trained, all.subList(all.size() - trained.size(), all.size()), "added kinds come last");

        String report = Reports.render(analysis, ReportFormat.MARKDOWN, ReportOptions.defaults().withThai(false));
        assertTrue(report.contains("Train the staff behind this indicator"), report);
        assertTrue(Reports.render(analysis, ReportFormat.HTML, ReportOptions.defaults())
                .contains("อบรมบุคลากรผู้รับผิดชอบตัวชี้วัดนี้"));
    }

    /** Before: RecommendationKind was a closed enum; no rule could name a kind of its own. */
    @Test
    void aKindTheCatalogueLacksIsALocatedErrorAtRunTimeAndInTheCheck() throws IOException {
        write("rules/train.drl", RULE);
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> ItaEngine.builder().rulesFrom(dir.resolve("rules")).build()
                        .analyze(Samples.load("lampang-city-2564")));
        assertTrue(e.location().endsWith("train.drl:9"), e.location());
        assertTrue(e.getMessage().contains("the recommendation catalogue has no kind TRAIN_STAFF"), e.getMessage());

        RuleCheck check = ItaEngine.builder().rulesFrom(dir.resolve("rules")).check();
        assertFalse(check.passed());
        RuleProblem problem = check.errors().get(0);
        assertTrue(problem.file().endsWith("train.drl"), problem.file());
        assertEquals(13, problem.line(), "the line that names the kind");
        assertTrue(problem.message().startsWith("recommendation kind TRAIN_STAFF has no texts"), problem.message());
    }

    /** The kind is checked in the text: a rule no sample fires is checked too, and said to be untried. */
    @Test
    void theCheckFindsAnUnknownKindInARuleNoSampleFiresAndSaysTheRuleWasNotTried() throws IOException {
        write("rules/never.drl", RULE.replace("kind == FindingKind.WEAKNESS", "kind == FindingKind.WEAKNESS, "
                + "subject.key == \"11\""));
        RuleCheck check = ItaEngine.builder().rulesFrom(dir.resolve("rules")).check();
        assertEquals(List.of(13), check.errors().stream().map(RuleProblem::line).toList());
        assertEquals(1, check.warnings().size());
        assertEquals(9, check.warnings().get(0).line());
        assertTrue(check.warnings().get(0).message().startsWith("rule \"Custom: train the staff of a weak indicator\" "
                + "fired on none of the " + Samples.list().size() + " bundled samples (nor in the rating sweep)"), check.warnings().get(0).message());

        RuleCheck withKinds = ItaEngine.builder().rulesFrom(dir.resolve("rules"))
                .recommendations(RecommendationCatalogue.standard().with(write("kinds.json", KINDS))).check();
        assertTrue(withKinds.passed(), withKinds.errors().toString());
    }

    @Test
    void anAddedKindForAnotherLevelIsALocatedError() throws IOException {
        write("rules/train.drl", RULE);
        RecommendationCatalogue catalogue = RecommendationCatalogue.standard()
                .with(write("kinds.json", KINDS.replace("\"INDICATOR\"", "\"OIT_ITEM\"")));
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> ItaEngine.builder().rulesFrom(dir.resolve("rules")).recommendations(catalogue).build()
                        .analyze(Samples.load("lampang-city-2564")));
        assertTrue(e.getMessage().contains("a TRAIN_STAFF recommendation is for a subject of level OIT_ITEM, was "
                + "INDICATOR "), e.getMessage());
    }

    @Test
    void aFileChangesOneBundledTextAndKeepsTheRest() throws IOException {
        RecommendationCatalogue standard = RecommendationCatalogue.standard();
        RecommendationCatalogue changed = standard.with(write("one.json", """
                {"indicators": [{"indicator": 4, "improve": {
                  "action": {"th": "ทบทวนการใช้ทรัพย์สินของราชการ", "en": "Review the use of public property"},
                  "steps": [], "role": "FINANCE",
                  "followUp": {"th": "รายงานผลทุกไตรมาส", "en": "Report every quarter"}}}]}
                """));
        assertEquals("Review the use of public property", changed.indicator(4, "improve").orElseThrow().action().en());
        assertEquals(standard.indicator(4, "urgent"), changed.indicator(4, "urgent"));
        assertEquals(standard.indicator(5, "improve"), changed.indicator(5, "improve"));
        assertEquals(standard.kinds(), changed.kinds());
    }

    @Test
    void aBadKindsSectionNamesEachProblemAtItsPath() throws IOException {
        Path file = write("bad.json", """
                {"kinds": [
                  {"id": "IMPROVE_INDICATOR", "subjectLevel": "INDICATOR", "action": {"th": "ก", "en": "a"},
                   "role": "HR", "followUp": {"th": "ข", "en": "b"}},
                  {"id": "TRAIN", "action": {"th": "ก", "en": "a"}, "role": "NOBODY"},
                  {"id": "train staff", "subjectLevel": "INDICATOR"}
                ]}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecommendationCatalogue.standard().with(file));
        String message = e.getMessage();
        assertTrue(message.contains(file + ": kinds.IMPROVE_INDICATOR: IMPROVE_INDICATOR is a bundled kind"), message);
        assertTrue(message.contains(file + ": kinds.TRAIN.subjectLevel: missing"), message);
        assertTrue(message.contains(file + ": kinds.TRAIN.followUp: missing"), message);
        assertTrue(message.contains(file + ": kinds.TRAIN.role: unknown role, was NOBODY"), message);
        assertTrue(message.contains(file + ": kinds.train staff.id: a recommendation kind is named in upper-case"),
                message);
    }

    @Test
    void aKindIsDefinedOnce() throws IOException {
        String one = KINDS.substring(KINDS.indexOf("{\n      \"id\""), KINDS.lastIndexOf("}\n  ]") + 1);
        Path file = write("twice.json", "{\"kinds\": [" + one + ", " + one + "]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecommendationCatalogue.standard().with(file));
        assertEquals(file + ": kinds.TRAIN_STAFF: defined twice in one file", e.getMessage());
    }

    @Test
    void kindNamesAreUpperCaseIdentifiers() {
        assertEquals("TRAIN_STAFF_2", RecommendationKind.of("TRAIN_STAFF_2").name());
        assertTrue(RecommendationKind.IMPROVE_INDICATOR.isBundled());
        assertFalse(RecommendationKind.of("TRAIN_STAFF").isBundled());
        for (String bad : List.of("", "train", "2FAST", "A-B", "A".repeat(65))) {
            assertThrows(IllegalArgumentException.class, () -> RecommendationKind.of(bad), bad);
        }
    }
}
