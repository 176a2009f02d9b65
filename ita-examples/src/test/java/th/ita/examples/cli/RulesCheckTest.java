package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ita rules check DIR}: the report a rule author reads (replacements, warnings, errors at
 * FILE:LINE) and the exit code, 0 without errors and 2 with any.
 */
class RulesCheckTest {

    static final String GOOD_RULE = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.Level;
            import th.ita.rules.facts.ScoredLevel;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;

            rule "Test rule: indicator below 78"
            when
                $s : ScoredLevel(level == Level.INDICATOR, value < 78.0)
            then
                insert(Finding.of(FindingKind.URGENT, $s.subject(), drools.getRule().getName()));
            end
            """;

    private static final String URGENT =
            "Action line: indicator from the weakness line to below the urgent line needs urgent improvement";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(dir, name, text);
    }

    @Test
    void goodDirectory() throws IOException {
        write("quarterly.drl", GOOD_RULE);
        write("more/second.drl", GOOD_RULE.replace("Test rule:", "Second rule:")
                .replace("package th.ita.rules.custom;", "package th.ita.rules.custom.more;"));
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("ok: 2 files\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void brokenDirectoryListsEachErrorAtItsFileAndLine() throws IOException {
        Path broken = write("broken.drl",
                GOOD_RULE.replace("value < 78.0)", "value < 78.0").replace("Level.INDICATOR", "Level.NO_SUCH_LEVEL"));
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(2, r.code());
        String[] lines = r.out().split("\n");
        assertTrue(lines.length >= 1, r.out());
        for (String line : lines) {
            assertTrue(line.matches(Pattern.quote(broken.toString()) + ":\\d+: error: .+"), line);
        }
        assertEquals("ita: " + dir + ": " + lines.length + (lines.length == 1 ? " error\n" : " errors\n"), r.err());
    }

    @Test
    void anEmptyReplacementIsListedWithTheRulesItRemovesAndAWarningButPasses() throws IOException {
        Path urgent = write("urgent.drl", "package th.ita.rules.actionlines;\n");
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(urgent + ": replaces th/ita/rules/actionlines/urgent.drl: removes 1 rule, adds 0, keeps 0\n"
                + "  - " + URGENT + "\n"
                + urgent + ": warning: replaces th/ita/rules/actionlines/urgent.drl and removes 1 bundled rule without "
                + "adding any: \"" + URGENT + "\"\n"
                + "ok: 1 file, 1 replacement, 1 warning\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aFileInnocentlyNamedLikeABundledOneIsShownAsAReplacement() throws IOException {
        Path history = write("history.drl", GOOD_RULE);
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(history + ": replaces th/ita/rules/trend/history.drl: removes 2 rules, adds 1, keeps 0\n"
                + "  - Trend: the change against an earlier year\n"
                + "  - Trend: the direction over the years\n"
                + "  + Test rule: indicator below 78\n"
                + "ok: 1 file, 1 replacement\n", r.out());
    }

    @Test
    void twoFilesOfOneNameInDifferentFoldersAreAnError() throws IOException {
        Path first = write("a/extra.drl", GOOD_RULE);
        Path second = write("b/extra.drl", GOOD_RULE.replace("Test rule:", "Second rule:"));
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(2, r.code());
        assertEquals(second + ": error: another file of the directory has the name extra.drl: " + first
                + "; files are matched by name (a file named like a bundled file replaces it), so give each file a "
                + "name of its own\n", r.out());
        assertEquals("ita: " + dir + ": 1 error\n", r.err());
    }

    @Test
    void aRuleNameUsedByABundledRuleInAnotherPackageIsAnError() throws IOException {
        Path reused = write("reused.drl", GOOD_RULE.replace("Test rule: indicator below 78",
                "Finding: the lowest-scoring indicator"));
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(2, r.code());
        assertEquals(reused + ":8: error: rule name \"Finding: the lowest-scoring indicator\" is already used at "
                + "classpath:th/ita/rules/findings/highest-lowest.drl:20; every rule needs a name of its own, in any "
                + "package, since findings and traces name the rule\n", r.out());
        assertEquals("ita: " + dir + ": 1 error\n", r.err());
    }

    @Test
    void aTypeErrorInAConditionFailsTheCheckAtItsFileAndLine() throws IOException {
        Path sixty = write("sixty.drl", GOOD_RULE.replace("value < 78.0", "value < \"sixty\""));
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(2, r.code());
        assertEquals(sixty + ":10: error: rule \"Test rule: indicator below 78\": condition value < \"sixty\" fails at "
                + "run time on sample lampang-city-2563: NumberFormatException: For input string: \"sixty\"\n", r.out());
        assertEquals("ita: " + dir + ": 1 error\n", r.err());
    }

    @Test
    void letterBandsWithAGapFailTheCheckNamingTheRange() throws IOException {
        String bundled;
        try (InputStream in = RulesCheckTest.class.getResourceAsStream("/th/ita/rules/rating/letter-bands.drl")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String gap = bundled.replace("overall >= 75.00, overall < 85.00", "overall >= 75.00, overall < 84.00");
        assertNotEquals(bundled, gap, "the B band was found");
        Path bands = write("letter-bands.drl", gap);
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(2, r.code());
        assertEquals(bands + ": replaces th/ita/rules/rating/letter-bands.drl: removes 0 rules, adds 0, keeps 7\n"
                + bands + ": error: no rating for overall 84.00 - 84.99\n", r.out());
        assertEquals("ita: " + dir + ": 1 error\n", r.err());
    }

    @Test
    void drlPackagesThatDifferFromTheirFoldersPrintNoWarning() throws IOException {
        // Drools warns "File ... is in folder ... but declares package ..."; a rule author has nothing to fix.
        write("history.drl", GOOD_RULE);
        write("nested/deeper/own-package.drl", GOOD_RULE.replace("Test rule:", "Own package:")
                .replace("package th.ita.rules.custom;", "package com.example.rules;"));
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Cli.Result r;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run("rules", "check", dir.toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("", logged.toString(StandardCharsets.UTF_8));
        assertTrue(r.out().endsWith("ok: 2 files, 1 replacement\n"), r.out());
    }

    @Test
    void missingDirectory() {
        Path missing = dir.resolve("nothing");
        Cli.Result r = Cli.run("rules", "check", missing.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + missing + ": no such directory\n", r.err());
    }

    @Test
    void brokenRulesForAnalyzeAreBadInput() throws IOException {
        write("broken.drl", "rule \"x\" when then nonsense( end");
        Cli.Result r = Cli.run("analyze", "--sample", "lopburi-2565", "--rules", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: rules do not compile: ") || r.err().startsWith("ita: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
