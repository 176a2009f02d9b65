package th.ita.rules.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import th.ita.rules.RuleExecutionException;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.FindingKind;

/** Recommendations from custom rules: merged when they repeat a bundled one, refused when their kind cannot describe the subject. */
class CustomRecommendationsTest {

    private static final String HEADER = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.Level;
            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;
            import th.ita.rules.recommendations.Recommendation;
            import th.ita.rules.recommendations.RecommendationKind;

            """;

    @TempDir
    Path dir;

    /** Before: the custom finding on indicator 3 printed the bundled urgent measure a second time. */
    @Test
    void aCustomUrgentFindingOnAnIndicatorTheBundledRulesFlagGivesOneMeasureWithBothCauses() throws IOException {
        Files.writeString(dir.resolve("urgent-below-90.drl"), HEADER + """
                rule "Custom: urgent below 90"
                when
                    $s : ScoredLevel(level == Level.INDICATOR, value < 90.00)
                then
                    insert(Finding.of(FindingKind.URGENT, $s.subject(), drools.getRule().getName()));
                end
                """, StandardCharsets.UTF_8);
        Analysis analysis = ItaEngine.builder().rulesFrom(dir).build().analyze(Samples.load("lampang-city-2564"));
        List<Measure> urgent3 = analysis.measures().stream()
                .filter(m -> m.kind() == RecommendationKind.URGENT_INDICATOR && m.subject().key().equals("3")).toList();
        assertEquals(1, urgent3.size());
        assertEquals(2, urgent3.get(0).causes().size());
        assertEquals(2, analysis.findings(FindingKind.URGENT).stream().filter(f -> f.subject().key().equals("3"))
                .count(), "every finding is kept");
    }

    /** Before: NumberFormatException "9.4" from the measure writer, an internal error. */
    @Test
    void anIndicatorMeasureForASubIndicatorIsALocatedRuleError() throws IOException {
        Files.writeString(dir.resolve("sub.drl"), HEADER + """
                rule "Custom: urgent measure for a sub-indicator"
                when
                    $s : ScoredLevel(level == Level.SUB_INDICATOR)
                then
                    insert(Recommendation.of(RecommendationKind.URGENT_INDICATOR,
                            Finding.of(FindingKind.URGENT, $s.subject(), drools.getRule().getName()),
                            drools.getRule().getName()));
                end
                """, StandardCharsets.UTF_8);
        ItaEngine engine = ItaEngine.builder().rulesFrom(dir).build();
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> engine.analyze(Samples.load("lampang-city-2564")));
        assertEquals("Custom: urgent measure for a sub-indicator", e.rule());
        assertTrue(e.location().endsWith("sub.drl:10"), e.location());
        assertTrue(e.getMessage().contains("recommended what the catalogue cannot write: a URGENT_INDICATOR "
                + "recommendation is for a subject of level INDICATOR, was SUB_INDICATOR "), e.getMessage());
    }

    /** Before: the measure writer found no OIT entry for "9.4" and dropped the recommendation without a word. */
    @Test
    void anOitItemMeasureForASubIndicatorIsALocatedRuleErrorNotADroppedMeasure() throws IOException {
        Files.writeString(dir.resolve("publish.drl"), HEADER + """
                rule "Custom: publish for a sub-indicator"
                when
                    $s : ScoredLevel(level == Level.SUB_INDICATOR)
                then
                    insert(Recommendation.of(RecommendationKind.PUBLISH_OIT_ITEM,
                            Finding.of(FindingKind.WEAKNESS, $s.subject(), drools.getRule().getName()),
                            drools.getRule().getName()));
                end
                """, StandardCharsets.UTF_8);
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> ItaEngine.builder().rulesFrom(dir).build().analyze(Samples.load("lampang-city-2564")));
        assertEquals("Custom: publish for a sub-indicator", e.rule());
        assertTrue(e.getMessage().contains("a PUBLISH_OIT_ITEM recommendation is for a subject of level OIT_ITEM, "
                + "was SUB_INDICATOR "), e.getMessage());
    }

    @Test
    void theCatalogueNamesTheLevelEveryBundledKindDescribes() {
        RecommendationCatalogue catalogue = RecommendationCatalogue.standard();
        assertEquals(List.of(Level.INDICATOR, Level.TOOL, Level.OIT_ITEM, Level.INDICATOR, Level.THEME,
                Level.INDICATOR, Level.THEME), catalogue.kinds().stream()
                        .map(k -> catalogue.subjectLevel(k).orElseThrow()).toList());
        assertTrue(catalogue.subjectLevel(RecommendationKind.of("TRAIN_STAFF")).isEmpty());
    }
}
