package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.actionplan.PlanChecker;
import th.ita.rules.actionplan.PlanCheck;

/** The action-plan check, rendered in the report package: one JSON shape for a finding in every output. */
class PlanCheckReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aFindingHasTheShapeOfTheAnalysisReportsFindings() throws Exception {
        Analysis analysis = ItaEngine.create().analyze(Samples.load("lampang-pao-2566"));
        PlanCheck check = PlanChecker.create().check(Samples.plan("lampang-city-2566-2570").load());
        JsonNode planFinding = JSON.readTree(PlanCheckReports.render(check, ReportFormat.JSON)).get("findings").get(0);
        JsonNode analysisFinding = JSON.readTree(Reports.render(analysis, ReportFormat.JSON, ReportOptions.defaults()))
                .get("findings").get(0);
        assertEquals(List.of("kind", "subject", "rule", "values"), fields(planFinding));
        assertEquals(fields(analysisFinding), fields(planFinding));
        assertEquals(fields(analysisFinding.get("subject")), fields(planFinding.get("subject")));
        assertEquals(List.of("level", "key", "name"), fields(planFinding.get("subject")));
    }

    @Test
    void markdownHeadsTheCheckWithTheOrganisationAndHtmlIsRefused() {
        PlanCheck check = PlanChecker.create().check(Samples.plan("lampang-city-2566-2570").load());
        String md = PlanCheckReports.render(check, ReportFormat.MARKDOWN);
        assertTrue(md.startsWith("# ผลการตรวจแผนปฏิบัติการป้องกันการทุจริต: "), md);
        assertFalse(md.isBlank());
        assertEquals("format: an action-plan check is md or json, was html", assertThrows(
                IllegalArgumentException.class, () -> PlanCheckReports.render(check, ReportFormat.HTML)).getMessage());
    }
}
