package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --recommendations FILE}: a rule author's kinds of measure, with their texts, reach the
 * report; a kind without texts, or a bad file, exits with 2 naming the place.
 */
class RecommendationsOptionTest {

    private static final String RULE = """
            package th.ita.rules.custom;

            import th.ita.rules.facts.Level;
            import th.ita.rules.findings.Finding;
            import th.ita.rules.findings.FindingKind;
            import th.ita.rules.recommendations.Recommendation;
            import th.ita.rules.recommendations.RecommendationKind;

            rule "Custom: an open-data clinic for each failed OIT item"
            when
                $f : Finding(kind == FindingKind.OIT_ITEM_FAILED)
            then
                insert(Recommendation.of(RecommendationKind.of("OPEN_DATA_CLINIC"), $f, drools.getRule().getName()));
            end
            """;

    private static final String KINDS = """
            {"kinds": [{
              "id": "OPEN_DATA_CLINIC",
              "subjectLevel": "OIT_ITEM",
              "action": {"th": "จัดคลินิกข้อมูลเปิดให้ผู้รับผิดชอบข้อนี้", "en": "Hold an open-data clinic for this item's owners"},
              "steps": [],
              "role": "CLERK_OFFICE",
              "followUp": {"th": "ตรวจการเผยแพร่ซ้ำภายใน 30 วัน", "en": "Check the publication again within 30 days"}
            }]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(dir, name, text);
    }

    @Test
    void anAddedKindReachesTheReport() throws IOException {
        Path rules = write("rules/clinic.drl", RULE).getParent();
        Path kinds = write("kinds.json", KINDS);
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--lang", "en", "--rules", rules.toString(),
                "--recommendations", kinds.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Hold an open-data clinic for this item's owners"), r.out());
        Cli.Result check = Cli.run("rules", "check", rules.toString(), "--recommendations", kinds.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertEquals("ok: 1 file\n", check.out());
    }

    /** Before: a kind of one's own could not be named; RecommendationKind was a closed enum. */
    @Test
    void aKindWithoutTextsExitsWithTwoAtItsLine() throws IOException {
        Path rules = write("rules/clinic.drl", RULE).getParent();
        Cli.Result check = Cli.run("rules", "check", rules.toString());
        assertEquals(2, check.code());
        assertTrue(check.out().startsWith(rules.resolve("clinic.drl") + ":13: error: recommendation kind "
                + "OPEN_DATA_CLINIC has no texts in the recommendation catalogue"), check.out());
        Cli.Result analyze = Cli.run("analyze", "--sample", "lampang-city-2564", "--rules", rules.toString());
        assertEquals(2, analyze.code());
        assertTrue(analyze.err().startsWith("ita: rule \"Custom: an open-data clinic for each failed OIT item\" ("
                + rules.resolve("clinic.drl") + ":9) recommended what the catalogue cannot write: the recommendation "
                + "catalogue has no kind OPEN_DATA_CLINIC"), analyze.err());
        assertEquals("", analyze.out());
    }

    @Test
    void aBadRecommendationsFileExitsWithTwoNamingTheEntry() throws IOException {
        Path kinds = write("kinds.json", KINDS.replace("CLERK_OFFICE", "NOBODY"));
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--recommendations", kinds.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: " + kinds + ": kinds.OPEN_DATA_CLINIC.role: unknown role, was NOBODY; "
                + "roles are ["), r.err());
        Path broken = write("broken.json", "{\"kinds\": [\n  {\"id\": \"A\",,}\n]}");
        Cli.Result b = Cli.run("analyze", "--sample", "lampang-city-2564", "--recommendations", broken.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().startsWith("ita: " + broken + ":2: "), b.err());
        Cli.Result missing = Cli.run("analyze", "--sample", "lampang-city-2564", "--recommendations",
                dir.resolve("none.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.json"), missing.err());
    }
}
