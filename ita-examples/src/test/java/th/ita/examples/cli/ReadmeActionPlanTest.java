package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.actionplan.FiscalYearRange;
import th.ita.model.actionplan.PlanItem;
import th.ita.model.actionplan.PlanItemKind;

/** The README's action-plan example is a valid plan, so the documentation cannot drift from the reader. */
class ReadmeActionPlanTest {

    static final String SECTION = "### JSON: an action plan (`ita plan-check`)";

    @TempDir
    Path dir;

    /** The project's README.md, found upwards from the working directory (the module's, under Maven). */
    static Path readme() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("ita-model"))) {
                return d.resolve("README.md");
            }
        }
        throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
    }

    /** The first ```json block after the section's heading. */
    static String example() throws IOException {
        List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
        int heading = lines.indexOf(SECTION);
        assertTrue(heading >= 0, "README.md has the section " + SECTION);
        int start = lines.subList(heading, lines.size()).indexOf("```json") + heading + 1;
        int end = lines.subList(start, lines.size()).indexOf("```") + start;
        assertTrue(start > heading && end > start, "the section has a ```json block");
        return String.join("\n", lines.subList(start, end)) + "\n";
    }

    @Test
    void theExampleIsAPlanTheLibraryReads() throws IOException {
        ActionPlan plan = ActionPlans.read(new ByteArrayInputStream(example().getBytes(StandardCharsets.UTF_8)),
                "README.md");

        assertEquals("เทศบาลนครลำปาง", plan.organisation());
        assertEquals(FiscalYearRange.of(2566, 2570), plan.period());
        assertEquals(List.of(1, 3), plan.items().stream().map(PlanItem::number).toList());
        assertEquals(List.of(PlanItemKind.PROJECT, PlanItemKind.MEASURE), plan.items().stream().map(PlanItem::kind).toList());
        assertEquals(1, plan.riskRegister().size());
        assertEquals(2, plan.targets().years().size());
    }

    @Test
    void planCheckReadsTheExampleAndFindsNothingToFix() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.json"), example(), StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("plan-check", file.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("**ผลการตรวจ:** ไม่พบประเด็นที่ต้องแก้ไข"), r.out());
        assertTrue(r.out().contains("ตรงกับผลรวมงบประมาณของโครงการทุกยอด (4 ยอด)"), r.out());
    }

    @Test
    void planCheckHelpPointsToTheSection() {
        String help = Cli.run("plan-check", "--help").out().replaceAll("\\s+", " ");

        assertTrue(help.contains("(README.md, section \"JSON: an action plan\")"), help);
        assertTrue(SECTION.startsWith("### JSON: an action plan "), "the heading the help names");
    }
}
