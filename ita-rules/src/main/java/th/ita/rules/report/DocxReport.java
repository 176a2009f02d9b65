package th.ita.rules.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes the {@link Report} model as a Word document (DOCX) with Apache POI, in the order and with
 * the content of the Markdown template: the cover, the foreword and background with the rating
 * table, the three parts, and the signature block when the input gives one.
 *
 * <p>A4 portrait, with Part 2 (the measures table) in a landscape section of its own; TH Sarabun New
 * for Thai and Latin text at 16 pt, with Tahoma as the alternative the font table names; Word's
 * built-in Heading 1-3 styles (title, parts, sections); tables whose header row repeats on every
 * page; the page number (a PAGE field, in Thai digits when the report uses them) in the footer of
 * every section; the charts as PNG images ({@link ChartImages}). Every text of the model is a run's
 * text, never markup, so nothing is escaped.
 */
final class DocxReport {

    /** The font of every script. */
    static final String FONT = "TH Sarabun New";
    /** A4 in twentieths of a point, and the margins (2.5 cm top and left, 2 cm right and bottom). */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN_WIDE = 1418;
    private static final int MARGIN = 1134;
    /** One list kind, bullets; its num is 1. */
    private static final String BULLET_NUMBERING = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:abstractNum w:abstractNumId="0">
                <w:multiLevelType w:val="singleLevel"/>
                <w:lvl w:ilvl="0">
                  <w:start w:val="1"/>
                  <w:numFmt w:val="bullet"/>
                  <w:lvlText w:val="\u2022"/>
                  <w:lvlJc w:val="left"/>
                  <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
                </w:lvl>
              </w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            </w:numbering>""";

    /** The first-line indent of a body paragraph, 2.5 cm in twentieths of a point. */
    private static final int FIRST_LINE_INDENT = 1418;
    /** The score tables' columns in percent: name, score, previous, change, assessment. */
    private static final int[] SCORE_WIDTHS = {40, 13, 13, 14, 20};

    private final Report r;
    private final boolean thaiDigits;
    private final XWPFDocument doc = new XWPFDocument();
    private BigInteger bullets;
    private XWPFFooter footer;

    private DocxReport(Report report, boolean thaiDigits) {
        this.r = report;
        this.thaiDigits = thaiDigits;
    }

    /**
     * Writes the document.
     *
     * @param report the model, not null
     * @param thai true for a Thai document (the language of its text runs)
     * @param thaiDigits true if the model uses Thai digits: the page numbers follow
     * @param chart the indicator chart as a PNG, or null for none
     * @param trendChart the overall-by-year chart as a PNG, or null for none
     * @param out where to write, not null; left open
     * @throws IOException if {@code out} fails
     */
    static void write(Report report, boolean thai, boolean thaiDigits, byte[] chart, byte[] trendChart,
            OutputStream out) throws IOException {
        DocxReport d = new DocxReport(report, thaiDigits);
        try (XWPFDocument doc = d.doc) {
            d.setUp(thai);
            d.body(chart, trendChart);
            doc.write(out);
        }
    }

    private void setUp(boolean thai) throws IOException {
        try (InputStream in = DocxReport.class.getResourceAsStream("docx-styles.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${lang}",
                    thai ? "th-TH" : "en-GB");
            doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("docx-styles.xml", e);
        }
        fontTable();
        try {
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(BULLET_NUMBERING).getNumbering());
            bullets = BigInteger.ONE;
        } catch (XmlException e) {
            throw new IllegalStateException("bullet numbering", e);
        }
        footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.setAlignment(ParagraphAlignment.CENTER);
        // A complex field (begin, instruction, separate, result, end): Word and LibreOffice both update it.
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue("PAGE");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(thaiDigits ? "๑" : "1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        doc.getProperties().getCoreProperties().setTitle(r.labels().get("title") + " - " + r.agency());
    }

    /** The font table part, with the fallback of TH Sarabun New; POI has no API for it. */
    private void fontTable() throws IOException {
        try (InputStream in = DocxReport.class.getResourceAsStream("docx-fonts.xml")) {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream os = part.getOutputStream()) {
                os.write(in.readAllBytes());
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("font table", e);
        }
    }

    private void body(byte[] chart, byte[] trendChart) throws IOException {
        cover();
        heading(2, r.labels().get("foreword"));
        paragraphs(r.foreword());
        heading(2, r.labels().get("background"));
        paragraphs(r.background());
        table(List.of(r.labels().get("rating"), r.labels().get("range")), new boolean[2],
                r.ratingBands().stream().map(b -> cells(b.rating(), b.range())).toList(), new int[] {25, 75}, false);
        pageBreak();

        heading(2, r.partHeadings().get(0));
        XWPFParagraph summary = doc.createParagraph();
        run(summary, r.labels().get("overall") + ": ", true);
        run(summary, r.overall() + " · ", false);
        run(summary, r.labels().get("rating") + ": ", true);
        run(summary, r.rating() + " · " + r.passLine(), false);
        if (!r.overallChange().isEmpty()) {
            paragraphs(List.of(r.overallChange()));
        }
        list(r.labels().get("notes"), r.notes());
        list(r.labels().get("missing"), r.missing());
        List<String> scoreHeader = List.of(r.labels().get("tool"), r.labels().get("score"),
                r.labels().get("previous"), r.labels().get("change"), r.labels().get("assessment"));
        boolean[] scoreNumeric = {false, true, true, true, false};
        if (!r.tools().isEmpty()) {
            table(scoreHeader, scoreNumeric, r.tools().stream().map(row -> cells(row.name(), row.score(),
                    row.previous(), row.change(), row.assessment())).toList(), SCORE_WIDTHS, false);
        }
        if (!r.indicators().isEmpty()) {
            List<String> header = new ArrayList<>(scoreHeader);
            header.set(0, r.labels().get("indicator"));
            table(header, scoreNumeric, r.indicators().stream().map(row -> cells(row.key() + " " + row.name(),
                    row.score(), row.previous(), row.change(), row.assessment())).toList(), SCORE_WIDTHS, false);
            if (chart != null) {
                picture(chart, "indicators.png", r.labels().get("chart"));
            }
        }
        if (!r.trend().isEmpty()) {
            list(r.labels().get("trend"), r.trend());
            if (trendChart != null) {
                picture(trendChart, "trend.png", r.labels().get("trend"));
            }
        }
        list(r.labels().get("plan"), r.plan());
        section(r.labels().get("strengths"), r.strengthParagraphs());
        section(r.labels().get("weaknesses"), r.weaknessParagraphs());
        section(r.labels().get("urgent"), r.urgentParagraphs());
        if (!r.oitItems().isEmpty()) {
            heading(3, r.labels().get("oitItems"));
            table(List.of(r.labels().get("item"), r.labels().get("result"), r.labels().get("reason")), new boolean[3],
                    r.oitItems().stream().map(i -> cells(i.code() + " " + i.name(), i.result(), i.reason())).toList(),
                    new int[] {50, 15, 35}, false);
        }
        if (!r.naccRecommendations().isEmpty()) {
            heading(3, r.labels().get("naccRecommendations"));
            table(List.of(r.labels().get("naccRecommendation"), r.labels().get("naccResponse")), new boolean[2],
                    r.naccRecommendations().stream().map(n -> cells(n.recommendation(), n.response())).toList(),
                    new int[] {55, 45}, false);
        }
        if (!r.themes().isEmpty()) {
            heading(3, r.labels().get("themes"));
            table(List.of(r.labels().get("theme"), r.labels().get("tool"), r.labels().get("questions"),
                    r.labels().get("assessment")), new boolean[4],
                    r.themes().stream().map(t -> cells(t.theme(), t.tool(), t.questions(), t.status())).toList(),
                    null, false);
        }
        list(r.labels().get("addedFindings"), r.addedFindings());
        endSection(false);

        heading(2, r.partHeadings().get(1));
        if (r.actionRows().isEmpty()) {
            run(doc.createParagraph(), r.labels().get("noMeasures"), false);
        } else {
            List<List<List<String>>> rows = new ArrayList<>();
            for (Report.ActionRow row : r.actionRows()) {
                List<String> topic = new ArrayList<>();
                topic.add(row.topic());
                if (!row.covers().isEmpty()) {
                    topic.add(r.labels().get("covers") + ": " + String.join("; ", row.covers()));
                }
                rows.add(List.of(topic, row.measures(), row.steps(), List.of(row.unit()),
                        List.of(row.period()), List.of(row.followUp())));
            }
            table(List.of(r.labels().get("topic"), r.labels().get("measure"), r.labels().get("steps"),
                    r.labels().get("unit"), r.labels().get("period"), r.labels().get("followUp")), new boolean[6],
                    rows, new int[] {14, 20, 28, 12, 10, 16}, true);
        }
        endSection(true);

        heading(2, r.partHeadings().get(2));
        if (r.constraintRows().isEmpty()) {
            for (String c : r.constraints()) {
                run(doc.createParagraph(), c, false);
            }
        } else {
            table(List.of(r.labels().get("constraint"), r.labels().get("handling")), new boolean[2],
                    r.constraintRows().stream().map(c -> cells(c.text(),
                            c.handling().isEmpty() ? r.labels().get("noHandling") : c.handling())).toList(),
                    new int[] {50, 50}, false);
        }
        signOff();
        // The last section's properties belong to the body.
        CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(last, false);
    }

    /** The cover: the title, the agency and the year, centred on a page of their own. */
    private void cover() {
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        heading(1, r.labels().get("title"));
        XWPFParagraph agency = doc.createParagraph();
        agency.setAlignment(ParagraphAlignment.CENTER);
        run(agency, r.agency() + " (" + r.agencyKind() + ")", true);
        XWPFParagraph year = doc.createParagraph();
        year.setAlignment(ParagraphAlignment.CENTER);
        run(year, r.labels().get("cover") + " " + r.fiscalYear(), false);
        XWPFParagraph measures = doc.createParagraph();
        measures.setAlignment(ParagraphAlignment.CENTER);
        run(measures, r.labels().get("measuresYear") + ": " + r.measuresYear(), false);
        pageBreak();
    }

    private void pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** Body paragraphs, the first line indented as Thai official documents indent it. */
    private void paragraphs(List<String> texts) {
        for (String text : texts) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(FIRST_LINE_INDENT);
            p.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
            run(p, text, false);
        }
    }

    /** A heading and its paragraphs, or nothing when there are none. */
    private void section(String heading, List<String> texts) {
        if (!texts.isEmpty()) {
            heading(3, heading);
            paragraphs(texts);
        }
    }

    /** The signature block: each signer's role, a line to sign on, the name and the position, then the date. */
    private void signOff() {
        if (r.signers().isEmpty()) {
            return;
        }
        heading(3, r.labels().get("signOff"));
        for (Report.Signer signer : r.signers()) {
            doc.createParagraph();
            for (String line : List.of(signer.role(), r.labels().get("signature"), signer.name(), signer.position())) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setKeepNext(true);
                run(p, line, false);
            }
        }
        XWPFParagraph date = doc.createParagraph();
        date.setAlignment(ParagraphAlignment.CENTER);
        run(date, r.signDate(), false);
    }

    private static List<List<String>> cells(String... texts) {
        return java.util.Arrays.stream(texts).map(List::of).toList();
    }

    private void heading(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        run(p, text, false);
    }

    private void labelled(String label, String value) {
        XWPFParagraph p = bullet();
        run(p, label + ": ", true);
        run(p, value, false);
    }

    /** A heading and a bulleted line per entry, or nothing when there are no entries. */
    private void list(String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        heading(3, heading);
        for (String line : lines) {
            run(bullet(), line, false);
        }
    }

    private XWPFParagraph bullet() {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ListParagraph");
        p.setNumID(bullets);
        p.setNumILvl(BigInteger.ZERO);
        return p;
    }

    /**
     * Text as a run, never markup: neutralised as in Markdown and HTML ({@link Escaping#neutralised}),
     * so that a control character (which XML cannot hold) or a bidirectional control becomes a visible
     * U+FFFD and a line break a space; nothing else needs escaping in a run.
     */
    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun run = p.createRun();
        if (bold) {
            // Bold for the Latin and the complex-script (Thai) text; otherwise the style decides.
            run.setBold(true);
            run.getCTR().getRPr().addNewBCs();
        }
        run.setText(Escaping.neutralised(text));
    }

    /**
     * A table with a header row that repeats on every page and is kept whole, and numbers
     * right-aligned.
     *
     * @param widths the columns' shares of the width in percent, or null for equal shares
     * @param landscape true if the table is on a landscape page
     */
    private void table(List<String> header, boolean[] numeric, List<List<List<String>>> rows, int[] widths,
            boolean landscape) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        // The grid the schema requires before the rows (POI writes none): the columns' widths in
        // twentieths of a point, of the text width of the page the table is on.
        int textWidth = landscape ? A4_LONG - 2 * MARGIN_WIDE : A4_SHORT - MARGIN_WIDE - MARGIN;
        var grid = table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < header.size(); c++) {
            int share = widths != null ? widths[c] : 100 / header.size();
            grid.addNewGridCol().setW(BigInteger.valueOf((long) textWidth * share / 100));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor("EEEEEE");
            cell.getCTTc().getTcPr().getShd().setVal(STShd.CLEAR);
            fill(cell, List.of(header.get(c)), true, false);
            if (widths != null) {
                cell.setWidth(widths[c] + "%");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            // A body row may break across pages: a measure with many steps can be taller than one.
            XWPFTableRow row = table.getRow(i + 1);
            for (int c = 0; c < header.size(); c++) {
                fill(row.getCell(c), rows.get(i).get(c), false, numeric[c]);
            }
        }
        // A paragraph after the table, so that two tables or a table and a section break stay apart.
        doc.createParagraph();
    }

    private static void fill(XWPFTableCell cell, List<String> paragraphs, boolean bold, boolean right) {
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setStyle("TableText");
            if (right) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(p, paragraphs.get(i), bold);
        }
    }

    private void picture(byte[] png, String name, String caption) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        // 16 cm wide, as the HTML report's figure.
        double widthPt = 16 / 2.54 * 72;
        double heightPt = widthPt * ChartImages.HEIGHT / ChartImages.WIDTH;
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name,
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("chart image", e);
        }
        XWPFParagraph c = doc.createParagraph();
        c.setStyle("Caption");
        run(c, caption, false);
    }

    /** Ends the current section with a paragraph holding its properties; the next starts on a new page. */
    private void endSection(boolean landscape) {
        XWPFParagraph p = doc.createParagraph();
        page(p.getCTP().addNewPPr().addNewSectPr(), landscape);
    }

    private void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(landscape ? MARGIN : MARGIN_WIDE));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(landscape ? MARGIN_WIDE : MARGIN_WIDE));
        mar.setRight(BigInteger.valueOf(landscape ? MARGIN_WIDE : MARGIN));
        mar.setHeader(BigInteger.valueOf(708));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
        if (thaiDigits) {
            (sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType()).setFmt(STNumberFormat.THAI_NUMBERS);
        }
        if (sect.sizeOfFooterReferenceArray() == 0) {
            CTHdrFtrRef ref = sect.addNewFooterReference();
            ref.setType(STHdrFtr.DEFAULT);
            ref.setId(doc.getRelationId(footer));
        }
    }
}
