package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.actionplan.ActionPlans;

/** {@code ita plan-check}: the checks and the coverage table, in Markdown and JSON, and bad plan files. */
class PlanCheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Source 003 as bundled, as a file. */
    private Path bundledPlan() throws IOException {
        try (InputStream in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            return Files.write(dir.resolve("lampang-city-2566-2570.json"), in.readAllBytes());
        }
    }

    /**
     * Source 003 as a file, optionally without some items, its period opened at FY2564: a plan is
     * checked only against assessments of its own years, and the bundled Lampang City samples are
     * of FY2563 and FY2564.
     */
    private Path plan(int... withoutItems) throws IOException {
        JsonNode root;
        try (InputStream in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            root = JSON.readTree(in);
        }
        ((ObjectNode) root.get("period")).put("first", 2564);
        for (JsonNode d : root.get("dimensions")) {
            for (JsonNode m : d.get("missions")) {
                for (JsonNode s : m.get("subStrategies")) {
                    ArrayNode items = ((ObjectNode) s).withArray("items");
                    for (int k = items.size() - 1; k >= 0; k--) {
                        int number = items.get(k).get("number").asInt();
                        if (Arrays.stream(withoutItems).anyMatch(n -> n == number)) {
                            items.remove(k);
                        }
                    }
                }
            }
        }
        return Files.write(dir.resolve("plan.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void source003AgainstTheFy2564SampleShowsTheChecksAndTheCoverageTable() throws IOException {
        Cli.Result r = Cli.run("plan-check", plan().toString(), "--sample", "lampang-city-2564");

        assertAll(
                () -> assertEquals(0, r.code(), r.err()),
                () -> assertEquals("", r.err()),
                () -> assertTrue(r.out().startsWith("# ผลการตรวจแผนปฏิบัติการป้องกันการทุจริต: เทศบาลนครลำปาง\n"), r.out()),
                () -> assertTrue(r.out().contains("**จำนวนโครงการ/กิจกรรม/มาตรการ:** 41 (มิติที่ 1: 12, มิติที่ 2: 18, "
                        + "มิติที่ 3: 4, มิติที่ 4: 7)"), "counts"),
                () -> assertTrue(r.out().contains("**ผลการประเมิน ITA ที่ใช้เทียบ:** เทศบาลนครลำปาง ปีงบประมาณ 2564, "
                        + "คะแนนภาพรวม 83.74"), "analysis"),
                () -> assertTrue(r.out().contains("**ผลการตรวจ:** พบประเด็นที่ต้องแก้ไข 1 รายการ"), "problems"),
                () -> assertTrue(r.out().contains("ตรงกับผลรวมงบประมาณของโครงการทุกยอด (25 ยอด)"), "budget"),
                () -> assertTrue(r.out().contains("- ทะเบียนความเสี่ยง แถวที่ 2 มาตรการที่ 1: มาตรการเปิดเผยข้อมูลการ "
                        + "บริหารและพัฒนาทรัพยากร บุคคลแก่สาธารณะ\n"), "unresolved control measure"),
                () -> assertTrue(r.out().contains("แผนไม่ได้กำหนดเป้าหมายคะแนน ITA ของปีงบประมาณ 2564"), "target"),
                () -> assertTrue(r.out().contains("มีโครงการในแผนรองรับ 15 จาก 15 ประเด็น; ไม่มีโครงการรองรับ 0 ประเด็น"),
                        "summary"),
                () -> assertTrue(r.out().contains("| ตัวชี้วัดที่ 2 การใช้งบประมาณ | จุดที่ต้องพัฒนา "
                        + "| 2, 14, 32, 33 | - |\n"), "indicator row"),
                () -> assertTrue(r.out().contains("| ข้อ o30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต | OIT ไม่ผ่าน | 40, 41 | - |\n"),
                        "OIT row"));
    }

    @Test
    void aGapShowsTheCataloguesRecommendation() throws IOException {
        Cli.Result r = Cli.run("plan-check", plan(40, 41).toString(), "--sample", "lampang-city-2564");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("มีโครงการในแผนรองรับ 14 จาก 15 ประเด็น; ไม่มีโครงการรองรับ 1 ประเด็น"), r.out());
        assertTrue(r.out().contains("| ข้อ o30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต | OIT ไม่ผ่าน | **ไม่มี** | จัด “ช่องทางแจ้งเรื่อง"
                + "ร้องเรียนการทุจริต” แบบออนไลน์ที่แยกจากช่องทางทั่วไปและรักษาความลับของผู้ร้องเรียน |\n"), r.out());
        assertTrue(r.out().contains("**ผลการตรวจ:** พบประเด็นที่ต้องแก้ไข 2 รายการ"), r.out());
    }

    @Test
    void anAssessmentFileBelowTheYearsTargetMissesIt() throws IOException {
        Path assessment = write("fy2566.json",
                "{\"agency\": \"เทศบาลนครลำปาง\", \"agencyKind\": \"เทศบาลนคร\", \"fiscalYear\": 2566, \"overall\": 60}");

        Cli.Result r = Cli.run("plan-check", plan().toString(), "--analysis", assessment.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("**ไม่บรรลุเป้าหมาย:** คะแนนภาพรวม 60.00 ต่ำกว่าเป้าหมาย 65.00 คะแนนของปีงบประมาณ 2566 "
                + "(ขาดอีก 5.00 คะแนน)"), r.out());
        assertTrue(r.out().contains("ผลการประเมินไม่มีจุดที่ต้องพัฒนา"), "an overall alone has no concerns");
    }

    @Test
    void withoutAnAssessmentOnlyThePlanIsChecked() throws IOException {
        Cli.Result r = Cli.run("plan-check", plan().toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("## 4. ความครอบคลุมของผลการประเมิน ITA\n\n"
                + "ไม่ได้ระบุผลการประเมิน ITA (ใช้ --analysis หรือ --sample)\n"), r.out());
    }

    @Test
    void jsonGivesFindingsAndCoverageForPrograms() throws IOException {
        Cli.Result r = Cli.run("plan-check", plan(40, 41).toString(), "--sample", "lampang-city-2564", "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals(39, json.at("/plan/items").asInt());
        assertEquals("2564", json.at("/analysis/fiscalYear").asText());
        assertEquals(2, json.at("/problems").asInt());
        assertEquals(15, json.at("/coverage").size());
        JsonNode o30 = json.at("/coverage/12");
        assertEquals("o30", o30.at("/subject/key").asText());
        assertFalse(o30.at("/covered").asBoolean());
        assertEquals("[\"OIT_ITEM_FAILED\"]", o30.at("/concerns").toString());
        assertTrue(o30.at("/recommendation/en").asText().length() > 10, o30.toString());
        JsonNode first = json.at("/coverage/0");
        assertEquals(List.of(3, 5, 28), List.of(first.at("/items/0/number").asInt(), first.at("/items/1/number").asInt(),
                first.at("/items/2/number").asInt()));
        assertTrue(r.out().contains("\"kind\" : \"PLAN_CONTROL_UNRESOLVED\""), r.out());
    }

    @Test
    void outWritesTheWholeResultAndNothingElse() throws IOException {
        Path plan = plan();
        Path out = dir.resolve("checks/plan-check.md");

        Cli.Result r = Cli.run("plan-check", plan.toString(), "--sample", "lampang-city-2564", "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + "\n", r.out());
        assertEquals(Cli.run("plan-check", plan.toString(), "--sample", "lampang-city-2564").out(),
                Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of("plan-check.md"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aBrokenPlanFileNamesFileLineAndFieldAndExitsWith2() throws IOException {
        Path file = write("bad-plan.json", "{\n  \"organisation\": \"x\",\n  \"title\": \"t\",\n"
                + "  \"period\": {\"first\": 2566, \"last\": 2570},\n  \"dimensions\": [{\"number\": 5, \"name\": \"d\"}]\n}\n");
        Path out = dir.resolve("out.md");

        Cli.Result r = Cli.run("plan-check", file.toString(), "--out", out.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ":5: dimensions[0].number: dimension out of range, was 5; valid 1 - 4\n", r.err());
        assertFalse(Files.exists(out), "nothing is written for a bad plan");
    }

    @Test
    void malformedPlanJsonNamesTheLine() throws IOException {
        Path file = write("malformed.json", "{\n  \"organisation\": \"x\",\n  \"title\": \n}\n");

        Cli.Result r = Cli.run("plan-check", file.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ita: " + file + ":4: title: malformed JSON, "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void contentAfterThePlanIsBadInput() throws IOException {
        String plan = Files.readString(plan(), StandardCharsets.UTF_8);
        Path file = write("two-plans.json", plan + "\n" + plan);

        Cli.Result r = Cli.run("plan-check", file.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ":" + (plan.lines().count() + 1)
                + ": content after the end of the plan; a file holds one JSON action plan\n", r.err());
    }

    @Test
    void aLoneSurrogateInAPlanTextIsBadInput() throws IOException {
        Path file = write("lone.json", Files.readString(plan(), StandardCharsets.UTF_8)
                .replaceFirst("\"title\" : \"", "\"title\" : \"\\\\ud800"));

        Cli.Result r = Cli.run("plan-check", file.toString());

        assertEquals(2, r.code());
        assertTrue(r.err().matches("ita: " + file + ":\\d+: title: not well-formed Unicode: a lone surrogate "
                + "\\\\uD800 at character 1; write the character itself or remove it\n"), r.err());
    }

    @Test
    void aMissingPlanFileIsBadInput() {
        Path file = dir.resolve("nothing.json");

        Cli.Result r = Cli.run("plan-check", file.toString());

        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": no such file\n", r.err());
    }

    @Test
    void anotherAgencysAssessmentIsAnErrorNamingBothAgencies() throws IOException {
        Path plan = bundledPlan();
        Path out = dir.resolve("check.md");

        Cli.Result r = Cli.run("plan-check", plan.toString(), "--sample", "lampang-pao-2566", "--out", out.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + plan + " and --sample lampang-pao-2566 do not match: the assessment is of "
                + "องค์การบริหารส่วนจังหวัดลำปาง, but the plan is of เทศบาลนครลำปาง\n", r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void anAssessmentOfAYearOutsideThePlanIsAnErrorNamingTheYearAndThePlansYears() throws IOException {
        Path plan = bundledPlan();

        Cli.Result r = Cli.run("plan-check", plan.toString(), "--sample", "lampang-city-2564");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + plan + " and --sample lampang-city-2564 do not match: the assessment is of fiscal year "
                + "2564, but the plan covers 2566 - 2570\n", r.err());
    }

    @Test
    void anAssessmentFileOfTheAgencyWrittenWithOtherSpacesMatches() throws IOException {
        Path assessment = write("fy2567.json",
                "{\"agency\": \" เทศบาลนคร  ลำปาง\", \"agencyKind\": \"เทศบาลนคร\", \"fiscalYear\": 2567, \"overall\": 71}");
        Path other = write("other.json",
                "{\"agency\": \"เทศบาลนครลำพูน\", \"agencyKind\": \"เทศบาลนคร\", \"fiscalYear\": 2567, \"overall\": 71}");

        Cli.Result same = Cli.run("plan-check", bundledPlan().toString(), "--analysis", assessment.toString());
        Cli.Result another = Cli.run("plan-check", bundledPlan().toString(), "--analysis", other.toString());

        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().contains("**บรรลุเป้าหมาย:** คะแนนภาพรวม 71.00 ไม่ต่ำกว่าเป้าหมาย 70.00"), same.out());
        assertEquals(2, another.code());
        assertEquals("ita: " + dir.resolve("lampang-city-2566-2570.json") + " and " + other + " do not match: "
                + "the assessment is of เทศบาลนครลำพูน, but the plan is of เทศบาลนครลำปาง\n", another.err());
    }

    @Test
    void theBundledPlanIsASampleByName() throws IOException {
        Cli.Result r = Cli.run("plan-check", "--plan-sample", "lampang-city-2566-2570");

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("# ผลการตรวจแผนปฏิบัติการป้องกันการทุจริต: เทศบาลนครลำปาง\n"), r.out());
        assertEquals(Cli.run("plan-check", bundledPlan().toString()).out(), r.out());
    }

    @Test
    void theBundledPlanAgainstAnotherAgencysSampleIsAnError() {
        Cli.Result r = Cli.run("plan-check", "--plan-sample", "lampang-city-2566-2570", "--sample", "lampang-pao-2566");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --plan-sample lampang-city-2566-2570 and --sample lampang-pao-2566 do not match: "
                + "the assessment is of องค์การบริหารส่วนจังหวัดลำปาง, but the plan is of เทศบาลนครลำปาง\n", r.err());
    }

    @Test
    void aMissingFileNamedLikeTheBundledPlanHintsAtPlanSample() {
        Path file = dir.resolve("lampang-city-2566-2570.json");

        Cli.Result r = Cli.run("plan-check", file.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + file + ": no such file; for the bundled sample of that name, give --plan-sample "
                + "lampang-city-2566-2570\n", r.err());
    }

    @Test
    void anUnknownPlanSampleNamesThePlans() {
        Cli.Result r = Cli.run("plan-check", "--plan-sample", "lampang-city-2564");

        assertEquals(2, r.code());
        assertEquals("ita: --plan-sample: unknown plan sample, was 'lampang-city-2564'; plan samples are "
                + "[lampang-city-2566-2570]\n", r.err());
    }

    @Test
    void aPlanIsRequiredOnce() throws IOException {
        Cli.Result none = Cli.run("plan-check", "--sample", "lampang-city-2564");
        Cli.Result both = Cli.run("plan-check", plan().toString(), "--plan-sample", "lampang-city-2566-2570");

        assertEquals(2, none.code());
        assertEquals("ita: Missing PLAN: give an action-plan file or --plan-sample NAME\n"
                + "Try 'ita plan-check --help' for more information.\n", none.err());
        assertEquals(2, both.code());
        assertEquals("ita: Give either PLAN or --plan-sample NAME, not both\n"
                + "Try 'ita plan-check --help' for more information.\n", both.err());
    }

    @Test
    void analysisAndSampleTogetherAreAUsageError() throws IOException {
        Cli.Result r = Cli.run("plan-check", plan().toString(), "--analysis", "a.json", "--sample", "lampang-city-2564");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: Give either --analysis ASSESSMENT or --sample NAME, not both\n"
                + "Try 'ita plan-check --help' for more information.\n", r.err());
    }

    @Test
    void anUnknownSampleIsBadInput() throws IOException {
        Cli.Result r = Cli.run("plan-check", plan().toString(), "--sample", "no-such-sample");

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: --sample: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void helpDescribesTheCommand() {
        Cli.Result r = Cli.run("plan-check", "--help");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: ita plan-check"), r.out());
        assertTrue(r.out().contains("--analysis=ASSESSMENT"), r.out());
        assertTrue(r.out().contains("--plan-sample=NAME"), r.out());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("(README.md, section \"JSON: an action plan\")"), r.out());
        assertTrue(Cli.run("--help").out().contains("\n  plan-check "), "listed in the root help");
    }
}
