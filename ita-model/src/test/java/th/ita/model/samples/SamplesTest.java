package th.ita.model.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.actionplan.FiscalYearRange;

/** The bundled action plans are samples by name, like the assessments. */
class SamplesTest {

    @Test
    void theBundledPlanIsASampleByName() throws IOException {
        assertEquals(List.of("lampang-city-2566-2570"), Samples.plans().stream().map(Samples.PlanSample::name).toList());

        ActionPlan plan = Samples.plan("lampang-city-2566-2570").load();

        assertEquals("เทศบาลนครลำปาง", plan.organisation());
        assertEquals(FiscalYearRange.of(2566, 2570), plan.period());
        try (InputStream in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            assertEquals(ActionPlans.read(in), plan);
        }
    }

    @Test
    void anUnknownPlanNamesThePlansThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samples.plan("lampang-city-2564"));

        assertEquals("unknown plan sample, was 'lampang-city-2564'; plan samples are [lampang-city-2566-2570]",
                e.getMessage());
    }

    @Test
    void noNameIsBothAnAssessmentAndAPlan() {
        List<String> assessments = Samples.list().stream().map(Samples.Sample::name).toList();

        Samples.plans().forEach(p -> assertEquals(false, assessments.contains(p.name()), p.name()));
    }
}
