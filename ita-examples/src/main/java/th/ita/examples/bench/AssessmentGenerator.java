package th.ita.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import th.ita.model.FiscalYear;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Edition;
import th.ita.model.catalogue.Question;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.scoring.LevelScore;
import th.ita.model.scoring.ScoreCard;

/**
 * Generates FY2566-style assessments for benchmarks and load tests: every IIT and EIT question
 * (i1-i30, e1-e15), every OIT item (o1-o43, a few failed with a reason), the ten indicators, the
 * two EIT parts, the overall score and the previous year (FY2565, indicators and overall).
 *
 * <p>The data is consistent: the IIT and OIT indicators and the overall are what
 * {@link ScoreCard#of} computes from the levels below, and the EIT parts average to the EIT
 * indicators' mean, so an analysis has no consistency notes. Agency {@code i} is always the same,
 * whatever the count asked for: {@code generate(100)} is the start of {@code generate(8300)}.
 *
 * <pre>{@code
 * List<Assessment> national = AssessmentGenerator.generate(AssessmentGenerator.NATIONAL);
 * }</pre>
 *
 * <p>Run as a program, it writes agencies in the CSV batch format of {@code ita batch}:
 * {@code java -cp "ita-examples/target/ita.jar:ita-examples/target/lib/*"
 * th.ita.examples.bench.AssessmentGenerator 8300 agencies.csv}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class AssessmentGenerator {

    /** About the number of agencies assessed each year. */
    public static final int NATIONAL = 8_300;

    /** The seed of every generated data set. */
    public static final long SEED = 2566L;

    private static final FiscalYear YEAR = FiscalYear.of(2566);
    private static final FiscalYear PREVIOUS_YEAR = FiscalYear.of(2565);

    /** Kinds by rough share of the agencies assessed: most are subdistrict organisations. */
    private static final AgencyKind[] KINDS = {
        AgencyKind.SUBDISTRICT_ADMINISTRATIVE_ORGANISATION, AgencyKind.SUBDISTRICT_ADMINISTRATIVE_ORGANISATION,
        AgencyKind.SUBDISTRICT_ADMINISTRATIVE_ORGANISATION, AgencyKind.SUBDISTRICT_ADMINISTRATIVE_ORGANISATION,
        AgencyKind.SUBDISTRICT_MUNICIPALITY, AgencyKind.SUBDISTRICT_MUNICIPALITY, AgencyKind.TOWN_MUNICIPALITY,
        AgencyKind.CITY_MUNICIPALITY, AgencyKind.PROVINCIAL_ADMINISTRATIVE_ORGANISATION, AgencyKind.OTHER,
    };

    private static final String[] FAILURE_REASONS = {
        "ไม่พบข้อมูลตามองค์ประกอบที่กำหนด",
        "ข้อมูลไม่เป็นปัจจุบัน",
        "ไม่แสดงผลการดำเนินการตามแผน",
        "ลิงก์ไม่สามารถเข้าถึงข้อมูลได้",
        "มีหลักเกณฑ์ไม่ครบ ๕ ข้อ",
    };

    private AssessmentGenerator() {
    }

    /**
     * Generates the first {@code count} agencies of the fixed-seed sequence, in parallel.
     *
     * @param count the number of agencies, at least 0
     * @return the assessments in agency order, not null
     * @throws IllegalArgumentException if count is negative
     */
    public static List<Assessment> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0, was " + count);
        }
        return IntStream.range(0, count).parallel().mapToObj(AssessmentGenerator::agency).toList();
    }

    /**
     * Generates agency number {@code index} of the fixed-seed sequence.
     *
     * @param index the agency's number, at least 0
     * @return the assessment, not null
     */
    public static Assessment agency(int index) {
        Random random = new Random(SEED * 1_000_003L + index);
        Edition edition = Catalogue.standard().edition(YEAR);
        String name = String.format(Locale.ROOT, "หน่วยงานทดสอบ %05d", index + 1);
        AgencyKind kind = KINDS[random.nextInt(KINDS.length)];
        // An agency's quality: most score in the 80s and 90s, a tail well below the pass mark.
        int quality = 9_800 - (int) Math.min(6_000, Math.abs(random.nextGaussian()) * 1_200);

        Assessment.Builder draft = Assessment.builder().agency(name, kind).fiscalYear(YEAR);
        for (Question q : edition.questions()) {
            if (q.tool() == Tool.IIT || q.tool() == Tool.EIT) {
                draft.question(q.code(), around(random, quality, 600));
            }
        }
        double failShare = Math.min(0.4, (10_000 - quality) / 20_000.0);
        for (Question q : edition.questions()) {
            if (q.tool() == Tool.OIT) {
                boolean failed = random.nextDouble() < failShare;
                draft.oitItem(code(q.code()), !failed,
                        failed ? FAILURE_REASONS[random.nextInt(FAILURE_REASONS.length)] : null);
            }
        }
        // EIT indicators are given; the two parts average to their mean.
        int[] eit = new int[3];
        for (int i = 0; i < 3; i++) {
            eit[i] = around(random, quality - 400, 500).hundredths();
            draft.indicator(6 + i, Score.ofHundredths(eit[i]));
        }
        int partsSum = Math.round((eit[0] + eit[1] + eit[2]) * 2 / 3.0f);
        int part1 = Math.min(10_000, Math.max(partsSum - 10_000, partsSum / 2 + 300 + random.nextInt(400)));
        draft.tool(ToolComponent.EIT_PART_1, Score.ofHundredths(part1).toString());
        draft.tool(ToolComponent.EIT_PART_2, Score.ofHundredths(partsSum - part1).toString());

        ScoreCard computed = ScoreCard.of(draft.build());
        for (int number : new int[] {1, 2, 3, 4, 5, 9, 10}) {
            draft.indicator(number, value(computed.indicator(number)));
        }
        draft.overall(value(ScoreCard.of(draft.build()).overall()));
        draft.history(previous(random, name, kind, computed));
        return draft.build();
    }

    /**
     * Writes the first {@code count} agencies in the CSV batch format: agency, kind, year, the ten
     * indicators, the EIT parts, the overall and every question and OIT item (100 pass, 0 fail).
     * The previous year and the failure reasons are not part of the format and are left out.
     *
     * @param out where to write, not null; not closed
     * @param count the number of agencies, at least 0
     * @throws IOException if writing fails
     */
    public static void writeCsv(Writer out, int count) throws IOException {
        Edition edition = Catalogue.standard().edition(YEAR);
        List<QuestionCode> codes = edition.questions().stream().map(Question::code).toList();
        List<String> header = new ArrayList<>(List.of("agency", "agencyKind", "fiscalYear"));
        IntStream.rangeClosed(1, 10).forEach(i -> header.add(Integer.toString(i)));
        header.addAll(List.of("EIT_PART_1", "EIT_PART_2", "overall"));
        codes.forEach(c -> header.add(code(c)));
        out.write(String.join(",", header));
        out.write('\n');
        for (int i = 0; i < count; i++) {
            Assessment a = agency(i);
            List<String> row = new ArrayList<>(header.size());
            row.addAll(List.of(a.agency().name(), a.agency().kind().thai(), a.fiscalYear().toString()));
            IntStream.rangeClosed(1, 10).forEach(n -> row.add(a.indicators().get(n).toString()));
            row.add(a.tools().get(ToolComponent.EIT_PART_1).toString());
            row.add(a.tools().get(ToolComponent.EIT_PART_2).toString());
            row.add(a.overall().orElseThrow().toString());
            for (QuestionCode c : codes) {
                row.add(a.questionScore(c).orElseThrow().toString());
            }
            out.write(String.join(",", row));
            out.write('\n');
        }
    }

    /**
     * Writes generated agencies as a CSV file for {@code ita batch}.
     *
     * @param args the number of agencies (default 8300) and the file (default agencies.csv)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : NATIONAL;
        Path file = Path.of(args.length > 1 ? args[1] : "agencies.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(out, count);
        }
        System.out.println("wrote " + count + " agencies to " + file);
    }

    private static Assessment previous(Random random, String name, AgencyKind kind, ScoreCard current) {
        Assessment.Builder builder = Assessment.builder().agency(name, kind).fiscalYear(PREVIOUS_YEAR);
        Map<Integer, Score> indicators = current.indicators().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value().orElseThrow()));
        indicators.forEach((number, score) -> builder.indicator(number,
                around(random, score.hundredths() - 300, 500)));
        builder.overall(value(ScoreCard.of(builder.build()).overall()));
        return builder.build();
    }

    private static Score around(Random random, int centre, int spread) {
        long value = Math.round(centre + random.nextGaussian() * spread);
        return Score.ofHundredths((int) Math.max(0, Math.min(10_000, value)));
    }

    private static Score value(LevelScore level) {
        return level.value().orElseThrow(() -> new IllegalStateException("generated data is incomplete"));
    }

    private static String code(QuestionCode code) {
        return code.toString();
    }
}
