package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;

/**
 * A rule author's run-time mistakes end in one located error, {@link RuleExecutionException}, never
 * a hang, an out-of-memory error or an anonymous internal error.
 */
class RuntimeSafetyTest {

    private static final Assessment LAMPANG_2564 = Samples.load("lampang-city-2564");
    private static final String HEADER = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.facts.RatingInput;
            import th.ita.rules.rating.Rating;
            import th.ita.rules.rating.RatingScheme;

            """;

    @TempDir
    Path dir;

    private ItaEngine engineWith(String file, String rules) throws IOException {
        Files.writeString(dir.resolve(file), HEADER + rules, StandardCharsets.UTF_8);
        return ItaEngine.builder().rulesFrom(dir).firingLimit(2_000).build();
    }

    /** Before: 100 % CPU and 1.8 GB until killed. */
    @Test
    void anUpdateWithoutNoLoopIsStoppedAtTheFiringLimitAndNamed() throws IOException {
        ItaEngine engine = engineWith("loop.drl", """
                rule "Custom: touch every level"
                when
                    $s : ScoredLevel()
                then
                    update($s);
                end
                """);
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.analyze(LAMPANG_2564));
        assertEquals("Custom: touch every level", e.rule());
        assertEquals(dir.resolve("loop.drl") + ":8", e.location());
        assertTrue(e.getMessage().startsWith("the rules fired more than 2000 times in one analysis; rule "
                + "\"Custom: touch every level\" (" + dir.resolve("loop.drl") + ":8) fired "), e.getMessage());
    }

    /** Before: a raw OutOfMemoryError and its stack trace. */
    @Test
    void aRuleInsertingWhatItMatchesIsStoppedBeforeMemoryRunsOut() throws IOException {
        ItaEngine engine = engineWith("grow.drl", """
                rule "Custom: seed"
                when
                then
                    insert("a");
                end

                rule "Custom: grow"
                when
                    $s : String()
                then
                    insert($s + "a");
                end
                """);
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.analyze(LAMPANG_2564));
        assertEquals("Custom: grow", e.rule());
        assertEquals(dir.resolve("grow.drl") + ":14", e.location());
    }

    /** Before: the rule was named, its file was not. */
    @Test
    void aRuleThatThrowsIsNamedWithItsFileAndLine() throws IOException {
        ItaEngine engine = engineWith("boom.drl", """
                rule "Custom: boom"
                when
                    $s : ScoredLevel()
                then
                    throw new IllegalStateException("boom");
                end
                """);
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.analyze(LAMPANG_2564));
        assertEquals("rule \"Custom: boom\" (" + dir.resolve("boom.drl") + ":8) failed in its action: "
                + "IllegalStateException: boom", e.getMessage());
    }

    /** Before: a measure with no cause, or an anonymous IndexOutOfBoundsException for an OIT item. */
    @Test
    void aRecommendationWithoutACauseIsNamedWithItsRule() throws IOException {
        ItaEngine engine = engineWith("causeless.drl", """
                import th.ita.rules.facts.Level;
                import th.ita.rules.recommendations.Recommendation;
                import th.ita.rules.recommendations.RecommendationKind;

                rule "Custom: causeless"
                when
                    $s : ScoredLevel(subject.level == Level.INDICATOR, subject.key == "1")
                then
                    insert(new Recommendation(RecommendationKind.IMPROVE_INDICATOR, $s.subject(), java.util.List.of(),
                            drools.getRule().getName()));
                end
                """);
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.analyze(LAMPANG_2564));
        assertEquals("rule \"Custom: causeless\" (" + dir.resolve("causeless.drl") + ":12) failed in its action: "
                + "IllegalArgumentException: a recommendation of IMPROVE_INDICATOR for 1 names no finding that caused it",
                e.getMessage());
    }

    /** Before: "internal error … [Line: 1, Column: 9]", with no file or rule. */
    @Test
    void aConditionThatFailsIsFoundInItsFile() throws IOException {
        ItaEngine engine = engineWith("sixty.drl", """
                rule "Custom: below sixty"
                when
                    $s : ScoredLevel(value < "sixty")
                then
                    System.out.println($s);
                end
                """);
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.analyze(LAMPANG_2564));
        assertEquals("Custom: below sixty", e.rule());
        assertEquals(dir.resolve("sixty.drl") + ":10", e.location());
        assertTrue(e.getMessage().endsWith("in 'value < \"sixty\"'"), e.getMessage());
    }

    /** Before: IllegalStateException "bands must not overlap", an internal error. */
    @Test
    void overlappingRatingRulesNameBothRulesAndTheirFiles() throws IOException {
        ItaEngine engine = engineWith("extra-band.drl", """
                rule "Custom: A from 80.00"
                when
                    $in : RatingInput(scheme == RatingScheme.LETTER_BANDS, overall >= 80.00, overall < 85.00)
                then
                    insert($in.rated(Rating.letter("A")));
                end
                """);
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.analyze(LAMPANG_2564));
        assertTrue(e.getMessage().startsWith("the rating rules gave 2 ratings "), e.getMessage());
        assertTrue(e.getMessage().contains("\"Custom: A from 80.00\" (" + dir.resolve("extra-band.drl") + ":8)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("\"Rating: letter band B for 75.00 <= overall < 85.00\" "
                + "(classpath:th/ita/rules/rating/letter-bands.drl:27)"), e.getMessage());
    }

    @Test
    void theBundledRulesStayFarBelowTheDefaultLimitAndALimitBelowOneIsRefused() {
        Analysis largest = ItaEngine.create().analyze(Samples.load("chiangmai-2566"));
        assertTrue(largest.trace().size() * 10 < ItaEngine.Builder.DEFAULT_FIRING_LIMIT, largest.trace().size() + "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ItaEngine.builder().firingLimit(0));
        assertEquals("firing limit must be at least 1, was 0", e.getMessage());
    }
}
