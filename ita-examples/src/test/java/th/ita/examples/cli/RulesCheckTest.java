package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    @Test
    void goodDirectory() throws IOException {
        Files.writeString(dir.resolve("quarterly.drl"), GOOD_RULE);
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/second.drl"), GOOD_RULE.replace("Test rule:", "Second rule:")
                .replace("package th.ita.rules.custom;", "package th.ita.rules.custom.more;"));
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("ok: 2 files\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void brokenDirectoryListsEachError() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.drl"),
                GOOD_RULE.replace("value < 78.0)", "value < 78.0").replace("Level.INDICATOR", "Level.NO_SUCH_LEVEL"));
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        String[] lines = r.err().split("\n");
        assertTrue(lines.length >= 2, r.err());
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(lines[i].matches(java.util.regex.Pattern.quote(broken.toString()) + ":\\d+: .+"), lines[i]);
        }
        assertTrue(lines[lines.length - 1].matches("ita: " + java.util.regex.Pattern.quote(dir.toString())
                + ": rules do not compile: \\d+ errors?"), lines[lines.length - 1]);
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
        Files.writeString(dir.resolve("broken.drl"), "rule \"x\" when then nonsense( end");
        Cli.Result r = Cli.run("analyze", "--sample", "lopburi-2565", "--rules", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: rules do not compile: ") || r.err().startsWith("ita: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
