package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.policy.Policy;
import th.ita.model.samples.Samples;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.rating.Rating;

/**
 * {@link ItaEngine.Builder#check()}: what a rule author's directory replaces, and each mistake that
 * used to pass the check (or fail only at run time, or lose its line) as a located warning or
 * error. One directory holds most of the mistakes, so that it is compiled once.
 */
class RuleCheckTest {

    private static final String URGENT = Drl.declared("actionlines/urgent.drl",
            "Action line: indicator from the weakness line to below the urgent line needs urgent improvement");
    private static final String HIGHEST = Drl.declared("findings/highest-lowest.drl",
            "Finding: the highest-scoring indicator");

    /** Empty but for its package: today it silently removes every URGENT finding. */
    private static final String EMPTY_URGENT = """
            // Urgent findings are our quality team's business.
            package th.ita.rules.actionlines;
            """;

    /** A custom file innocently named like the bundled trend/history.drl, in a package of its own. */
    private static final String HISTORY = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.Level;
            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;

            rule "Custom: the overall's history is kept in our own records"
            when
                $s : ScoredLevel(level == Level.OVERALL)
            then
                insert(Finding.of(FindingKind.SERIES_DIRECTION, $s.subject(), drools.getRule().getName())
                        .with("direction", "see our records"));
            end
            """;

    private static final String HISTORY_RULE = "Custom: the overall's history is kept in our own records";

    /** A condition that compiles but compares a number with a word: the type error is on line 10. */
    private static final String SIXTY = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.Level;
            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;

            rule "Custom: an indicator below sixty"
            when
                $s : ScoredLevel(level == Level.INDICATOR, value < "sixty")
            then
                insert(Finding.of(FindingKind.URGENT, $s.subject(), drools.getRule().getName()));
            end
            """;

    /** A rule in another package under a bundled rule's exact name (declared on line 8). */
    private static final String REUSED_NAME = """
            package th.ita.rules.custom.reused;

            import th.ita.rules.facts.Level;
            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;

            rule "Finding: the highest-scoring indicator"
            when
                $s : ScoredLevel(level == Level.INDICATOR, value >= 99.00)
            then
                insert(Finding.of(FindingKind.STRENGTH, $s.subject(), drools.getRule().getName()));
            end
            """;

    @TempDir
    static Path messy;

    private static RuleCheck check;

    @BeforeAll
    static void checkTheMessyDirectory() throws IOException {
        write(messy, "urgent.drl", EMPTY_URGENT);
        write(messy, "trend/history.drl", HISTORY);
        write(messy, "sixty.drl", SIXTY);
        write(messy, "reused/highest.drl", REUSED_NAME);
        check = ItaEngine.builder().rulesFrom(messy).check();
    }

    private static Assessment.Builder overall(int year, String score) {
        return Assessment.builder().agency("เทศบาลทดสอบ", AgencyKind.CITY_MUNICIPALITY).fiscalYear(year).overall(score);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String at(String name) {
        return messy.resolve(name).toString();
    }

    @Test
    void theCustomFilesAreListedInPathOrder() {
        assertEquals(List.of(at("reused/highest.drl"), at("sixty.drl"), at("trend/history.drl"), at("urgent.drl")),
                check.customFiles());
    }

    @Test
    void eachReplacedBundledFileIsReportedWithTheRulesRemovedAndAdded() {
        assertEquals(List.of(
                new RuleCheck.Replacement(at("trend/history.drl"), "th/ita/rules/trend/history.drl",
                        Drl.ruleNames("trend/history.drl"),
                        List.of(HISTORY_RULE), List.of()),
                new RuleCheck.Replacement(at("urgent.drl"), "th/ita/rules/actionlines/urgent.drl",
                        List.of(URGENT), List.of(), List.of())),
                check.replacements());
    }

    @Test
    void aReplacementThatRemovesRulesWithoutAddingAnyIsAWarning() {
        assertEquals(List.of(new RuleProblem(at("urgent.drl"), 0,
                "replaces th/ita/rules/actionlines/urgent.drl and removes 1 bundled rule without adding any: \""
                        + URGENT + "\"")), check.warnings());
    }

    @Test
    void aRuleNameUsedTwiceInAnyPackageAndATypeErrorInAConditionAreErrorsAtTheirLines() {
        assertEquals(List.of(
                new RuleProblem(at("reused/highest.drl"), 8, "rule name \"" + HIGHEST + "\" is already used at "
                        + "classpath:th/ita/rules/findings/highest-lowest.drl:11; every rule needs a name of its own, "
                        + "in any package, since findings and traces name the rule"),
                new RuleProblem(at("sixty.drl"), 10, "rule \"Custom: an indicator below sixty\": condition "
                        + "value < \"sixty\" fails at run time on sample lampang-city-2563: "
                        + "NumberFormatException: For input string: \"sixty\"")),
                check.errors());
        assertFalse(check.passed());
        assertEquals(at("sixty.drl") + ":10: rule \"Custom: an indicator below sixty\": condition value < \"sixty\" "
                + "fails at run time on sample lampang-city-2563: NumberFormatException: For input string: \"sixty\"",
                check.errors().get(1).toString());
    }

    @Test
    void noEngineIsBuiltFromRulesWithErrors() {
        IllegalStateException e = assertThrows(IllegalStateException.class, check::engine);
        assertEquals("no engine is built from rules with errors; the check found 2 errors, the first: "
                + check.errors().get(0), e.getMessage());
    }

    @Test
    void theBundledRulesPassTheCheckAndTheEngineIsTheCheckedOne() {
        RuleCheck bundled = ItaEngine.builder().policy(Policy.parse("passMark=90")).check();

        assertTrue(bundled.passed(), bundled::toString);
        assertEquals(List.of(), bundled.warnings());
        assertEquals(List.of(), bundled.replacements());
        assertEquals(List.of(), bundled.customFiles());
        ItaEngine engine = bundled.engine();
        assertSame(engine, bundled.engine());
        // The builder's settings at the time of the check.
        assertEquals(Policy.parse("passMark=90"), engine.analyze(Samples.load("lampang-city-2564")).policy());
        assertEquals(Optional.of(Rating.letter("B")), engine.analyze(Samples.load("lampang-city-2564")).rating());
    }

    @Test
    void anEngineIsBuiltFromAPassedCheckOfACustomDirectory(@TempDir Path dir) throws IOException {
        write(dir, "history.drl", HISTORY);

        RuleCheck passed = ItaEngine.builder().rulesFrom(dir).check();

        assertTrue(passed.passed(), passed::toString);
        assertEquals(1, passed.replacements().size());
        // Three earlier years: the bundled history rules compare the overall with FY2563 and chart the series.
        Assessment withHistory = overall(2566, "88.00").history(overall(2563, "70.00").build())
                .history(overall(2564, "75.00").build()).history(overall(2565, "80.00").build()).build();
        Analysis bundled = ItaEngine.create().analyze(withHistory);
        Analysis analysis = passed.engine().analyze(withHistory);
        assertFalse(bundled.findings(FindingKind.CHANGE_SINCE_YEAR).isEmpty());
        assertEquals(List.of(), analysis.findings(FindingKind.CHANGE_SINCE_YEAR), "the bundled history rules are gone");
        assertEquals(List.of(HISTORY_RULE),
                analysis.findings(FindingKind.SERIES_DIRECTION).stream().map(f -> f.rule()).toList());
    }

    @Test
    void twoCustomFilesWithOneNameAreAnErrorForTheCheckAndTheBuild(@TempDir Path dir) throws IOException {
        write(dir, "a/extra.drl", HISTORY.replace("Custom: the overall", "Custom: A, the overall"));
        write(dir, "b/extra.drl", HISTORY.replace("Custom: the overall", "Custom: B, the overall"));
        String message = "another file of the directory has the name extra.drl: " + dir.resolve("a/extra.drl")
                + "; files are matched by name (a file named like a bundled file replaces it), so give each file a "
                + "name of its own";

        RuleCheck clash = ItaEngine.builder().rulesFrom(dir).check();
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> ItaEngine.builder().rulesFrom(dir).build());

        assertEquals(List.of(new RuleProblem(dir.resolve("b/extra.drl").toString(), 0, message)), clash.errors());
        assertEquals("rules do not compile: " + dir.resolve("b/extra.drl") + ": " + message, e.getMessage());
    }

    @Test
    void aTypeErrorThatDroolsReportsAtLineMinusOneIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "compare.drl", """
                package th.ita.rules.custom;

                import th.ita.rules.facts.Level;
                import th.ita.rules.facts.ScoredLevel;

                rule "Custom: an indicator above the overall"
                when
                    $o : ScoredLevel(level == Level.OVERALL)
                    $i : ScoredLevel(level == Level.INDICATOR,
                            value > $o)
                then
                end
                """);

        RuleCheck typeError = ItaEngine.builder().rulesFrom(dir).check();
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> ItaEngine.builder().rulesFrom(dir).build());

        assertEquals(1, typeError.errors().size(), typeError::toString);
        RuleProblem problem = typeError.errors().get(0);
        assertEquals(file.toString(), problem.file());
        assertEquals(10, problem.line());
        assertTrue(problem.message().startsWith("Unable to Analyse Expression value > $o: [Error: Comparison "
                + "operation requires compatible types. Found double and class th.ita.rules.facts.ScoredLevel]"),
                problem.message());
        assertEquals(10, e.errors().get(0).line());
    }

    @Test
    void packagesThatDifferFromTheFoldersLogNothing(@TempDir Path dir) throws IOException {
        // Drools warns when a file's folder and package differ; custom files go to their package's folder.
        write(dir, "history.drl", HISTORY);
        write(dir, "deeper/still/added.drl", HISTORY.replace("Custom: the overall", "Custom: again, the overall")
                .replace("package th.ita.rules.custom;", "package com.example.rules;"));
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        RuleCheck quiet;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            quiet = ItaEngine.builder().rulesFrom(dir).check();
        } finally {
            System.setErr(original);
        }

        assertTrue(quiet.passed(), quiet::toString);
        assertEquals("", logged.toString(StandardCharsets.UTF_8));
    }
}
