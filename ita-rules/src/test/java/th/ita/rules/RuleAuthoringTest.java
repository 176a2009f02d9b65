package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.policy.Policy;
import th.ita.model.samples.Samples;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingScheme;

/**
 * What a rule author does: add a DRL file, replace a bundled one, check a rules directory, and
 * see compilation errors with their file and line. DRL is trusted code; these files are the
 * test's own.
 */
class RuleAuthoringTest {

    private static final ItaEngine ENGINE = ItaEngine.create();

    private static final String LETTERS = "rating/letter-bands.drl";
    private static final String BAND_C = Drl.declared(LETTERS, "Rating: letter band C for 65.00 <= overall < 75.00");
    private static final String BAND_D = Drl.declared(LETTERS, "Rating: letter band D for 55.00 <= overall < 65.00");
    private static final String MISPRINTED_C = "Rating: letter band C for 60.00 <= overall < 75.00";
    private static final String NARROW_D = "Rating: letter band D for 55.00 <= overall < 60.00";

    /** A rule whose constraint names a property ScoredLevel does not have: the error is on line 7. */
    private static final String BROKEN = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.ScoredLevel;

            rule "Custom: a rule with a misspelt property"
            when
                $s : ScoredLevel(valeu < 60.00)
            then
                insert(new Object());
            end
            """;

    /** A rule that adds a finding of its own. */
    private static final String ADDED = """
            // Custom: an overall below 60 needs a recovery path (a test agency's own policy).
            package th.ita.rules.custom;

            import th.ita.rules.facts.Level;
            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;

            rule "Custom: an overall below 60.00 is below the recovery path"
            when
                $s : ScoredLevel(level == Level.OVERALL, value < 60.00)
            then
                insert(Finding.of(FindingKind.BELOW_TARGET_PATH, $s.subject(), drools.getRule().getName())
                        .with("score", $s.score()).with("target", "60.00"));
            end
            """;

    private static Assessment overall(String score) {
        return Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(2564).overall(score).build();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String replaceOnce(String text, String from, String to) {
        assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, () -> "once: " + from);
        return text.replace(from, to);
    }

    /**
     * Whether an agency passed is the pass-mark rules' answer. Before, {@code Analysis.passed()}
     * compared the overall with the policy in Java, so a replaced pass-mark file left it saying the
     * opposite of the report.
     */
    @Test
    void passedIsWhatThePassMarkRulesDecide(@TempDir Path dir) throws IOException {
        String bundled;
        try (var in = RuleAuthoringTest.class.getResourceAsStream("/th/ita/rules/actionlines/pass-mark.drl")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String at80 = bundled.replace("value >= lines.passMark", "value >= 80.00")
                .replace("value < lines.passMark", "value < 80.00");
        assertNotEquals(bundled, at80);
        Files.writeString(dir.resolve("pass-mark.drl"), at80, StandardCharsets.UTF_8);
        Assessment lampang = Samples.load("lampang-city-2564");
        assertFalse(ItaEngine.create().analyze(lampang).passed(), "83.74 is below the bundled 85");
        assertTrue(ItaEngine.builder().rulesFrom(dir).build().analyze(lampang).passed(), "83.74 passes at 80");
    }

    @Test
    void theBundledRulesCompileWithoutErrors(@TempDir Path empty) {
        assertEquals(Policy.defaults(), ENGINE.analyze(Samples.load("lampang-city-2564")).policy());
        assertEquals(Optional.of(Rating.letter("B")), ENGINE.analyze(Samples.load("lampang-city-2564")).rating());
        // An empty rules directory checks the bundled rules alone.
        RuleCheck check = ItaEngine.builder().rulesFrom(empty).check();
        assertTrue(check.passed(), check::toString);
        assertEquals(List.of(), check.warnings());
    }

    @Test
    void rulesIndexListsExactlyTheDrlFilesUnderSrcMainResources() throws IOException {
        Path resources = Path.of("src/main/resources");
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(resources)) {
            onDisk = files.filter(p -> p.toString().endsWith(".drl"))
                    .map(p -> resources.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        // Two KieBases: the analysis rules (rules.index) and the action-plan rules (actionplan.index).
        List<String> index = new java.util.ArrayList<>();
        for (String name : List.of("rules.index", "actionplan.index")) {
            index.addAll(Files.readAllLines(resources.resolve("th/ita/rules/" + name), StandardCharsets.UTF_8)
                    .stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }

        assertEquals(onDisk, index.stream().sorted().toList());
        assertEquals(index.size(), Set.copyOf(index).size(), "no file is listed twice, in one index or across both");
        assertTrue(onDisk.size() >= 11, "the bundled DRL files were found: " + onDisk);
    }

    @Test
    void aBrokenDrlFileGivesRuleCompilationExceptionNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path broken = write(dir, "broken.drl", BROKEN);

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> ItaEngine.builder().rulesFrom(dir).build());

        List<RuleProblem> errors = e.errors();
        assertEquals(List.of(broken.toString()), errors.stream().map(RuleProblem::file)
                .distinct().toList());
        RuleProblem first = errors.get(0);
        assertEquals(7, first.line());
        assertTrue(first.message().contains("valeu"), first.message());
        assertTrue(e.getMessage().contains(broken + ":7: "), e.getMessage());
        assertTrue(e.getMessage().contains(first.toString()), e.getMessage());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndAPositiveLine(@TempDir Path dir) throws IOException {
        Path broken = write(dir, "nested/syntax.drl", """
                package th.ita.rules.custom;

                rule "Custom: unfinished pattern"
                when
                    ScoredLevel(
                then
                end
                """);

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> ItaEngine.builder().rulesFrom(dir).build());
        RuleCheck check = ItaEngine.builder().rulesFrom(dir).check();

        assertTrue(e.errors().stream().allMatch(err -> err.file().equals(broken.toString())), e.errors()::toString);
        assertTrue(e.errors().stream().anyMatch(err -> err.line() > 0), e.errors()::toString);
        for (RuleProblem err : e.errors()) {
            assertTrue(e.getMessage().contains(err.toString()), e.getMessage());
        }
        // The check reports the same errors, each on one line.
        assertEquals(e.errors().stream().map(err -> err.file() + ":" + err.line()).toList(),
                check.errors().stream().map(p -> p.file() + ":" + p.line()).toList());
    }

    @Test
    void checkReportsTheErrorsOfADirectoryAndPassesAGoodOne(@TempDir Path dir) throws IOException {
        Path broken = write(dir, "bad/broken.drl", BROKEN);
        RuleCheck check = ItaEngine.builder().rulesFrom(dir).check();
        assertFalse(check.passed());
        assertEquals(broken.toString(), check.errors().get(0).file());
        assertEquals(7, check.errors().get(0).line());

        Files.delete(broken);
        write(dir, "good/added.drl", ADDED);
        RuleCheck good = ItaEngine.builder().rulesFrom(dir).check();
        assertTrue(good.passed(), good::toString);
        assertEquals(List.of(), good.replacements());
    }

    @Test
    void aBrokenReplacementOfABundledFileIsReportedUnderItsPathOnDisk(@TempDir Path dir) throws IOException {
        String text = Drl.text(LETTERS).replace("overall >= 95.00)", "overal >= 95.00)");
        assertNotEquals(Drl.text(LETTERS), text);
        Path replacement = write(dir, "letter-bands.drl", text);

        RuleCheck check = ItaEngine.builder().rulesFrom(dir).check();

        assertEquals(List.of(replacement.toString()), check.errors().stream()
                .map(RuleProblem::file).distinct().toList());
        assertEquals(15, check.errors().get(0).line(), check::toString);
    }

    @Test
    void aReplacementLetterBandsFileWithTheMisprintedCBandRates62AsC(@TempDir Path dir) throws IOException {
        // Source 000 prints C as 60.00-74.99; made non-overlapping by narrowing D to 55.00-59.99.
        String text = Drl.text(LETTERS);
        text = replaceOnce(text, BAND_C, MISPRINTED_C);
        text = replaceOnce(text, "overall >= 65.00, overall < 75.00", "overall >= 60.00, overall < 75.00");
        text = replaceOnce(text, BAND_D, NARROW_D);
        text = replaceOnce(text, "overall >= 55.00, overall < 65.00", "overall >= 55.00, overall < 60.00");
        write(dir, "letter-bands.drl", text);
        ItaEngine misprinted = ItaEngine.builder().rulesFrom(dir).build();

        Analysis bundled = ENGINE.analyze(overall("62.00"));
        Analysis replaced = misprinted.analyze(overall("62.00"));

        assertEquals(Optional.of(Rating.letter("D")), bundled.rating());
        // Each rating rule fires twice: on the figures the input proves and on the best it allows.
        assertEquals(List.of(BAND_D), bundled.trace().stream().filter(r -> r.startsWith("Rating: letter")).distinct()
                .toList());
        assertEquals(Optional.of(Rating.letter("C")), replaced.rating());
        assertEquals(List.of(MISPRINTED_C),
                replaced.trace().stream().filter(r -> r.startsWith("Rating: letter")).distinct().toList());
        // The bundled C and D rules are gone, not kept beside the replacements.
        assertEquals(Optional.of(Rating.letter("D")), misprinted.analyze(overall("59.99")).rating());
        assertEquals(Optional.of(Rating.letter("C")), misprinted.analyze(overall("60.00")).rating());
        assertEquals(Optional.of(Rating.letter("B")), misprinted.analyze(overall("83.74")).rating());
        // The other bundled files are still loaded.
        assertEquals(bundled.findings(FindingKind.FAILS_PASS_MARK), replaced.findings(FindingKind.FAILS_PASS_MARK));
    }

    @Test
    void anAddedFileShowsUpInTheFindingsBesideTheBundledRules(@TempDir Path dir) throws IOException {
        write(dir, "recovery/below-recovery-path.drl", ADDED);
        ItaEngine engine = ItaEngine.builder().rulesFrom(dir).build();
        String rule = "Custom: an overall below 60.00 is below the recovery path";

        Analysis fy2563 = engine.analyze(Samples.load("lampang-city-2563"));
        Analysis fy2564 = engine.analyze(Samples.load("lampang-city-2564"));

        Finding finding = Drl.only(fy2563, FindingKind.BELOW_TARGET_PATH, Level.OVERALL, "overall");
        assertEquals(rule, finding.rule());
        assertEquals(Map.of("score", "57.19", "target", "60.00"), finding.texts());
        assertEquals(List.of(rule), fy2563.trace().stream().filter(r -> r.startsWith("Custom:")).toList());
        assertEquals(List.of(), fy2564.findings(FindingKind.BELOW_TARGET_PATH));
        assertEquals(List.of(), fy2564.trace().stream().filter(r -> r.startsWith("Custom:")).toList());
        // Everything the bundled rules found is still found.
        Analysis bundled = ENGINE.analyze(Samples.load("lampang-city-2563"));
        assertEquals(bundled.findings(), fy2563.findings().stream().filter(f -> !f.rule().equals(rule)).toList());
        assertEquals(bundled.rating(), fy2563.rating());
    }

    @Test
    void aRatingRuleSetThatOverlapsMakesAnalyzeFail(@TempDir Path dir) throws IOException {
        // Replacing C with 60.00-74.99 but keeping D at 55.00-64.99 reproduces the printed overlap.
        String text = Drl.text(LETTERS);
        text = replaceOnce(text, BAND_C, MISPRINTED_C);
        text = replaceOnce(text, "overall >= 65.00, overall < 75.00", "overall >= 60.00, overall < 75.00");
        write(dir, "letter-bands.drl", text);
        ItaEngine overlapping = ItaEngine.builder().rulesFrom(dir).build();

        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> overlapping.analyze(overall("62.00")));
        assertTrue(e.getMessage().contains("2 ratings [C, D]") || e.getMessage().contains("2 ratings [D, C]"),
                e.getMessage());
        assertTrue(e.getLocalizedMessage().contains(dir.resolve("letter-bands.drl").toString()), e.getMessage());
        assertEquals(Optional.of(Rating.letter("D")), overlapping.analyze(overall("57.19")).rating());
    }

    @Test
    void aRulesDirectoryThatDoesNotExistIsRejected(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-rules");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ItaEngine.builder().rulesFrom(missing).build());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ItaEngine.builder().rulesFrom(missing).check());
    }

    @Test
    void eachBuilderSettingMayBeMadeOnceAndTheSecondNamesTheOldValue(@TempDir Path dir) {
        Policy strict = Policy.parse("passMark=90");
        IllegalStateException policy = assertThrows(IllegalStateException.class,
                () -> ItaEngine.builder().policy(Policy.defaults()).policy(strict));
        assertEquals("policy was already set to " + Policy.defaults(), policy.getMessage());
        assertTrue(policy.getMessage().contains("passMark=85.00"), policy.getMessage());

        IllegalStateException rules = assertThrows(IllegalStateException.class,
                () -> ItaEngine.builder().rulesFrom(dir).rulesFrom(dir.resolve("other")));
        assertEquals("rules directory was already set to " + dir, rules.getMessage());

        IllegalStateException scheme = assertThrows(IllegalStateException.class,
                () -> ItaEngine.builder().ratingScheme(RatingScheme.LEVELS).ratingScheme(RatingScheme.LETTER_BANDS));
        assertEquals("rating scheme was already set to LEVELS", scheme.getMessage());
    }

    /** Questions and OIT items are not facts one by one: a rule reaches them with {@code from}. */
    private static final String FROM_COLLECTIONS = """
            // Custom: watch EIT questions close to the line, and name every item that passed.
            package th.ita.rules.custom;

            import th.ita.rules.facts.OitChecklist;
            import th.ita.rules.facts.OitItem;
            import th.ita.rules.facts.QuestionScores;
            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;

            rule "Custom: an EIT question below 98.10 is watched"
            when
                QuestionScores($questions : scores)
                $q : ScoredLevel(key.startsWith("e"), value < 98.10) from $questions
            then
                insert(Finding.of(FindingKind.WEAKNESS, $q.subject(), drools.getRule().getName())
                        .with("score", $q.score()));
            end

            rule "Custom: an OIT item that passed"
            when
                OitChecklist($items : items)
                $item : OitItem(passed) from $items
            then
                insert(Finding.of(FindingKind.STRENGTH, $item.subject(), drools.getRule().getName()));
            end
            """;

    @Test
    void aRuleReachesQuestionsAndOitItemsWithFrom(@TempDir Path dir) throws IOException {
        write(dir, "from-collections.drl", FROM_COLLECTIONS);
        Analysis analysis = ItaEngine.builder().rulesFrom(dir).build().analyze(Samples.load("chiangmai-2566"));

        // Source 004: e8, e10 and e13 are 98.08, every other EIT question 98.12.
        assertEquals(List.of("e8", "e10", "e13"), analysis.findings().stream()
                .filter(f -> f.rule().equals("Custom: an EIT question below 98.10 is watched"))
                .map(f -> f.subject().key()).toList());
        // The sample has 41 items (source 004 prints no o4 or o19); all but o18, o42 and o43 passed.
        List<String> passed = analysis.findings().stream()
                .filter(f -> f.rule().equals("Custom: an OIT item that passed")).map(f -> f.subject().key()).toList();
        assertEquals(38, passed.size());
        assertTrue(passed.contains("o1") && !passed.contains("o18") && !passed.contains("o42"), passed::toString);
    }

    @Test
    void nullBuilderArgumentsThrowNullPointerExceptionNamingTheParameter() {
        ItaEngine.Builder builder = ItaEngine.builder();

        assertEquals("policy", assertThrows(NullPointerException.class, () -> builder.policy(null)).getMessage());
        assertEquals("directory", assertThrows(NullPointerException.class, () -> builder.rulesFrom(null))
                .getMessage());
        assertEquals("scheme", assertThrows(NullPointerException.class, () -> builder.ratingScheme(null))
                .getMessage());
        assertEquals("assessment", assertThrows(NullPointerException.class, () -> ENGINE.analyze(null))
                .getMessage());
        assertEquals("assessments", assertThrows(NullPointerException.class, () -> ENGINE.analyzeAll(null))
                .getMessage());
    }
}
