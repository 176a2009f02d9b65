package th.ita.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import th.ita.model.Score;
import th.ita.rules.Analysis;
import th.ita.rules.findings.FindingKind;

class AnalyzeOneAssessmentTest {

    @Test
    void lampangCity2564IsB() {
        Analysis analysis = AnalyzeOneAssessment.run();
        assertEquals(Score.parse("83.74"), analysis.scoreCard().overall().value().orElseThrow());
        assertEquals("B", analysis.rating().orElseThrow().code());
        assertFalse(analysis.passed());
        assertEquals(java.util.List.of("2", "4", "5"),
                analysis.findings(FindingKind.WEAKNESS).stream().map(f -> f.subject().key()).toList());
    }

    @Test
    void mainPrintsTheRating() {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            AnalyzeOneAssessment.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("overall 83.74, rating B, below the pass mark", out.lines().findFirst().orElseThrow());
    }
}
