package th.ita.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ita.model.FiscalYear;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.scoring.Gap;
import th.ita.model.scoring.LevelScore;
import th.ita.model.scoring.ScoreCard;

/** {@link Assessment.Builder#build()} reports every problem at once, each with its field. */
class AssessmentValidationTest {

    private static final String CODE_HINT = "; expected a code such as i1, e12 or o27";

    private static List<Problem> problems(Assessment.Builder builder) {
        return assertThrows(ItaValidationException.class, builder::build).problems();
    }

    @Test
    void everyProblemOfAFy2566InputIsListedWithItsField() {
        Assessment.Builder builder = Assessment.builder()
                .agency("   ", AgencyKind.PROVINCIAL_ADMINISTRATIVE_ORGANISATION)
                .fiscalYear(2566)
                .question("i1", "100")
                .question("I1", "99")
                .question("i31", "50")
                .question("o44", "100")
                .question("o5", "50")
                .question("e2", "abc")
                .oitItem("e1", true, null)
                .indicator(3, "120")
                .indicator(4, "NaN")
                .indicator(5, "abc")
                .indicator(6, "-0.5")
                .indicator(11, "50")
                .tool("XIT", "50")
                .overall("๑๒๐")
                .target(2023, "70")
                .constraint(" ");

        List<Problem> problems = problems(builder);

        assertEquals(List.of(
                new Problem("agency", "   ", "missing agency name; give the agency's name"),
                new Problem("questions.I1", "I1", "duplicate code i1 (also given as 'i1')"),
                new Problem("questions.i31", "i31", "unknown code for FY2566-2568, was i31; IIT codes are i1 - i30"),
                new Problem("questions.o44", "o44", "unknown code for FY2566-2568, was o44; OIT codes are o1 - o43"),
                new Problem("questions.o5", "50.00", "an OIT item scores 100 (pass) or 0 (fail), was 50.00"),
                new Problem("questions.e2", "abc",
                        "not a score, was 'abc'; expected a number from 0.00 to 100.00"),
                new Problem("oit.e1", "e1", "code of tool EIT where a OIT code was expected, was 'e1'" + CODE_HINT),
                new Problem("indicators.3", "120", "score out of range, was 120; valid 0.00 - 100.00"),
                new Problem("indicators.4", "NaN", "not a score, was 'NaN'; expected a number from 0.00 to 100.00"),
                new Problem("indicators.5", "abc", "not a score, was 'abc'; expected a number from 0.00 to 100.00"),
                new Problem("indicators.6", "-0.5", "score out of range, was -0.5; valid 0.00 - 100.00"),
                new Problem("indicators.11", "11", "unknown indicator, was 11; indicators are 1 - 10"),
                new Problem("tools.XIT", "XIT", "unknown tool; expected IIT, EIT, EIT_PART_1, EIT_PART_2 or OIT"),
                new Problem("overall", "๑๒๐", "score out of range, was 120; valid 0.00 - 100.00"),
                new Problem("targets.2023", "2023",
                        "fiscal year out of range, was 2023; expected a Buddhist-era year from 2500 to 2700"),
                new Problem("constraints[0]", "", "blank constraint; remove it or write it out")), problems);
    }

    @Test
    void exceptionMessageCountsAndListsEveryProblem() {
        ItaValidationException e = assertThrows(ItaValidationException.class, Assessment.builder()
                .agency("", AgencyKind.OTHER)
                .fiscalYear(2564)
                .indicator(3, "120")::build);

        assertEquals("2 problems: agency: missing agency name; give the agency's name; "
                + "indicators.3: score out of range, was 120; valid 0.00 - 100.00", e.getMessage());
    }

    @Test
    void everyProblemOfAFy2564InputIsListedWithItsField() {
        Assessment.Builder builder = Assessment.builder()
                .agency("เทศบาลนครลำปาง", "เทศบาลหมู่บ้าน")
                .fiscalYear(FiscalYear.of(2564))
                .question("i1", "100")
                .question("o1", "100")
                .question("o5", "50")
                .oitItem("๐๑", true, null)
                .oitItem("0๔๔", false, "ไม่มี URL")
                .tool(ToolComponent.EIT_PART_1, "97.98")
                .tool("eit", "90")
                .tool("EIT", "91");

        List<Problem> problems = problems(builder);

        assertEquals(List.of(
                new Problem("agencyKind", "เทศบาลหมู่บ้าน", "unknown agency kind, was 'เทศบาลหมู่บ้าน'; expected one of "
                        + "เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบจ., อบต., ส่วนราชการ, other"),
                new Problem("questions.i1", "i1", "code from the wrong edition, was i1; the ITA-2563 edition "
                        + "(FY2562-2565) has no IIT question codes"),
                new Problem("questions.o5", "50.00", "an OIT item scores 100 (pass) or 0 (fail), was 50.00"),
                new Problem("oit.๐๑", "๐๑", "duplicate OIT item o1"),
                new Problem("oit.0๔๔", "0๔๔", "unknown code for FY2562-2565, was o44; OIT codes are o1 - o43"),
                new Problem("tools.EIT_PART_1", "EIT_PART_1", "the ITA-2563 edition publishes no EIT parts"),
                new Problem("tools.EIT", "EIT", "duplicate tool score EIT")), problems);
    }

    @Test
    void commonEraYearIsRejected() {
        List<Problem> problems = problems(Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2023)
                .overall("83.74"));

        assertEquals(List.of(new Problem("fiscalYear", "2023",
                "fiscal year out of range, was 2023; expected a Buddhist-era year from 2500 to 2700")), problems);
    }

    @Test
    void yearWithoutAnEditionIsUnsupported() {
        List<Problem> problems = problems(Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2570)
                .indicator(3, "120"));

        assertEquals(List.of(
                new Problem("fiscalYear", "2570", "unsupported fiscal year, was 2570; supported 2562 - 2568"),
                new Problem("indicators.3", "120", "score out of range, was 120; valid 0.00 - 100.00")), problems);
    }

    @Test
    void missingYearIsReported() {
        List<Problem> problems = problems(Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .overall("83.74"));

        assertEquals(List.of(new Problem("fiscalYear", "", "missing; give the Buddhist-era fiscal year, such as 2566")),
                problems);
    }

    @Test
    void noScoreAtAllIsAProblem() {
        List<Problem> problems = problems(Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2564)
                .constraint("งบประมาณจำกัด"));

        assertEquals(List.of(new Problem("scores", "", "no score at all; give at least the overall, a tool, "
                + "an indicator, a question or an OIT item")), problems);
    }

    @Test
    void aProblemUnderAnEnclosingFieldNamesItsFullPath() {
        List<Problem> problems = problems(Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2563)
                .indicator("๓", "120"));

        assertEquals(List.of(new Problem("previous.indicators.๓", "120",
                "score out of range, was 120; valid 0.00 - 100.00")),
                problems.stream().map(p -> p.under("previous.")).toList());
        assertEquals(problems, problems.stream().map(p -> p.under("")).toList());
    }

    @Test
    void laterYearInTheHistoryIsAProblem() {
        Assessment later = Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2565).overall("90").build();

        List<Problem> problems = problems(Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2564)
                .overall("83.74")
                .history(later));

        assertEquals(List.of(new Problem("history[0].fiscalYear", "2565", "an earlier year must come before FY2564")),
                problems);
    }

    @Test
    void anEarlierYearIsNamedWhereItWasGivenNotWhereItSorts() {
        Assessment.Builder agency = Assessment.builder().agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY);
        Assessment fy2562 = agency.fiscalYear(2562).overall("60").build();
        Assessment fy2563 = agency.fiscalYear(2563).overall("57.19").build();
        Assessment fy2565 = agency.fiscalYear(2565).overall("90").build();

        assertEquals(List.of(
                new Problem("history[2].fiscalYear", "2565", "an earlier year must come before FY2564"),
                new Problem("history[1].fiscalYear", "2562", "duplicate year: FY2562 is also given as history[0]")),
                problems(agency.fiscalYear(2564).overall("83.74").history(fy2562).history(fy2562).history(fy2565)));
        assertEquals(List.of(new Problem("previous.fiscalYear", "2565", "an earlier year must come before FY2564")),
                problems(Assessment.builder().agency("x", AgencyKind.OTHER).fiscalYear(2564).overall("83.74")
                        .history(fy2563, "history[0]").history(fy2565, "previous")));
    }

    @Test
    void textThatIsNotWellFormedUnicodeIsAProblem() {
        String lone = "not well-formed Unicode: a lone surrogate \\uD800 at character %d; "
                + "write the character itself or remove it";

        assertEquals(List.of(
                new Problem("agency", "A\uD800B", String.format(lone, 2)),
                new Problem("oit.o27.reason", "\uD800", String.format(lone, 1)),
                new Problem("oit.o27.url", "https://\uD800", String.format(lone, 9)),
                new Problem("constraints[0]", "ข้อจำกัด\uD800", String.format(lone, 9))),
                problems(Assessment.builder().agency("A\uD800B", AgencyKind.OTHER).fiscalYear(2564)
                        .oitItem("o27", false, "\uD800", "https://\uD800").constraint("ข้อจำกัด\uD800")));
    }

    @Test
    void partialDataWithOnlyTheOverallBuildsAndScoresWithGaps() {
        Assessment a = Assessment.builder()
                .agency(" เทศบาลนครลำปาง ", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2564)
                .overall("๘๓.๗๔")
                .publishedRating(" B ")
                .build();
        ScoreCard card = ScoreCard.of(a);

        assertEquals(new Agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY), a.agency());
        assertEquals(Optional.of(Score.parse("83.74")), a.overall());
        assertEquals(Optional.of("B"), a.publishedRating());
        assertEquals("ITA-2563", a.edition().id());
        assertEquals(Optional.of(Score.parse("83.74")), card.overall().value());
        assertEquals(LevelScore.Source.GIVEN, card.overall().source());
        String iit = "not given, and IIT indicators cannot be computed from questions (FY2564, edition ITA-2563)";
        String eit = "not given; EIT indicators are collected in parts and cannot be computed from question scores "
                + "(FY2564, edition ITA-2563)";
        String oit = "not given, and no OIT item is given for every sub-indicator (FY2564, edition ITA-2563)";
        String tool = "not given, and not every indicator of the tool is available";
        assertEquals(List.of(
                new Gap("indicators.1", iit), new Gap("indicators.2", iit), new Gap("indicators.3", iit),
                new Gap("indicators.4", iit), new Gap("indicators.5", iit),
                new Gap("indicators.6", eit), new Gap("indicators.7", eit), new Gap("indicators.8", eit),
                new Gap("indicators.9", oit), new Gap("indicators.10", oit),
                new Gap("tools.IIT", tool), new Gap("tools.EIT", tool), new Gap("tools.OIT", tool)), card.gaps());
    }

    @Test
    void fy2566IitGapSaysQuestionsAreMissing() {
        Assessment a = Assessment.builder()
                .agency("องค์การบริหารส่วนจังหวัดลำปาง", "องค์การบริหารส่วนจังหวัด")
                .fiscalYear(2566)
                .question("i1", "100")
                .overall("94.96")
                .build();

        assertEquals(AgencyKind.PROVINCIAL_ADMINISTRATIVE_ORGANISATION, a.agency().kind());
        assertEquals(new Gap("indicators.1", "not given, and not every question of the indicator is given "
                + "(FY2566, edition ITA-2566)"), ScoreCard.of(a).gaps().get(0));
    }

    @Test
    void codesAsPrintedAreNormalised() {
        Assessment a = Assessment.builder()
                .agency("เทศบาลนครเชียงใหม่", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2566)
                .question("ข้อ i๒๔", "๕๕.๕๗")
                .question("E๑", "82.11")
                .question("o18", "0")
                .question("O๑", "100")
                .oitItem("0๒๒", false, "  ", " https://example.org ")
                .build();

        assertEquals(List.of(QuestionCode.of(Tool.IIT, 24), QuestionCode.of(Tool.EIT, 1)),
                List.copyOf(a.questions().keySet()));
        assertEquals(Score.parse("55.57"), a.questions().get(QuestionCode.of(Tool.IIT, 24)));
        assertEquals(List.of(QuestionCode.of(Tool.OIT, 1), QuestionCode.of(Tool.OIT, 18), QuestionCode.of(Tool.OIT, 22)),
                List.copyOf(a.oitResults().keySet()));
        assertEquals(OitResult.fail(), a.oitResults().get(QuestionCode.of(Tool.OIT, 18)));
        assertEquals(OitResult.pass(), a.oitResults().get(QuestionCode.of(Tool.OIT, 1)));
        assertEquals(new OitResult(false, Optional.empty(), Optional.of("https://example.org")),
                a.oitResults().get(QuestionCode.of(Tool.OIT, 22)));
        assertEquals(Optional.of(Score.ZERO), a.questionScore(QuestionCode.of(Tool.OIT, 22)));
        assertEquals(Optional.empty(), a.questionScore(QuestionCode.of(Tool.EIT, 2)));
    }

    @Test
    void builderIsReusableAndUnaffectedByBuild() {
        Assessment.Builder builder = Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2564).overall("83.74");

        Assessment first = builder.build();
        Assessment second = builder.build();

        assertNotSame(first, second);
        assertEquals(first.overall(), second.overall());
        assertEquals("Assessment[เทศบาลนครลำปาง, FY2564]", first.toString());
    }

    @Test
    void withOitResultDropsTheScoresThatDependOnIt() {
        Assessment a = Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2564)
                .oitItem("o27", false, "มีหลักเกณฑ์ไม่ครบ ๕ ข้อ")
                .indicator(9, "86.00")
                .indicator(1, "87.37")
                .tool(ToolComponent.OIT, "86.75")
                .overall("83.74")
                .build();

        Assessment changed = a.withOitResult(QuestionCode.of(Tool.OIT, 27), OitResult.pass());

        assertEquals(OitResult.pass(), changed.oitResults().get(QuestionCode.of(Tool.OIT, 27)));
        assertEquals(List.of(1), List.copyOf(changed.indicators().keySet()));
        assertEquals(List.of(), List.copyOf(changed.tools().keySet()));
        assertEquals(Optional.empty(), changed.overall());
        assertEquals(OitResult.fail("มีหลักเกณฑ์ไม่ครบ ๕ ข้อ"), a.oitResults().get(QuestionCode.of(Tool.OIT, 27)));
        assertEquals(Optional.of(Score.parse("83.74")), a.overall());
        assertThrows(IllegalArgumentException.class,
                () -> a.withOitResult(QuestionCode.of(Tool.OIT, 44), OitResult.pass()));
        assertThrows(IllegalArgumentException.class,
                () -> a.withOitResult(QuestionCode.of(Tool.IIT, 1), OitResult.pass()));
    }

    @Test
    void withIndicatorDropsTheToolAndOverall() {
        Assessment a = Assessment.builder()
                .agency("เทศบาลนครเชียงใหม่", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2566)
                .tool(ToolComponent.EIT_PART_1, "97.98")
                .tool(ToolComponent.EIT_PART_2, "80.16")
                .tool(ToolComponent.IIT, "99.91")
                .overall("92.19")
                .build();

        Assessment changed = a.withIndicator(7, Score.parse("98.12"));

        assertEquals(List.of(ToolComponent.IIT), List.copyOf(changed.tools().keySet()));
        assertEquals(Optional.empty(), changed.overall());
        assertEquals(Score.parse("98.12"), changed.indicators().get(7));
        assertEquals(3, a.tools().size());
    }
}
