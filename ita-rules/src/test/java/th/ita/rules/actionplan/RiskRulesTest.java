package th.ita.rules.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ControlMeasure;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/** {@code actionplan/risks.drl}: high risks need a control measure, and every control measure names a plan item. */
class RiskRulesTest {

    private static final PlanChecker CHECKER = PlanChecker.create();

    private static final String UNCONTROLLED = "Plan: a high or very high risk issue without a control measure is uncontrolled";
    private static final String UNRESOLVED = "Plan: a control measure that names no plan item is unresolved";

    /** The register's rows as JSON, by position. */
    private static ObjectNode row(ObjectNode root, int index) {
        return (ObjectNode) root.get("riskRegister").get(index);
    }

    @Test
    void theUnresolvedControlMeasureOfSource003IsFoundByName() {
        ActionPlan plan = Plans.lampang();

        PlanCheck check = CHECKER.check(plan);

        // Row ๒ (การบริหารงานบุคคล), measure 1: no item has this name; sub-strategy 2.1.3 is empty.
        String printed = "มาตรการเปิดเผยข้อมูลการ บริหารและพัฒนาทรัพยากร บุคคลแก่สาธารณะ";
        Finding unresolved = check.findings(FindingKind.PLAN_CONTROL_UNRESOLVED).get(0);
        assertEquals(1, check.findings(FindingKind.PLAN_CONTROL_UNRESOLVED).size());
        assertEquals(UNRESOLVED, unresolved.rule());
        assertEquals("riskRegister[1].controlMeasures[0]", unresolved.subject().key());
        assertEquals("ทะเบียนความเสี่ยง แถวที่ 2 มาตรการที่ 1", unresolved.subject().thai());
        assertEquals(Map.of("measure", printed), unresolved.texts());
        // The rule and the model agree on what resolves.
        assertEquals(List.of(printed), plan.unresolvedControlMeasures().stream().map(ControlMeasure::name).toList());
        // The one high risk (row ๖, building permits) is controlled by P29's local name.
        assertEquals(List.of(), check.findings(FindingKind.PLAN_RISK_UNCONTROLLED));
        assertEquals(List.of(UNRESOLVED), check.trace());
    }

    @Test
    void aMeasureWhoseItemWasRenamedNoLongerResolves() {
        // Row ๖'s measure is P29's local name ("กิจกรรมลดขั้นตอน..."); rename the item's local name.
        ActionPlan plan = Plans.edited(root -> Plans.item(root, 29).put("localName", "กิจกรรมบริการขออนุญาตก่อสร้างออนไลน์"));

        List<Finding> unresolved = CHECKER.check(plan).findings(FindingKind.PLAN_CONTROL_UNRESOLVED);

        assertEquals(List.of("riskRegister[1].controlMeasures[0]", "riskRegister[4].controlMeasures[0]"),
                unresolved.stream().map(f -> f.subject().key()).toList());
        assertEquals("ทะเบียนความเสี่ยง แถวที่ 6 มาตรการที่ 1", unresolved.get(1).subject().thai());
    }

    @Test
    void aHighRiskWithoutControlMeasuresIsUncontrolled() {
        ActionPlan plan = Plans.edited(root -> row(root, 4).putArray("controlMeasures"));

        PlanCheck check = CHECKER.check(plan);

        Finding uncontrolled = check.findings(FindingKind.PLAN_RISK_UNCONTROLLED).get(0);
        assertEquals(1, check.findings(FindingKind.PLAN_RISK_UNCONTROLLED).size());
        assertEquals(UNCONTROLLED, uncontrolled.rule());
        assertEquals("riskRegister[4].issues[0]", uncontrolled.subject().key());
        assertEquals("ทะเบียนความเสี่ยง แถวที่ 6 ประเด็นที่ 1", uncontrolled.subject().thai());
        assertEquals("HIGH", uncontrolled.text("level"));
        assertEquals(plan.riskRegister().get(4).issues().get(0).text(), uncontrolled.text("issue"));
    }

    @Test
    void aVeryHighRiskNeedsAControlButLowAndUnratedRisksDoNot() {
        ActionPlan plan = Plans.edited(root -> {
            // Row ๑: make issue 1 very high and drop the measures; issues 2-4 stay low.
            ObjectNode first = row(root, 0);
            ((ObjectNode) first.get("issues").get(0)).put("level", "VERY_HIGH");
            first.putArray("controlMeasures");
            // Row ๕ (vehicles, low) and the unrated continuation row lose their measures too.
            row(root, 2).putArray("controlMeasures");
            row(root, 3).putArray("controlMeasures");
        });

        List<Finding> uncontrolled = CHECKER.check(plan).findings(FindingKind.PLAN_RISK_UNCONTROLLED);

        assertEquals(List.of("riskRegister[0].issues[0]"), uncontrolled.stream().map(f -> f.subject().key()).toList());
        assertEquals("VERY_HIGH", uncontrolled.get(0).text("level"));
    }
}
