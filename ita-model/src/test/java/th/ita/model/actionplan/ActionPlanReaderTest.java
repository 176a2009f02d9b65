package th.ita.model.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonProcessingException;
import th.ita.model.ItaValidationException;
import th.ita.model.FiscalYear;

/** Reading plan files: a valid file, and broken files that must fail with a message naming line and field. */
class ActionPlanReaderTest {

    /** A small valid plan; line numbers matter to the assertions below. */
    private static final String VALID = """
            {
              "organisation": "เทศบาลทดสอบ",
              "title": "แผนทดสอบ",
              "period": {"first": 2566, "last": 2567},
              "declaredTotals": {"2566": 100, "2567": 100},
              "riskRegister": [
                {"number": 1, "processStep": "ขั้นตอน",
                 "issues": [{"number": 1, "text": "ประเด็น", "level": "LOW"}],
                 "controlMeasures": [{"number": 1, "name": "โครงการ ทดสอบ"}, {"number": 2, "name": "มาตรการที่ไม่มี"}]}
              ],
              "dimensions": [
                {
                  "number": 1,
                  "name": "การสร้างวัฒนธรรมสุจริต",
                  "missions": [
                    {
                      "code": "1.1",
                      "name": "ภารกิจ",
                      "subStrategies": [
                        {
                          "code": "1.1.1",
                          "name": "กลยุทธ์ย่อย",
                          "items": [
                            {
                              "number": 1,
                              "templateName": "โครงการทดสอบ",
                              "budget": {"kind": "PER_YEAR", "byYear": {"2566": 100, "2567": 100}}
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
              ]
            }
            """;

    private static final String ITEM = "dimensions[0].missions[0].subStrategies[0].items[0]";

    private static ActionPlan read(String json) throws IOException {
        return ActionPlans.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String failure(String json) {
        ItaValidationException e = assertThrows(ItaValidationException.class, () -> read(json));
        assertInstanceOf(JsonProcessingException.class, e.getCause(), "the Jackson problem is chained");
        return e.getMessage();
    }

    private static String replace(String target, String replacement) {
        assertTrue(VALID.contains(target), target);
        return VALID.replace(target, replacement);
    }

    @Test
    void readsAValidPlan() throws IOException {
        ActionPlan plan = read(VALID);
        assertEquals(1, plan.items().size());
        assertEquals(PlanItemKind.PROJECT, plan.items().get(0).kind());
        assertEquals(new BigDecimal("100.00"), plan.summedBudgetByYear(1).get(FiscalYear.of(2567)));
        assertEquals(plan.declaredTotals(), plan.summedBudgetByYear());
        assertEquals(List.of(), plan.dimension(1).orElseThrow().subStrategies().get(0).note().stream().toList());
    }

    @Test
    void resolvesControlMeasuresByNameIgnoringSpacesAndReportsTheRest() throws IOException {
        ActionPlan plan = read(VALID);
        List<ControlMeasure> measures = plan.riskRegister().get(0).controlMeasures();
        assertEquals(Optional.of(1), plan.resolve(measures.get(0)).map(PlanItem::number));
        assertEquals(List.of(measures.get(1)), plan.unresolvedControlMeasures());
    }

    @Test
    void resolvesControlMeasuresByItemNumberWhenGiven() throws IOException {
        ActionPlan plan = read(replace("{\"number\": 2, \"name\": \"มาตรการที่ไม่มี\"}",
                "{\"number\": 2, \"name\": \"มาตรการที่ไม่มี\", \"item\": 1}"));
        assertEquals(List.of(), plan.unresolvedControlMeasures());
        ActionPlan dangling = read(replace("{\"number\": 1, \"name\": \"โครงการ ทดสอบ\"}",
                "{\"number\": 1, \"name\": \"โครงการ ทดสอบ\", \"item\": 9}"));
        assertEquals(2, dangling.unresolvedControlMeasures().size(), "an item number that does not exist is unresolved");
    }

    @Test
    void malformedJsonNamesTheLine() {
        String message = failure(replace("\"title\": \"แผนทดสอบ\",", "\"title\": \"แผนทดสอบ\""));
        assertTrue(message.startsWith("line 4: "), message);
        assertTrue(message.contains("malformed JSON, "), message);
    }

    @Test
    void anUnknownFieldIsAnErrorNamingItsPath() {
        String message = failure(replace("\"number\": 1,\n      \"name\": \"การสร้าง",
                "\"number\": 1,\n      \"colour\": \"red\",\n      \"name\": \"การสร้าง"));
        assertTrue(message.startsWith("line 14: dimensions[0].colour: unknown field, was \"colour\"; known fields are ["),
                message);
        assertTrue(message.contains("declaredTotals"), message);
    }

    @Test
    void aNegativeBudgetIsAnErrorNamingTheYear() {
        String message = failure(replace("{\"2566\": 100, \"2567\": 100}}", "{\"2566\": -100, \"2567\": 100}}"));
        assertEquals("line 27: " + ITEM + ".budget.byYear.2566: negative amount, was -100; amounts must be 0 or more baht",
                message);
    }

    @Test
    void dimensionFiveIsAnError() {
        String message = failure(replace("\"number\": 1,\n      \"name\": \"การสร้าง", "\"number\": 5,\n      \"name\": \"การสร้าง"));
        assertEquals("line 13: dimensions[0].number: dimension out of range, was 5; valid 1 - 4", message);
    }

    @Test
    void aMissingRequiredFieldIsAnError() {
        String message = failure(replace("\"templateName\": \"โครงการทดสอบ\",", ""));
        assertTrue(message.endsWith(ITEM + ".templateName: missing, was null; a name starting with โครงการ, กิจกรรม or มาตรการ is required"),
                message);
    }

    @Test
    void aNameWithoutKindPrefixIsAnError() {
        String message = failure(replace("\"templateName\": \"โครงการทดสอบ\"", "\"templateName\": \"งานทดสอบ\""));
        assertTrue(message.endsWith(ITEM + ".templateName: no kind prefix, was \"งานทดสอบ\"; a name starts with โครงการ, กิจกรรม or มาตรการ"),
                message);
    }

    @Test
    void aStringWhereANumberBelongsIsAnError() {
        String message = failure(replace("\"number\": 1,\n                  \"templateName\"",
                "\"number\": \"one\",\n                  \"templateName\""));
        assertTrue(message.contains(ITEM + ".number: "), message);
        assertTrue(message.contains("expected a whole number"), message);
    }

    @Test
    void anUnknownEnumConstantIsAnError() {
        String message = failure(replace("\"level\": \"LOW\"", "\"level\": \"ต่ำ\""));
        assertTrue(message.contains("riskRegister[0].issues[0].level: invalid value, was \"ต่ำ\"; expected one of [LOW, MEDIUM, HIGH, VERY_HIGH]"),
                message);
    }

    @Test
    void aBudgetOutsideThePlanPeriodIsAnError() {
        String message = failure(replace("{\"2566\": 100, \"2567\": 100}}", "{\"2566\": 100, \"2568\": 100}}"));
        assertTrue(message.endsWith(ITEM + ".budget.byYear.2568: year outside the plan period, was 2568; the plan runs 2566 - 2567"),
                message);
    }

    @Test
    void aDuplicateItemNumberIsAnError() {
        String twoItems = replace("\"items\": [",
                "\"items\": [{\"number\": 1, \"templateName\": \"กิจกรรมซ้ำ\", \"budget\": {\"kind\": \"NONE\"}},");
        String message = failure(twoItems);
        assertEquals("line 25: dimensions[0].missions[0].subStrategies[0].items[1].number: duplicate item number, was 1; already used at "
                + ITEM, message);
    }

    @Test
    void aOneOffBudgetNeedsExactlyOneYear() {
        String message = failure(replace("\"kind\": \"PER_YEAR\"", "\"kind\": \"ONE_OFF\""));
        assertTrue(message.contains(ITEM + ".budget.byYear: not one amount for a budget of kind ONE_OFF"), message);
    }

    @Test
    void trailingContentIsAnError() {
        assertEquals("line 37: content after the end of the plan; a file holds one JSON action plan",
                failure(VALID + "{}"));
        assertEquals("line 37: content after the end of the plan; a file holds one JSON action plan",
                failure(VALID + "garbage"));
    }

    @Test
    void anExponentBeyondWhatADecimalHoldsIsAnError() {
        assertEquals("line 27: " + ITEM + ".budget.byYear.2566: number out of range: its exponent is beyond what a "
                + "decimal holds", failure(replace("{\"2566\": 100, \"2567\": 100}}", "{\"2566\": 1e-2147483648, "
                + "\"2567\": 100}}")));
        assertEquals("line 27: " + ITEM + ".budget.byYear.2566: amount too large, was 1E+2147483647; amounts are "
                + "below 10^15 baht", failure(replace("{\"2566\": 100, \"2567\": 100}}", "{\"2566\": 1e2147483647, "
                + "\"2567\": 100}}")));
        assertEquals("line 27: " + ITEM + ".budget.byYear.2566: more than two decimals, was 1E-2147483647; amounts are "
                + "in baht and satang", failure(replace("{\"2566\": 100, \"2567\": 100}}", "{\"2566\": 1e-2147483647, "
                + "\"2567\": 100}}")));
        assertEquals("line 5: declaredTotals.2566: amount too large, was 1000000000000000; amounts are below 10^15 baht",
                failure(replace("\"declaredTotals\": {\"2566\": 100", "\"declaredTotals\": {\"2566\": 1e15")));
    }

    @Test
    void aNumberOfAMillionDigitsIsRefusedAsItIsRead() {
        assertEquals("line 27: " + ITEM + ".budget.byYear: number too long: more than 32 characters",
                failure(replace("{\"2566\": 100, \"2567\": 100}}", "{\"2566\": 1" + "0".repeat(999_999)
                        + ", \"2567\": 100}}")));
    }

    @Test
    void textThatIsNotWellFormedUnicodeIsAnError() {
        assertEquals("line 3: title: not well-formed Unicode: a lone surrogate \\uD800 at character 4; write the "
                + "character itself or remove it", failure(replace("\"แผนทดสอบ\"", "\"แผน\\ud800\"")));
        assertEquals("line 8: riskRegister[0].issues[0].text: not well-formed Unicode: a lone surrogate \\uDC00 at "
                + "character 1; write the character itself or remove it",
                failure(replace("\"ประเด็น\"", "\"\\udc00\"")));
    }

    @Test
    void aBadValueOfAMegabyteIsQuotedByItsStartAndLength() {
        String cut = "ก".repeat(40) + "… (400000 characters)";
        assertEquals("line 26: " + ITEM + ".templateName: no kind prefix, was \"" + cut + "\"; a name starts with "
                + "โครงการ, กิจกรรม or มาตรการ", failure(replace("\"โครงการทดสอบ\"", "\"" + "ก".repeat(400_000) + "\"")));
        assertEquals("line 8: riskRegister[0].issues[0].level: invalid value, was \"" + "L".repeat(40)
                + "… (400000 characters)\"; expected one of [LOW, MEDIUM, HIGH, VERY_HIGH]",
                failure(replace("\"LOW\"", "\"" + "L".repeat(400_000) + "\"")));
        String key = "k".repeat(40) + "… (40000 characters)";
        String message = failure(replace("\"title\"", "\"" + "k".repeat(40_000) + "\": 1, \"title\""));
        assertTrue(message.startsWith("line 3: " + key + ": unknown field, was \"" + key + "\"; known fields are ["),
                message);
    }

    @Test
    void emptyInputIsAnError() {
        assertEquals("line 1: no content, was empty input; a JSON action plan object is expected", failure(""));
    }

    @Test
    void aFileNameStartsTheMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, replace("\"number\": 1,\n      \"name\": \"การสร้าง", "\"number\": 5,\n      \"name\": \"การสร้าง"));
        ItaValidationException e = assertThrows(ItaValidationException.class, () -> ActionPlans.read(file));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(": dimensions[0].number: dimension out of range, was 5"), e.getMessage());
    }

    @Test
    void readsTheBundledSampleFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.json");
        try (var in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            Files.copy(in, file);
        }
        assertEquals(41, ActionPlans.read(file).items().size());
    }
}
