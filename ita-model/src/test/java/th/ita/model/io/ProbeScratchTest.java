package th.ita.model.io;

import org.junit.jupiter.api.Test;
import th.ita.model.ItaValidationException;
import th.ita.model.assessment.*;
import th.ita.model.scoring.*;

class ProbeScratchTest {
    void show(String label, String json) {
        try { AssessmentJson.read(json); System.out.println(label + " OK"); }
        catch (ItaValidationException e) { System.out.println(label + " -> " + e.problems()); }
    }
    @Test
    void probe() {
        Assessment a = Assessment.builder().agency("x", AgencyKind.OTHER).fiscalYear(2564)
            .indicator(1,"100").indicator(2,"100").indicator(3,"100").indicator(4,"100").indicator(5,"100")
            .indicator(6,"80.00").indicator(7,"80.00").indicator(8,"80.25").indicator(9,"100").indicator(10,"100").build();
        System.out.println("ROUND " + ScoreCard.of(a).overall().computedExact() + " " + ScoreCard.of(a).overall().computed());
        show("unknown", "{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50,\"foo\":1}");
        show("prevfoo", "{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50,\"previous\":{\"fiscalYear\":2563,\"overall\":40,\"foo\":1}}");
        show("yearabc", "{\"agency\":\"x\",\"fiscalYear\":\"abc\",\"overall\":50}");
        show("year2023", "{\"agency\":\"x\",\"fiscalYear\":2023,\"overall\":50}");
        show("yearmissing", "{\"agency\":\"x\",\"overall\":50}");
        show("agencymissing", "{\"fiscalYear\":2564,\"overall\":50}");
        show("target", "{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50,\"targets\":{\"abc\":60}}");
        show("malformed", "{\"agency\":\"x\",\n\"fiscalYear\":2564,\n\"overall\": 50,,}");
        show("dup", "{\"agency\":\"x\",\n\"fiscalYear\":2564,\n\"overall\": 50,\n\"overall\": 60}");
        show("bomstring", "\uFEFF{\"agency\":\"x\",\"fiscalYear\":2564,\"overall\":50}");
        show("empty", "");
        show("oitpass", "{\"agency\":\"x\",\"fiscalYear\":2564,\"oit\":{\"o27\":{\"pass\":\"false\"}}}");
        show("oitpassed", "{\"agency\":\"x\",\"fiscalYear\":2564,\"oit\":{\"o27\":{\"passed\":false}}}");
        show("indarr", "{\"agency\":\"x\",\"fiscalYear\":2564,\"indicators\":[1,2]}");
        show("null", "null");
        show("arr", "[1]");
    }
}
