package th.ita.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyKindTest {

    @Test
    void parsesTheThaiLabelsFullNamesAndEnumNames() {
        assertEquals(AgencyKind.PROVINCIAL_ADMINISTRATIVE_ORGANISATION, AgencyKind.parse("องค์การบริหารส่วนจังหวัด"));
        assertEquals(AgencyKind.CENTRAL_GOVERNMENT, AgencyKind.parse("ส่วนราชการ"));
        assertEquals(AgencyKind.CENTRAL_GOVERNMENT, AgencyKind.parse("กรม"));
        assertEquals(AgencyKind.OTHER, AgencyKind.parse("other"));
        assertEquals(AgencyKind.OTHER, AgencyKind.parse(" หน่วยงานอื่น "));
        assertEquals(AgencyKind.TOWN_MUNICIPALITY, AgencyKind.parse("town_municipality"));
    }

    /** A Thai report names the kind in Thai: "other" was printed as such in the Thai report. */
    @Test
    void everyThaiLabelIsThai() {
        for (AgencyKind kind : AgencyKind.values()) {
            assertTrue(kind.thai().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.THAI), kind.name() + ": " + kind.thai());
        }
    }

    @Test
    void onlyTheThreeKindsOfMunicipalityAreMunicipalities() {
        List<AgencyKind> municipal = Arrays.stream(AgencyKind.values()).filter(AgencyKind::isMunicipality).toList();
        assertEquals(List.of(AgencyKind.CITY_MUNICIPALITY, AgencyKind.TOWN_MUNICIPALITY,
                AgencyKind.SUBDISTRICT_MUNICIPALITY), municipal);
        municipal.forEach(k -> assertTrue(k.thai().startsWith("เทศบาล"), k.name()));
        Arrays.stream(AgencyKind.values()).filter(k -> !k.isMunicipality())
                .forEach(k -> assertFalse(k.thai().contains("เทศบาล"), k.name()));
    }
}
