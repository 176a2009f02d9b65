package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/** A custom rule's finding reaches every report format, not only the JSON (before: JSON only). */
class CustomFindingsReportTest {

    @Test
    void aCustomFindingOnASubIndicatorIsListedInMarkdownAndHtml(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sub-indicators.drl"), """
                package th.ita.rules.custom;

                import th.ita.rules.facts.Level;
                import th.ita.rules.facts.ScoredLevel;
                import th.ita.rules.findings.Finding;
                import th.ita.rules.findings.FindingKind;

                rule "Custom: a sub-indicator below 100 is weak"
                when
                    $s : ScoredLevel(level == Level.SUB_INDICATOR, value < 100.00)
                then
                    insert(Finding.of(FindingKind.WEAKNESS, $s.subject(), drools.getRule().getName())
                            .with("score", $s.score()).with("line", "100.00"));
                end
                """, StandardCharsets.UTF_8);
        Analysis analysis = ItaEngine.builder().rulesFrom(dir).build().analyze(Samples.load("lampang-city-2564"));
        String md = Reports.render(analysis, ReportFormat.MARKDOWN, ReportOptions.defaults());
        String html = Reports.render(analysis, ReportFormat.HTML, ReportOptions.defaults());

        assertTrue(md.contains("### ข้อค้นพบจากกฎที่หน่วยงานเพิ่มเติม"), md);
        assertTrue(md.contains("- 9.4 การบริหารและพัฒนาทรัพยากรมนุษย์: จุดที่ต้องพัฒนา (score = 50.00, line = 100.00)"
                + " · Custom: a sub-indicator below 100 is weak\n"), md);
        assertTrue(md.contains(" · Custom: a sub-indicator below 100 is weak\n"), md);
        assertTrue(html.contains("<h3>ข้อค้นพบจากกฎที่หน่วยงานเพิ่มเติม</h3>"), html);
        String bundled = Reports.render(ItaEngine.create().analyze(Samples.load("lampang-city-2564")),
                ReportFormat.MARKDOWN, ReportOptions.defaults());
        assertFalse(bundled.contains("ข้อค้นพบจากกฎที่หน่วยงานเพิ่มเติม"), "the bundled rules' findings have their tables");
    }
}
