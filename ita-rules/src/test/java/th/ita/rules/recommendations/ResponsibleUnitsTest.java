package th.ita.rules.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.ita.model.ItaValidationException;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.io.AssessmentJson;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/** The unit named in each measure: the agency's own where given, else the usual one of its kind. */
class ResponsibleUnitsTest {

    private static final ItaEngine ENGINE = ItaEngine.create();

    /** Lampang City FY2564 (source 000) fails five OIT items and has seven urgent indicators: many roles. */
    private static final String LAMPANG_2564 = resource("/th/ita/model/samples/lampang-city-2564.json");

    @ParameterizedTest
    @EnumSource(value = AgencyKind.class, names = {"PROVINCIAL_ADMINISTRATIVE_ORGANISATION",
        "SUBDISTRICT_ADMINISTRATIVE_ORGANISATION", "CENTRAL_GOVERNMENT", "OTHER"})
    void aNonMunicipalAgencyIsNeverGivenAMunicipalUnit(AgencyKind kind) {
        Analysis analysis = ENGINE.analyze(asKind(kind));
        Set<String> roles = analysis.measures().stream().map(Measure::role).collect(Collectors.toSet());
        assertTrue(roles.containsAll(List.of("HR", "IT", "CLERK_OFFICE", "STRATEGY_PLANNING")), roles.toString());
        for (Measure m : analysis.measures()) {
            assertFalse(m.unit().th().contains("เทศบาล"), kind + " " + m.subject() + ": " + m.unit());
            assertFalse(m.unit().en().contains("Municipal"), kind + " " + m.subject() + ": " + m.unit());
        }
    }

    @Test
    void eachKindOfMunicipalitySharesTheMunicipalUnits() {
        for (AgencyKind kind : List.of(AgencyKind.CITY_MUNICIPALITY, AgencyKind.TOWN_MUNICIPALITY,
                AgencyKind.SUBDISTRICT_MUNICIPALITY)) {
            Measure o36 = measure(ENGINE.analyze(asKind(kind)), RecommendationKind.PUBLISH_OIT_ITEM, "o36");
            assertEquals(new Text("สำนักปลัดเทศบาล", "Office of the Municipal Clerk"), o36.unit(), kind.name());
        }
    }

    /** Source 001 names สำนักปลัด อบจ. and กองพัสดุและทรัพย์สิน, not the municipal units. */
    @Test
    void theLampangPaoGetsTheUnitsOfAProvincialAdministrativeOrganisation() {
        Analysis pao = ENGINE.analyze(Samples.load("lampang-pao-2566"));
        Map<String, String> unitByRole = pao.measures().stream()
                .collect(Collectors.toMap(Measure::role, m -> m.unit().th(), (a, b) -> a, java.util.TreeMap::new));
        assertEquals("สำนักปลัด อบจ.", unitByRole.get("CLERK_OFFICE"));
        assertEquals("กองยุทธศาสตร์และงบประมาณ", unitByRole.get("STRATEGY_PLANNING"));
        assertEquals("ทุกส่วนราชการ", unitByRole.get("EVERY_UNIT"));
        assertTrue(pao.measures().stream().noneMatch(m -> m.unit().th().contains("เทศบาล")), unitByRole.toString());
    }

    @Test
    void theAgencysOwnUnitNamesReplaceTheUsualUnitOfTheirRolesOnly() {
        Assessment own = Samples.load("lampang-pao-2566").withUnits(Map.of(
                "CLERK_OFFICE", "สำนักปลัดองค์การบริหารส่วนจังหวัดลำปาง",
                "STRATEGY_PLANNING", "กองยุทธศาสตร์และงบประมาณ อบจ.ลำปาง"));
        Analysis analysis = ENGINE.analyze(own);
        Set<String> clerk = unitsOf(analysis, "CLERK_OFFICE");
        assertEquals(Set.of("สำนักปลัดองค์การบริหารส่วนจังหวัดลำปาง"), clerk);
        assertEquals(Set.of("กองยุทธศาสตร์และงบประมาณ อบจ.ลำปาง"), unitsOf(analysis, "STRATEGY_PLANNING"));
        assertEquals(Set.of("ทุกส่วนราชการ"), unitsOf(analysis, "EVERY_UNIT"));
        // The English report keeps the agency's own name: there is no translation to give.
        analysis.measures().stream().filter(m -> m.role().equals("CLERK_OFFICE"))
                .forEach(m -> assertEquals("สำนักปลัดองค์การบริหารส่วนจังหวัดลำปาง", m.unit().en()));
    }

    @Test
    void unitNamesAreReadFromTheJsonInput() {
        Assessment a = AssessmentJson.read(LAMPANG_2564.replaceFirst("\\{", "{\"units\": {\"HR\": "
                + "\"งานบริหารทรัพยากรมนุษย์ สำนักปลัดเทศบาล\", \"IT\": \"งานจัดการและพัฒนาระบบสารสนเทศ "
                + "กองวิชาการและแผนงาน\"},"));
        Analysis analysis = ENGINE.analyze(a);
        assertEquals("งานบริหารทรัพยากรมนุษย์ สำนักปลัดเทศบาล",
                measure(analysis, RecommendationKind.PUBLISH_OIT_ITEM, "o27").unit().th());
        assertEquals("งานจัดการและพัฒนาระบบสารสนเทศ กองวิชาการและแผนงาน",
                measure(analysis, RecommendationKind.PUBLISH_OIT_ITEM, "o30").unit().th());
    }

    @Test
    void aUnitForARoleTheCatalogueDoesNotHaveIsAnErrorNamingTheField() {
        Assessment a = Samples.load("lampang-city-2564").withUnits(Map.of("TREASURY", "กองคลัง"));
        ItaValidationException e = assertThrows(ItaValidationException.class, () -> ENGINE.analyze(a));
        assertEquals("units.TREASURY", e.problems().get(0).field());
        assertEquals("unknown role; roles are [CLERK_OFFICE, EVERY_UNIT, FINANCE, HR, IT, LEGAL, PROCUREMENT, "
                + "PUBLIC_RELATIONS, STRATEGY_PLANNING]", e.problems().get(0).message());
    }

    @Test
    void malformedUnitInputIsAValidationErrorNamingTheField() {
        ItaValidationException blank = assertThrows(ItaValidationException.class,
                () -> Samples.load("lampang-city-2564").withUnits(Map.of("HR", " ")));
        assertEquals("units.HR", blank.problems().get(0).field());
        ItaValidationException json = assertThrows(ItaValidationException.class, () -> AssessmentJson.read(
                LAMPANG_2564.replaceFirst("\\{", "{\"units\": {\"HR\": 5, \"hr\": \"x\"},")));
        assertEquals(List.of("units.HR", "units"), json.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void everyRoleHasAUnitForEveryKindOfAgencyAndOnlyMunicipalitiesGetMunicipalOnes() {
        RecommendationCatalogue catalogue = RecommendationCatalogue.standard();
        assertEquals(9, catalogue.roleIds().size());
        for (String id : catalogue.roleIds()) {
            for (AgencyKind kind : AgencyKind.values()) {
                Text unit = catalogue.role(id).orElseThrow().unitOf(kind);
                assertFalse(unit.th().isBlank() || unit.en().isBlank(), id + " " + kind);
                assertEquals(kind.isMunicipality() && id.equals("CLERK_OFFICE"), unit.th().contains("เทศบาล"),
                        id + " " + kind + ": " + unit);
            }
        }
    }

    @Test
    void aRoleWithoutAUnitForSomeKindIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Role("FINANCE",
                "งานการเงินและบัญชี", "Finance", Map.of(Role.MUNICIPALITY, Text.both("กองคลัง"))));
        assertEquals("role FINANCE: units: no unit for PROVINCIAL_ADMINISTRATIVE_ORGANISATION; give one under "
                + "PROVINCIAL_ADMINISTRATIVE_ORGANISATION", e.getMessage());
    }

    private static Set<String> unitsOf(Analysis analysis, String role) {
        return analysis.measures().stream().filter(m -> m.role().equals(role)).map(m -> m.unit().th())
                .collect(Collectors.toSet());
    }

    private static Measure measure(Analysis analysis, RecommendationKind kind, String subject) {
        return analysis.measures().stream().filter(m -> m.kind() == kind && m.subject().key().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " measure on " + subject));
    }

    private static Assessment asKind(AgencyKind kind) {
        return AssessmentJson.read(LAMPANG_2564.replace("\"agencyKind\": \"เทศบาลนคร\"",
                "\"agencyKind\": \"" + kind.name() + "\""));
    }

    private static String resource(String name) {
        try (InputStream in = ResponsibleUnitsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
