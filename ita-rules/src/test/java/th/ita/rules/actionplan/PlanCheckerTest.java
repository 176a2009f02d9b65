package th.ita.rules.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/** The facade: a KieBase of its own, the rule names it reports, and its arguments. */
class PlanCheckerTest {

    private static final PlanChecker CHECKER = PlanChecker.create();
    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private static String resource(String path) throws IOException {
        try (InputStream in = PlanCheckerTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> declaredRules() throws IOException {
        List<String> names = new ArrayList<>();
        for (String file : resource("/th/ita/rules/actionplan.index").split("\\R")) {
            if (!file.isBlank()) {
                Matcher m = RULE.matcher(resource("/" + file.strip()));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void thePlanRulesAreNotPartOfTheAnalysisRules() throws IOException {
        List<String> analysisFiles = List.of(resource("/th/ita/rules/rules.index").split("\\R"));
        assertTrue(analysisFiles.stream().noneMatch(f -> f.contains("actionplan/")), analysisFiles::toString);

        Analysis analysis = ItaEngine.create().analyze(Samples.load("lampang-city-2564"));
        assertTrue(analysis.trace().stream().noneMatch(r -> r.startsWith("Plan: ")), analysis.trace()::toString);
        assertTrue(analysis.findings().stream().noneMatch(f -> f.kind().name().startsWith("PLAN_")));
    }

    @Test
    void everyPlanRuleIsAPlanSentenceAndEveryFindingNamesOne() throws IOException {
        List<String> declared = declaredRules();
        assertEquals(7, declared.size(), declared::toString);
        assertTrue(declared.stream().allMatch(r -> r.startsWith("Plan: ")), declared::toString);
        assertEquals(declared.size(), declared.stream().distinct().count(), "rule names are unique");

        PlanCheck check = CHECKER.check(Plans.edited(root -> {
            Plans.startIn(root, 2564);
            Plans.removeItems(root, 40, 41);
        }), ItaEngine.create().analyze(Samples.load("lampang-city-2564")));
        for (Finding f : check.findings()) {
            assertTrue(declared.contains(f.rule()), f.rule());
        }
        assertEquals(check.trace().size(), check.findings().size(), "each firing inserts one finding");
    }

    @Test
    void theProblemsOfSource003AloneAreItsUnresolvedControlMeasure() {
        PlanCheck check = CHECKER.check(Plans.lampang());

        assertEquals(List.of(FindingKind.PLAN_CONTROL_UNRESOLVED), check.problems().stream().map(Finding::kind).toList());
        assertEquals(check.findings(), check.problems());
        assertEquals(Plans.lampang(), check.plan());
    }

    @Test
    void anotherAgencysAssessmentIsRefusedNamingBothAgencies() {
        Analysis pao = ItaEngine.create().analyze(Samples.load("lampang-pao-2566"));

        PlanMismatchException e = assertThrows(PlanMismatchException.class, () -> CHECKER.check(Plans.lampang(), pao));

        assertEquals("the assessment is of องค์การบริหารส่วนจังหวัดลำปาง, but the plan is of เทศบาลนครลำปาง",
                e.getMessage());
    }

    @Test
    void anAssessmentOfAYearOutsideThePlanIsRefusedNamingTheYearAndThePeriod() {
        Analysis fy2564 = ItaEngine.create().analyze(Samples.load("lampang-city-2564"));
        Analysis fy2568 = ItaEngine.create().analyze(Plans.lampangOverall(2568, "90.00"));
        ActionPlan upTo2567 = Plans.edited(root -> {
            ((ObjectNode) root.get("period")).put("last", 2567);
            root.remove(List.of("targets", "declaredTotals", "dimensions"));
        });

        assertEquals("the assessment is of fiscal year 2564, but the plan covers 2566 - 2570",
                assertThrows(PlanMismatchException.class, () -> CHECKER.check(Plans.lampang(), fy2564)).getMessage());
        assertEquals("the assessment is of fiscal year 2568, but the plan covers 2566 - 2567",
                assertThrows(PlanMismatchException.class, () -> CHECKER.check(upTo2567, fy2568)).getMessage());
    }

    @Test
    void anotherAgencyAndAnotherYearAreBothNamed() {
        Analysis lopburi = ItaEngine.create().analyze(Samples.load("lopburi-2565"));

        assertEquals("the assessment is of เทศบาลเมืองลพบุรี, but the plan is of เทศบาลนครลำปาง; "
                + "the assessment is of fiscal year 2565, but the plan covers 2566 - 2570",
                assertThrows(PlanMismatchException.class, () -> CHECKER.check(Plans.lampang(), lopburi)).getMessage());
    }

    @Test
    void agencyNamesAreComparedIgnoringWhiteSpace() {
        // Spaces, a no-break space and a zero-width space inside the Thai name, and ำ typed as ํ + า.
        Analysis spaced = ItaEngine.create().analyze(Assessment.builder()
                .agency(" เทศบาลนคร\u00A0 ลำ\u200Bปาง ", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2566).overall("70.00").build());
        Analysis decomposed = ItaEngine.create().analyze(Assessment.builder()
                .agency("เทศบาลนครล\u0E4D\u0E32ปาง", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2568).overall("70.00").build());

        assertEquals(1, CHECKER.check(Plans.lampang(), spaced).findings(FindingKind.PLAN_TARGET_MET).size());
        assertEquals(1, CHECKER.check(Plans.lampang(), decomposed).findings(FindingKind.PLAN_TARGET_MISSED).size());
        assertThrows(PlanMismatchException.class, () -> CHECKER.check(Plans.lampang(), ItaEngine.create().analyze(
                Assessment.builder().agency("เทศบาลนครลำปาง ๒", AgencyKind.OTHER).fiscalYear(2566).overall("70.00").build())));
    }

    @Test
    void nullArgumentsAreNamed() {
        Analysis analysis = ItaEngine.create().analyze(Plans.lampangOverall(2566, "70.00"));

        assertEquals("plan", assertThrows(NullPointerException.class, () -> CHECKER.check(null)).getMessage());
        assertEquals("plan", assertThrows(NullPointerException.class, () -> CHECKER.check(null, analysis)).getMessage());
        assertEquals("analysis", assertThrows(NullPointerException.class,
                () -> CHECKER.check(Plans.lampang(), null)).getMessage());
    }
}
