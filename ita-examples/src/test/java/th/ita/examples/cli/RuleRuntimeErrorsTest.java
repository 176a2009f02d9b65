package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A custom rule that fails at run time is a rule-authoring error: one line, exit 2, never a hang. */
class RuleRuntimeErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aRunawayRuleIsStoppedAndNamedWithExitTwo() throws IOException {
        Files.writeString(dir.resolve("loop.drl"), """
                package th.ita.rules.custom;
                import th.ita.rules.facts.ScoredLevel;
                rule "Custom: loop"
                when
                    $s : ScoredLevel()
                then
                    update($s);
                end
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--rules", dir.toString(),
                "--firing-limit", "500");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("ita: the rules fired more than 500 times in one analysis; rule \"Custom: loop\" ("
                + dir.resolve("loop.drl") + ":3) fired ", r.err().substring(0, r.err().indexOf("fired ", 70) + 6));
    }

    @Test
    void aRuleThatThrowsGivesExitTwoNamingItsFile() throws IOException {
        Files.writeString(dir.resolve("boom.drl"), """
                package th.ita.rules.custom;
                import th.ita.rules.facts.ScoredLevel;
                rule "Custom: boom"
                when
                    ScoredLevel()
                then
                    throw new IllegalStateException("boom");
                end
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--rules", dir.toString());
        assertEquals(2, r.code());
        assertEquals("ita: rule \"Custom: boom\" (" + dir.resolve("boom.drl") + ":3) failed in its action: "
                + "IllegalStateException: boom", r.err().strip());
    }

    @Test
    void aFiringLimitBelowOneIsBadInput() {
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--firing-limit", "0");
        assertEquals(2, r.code());
        assertEquals("ita: --firing-limit: firing limit must be at least 1, was 0", r.err().strip());
    }
}
