package th.ita.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.FiscalYear;

/** The bundled catalogue: indicators, names, editions, OIT items and themes. */
class CatalogueTest {

    private static final Catalogue CATALOGUE = Catalogue.standard();

    private static Edition edition(int year) {
        return CATALOGUE.edition(FiscalYear.of(year));
    }

    private static List<QuestionCode> codes(Tool tool, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> QuestionCode.of(tool, n)).toList();
    }

    @Test
    void standardCatalogueIsReadOnce() {
        assertSame(CATALOGUE, Catalogue.standard());
    }

    @Test
    void tenIndicatorsInOfficialOrderWithTheirTools() {
        List<Indicator> indicators = CATALOGUE.indicators();

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), indicators.stream().map(Indicator::number).toList());
        assertEquals(List.of(Tool.IIT, Tool.IIT, Tool.IIT, Tool.IIT, Tool.IIT, Tool.EIT, Tool.EIT, Tool.EIT,
                Tool.OIT, Tool.OIT), indicators.stream().map(Indicator::tool).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), CATALOGUE.indicatorsOf(Tool.IIT).stream().map(Indicator::number).toList());
        assertEquals(List.of(6, 7, 8), CATALOGUE.indicatorsOf(Tool.EIT).stream().map(Indicator::number).toList());
        assertEquals(List.of(9, 10), CATALOGUE.indicatorsOf(Tool.OIT).stream().map(Indicator::number).toList());
    }

    @Test
    void indicatorNames() {
        assertEquals("การใช้งบประมาณ", CATALOGUE.indicator(2).thai());
        assertEquals("Use of budget", CATALOGUE.indicator(2).name(false));
        assertEquals("การป้องกันการทุจริต", CATALOGUE.indicator(10).name(true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 11, -1})
    void unknownIndicatorNumberIsRejected(int number) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CATALOGUE.indicator(number));

        assertEquals("unknown indicator, was " + number + "; indicators are 1 - 10", e.getMessage());
    }

    @Test
    void toolNames() {
        assertEquals("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", CATALOGUE.toolName(Tool.OIT, true));
        assertEquals("Internal Integrity and Transparency Assessment", CATALOGUE.toolName(Tool.IIT, false));
        assertEquals("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", CATALOGUE.toolName(Tool.EIT, true));
    }

    @ParameterizedTest(name = "{0} -> indicator {1}, misprint {2}")
    @CsvSource({
        "การปฏิรูปดิจิทัล, 1, true",
        "การใช้จ่ายเงิน, 3, true",
        "การใช้จ่ายเงินของราชการ, 4, true",
        "การใช้ทรัพยากรของราชการ, 4, true",
        "การใช้ทรัพย์สินของทางราชการ, 4, false",
        "การแก้ปัญหาการทุจริต, 5, false",
        "การปรับปรุงระบบการทำงาน, 8, false",
    })
    void aliasesResolve(String name, int number, boolean misprint) {
        IndicatorMatch match = CATALOGUE.indicatorByName(name).orElseThrow();

        assertEquals(number, match.indicator().number());
        assertEquals(misprint, match.isMisprint());
        assertEquals(name, match.alias().orElseThrow().name());
    }

    @Test
    void canonicalNameWithPrefixAndSpacesResolvesWithoutAlias() {
        IndicatorMatch match = CATALOGUE.indicatorByName("ตัวชี้วัดด้านการใช้อำนาจ").orElseThrow();

        assertEquals(3, match.indicator().number());
        assertEquals(Optional.empty(), match.alias());
        assertFalse(match.isMisprint());
        assertEquals(3, CATALOGUE.indicatorByName(" ตัวชี้วัดด้าน การใช้ อำนาจ ").orElseThrow().indicator().number());
        assertEquals(8, CATALOGUE.indicatorByName("การปรับปรุงการทำงาน").orElseThrow().indicator().number());
    }

    @Test
    void misprintAliasCarriesItsNote() {
        IndicatorAlias alias = CATALOGUE.indicatorByName("การปฏิรูปดิจิทัล").orElseThrow().alias().orElseThrow();

        assertTrue(alias.misprint());
        assertTrue(alias.note().startsWith("Source 004 summary table, row 1"), alias.note());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"การปฏิรูป", "", "ตัวชี้วัดด้าน", "Use of budget"})
    void unknownNameIsEmpty(String name) {
        assertEquals(Optional.empty(), CATALOGUE.indicatorByName(name));
    }

    @ParameterizedTest(name = "FY{0} -> {1}")
    @CsvSource({
        "2562, ITA-2563", "2563, ITA-2563", "2564, ITA-2563", "2565, ITA-2563",
        "2566, ITA-2566", "2567, ITA-2566", "2568, ITA-2566",
    })
    void editionsByFiscalYear(int year, String id) {
        assertEquals(id, edition(year).id());
        assertEquals(id, edition(year).toString());
    }

    @ParameterizedTest(name = "FY{0}")
    @ValueSource(ints = {2561, 2569})
    void yearsOutsideTheEditionsAreUnsupported(int year) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CATALOGUE.edition(FiscalYear.of(year)));

        assertEquals("unsupported fiscal year, was " + year + "; supported 2562 - 2568", e.getMessage());
        assertEquals(Optional.empty(), CATALOGUE.findEdition(FiscalYear.of(year)));
    }

    @Test
    void supportedYearsAndEditions() {
        assertEquals(IntStream.rangeClosed(2562, 2568).mapToObj(FiscalYear::of).toList(),
                List.copyOf(CATALOGUE.supportedYears()));
        assertEquals(List.of("ITA-2563", "ITA-2566"), CATALOGUE.editions().stream().map(Edition::id).toList());
        assertEquals(Optional.of(edition(2566)), CATALOGUE.editionById("ITA-2566"));
        assertEquals(Optional.empty(), CATALOGUE.editionById("ITA-2569"));
    }

    @Test
    void weightsAre30And30And40() {
        for (Edition e : CATALOGUE.editions()) {
            assertEquals(new BigDecimal("0.30"), e.weight(Tool.IIT), e.id());
            assertEquals(new BigDecimal("0.30"), e.weight(Tool.EIT), e.id());
            assertEquals(new BigDecimal("0.40"), e.weight(Tool.OIT), e.id());
        }
    }

    @Test
    void ita2563Has43OitItemsInSevenSubIndicators() {
        Edition e = CATALOGUE.editionById("ITA-2563").orElseThrow();

        assertEquals(43, e.questionCount(Tool.OIT));
        assertEquals(0, e.questionCount(Tool.IIT));
        assertEquals(0, e.questionCount(Tool.EIT));
        assertEquals(codes(Tool.OIT, 1, 43), e.questions().stream().map(Question::code).toList());
        assertEquals(List.of("9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"),
                e.subIndicators().stream().map(SubIndicator::id).toList());
        assertEquals(List.of(9, 8, 7, 4, 5, 8, 2), e.subIndicators().stream().map(s -> s.items().size()).toList());
        assertEquals(codes(Tool.OIT, 25, 28), e.subIndicator("9.4").orElseThrow().items());
        assertEquals(codes(Tool.OIT, 42, 43), e.subIndicator("10.2").orElseThrow().items());
        assertEquals(List.of("10.1", "10.2"), e.subIndicatorsOf(10).stream().map(SubIndicator::id).toList());
        assertEquals("stated", e.subIndicator("9.1").orElseThrow().evidence());
        assertEquals(List.of(), e.themes());
        assertFalse(e.hasEitParts());
        assertFalse(e.computesIndicatorsFromQuestions(Tool.IIT));
        assertFalse(e.computesIndicatorsFromQuestions(Tool.EIT));
        assertTrue(e.computesIndicatorsFromQuestions(Tool.OIT));
        assertEquals(List.of(), e.questionsOf(1));
        assertEquals(33, e.questionsOf(9).size());
        assertEquals(10, e.questionsOf(10).size());
    }

    @Test
    void ita2566HasItsQuestionsAndSevenThemes() {
        Edition e = CATALOGUE.editionById("ITA-2566").orElseThrow();

        assertEquals(30, e.questionCount(Tool.IIT));
        assertEquals(15, e.questionCount(Tool.EIT));
        assertEquals(43, e.questionCount(Tool.OIT));
        assertEquals(88, e.questions().size());
        assertEquals(codes(Tool.IIT, 25, 30), e.questionsOf(5).stream().map(Question::code).toList());
        assertEquals(codes(Tool.EIT, 6, 10), e.questionsOf(7).stream().map(Question::code).toList());
        assertEquals(7, e.themes().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), e.themes().stream().map(Theme::number).toList());
        assertTrue(e.hasEitParts());
        assertTrue(e.computesIndicatorsFromQuestions(Tool.IIT));
        assertFalse(e.computesIndicatorsFromQuestions(Tool.EIT));
        assertEquals(Optional.of("inferred"), e.subIndicator("9.1").map(SubIndicator::evidence));
    }

    @Test
    void theme7OitIncludesO42AndO43() {
        Theme theme7 = CATALOGUE.editionById("ITA-2566").orElseThrow().themes().get(6);

        assertEquals(7, theme7.number());
        List<QuestionCode> oit = theme7.questions().get(Tool.OIT);
        assertEquals(13, oit.size());
        assertTrue(oit.contains(QuestionCode.of(Tool.OIT, 42)), oit.toString());
        assertTrue(oit.contains(QuestionCode.of(Tool.OIT, 43)), oit.toString());
        assertEquals(List.of(QuestionCode.of(Tool.EIT, 10), QuestionCode.of(Tool.EIT, 15)),
                theme7.questions().get(Tool.EIT));
    }

    @Test
    void theme4HasNoEitQuestions() {
        Theme theme4 = CATALOGUE.editionById("ITA-2566").orElseThrow().themes().get(3);

        assertEquals(codes(Tool.IIT, 19, 24), theme4.questions().get(Tool.IIT));
        assertFalse(theme4.questions().containsKey(Tool.EIT));
    }

    @Test
    void questionsKnowTheirIndicator() {
        Edition e = edition(2566);

        Question i27 = e.question(QuestionCode.of(Tool.IIT, 27)).orElseThrow();
        assertEquals(5, i27.indicator());
        assertEquals(Tool.IIT, i27.tool());
        assertEquals(Optional.empty(), i27.subIndicator());
        assertEquals(Optional.of("9.2"), e.question(QuestionCode.of(Tool.OIT, 18)).orElseThrow().subIndicator());
        assertEquals(Optional.empty(), e.question(QuestionCode.of(Tool.OIT, 44)));
    }

    @Test
    void toolComponents() {
        assertEquals(Tool.EIT, ToolComponent.EIT_PART_2.tool());
        assertTrue(ToolComponent.EIT_PART_1.isPart());
        assertFalse(ToolComponent.EIT.isPart());
        assertEquals(ToolComponent.OIT, ToolComponent.of(Tool.OIT));
        assertEquals(Tool.OIT, Tool.ofPrefix('O'));
        assertEquals('e', Tool.EIT.prefix());
        assertThrows(IllegalArgumentException.class, () -> Tool.ofPrefix('x'));
    }

    /** What the catalogue's records say of their numbers and evidence is checked, not only written down. */
    @Test
    void theCatalogueRecordsRefuseNumbersAndEvidenceNoEditionHas() {
        QuestionCode i1 = QuestionCode.of(Tool.IIT, 1);
        assertEquals("question i1: an indicator number is 1 to 10, was 11", assertThrows(IllegalArgumentException.class,
                () -> new Question(i1, 11, Optional.empty(), Optional.empty(), "stated")).getMessage());
        assertEquals("question i1: evidence is stated, arith or inferred, was guessed", assertThrows(
                IllegalArgumentException.class,
                () -> new Question(i1, 1, Optional.empty(), Optional.empty(), "guessed")).getMessage());
        assertEquals("sub-indicator 8.1: its indicator is 9 or 10, was 8", assertThrows(IllegalArgumentException.class,
                () -> new SubIndicator("8.1", 8, "ก", "a", "stated", List.of())).getMessage());
        assertEquals("sub-indicator 9.1: evidence is stated or inferred, was arith", assertThrows(
                IllegalArgumentException.class,
                () -> new SubIndicator("9.1", 9, "ก", "a", "arith", List.of())).getMessage());
        assertEquals("a theme number is 1 to 7, was 8", assertThrows(IllegalArgumentException.class,
                () -> new Theme(8, "ก", "a", java.util.Map.of())).getMessage());
        // The bundled catalogue is made of these records, so loading it runs the checks on each of them.
        for (Edition edition : Catalogue.standard().editions()) {
            assertFalse(edition.questions().isEmpty(), edition.id());
            edition.questions().forEach(q -> assertTrue(q.indicator() >= 1 && q.indicator() <= 10, q.toString()));
        }
    }
}
