package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format docx}: a Word document to a file, never to standard output. */
class DocxFormatTest {

    @TempDir
    Path dir;

    /** The text of a part of a docx (a zip), or null when it has no such part. */
    private static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static void assertDocx(byte[] bytes) {
        assertTrue(bytes.length > 4);
        assertEquals("PK\u0003\u0004", new String(Arrays.copyOf(bytes, 4), StandardCharsets.ISO_8859_1));
    }

    @Test
    void analyzeWritesAWordDocumentWithThaiDigitsByDefault() throws IOException {
        Path out = dir.resolve("x.docx");
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "docx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("wrote " + out + "\n", r.out());
        byte[] bytes = Files.readAllBytes(out);
        assertDocx(bytes);
        String document = part(bytes, "word/document.xml");
        assertTrue(document.contains("<w:t>เทศบาลนครลำปาง (เทศบาลนคร)</w:t>"), document);
        // Thai digits by default in a Thai document: the overall 83.74 and the year 2564.
        assertTrue(document.contains("๘๓.๗๔"), document);
        assertTrue(document.contains("<w:t>ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</w:t>"), document);
        assertFalse(document.contains("83.74"), document);
        assertTrue(part(bytes, "word/fontTable.xml").contains("TH Sarabun New"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("x.docx"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
    }

    @Test
    void noThaiDigitsAndEnglishKeepArabicDigits() throws IOException {
        Path thai = dir.resolve("arabic.docx");
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "docx", "--no-thai-digits",
                "--out", thai.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(part(Files.readAllBytes(thai), "word/document.xml").contains("83.74"));
        Path english = dir.resolve("en.docx");
        r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "docx", "--lang", "en",
                "--out", english.toString());
        assertEquals(0, r.code(), r.err());
        String document = part(Files.readAllBytes(english), "word/document.xml");
        assertTrue(document.contains("83.74"), document);
        assertTrue(document.contains("<w:t>Part 2 From analysis to action (measures)</w:t>"), document);
    }

    @Test
    void docxToStandardOutputIsRefused() {
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "docx");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --format docx writes a binary Word document, not text for standard output; "
                + "give --out FILE.docx\nTry 'ita analyze --help' for more information.\n", r.err());
    }

    @Test
    void batchWritesADocumentPerAgency() throws IOException {
        Path csv = Files.writeString(dir.resolve("two.csv"), """
                agency,agencyKind,fiscalYear,overall,1,2,3,4,5,6,7,8,9,10
                เทศบาลนครลำปาง,เทศบาลนคร,2563,57.19,87.35,76.65,81.74,77.94,75.78,72.07,66.94,66.50,44.62,18.75
                เทศบาลนครลำปาง,เทศบาลนคร,2564,83.74,87.37,76.24,82.64,75.78,77.74,86.61,82.04,81.87,86.00,87.50
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("reports");
        Cli.Result r = Cli.run("batch", csv.toString(), "--format", "docx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("summary.md", "เทศบาลนครลำปาง-2563.docx", "เทศบาลนครลำปาง-2564.docx"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        byte[] bytes = Files.readAllBytes(out.resolve("เทศบาลนครลำปาง-2564.docx"));
        assertDocx(bytes);
        assertTrue(part(bytes, "word/document.xml").contains("๘๓.๗๔"));
    }
}
