package th.ita.rules.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.policy.Policy;
import th.ita.rules.ItaEngine;
import th.ita.rules.report.BatchSummaryReports;
import th.ita.rules.report.ReportFormat;
import th.ita.rules.report.ReportOptions;

/** {@link BatchSummary.Tally} counts; {@link BatchSummaryReports} only writes what was counted. */
class BatchSummaryTest {

    private static final ItaEngine ENGINE = ItaEngine.create();

    private static Assessment agency(String name, String overall, String... indicators) {
        Assessment.Builder builder = Assessment.builder().agency(name, AgencyKind.OTHER).fiscalYear(2566);
        if (overall != null) {
            builder.overall(overall);
        }
        for (int i = 0; i < indicators.length; i++) {
            builder.indicator(i + 1, indicators[i]);
        }
        return builder.build();
    }

    @Test
    void countsRatingsTheTargetAndTheAgenciesBelowThePassMarkInOrder() {
        BatchSummary.Tally tally = BatchSummary.tally("agencies.csv");
        for (Assessment a : List.of(agency("a", "90", "95", "91"), agency("b", "70", "80", "60", "75"),
                agency("c", null, "90"), agency("d", "84.99"))) {
            tally.add(ENGINE.analyze(a));
        }

        BatchSummary summary = tally.summary();

        assertEquals("agencies.csv", summary.source());
        assertEquals(4, summary.agencies());
        assertEquals(1, summary.withoutOverall());
        assertEquals(1, summary.atTarget());
        assertEquals(Policy.defaults().passMark(), summary.passMark());
        assertEquals(List.of("b", "d"), summary.belowPassMark().stream().map(BatchSummary.BelowPassMark::agency).toList());
        assertEquals(List.of(new BatchSummary.IndicatorScore(2, Score.parse("60")),
                new BatchSummary.IndicatorScore(3, Score.parse("75"))), summary.belowPassMark().get(0).weakest());
        assertEquals(List.of(), summary.belowPassMark().get(1).weakest(), "no indicator given");
        assertTrue(summary.ratings().stream().mapToLong(BatchSummary.RatingCount::agencies).sum() >= 3,
                "every agency with an overall score is rated: " + summary.ratings());
    }

    @Test
    void anEmptyBatchHasTheDefaultPassMark() {
        BatchSummary summary = BatchSummary.tally("empty.csv").summary();

        assertEquals(0, summary.agencies());
        assertEquals(Policy.defaults().passMark(), summary.passMark());
        String english = BatchSummaryReports.render(summary, ReportFormat.MARKDOWN, ReportOptions.defaults().withThai(false));
        assertTrue(english.startsWith("# ITA batch summary: empty.csv\n\nAgencies analysed: 0\n"), english);
        assertTrue(english.contains("0 of 0 agencies (0.00%) score 85.00 or above."), english);
    }

    @Test
    void aSummaryRendersAsMarkdownOnly() {
        BatchSummary summary = BatchSummary.tally("x.csv").summary();

        assertThrows(IllegalArgumentException.class,
                () -> BatchSummaryReports.render(summary, ReportFormat.HTML, ReportOptions.defaults()));
    }
}
