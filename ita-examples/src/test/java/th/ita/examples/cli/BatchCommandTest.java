package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.samples.Samples;

class BatchCommandTest {

    /** Far more rows than the workers hold at once (a few dozen): reading, analysing and writing overlap. */
    private static final int MANY_ROWS = 1_001;

    /** The five samples' published overall, indicator and tool scores, as a municipality would type them. */
    static final String FIVE = """
            agency,agencyKind,fiscalYear,overall,1,2,3,4,5,6,7,8,9,10,IIT,EIT_PART_1,EIT_PART_2,OIT
            เทศบาลนครลำปาง,เทศบาลนคร,2563,57.19,87.35,76.65,81.74,77.94,75.78,72.07,66.94,66.50,44.62,18.75,,,,
            เทศบาลนครลำปาง,เทศบาลนคร,2564,83.74,87.37,76.24,82.64,75.78,77.74,86.61,82.04,81.87,86.00,87.50,,,,
            เทศบาลเมืองลพบุรี,เทศบาลเมือง,2565,97.86,98.84,94.70,97.30,95.65,97.31,96.03,95.83,96.46,100.00,100.00,,,,
            องค์การบริหารส่วนจังหวัดลำปาง,อบจ.,2566,94.96,100.00,99.08,98.90,91.86,95.19,88.28,84.29,85.96,100.00,100.00,,,,
            เทศบาลนครเชียงใหม่,เทศบาลนคร,2566,92.19,100.00,99.89,100.00,99.67,100.00,88.40,90.23,88.59,97.50,80.00,99.91,97.98,80.16,88.75
            """;

    static final String FIVE_SUMMARY_EN = """
            # ITA batch summary: five.csv

            Agencies analysed: 5

            ## Ratings

            | Rating | Agencies |
            |---|--:|
            | AA | 1 |
            | B | 1 |
            | D | 1 |
            | Passed | 1 |
            | Passed to Passed, good (not proven) | 1 |

            Ratings the figures given do not prove: 1 (shown as "proven rating to best possible rating"); each agency's report names the figures that would decide.

            ## National target (85.00 or above)

            3 of 5 agencies (60.00%) score 85.00 or above.

            ## Below the pass mark (85.00)

            | Agency | Fiscal year | Overall | Rating | Weakest indicators |
            |---|---|--:|---|---|
            | เทศบาลนครลำปาง | 2563 | 57.19 | D | 10. Corruption prevention 18.75; 9. Information disclosure 44.62 |
            | เทศบาลนครลำปาง | 2564 | 83.74 | B | 4. Use of government property 75.78; 2. Use of budget 76.24 |
            """;

    @TempDir
    Path dir;

    private List<String> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void summaryOfTheFiveSamples() throws IOException {
        Path csv = Files.writeString(dir.resolve("five.csv"), FIVE, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("batch", csv.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(FIVE_SUMMARY_EN, r.out());
        assertEquals(List.of("five.csv"), files(dir), "without --out nothing is written");
    }

    /** Before: an empty cell, which read as if the column had been forgotten. */
    @Test
    void anAgencyWithoutIndicatorScoresHasADashForItsWeakestIndicators() throws IOException {
        Path csv = Files.writeString(dir.resolve("tools.csv"), "agency,agencyKind,fiscalYear,overall,IIT,EIT,OIT\n"
                + "อบต.ทดสอบ,อบต.,2566,70.00,75.00,72.00,63.00\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("batch", csv.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| อบต.ทดสอบ | 2566 | 70.00 | Not passed | - |\n"), r.out());
    }

    @Test
    void thaiSummaryByDefault() throws IOException {
        Path csv = Files.writeString(dir.resolve("five.csv"), FIVE, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("batch", csv.toString());
        assertEquals(0, r.code(), r.err());
        // The PAO's row gives no EIT parts and no published rating: ผ่าน is what its figures prove,
        // and ผ่านดี (which the NACC published) is still possible.
        assertTrue(r.out().contains("| ผ่าน | 1 |\n| ผ่าน ถึง ผ่านดี (ยังไม่ยืนยัน) | 1 |\n\n"
                + "ระดับที่ข้อมูลที่ให้มายังยืนยันไม่ได้: 1 หน่วยงาน"), r.out());
        assertTrue(r.out().contains("3 จาก 5 หน่วยงาน (ร้อยละ 60.00) ได้ 85.00 คะแนนขึ้นไป"), r.out());
    }

    @Test
    void reportsPerAgencyAndSummaryFile() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path csv = dir.resolve("five.csv");
        Files.write(csv, bom);
        Files.writeString(csv, FIVE.replace("\n", "\r\n"), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("reports");
        Cli.Result r = Cli.run("batch", csv.toString(), "--out", out.toString(), "--format", "json", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals(FIVE_SUMMARY_EN, r.out(), "a byte-order mark and CRLF lines read the same");
        assertEquals(List.of("summary.md", "องค์การบริหารส่วนจังหวัดลำปาง-2566.json", "เทศบาลนครลำปาง-2563.json",
                "เทศบาลนครลำปาง-2564.json", "เทศบาลนครเชียงใหม่-2566.json", "เทศบาลเมืองลพบุรี-2565.json"),
                files(out));
        assertEquals(r.out(), Files.readString(out.resolve("summary.md")));
        var json = new ObjectMapper().readTree(out.resolve("เทศบาลนครลำปาง-2564.json").toFile());
        assertEquals("B", json.get("rating").asText());
        assertEquals(83.74, json.get("overall").asDouble());
    }

    @Test
    void jsonArrayOfTheSamples() throws IOException {
        String array = Samples.list().stream().map(Samples.Sample::json).collect(Collectors.joining(",", "[", "]"));
        Path file = Files.writeString(dir.resolve("five.json"), array, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("batch", file.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        // The samples carry the PAO's published ผ่านดี, which settles the level its figures leave open.
        assertEquals(FIVE_SUMMARY_EN.replace("five.csv", "five.json").replace("""
                | Passed | 1 |
                | Passed to Passed, good (not proven) | 1 |

                Ratings the figures given do not prove: 1 (shown as "proven rating to best possible rating"); \
                each agency's report names the figures that would decide.
                """, """
                | Passed, good | 1 |
                | Passed | 1 |
                """), r.out());
        assertEquals(6, files(out).size());
    }

    @Test
    void sameAgencyAndYearTwiceGetsTwoFiles() throws IOException {
        Path csv = Files.writeString(dir.resolve("two.csv"), "agency,fiscalYear,overall\nA/B,2565,90\nA B,2565,80\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("batch", csv.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("a-b-2565-2.md", "a-b-2565.md", "summary.md"), files(out));
    }

    @Test
    void questionColumnsAndIndicatorNames() throws IOException {
        Path csv = Files.writeString(dir.resolve("q.csv"), "agency,fiscalYear,indicator1,i1,o1\nA,2566,90,95,100\n");
        Cli.Result r = Cli.run("batch", csv.toString(), "--out", dir.resolve("out").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void unitColumnsNameEachAgencysOwnUnits() throws IOException {
        Path csv = Files.writeString(dir.resolve("u.csv"), """
                agency,agencyKind,fiscalYear,overall,1,2,3,4,5,6,7,8,9,10,unit.CLERK_OFFICE
                องค์การบริหารส่วนตำบลวัดจันทร์,อบต.,2566,70,60,60,60,60,60,60,60,60,60,60,สำนักปลัด อบต.วัดจันทร์
                องค์การบริหารส่วนตำบลบ้านใหม่,อบต.,2566,70,60,60,60,60,60,60,60,60,60,60,
                """);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("batch", csv.toString(), "--out", out.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, java.util.Set<String>> clerkUnits = new java.util.TreeMap<>();
        for (String f : files(out)) {
            if (!f.endsWith(".json") || f.startsWith("summary")) {
                continue;
            }
            var report = new ObjectMapper().readTree(out.resolve(f).toFile());
            var units = clerkUnits.computeIfAbsent(report.get("agency").asText(), k -> new java.util.TreeSet<>());
            report.get("measures").forEach(m -> {
                if (m.get("role").asText().equals("CLERK_OFFICE")) {
                    units.add(m.get("unit").asText());
                }
            });
        }
        assertEquals(java.util.Map.of("องค์การบริหารส่วนตำบลวัดจันทร์", java.util.Set.of("สำนักปลัด อบต.วัดจันทร์"),
                "องค์การบริหารส่วนตำบลบ้านใหม่", java.util.Set.of("สำนักปลัด อบต.")), clerkUnits);
    }

    @Test
    void aUnitColumnForAnUnknownRoleNamesTheColumn() throws IOException {
        Path csv = Files.writeString(dir.resolve("u.csv"), "agency,fiscalYear,overall,unit.TREASURY\nA,2566,90,x\n");
        Cli.Result r = Cli.run("batch", csv.toString());
        assertEquals(2, r.code());
        assertEquals("ita: " + csv + ":1: unknown role in column 'unit.TREASURY'; roles are [CLERK_OFFICE, "
                + "EVERY_UNIT, FINANCE, HR, IT, LEGAL, PROCUREMENT, PUBLIC_RELATIONS, STRATEGY_PLANNING]",
                r.err().strip());
    }

    @Test
    void moreRowsThanTheWorkersHoldAtOnce() throws IOException {
        StringBuilder csv = new StringBuilder("agency,fiscalYear,overall\n");
        int rows = MANY_ROWS;
        for (int i = 0; i < rows; i++) {
            csv.append("agency ").append(i).append(",2565,").append(i % 2 == 0 ? "90.00" : "80.00").append('\n');
        }
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        Cli.Result r = Cli.run("batch", file.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Agencies analysed: 1001\n"), r.out());
        assertTrue(r.out().contains("| A | 501 |\n| B | 500 |\n"), r.out());
        assertTrue(r.out().contains("501 of 1001 agencies (50.05%) score 85.00 or above."), r.out());
        assertEquals(500, r.out().lines().filter(l -> l.startsWith("| agency ")).count());
    }

    @Test
    void aLateBadRowLeavesTheOutputDirectoryAsItWas() throws IOException {
        StringBuilder csv = new StringBuilder("agency,fiscalYear,overall\n");
        for (int i = 0; i < MANY_ROWS; i++) {
            csv.append("agency ").append(i).append(",2565,90.00\n");
        }
        csv.append("late,2565,101\n");
        Path file = Files.writeString(dir.resolve("late.csv"), csv);
        Path out = dir.resolve("out");
        Path five = Files.writeString(dir.resolve("five.csv"), FIVE);
        assertEquals(0, Cli.run("batch", five.toString(), "--out", out.toString()).code());
        List<String> before = files(out);

        Cli.Result r = Cli.run("batch", file.toString(), "--out", out.toString());

        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains(":1003: column 'overall'"), r.err());
        // The first 1,000 rows were analysed and their reports staged; none was published.
        assertEquals(before, files(out));
        assertEquals(List.of(".out.ita-"), files(dir).stream().filter(n -> n.startsWith("."))
                .map(n -> n.substring(0, ".out.ita-".length())).toList(), "the old output, no staging left");
    }

    @Test
    void aDirectoryWithFilesOfItsOwnIsRefusedAndKept() throws IOException {
        Path csv = Files.writeString(dir.resolve("five.csv"), FIVE);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("kept.txt"), "already here");

        Cli.Result r = Cli.run("batch", csv.toString(), "--out", out.toString());

        assertEquals(2, r.code(), r.out());
        assertEquals("ita: --out " + out + ": the directory holds files ita batch did not publish; give a new or "
                + "empty directory (ita batch replaces the whole directory, see README, Security)\n", r.err());
        assertEquals(List.of("kept.txt"), files(out));
    }

    @Test
    void staleStagingOfACrashedRunIsDeletedByTheNextRun() throws IOException {
        Path csv = Files.writeString(dir.resolve("five.csv"), FIVE);
        Path out = dir.resolve("out");
        // What a killed run leaves: its directory beside the output (a process id that has ended) and,
        // from older versions, a staging directory inside an otherwise empty output directory.
        long ended = ProcessHandle.current().pid() + 1_000_000;
        Path stale = Files.createDirectories(dir.resolve(".out.ita-" + ended + "-abc"));
        Files.writeString(stale.resolve("half.md"), "half");
        Files.createDirectories(out.resolve(".ita-staging-xyz"));

        Cli.Result r = Cli.run("batch", csv.toString(), "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stale), "the crashed run's directory is deleted");
        assertTrue(Files.isSymbolicLink(out));
        assertEquals(6, files(out).size(), files(out).toString());
        assertEquals(1, files(dir).stream().filter(n -> n.startsWith(".out.ita-")).count(), files(dir).toString());
    }

    @Test
    void reportsAreMovedOutOfTheStagingDirectory() throws IOException {
        Path csv = Files.writeString(dir.resolve("five.csv"), FIVE);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("batch", csv.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> names = files(out);
        assertEquals(6, names.size(), names.toString());
        assertTrue(names.contains("summary.md"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith(".")), names.toString());
    }
}
