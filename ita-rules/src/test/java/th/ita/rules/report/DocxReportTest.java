package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/** The DOCX report, read back with POI: headings, tables, sections, fonts, footer, digits, images. */
class DocxReportTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();
    private static final ReportOptions THAI_DIGITS = ReportOptions.defaults().withThaiDigits(true);
    private static final String TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
            + " (ITA) และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
    private static final String PART_1 = "ส่วนที่ ๑ ผลการวิเคราะห์ผลการประเมิน";
    private static final String PART_2 = "ส่วนที่ ๒ การนำผลการวิเคราะห์ไปสู่การปฏิบัติ (มาตรการ)";
    private static final String PART_3 = "ส่วนที่ ๓ ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static Analysis analysis(String sample) {
        return ANALYSES.computeIfAbsent(sample, s -> ENGINE.analyze(Samples.load(s)));
    }

    private static byte[] bytes(String sample, ReportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Reports.write(analysis(sample), ReportFormat.DOCX, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static XWPFDocument docx(String sample, ReportOptions options) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes(sample, options)));
    }

    /** The headings in order, each as "StyleId|text". */
    private static List<String> headings(XWPFDocument doc) {
        List<String> headings = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                headings.add(p.getStyle() + "|" + p.getText());
            }
        }
        return headings;
    }

    /** The part of a docx zip, as text. */
    private static String zipPart(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the docx");
    }

    @Test
    void lampangCityHasTheMarkdownHeadingsInOrderAsWordHeadingStyles() throws IOException {
        try (XWPFDocument doc = docx("lampang-city-2564", THAI_DIGITS)) {
            assertEquals(List.of("Heading1|" + TITLE,
                    "Heading2|คำนำ",
                    "Heading2|ความเป็นมาของการประเมิน ITA",
                    "Heading2|" + PART_1,
                    "Heading3|คะแนนภาพรวมรายปี",
                    "Heading3|สิ่งที่ต้องแก้ไขก่อนเพื่อให้ผ่านเกณฑ์",
                    "Heading3|จุดแข็ง (คะแนนตั้งแต่ ๙๕.๐๐)",
                    "Heading3|จุดที่ต้องพัฒนา (คะแนนต่ำกว่า ๘๐.๐๐)",
                    "Heading3|ต้องปรับปรุงโดยเร่งด่วน",
                    "Heading3|ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายข้อ",
                    "Heading3|ข้อเสนอแนะของผู้ประเมินจากสำนักงาน ป.ป.ช.",
                    "Heading2|" + PART_2,
                    "Heading2|" + PART_3), headings(doc));
            // The cover: the agency and the year, centred under the title.
            List<XWPFParagraph> ps = doc.getParagraphs();
            int title = ps.indexOf(ps.stream().filter(p -> p.getText().equals(TITLE)).findFirst().orElseThrow());
            assertEquals("เทศบาลนครลำปาง (เทศบาลนคร)", ps.get(title + 1).getText());
            assertEquals("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", ps.get(title + 2).getText());
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, ps.get(title + 1).getAlignment());
            // The style makes the heading bold: no run overrides it.
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    assertTrue(p.getRuns().stream().allMatch(r -> r.getCTR().getRPr() == null), p.getText());
                }
            }
            // Word's built-in names, so that the navigation pane and a table of contents see them.
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
            assertEquals("heading 2", doc.getStyles().getStyle("Heading2").getName());
            assertEquals("heading 3", doc.getStyles().getStyle("Heading3").getName());
            assertEquals(BigInteger.ZERO, doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl()
                    .getVal());
            assertEquals(BigInteger.TWO, doc.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl()
                    .getVal());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lampang-city-2564", "chiangmai-2566", "lampang-pao-2566"})
    void theHeadingsAreTheMarkdownHeadingsAtTheSameLevels(String sample) throws IOException {
        String markdown = Reports.render(analysis(sample), ReportFormat.MARKDOWN, THAI_DIGITS);
        List<String> expected = markdown.lines().filter(l -> l.startsWith("#"))
                .map(l -> "Heading" + l.indexOf(' ') + "|" + l.substring(l.indexOf(' ') + 1).replace("\\", ""))
                .toList();
        try (XWPFDocument doc = docx(sample, THAI_DIGITS)) {
            assertEquals(expected, headings(doc));
        }
    }

    @Test
    void chiangmaiHasTheThemesTableAndNoTrend() throws IOException {
        try (XWPFDocument doc = docx("chiangmai-2566", THAI_DIGITS)) {
            List<String> headings = headings(doc);
            assertTrue(headings.contains("Heading3|การวิเคราะห์รายประเด็น"), headings.toString());
            assertFalse(headings.contains("Heading3|คะแนนภาพรวมรายปี"), headings.toString());
            assertEquals(List.of("Heading2|คำนำ", "Heading2|ความเป็นมาของการประเมิน ITA", "Heading2|" + PART_1,
                    "Heading2|" + PART_2, "Heading2|" + PART_3),
                    headings.stream().filter(h -> h.startsWith("Heading2|")).toList());
            Report model = Reports.model(analysis("chiangmai-2566"), THAI_DIGITS);
            XWPFTable themes = tableAfter(doc, "การวิเคราะห์รายประเด็น");
            assertEquals(model.themes().size() + 1, themes.getNumberOfRows());
            assertEquals(model.themes().get(0).theme(), themes.getRow(1).getCell(0).getText());
            assertEquals(model.themes().get(0).questions(), themes.getRow(1).getCell(2).getText());
            assertTrue(themes.getRow(0).isRepeatHeader());
        }
    }

    /** The first table after the paragraph with this text. */
    static XWPFTable tableAfter(XWPFDocument doc, String text) {
        boolean seen = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getText().equals(text)) {
                seen = true;
            } else if (seen && e instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + text);
    }

    @Test
    void theMeasuresTableIsInALandscapeA4SectionWithItsHeaderRowRepeated() throws IOException {
        try (XWPFDocument doc = docx("lampang-city-2564", THAI_DIGITS)) {
            Report model = Reports.model(analysis("lampang-city-2564"), THAI_DIGITS);
            XWPFTable measures = tableAfter(doc, PART_2);
            assertEquals(model.actionRows().size() + 1, measures.getNumberOfRows());
            assertTrue(measures.getRow(0).isRepeatHeader());
            assertEquals(List.of("หัวข้อ", "มาตรการ/แนวทาง", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินงาน",
                    "การติดตามผล"), measures.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertFalse(measures.getRow(1).isRepeatHeader());
            Report.ActionRow first = model.actionRows().get(0);
            assertEquals(first.topic(), measures.getRow(1).getCell(0).getParagraphs().get(0).getText());
            // One paragraph per measure and per step, as the Markdown's <br>.
            assertEquals(first.measures(), measures.getRow(1).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList());
            assertEquals(first.steps(), measures.getRow(1).getCell(2).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList());

            // Three sections: Part 1 portrait, Part 2 landscape, Part 3 portrait; all A4 (twips).
            List<CTSectPr> sections = sections(doc);
            assertEquals(3, sections.size());
            assertPage(sections.get(0), 11906, 16838, STPageOrientation.PORTRAIT);
            assertPage(sections.get(1), 16838, 11906, STPageOrientation.LANDSCAPE);
            assertPage(sections.get(2), 11906, 16838, STPageOrientation.PORTRAIT);
            // Part 2's heading and table lie in the landscape section: after the first break, before the second.
            List<IBodyElement> body = doc.getBodyElements();
            int firstBreak = sectionBreaks(doc).get(0);
            int secondBreak = sectionBreaks(doc).get(1);
            int table = body.indexOf(measures);
            assertTrue(firstBreak < table && table < secondBreak, firstBreak + " " + table + " " + secondBreak);
            assertEquals(PART_2, ((XWPFParagraph) body.get(firstBreak + 1)).getText());
        }
    }

    private static void assertPage(CTSectPr sect, int w, int h, STPageOrientation.Enum orient) {
        assertEquals(BigInteger.valueOf(w), sect.getPgSz().getW());
        assertEquals(BigInteger.valueOf(h), sect.getPgSz().getH());
        assertEquals(orient, sect.getPgSz().getOrient());
    }

    private static List<Integer> sectionBreaks(XWPFDocument doc) {
        List<Integer> breaks = new ArrayList<>();
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetSectPr()) {
                breaks.add(i);
            }
        }
        return breaks;
    }

    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> sections = new ArrayList<>();
        for (int i : sectionBreaks(doc)) {
            sections.add(((XWPFParagraph) doc.getBodyElements().get(i)).getCTP().getPPr().getSectPr());
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        return sections;
    }

    @Test
    void everyTableRepeatsItsHeaderRowAndOnlyIt() throws IOException {
        try (XWPFDocument doc = docx("lampang-city-2564", THAI_DIGITS)) {
            // Rating bands, tools, indicators, OIT items, NACC recommendations, Part 2.
            assertEquals(6, doc.getTables().size());
            for (XWPFTable t : doc.getTables()) {
                assertTrue(t.getRow(0).isRepeatHeader());
                for (int i = 1; i < t.getNumberOfRows(); i++) {
                    assertFalse(t.getRow(i).isRepeatHeader());
                }
            }
            XWPFTable indicators = doc.getTables().get(2);
            assertEquals(11, indicators.getNumberOfRows());
            assertEquals("๑ การปฏิบัติหน้าที่", indicators.getRow(1).getCell(0).getText());
            assertEquals("๘๗.๓๗", indicators.getRow(1).getCell(1).getText());
        }
    }

    @Test
    void thaiSarabunNewIsTheFontOfEveryScriptWithTahomaAsItsAlternativeAt16Points() throws IOException {
        byte[] bytes = bytes("lampang-city-2564", THAI_DIGITS);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            CTFonts fonts = defaults(doc).getRFontsArray(0);
            assertEquals("TH Sarabun New", fonts.getAscii());
            assertEquals("TH Sarabun New", fonts.getHAnsi());
            assertEquals("TH Sarabun New", fonts.getCs());
            assertEquals("TH Sarabun New", fonts.getEastAsia());
            assertEquals(BigInteger.valueOf(32), defaults(doc)
                    .getSzArray(0).getVal());
            assertEquals(BigInteger.valueOf(32), defaults(doc)
                    .getSzCsArray(0).getVal());
            assertEquals("th-TH", defaults(doc).getLangArray(0)
                    .getBidi());
        }
        String fontTable = zipPart(bytes, "word/fontTable.xml");
        assertTrue(fontTable.contains("<w:font w:name=\"TH Sarabun New\">\n    <w:altName w:val=\"Tahoma\"/>"),
                fontTable);
        assertTrue(zipPart(bytes, "word/_rels/document.xml.rels").contains("Target=\"fontTable.xml\""));
        assertTrue(zipPart(bytes, "[Content_Types].xml").contains("ContentType="
                + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\" PartName="
                + "\"/word/fontTable.xml\""));
    }

    /** The run properties of the document defaults. */
    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr defaults(XWPFDocument doc) {
        try {
            return doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
        } catch (Exception e) {
            throw new AssertionError("no styles part", e);
        }
    }

    @Test
    void everySectionHasTheFooterWithAPageFieldInThaiNumbersWhenThaiDigits() throws IOException {
        for (ReportOptions options : List.of(THAI_DIGITS, ReportOptions.defaults())) {
            try (XWPFDocument doc = docx("lampang-city-2564", options)) {
                assertEquals(1, doc.getFooterList().size());
                var footer = doc.getFooterList().get(0);
                String footerXml = footer._getHdrFtr().xmlText();
                assertTrue(footerXml.contains("<w:instrText>PAGE</w:instrText>"), footerXml);
                assertTrue(footerXml.contains("w:fldCharType=\"begin\""), footerXml);
                assertTrue(footerXml.contains("w:fldCharType=\"end\""), footerXml);
                String id = doc.getRelationId(footer);
                for (CTSectPr sect : sections(doc)) {
                    assertEquals(1, sect.sizeOfFooterReferenceArray());
                    assertEquals(id, sect.getFooterReferenceArray(0).getId());
                    if (options.thaiDigits()) {
                        assertEquals(STNumberFormat.THAI_NUMBERS, sect.getPgNumType().getFmt());
                    } else {
                        assertFalse(sect.isSetPgNumType());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lampang-city-2564", "chiangmai-2566"})
    void thaiDigitsAreTheOptionsAndTheTextIsTheModels(String sample) throws IOException {
        try (XWPFDocument thai = docx(sample, THAI_DIGITS);
                XWPFDocument arabic = docx(sample, ReportOptions.defaults())) {
            String thaiText = text(thai);
            String arabicText = text(arabic);
            Report model = Reports.model(analysis(sample), THAI_DIGITS);
            assertTrue(thaiText.contains("คะแนนภาพรวม: " + model.overall()), thaiText);
            assertTrue(model.overall().matches("[๐-๙]+\\.[๐-๙]{2}"), model.overall());
            // Only the codes and names of the data (ITA, OIT, o28) keep Latin letters; no Arabic digit is left.
            assertFalse(thaiText.matches("(?s).*[0-9].*"), thaiText);
            assertTrue(arabicText.contains(Reports.model(analysis(sample), ReportOptions.defaults()).overall()));
            for (String c : model.constraints()) {
                assertTrue(thaiText.contains(c), c);
            }
            // No markup: the Markdown's and HTML's syntax never reaches the document.
            assertFalse(thaiText.contains("**") || thaiText.contains("<br>") || thaiText.contains("|---"), thaiText);
        }
    }

    private static String text(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                text.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theChartsArePngImagesWithTheirCaptions() throws IOException {
        try (XWPFDocument doc = docx("lampang-city-2564", THAI_DIGITS)) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            // The indicator bars and, with the history of FY2563, the overall by year.
            assertEquals(2, pictures.size());
            for (XWPFPictureData picture : pictures) {
                assertEquals("image/png", picture.getPackagePart().getContentType());
                byte[] data = picture.getData();
                assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(data, 8));
                var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(data));
                assertEquals(1280, image.getWidth());
                assertEquals(520, image.getHeight());
            }
            List<String> captions = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("คะแนนรายตัวชี้วัด เทียบเส้นผ่านเกณฑ์และเส้นเร่งด่วน", "คะแนนภาพรวมรายปี"), captions);
        }
        try (XWPFDocument doc = docx("chiangmai-2566", THAI_DIGITS)) {
            assertEquals(1, doc.getAllPictures().size());
        }
    }

    @Test
    void aBarOfTheChartHasTheColourOfItsScore() throws IOException {
        // Indicator 1 of Lampang City FY2564 is 87.37: at or above the pass mark (85), below the urgent line? green
        // only from the urgent line; the bars are sampled in their middle, away from the labels.
        Analysis a = analysis("lampang-city-2564");
        byte[] png = ChartImages.indicatorBars(a.scoreCard(), a.policy(), s -> s);
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        int slot = (640 - 40 - 10) / 10;
        int x = 40 + slot / 5 + slot * 3 / 10;
        int bottom = 20 + 200 - 5;
        int expected = a.scoreCard().indicator(1).value().orElseThrow().isBelow(a.policy().passMark()) ? 0xc0392b
                : a.scoreCard().indicator(1).value().orElseThrow().isBelow(a.policy().urgentLine()) ? 0xe67e22
                : 0x27ae60;
        assertEquals(expected, image.getRGB(x * 2, bottom * 2) & 0xffffff);
        // Indicator 2 (76.24) is below the pass mark: red.
        assertEquals(0xc0392b, image.getRGB((x + slot) * 2, bottom * 2) & 0xffffff);
    }

    @Test
    void renderRefusesTheBinaryFormatAndWriteWritesTheTextFormatsAsUtf8() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reports.render(analysis("lampang-city-2564"), ReportFormat.DOCX, ReportOptions.defaults()));
        assertEquals("the docx report is binary: write it with Reports.write", e.getMessage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.write(analysis("lampang-city-2564"), ReportFormat.MARKDOWN, ReportOptions.defaults(), out);
        assertEquals(Reports.render(analysis("lampang-city-2564"), ReportFormat.MARKDOWN, ReportOptions.defaults()),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(ReportFormat.DOCX, ReportFormat.parse("docx"));
        assertEquals("docx", ReportFormat.DOCX.extension());
        assertTrue(ReportFormat.DOCX.isBinary());
        assertFalse(ReportFormat.HTML.isBinary());
    }

    @Test
    void hostileTextIsARunsTextNeutralisedAsInHtml() throws IOException {
        String constraint = "<b>ตัวหนา</b> & **x** | a\u202Eb\u0001c\nd";
        th.ita.model.assessment.Assessment a = th.ita.model.assessment.Assessment.builder()
                .agency("<w:p>เทศบาล</w:p>", "เทศบาลนคร").fiscalYear(2564).indicator(1, "87.37")
                .constraint(constraint).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.write(ENGINE.analyze(a), ReportFormat.DOCX, THAI_DIGITS, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = text(doc);
            assertTrue(text.contains("\n๑. <b>ตัวหนา</b> & **x** | a\uFFFDb\uFFFDc d\n"), text);
            assertTrue(text.contains("<w:p>เทศบาล</w:p> (เทศบาลนคร)"), text);
        }
    }

    /** Word asks to repair a document whose XML breaks the schema: the main part and the footer must validate. */
    @ParameterizedTest
    @ValueSource(strings = {"lampang-city-2564", "chiangmai-2566"})
    void theDocumentAndTheFooterValidateAgainstTheOfficeOpenXmlSchema(String sample) throws Exception {
        try (XWPFDocument doc = docx(sample, THAI_DIGITS)) {
            List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
            org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions().setErrorListener(errors);
            assertTrue(doc.getDocument().validate(options), errors.stream().limit(3).toList().toString());
            // (Not the styles part: poi-ooxml-lite lacks the schema of table-style properties.)
            assertTrue(doc.getFooterList().get(0)._getHdrFtr().validate(options), errors.toString());
        }
    }

    @Test
    void anEnglishDocumentHasEnglishHeadingsAndLanguage() throws IOException {
        try (XWPFDocument doc = docx("lampang-city-2564", ReportOptions.defaults().withThai(false))) {
            assertEquals(List.of("Heading2|Part 1 Analysis of the result",
                    "Heading2|Part 2 From analysis to action (measures)"),
                    headings(doc).stream().filter(h -> h.startsWith("Heading2|Part")).limit(2).toList());
            assertEquals("en-GB", defaults(doc).getLangArray(0).getVal());
        }
    }
}
