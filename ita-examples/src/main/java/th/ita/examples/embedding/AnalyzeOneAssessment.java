package th.ita.examples.embedding;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * Embedding example 1: build an assessment in Java, analyse it, print the rating and the
 * indicators that need work. The figures are source 000's FY2564 indicators (Lampang City).
 */
public final class AnalyzeOneAssessment {

    private AnalyzeOneAssessment() {
    }

    /**
     * Builds the assessment, analyses it and returns the printed lines.
     *
     * @return the analysis, not null
     */
    public static Analysis run() {
        Assessment assessment = Assessment.builder()
                .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                .fiscalYear(2564)
                .indicator(1, "87.37").indicator(2, "76.24").indicator(3, "82.64")
                .indicator(4, "75.78").indicator(5, "77.74").indicator(6, "86.61")
                .indicator(7, "82.04").indicator(8, "81.87").indicator(9, "86.00")
                .indicator(10, "87.50")
                .build();
        ItaEngine engine = ItaEngine.create();
        return engine.analyze(assessment);
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Analysis analysis = run();
        out.println("overall " + analysis.scoreCard().overall().value().orElseThrow()
                + ", rating " + analysis.rating().orElseThrow().thai()
                + (analysis.passed() ? ", passed" : ", below the pass mark"));
        for (Finding weakness : analysis.findings(FindingKind.WEAKNESS)) {
            out.println("weakness: indicator " + weakness.subject().key() + " " + weakness.subject().thai()
                    + " " + weakness.score("score"));
        }
    }
}
