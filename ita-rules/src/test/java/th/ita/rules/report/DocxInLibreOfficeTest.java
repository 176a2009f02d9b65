package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.model.samples.Samples;
import th.ita.rules.ItaEngine;

/**
 * The Word report as LibreOffice prints it: each bundled sample converted to PDF with
 * {@code soffice --headless --convert-to pdf}, then read with poppler's {@code pdffonts},
 * {@code pdfinfo} and {@code pdftotext}. Every font in the PDF must be the named Thai font or the
 * family the machine substitutes for it (on Debian with {@code fonts-thai-tlwg}, Laksaman, a
 * derivative of TH Sarabun PSK): a glyph the font lacks would pull in another family, such as
 * DejaVu. The Part 2 table is on landscape pages, the cover and the end on portrait ones.
 *
 * <p>Needs LibreOffice Writer and poppler-utils ({@code apt-get install libreoffice-writer
 * fonts-thai-tlwg poppler-utils}); where they are absent the test is skipped and says so. In the
 * hardening build: a conversion takes about ten seconds.
 */
@Tag("hardening")
class DocxInLibreOfficeTest {

    /** TH Sarabun New as named in the document, its metric twin Laksaman, and the named fallback. */
    private static final Set<String> THAI_FAMILIES = Set.of("THSarabunNew", "Laksaman", "Tahoma");
    private static final Pattern FONT = Pattern.compile("^(?:[A-Z]{6}\\+)?([^\\s,-]+)");
    private static final Pattern PAGE_SIZE = Pattern.compile("Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+) pts");

    static List<String> samples() {
        return Samples.list().stream().map(Samples.Sample::name).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void printsInTheThaiFontWithPartTwoLandscape(String sample, @TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice") && onPath("pdffonts") && onPath("pdftotext"),
                "LibreOffice (soffice) and poppler-utils are not installed; see this class's javadoc");
        Path docx = dir.resolve(sample + ".docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            Reports.write(ItaEngine.create().analyze(Samples.load(sample)), ReportFormat.DOCX,
                    ReportOptions.defaults().withThaiDigits(true), out);
        }
        run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve(sample + ".pdf");
        assertTrue(Files.size(pdf) > 0, "LibreOffice wrote no PDF");

        Set<String> families = fonts(run(dir, "pdffonts", pdf.toString()));
        assertFalse(families.isEmpty(), "no fonts in the PDF");
        assertTrue(THAI_FAMILIES.containsAll(families), () -> "fonts other than the Thai font: " + families);

        List<Boolean> landscape = landscapePages(run(dir, "pdfinfo", "-f", "1", "-l", "999", pdf.toString()));
        assertFalse(landscape.get(0), "the cover is portrait");
        assertFalse(landscape.get(landscape.size() - 1), "the last page (Part 3) is portrait");
        assertTrue(landscape.contains(true), "Part 2 is on landscape pages");
        for (int page = 1; page <= landscape.size(); page++) {
            if (landscape.get(page - 1)) {
                String text = run(dir, "pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page),
                        pdf.toString(), "-");
                assertTrue(text.contains("มาตรการ"), "landscape page " + page + " is not the Part 2 table: " + text);
            }
        }
        String all = run(dir, "pdftotext", pdf.toString(), "-");
        assertTrue(all.contains("ส่วนที่ ๒"), "Thai digits in the headings");
        assertEquals(-1, all.indexOf('\uFFFD'), "a character that could not be shown");
    }

    private static Set<String> fonts(String pdffonts) {
        Set<String> families = new TreeSet<>();
        List<String> lines = pdffonts.lines().toList();
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            Matcher m = FONT.matcher(line);
            if (m.find()) {
                families.add(m.group(1));
            }
        }
        return families;
    }

    private static List<Boolean> landscapePages(String pdfinfo) {
        List<Boolean> pages = new ArrayList<>();
        Matcher m = PAGE_SIZE.matcher(pdfinfo);
        while (m.find()) {
            pages.add(Double.parseDouble(m.group(2)) > Double.parseDouble(m.group(3)));
        }
        assertFalse(pages.isEmpty(), () -> "no page sizes in: " + pdfinfo);
        return pages;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Pattern.compile(java.io.File.pathSeparator).splitAsStream(path)
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), () -> String.join(" ", command) + " did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed: " + text);
        return text;
    }
}
