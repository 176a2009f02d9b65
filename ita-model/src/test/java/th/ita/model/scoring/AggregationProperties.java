package th.ita.model.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.Tool;

/** The aggregation stays in range and never falls when a score below it rises. */
class AggregationProperties {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Provide
    Arbitrary<Score> scores() {
        return Arbitraries.integers().between(0, 10_000).map(Score::ofHundredths)
                .edgeCases(c -> c.add(Score.ZERO).add(Score.HUNDRED));
    }

    @Provide
    Arbitrary<List<Score>> indicatorSets() {
        return scores().list().ofSize(10);
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(2562, 2568);
    }

    /** Random FY2566 input: i1-i30, indicators 6-8 and every OIT item o1-o43. */
    record Fy2566Input(List<Score> iit, List<Score> eit, List<Boolean> oit) {

        Assessment assessment() {
            Assessment.Builder b = base(2566);
            for (int i = 0; i < iit.size(); i++) {
                b.question(QuestionCode.of(Tool.IIT, i + 1), iit.get(i));
            }
            for (int i = 0; i < eit.size(); i++) {
                b.indicator(6 + i, eit.get(i));
            }
            for (int i = 0; i < oit.size(); i++) {
                b.oitItem("o" + (i + 1), oit.get(i), null);
            }
            return b.build();
        }
    }

    @Provide
    Arbitrary<Fy2566Input> fy2566Inputs() {
        return Combinators.combine(scores().list().ofSize(30), scores().list().ofSize(3),
                Arbitraries.of(true, false).list().ofSize(43)).as(Fy2566Input::new);
    }

    private static Assessment.Builder base(int year) {
        return Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(year);
    }

    private static Assessment withIndicators(int year, List<Score> indicators) {
        Assessment.Builder b = base(year);
        for (int i = 0; i < indicators.size(); i++) {
            b.indicator(i + 1, indicators.get(i));
        }
        return b.build();
    }

    private static BigDecimal overall(Assessment a) {
        return ScoreCard.of(a).overall().computedExact().orElseThrow();
    }

    private static boolean inRange(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    @Property
    boolean overallStaysWithin0And100ForFullIndicatorSets(@ForAll("years") int year,
            @ForAll("indicatorSets") List<Score> indicators) {
        ScoreCard card = ScoreCard.of(withIndicators(year, indicators));
        BigDecimal overall = card.overall().computedExact().orElseThrow();
        Statistics.label("edition").collect(card.assessment().edition().id());
        return inRange(overall) && card.overall().computed().isPresent() && card.gaps().isEmpty();
    }

    @Property
    boolean overallLiesBetweenTheLowestAndHighestIndicator(@ForAll("indicatorSets") List<Score> indicators) {
        BigDecimal overall = overall(withIndicators(2564, indicators));
        BigDecimal low = indicators.stream().map(Score::value).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = indicators.stream().map(Score::value).max(BigDecimal::compareTo).orElseThrow();
        return overall.compareTo(low) >= 0 && overall.compareTo(high) <= 0;
    }

    @Property
    boolean overallStaysWithin0And100ForFy2566QuestionSets(@ForAll("fy2566Inputs") Fy2566Input input) {
        ScoreCard card = ScoreCard.of(input.assessment());
        Statistics.label("OIT items passed").collect(input.oit().stream().filter(p -> p).count() / 11);
        return inRange(card.overall().computedExact().orElseThrow())
                && card.indicator(1).source() == LevelScore.Source.COMPUTED
                && card.indicator(9).source() == LevelScore.Source.COMPUTED
                && card.gaps().isEmpty();
    }

    @Property
    boolean raisingAnyIndicatorNeverLowersTheOverall(@ForAll("years") int year,
            @ForAll("indicatorSets") List<Score> indicators, @ForAll @IntRange(min = 1, max = 10) int number,
            @ForAll("scores") Score other) {
        Score before = indicators.get(number - 1);
        Score raised = other.isAtLeast(before) ? other : before;
        Assessment a = withIndicators(year, indicators);
        Assessment b = a.withIndicator(number, raised);
        Statistics.label("raised").collect(raised.equals(before) ? "same" : "higher");
        return overall(b).compareTo(overall(a)) >= 0
                && ScoreCard.of(b).overall().computed().orElseThrow()
                        .isAtLeast(ScoreCard.of(a).overall().computed().orElseThrow());
    }

    @Property
    boolean raisingAnyIitQuestionNeverLowersTheOverall(@ForAll("fy2566Inputs") Fy2566Input input,
            @ForAll @IntRange(min = 1, max = 30) int question, @ForAll("scores") Score other) {
        Score before = input.iit().get(question - 1);
        Score raised = other.isAtLeast(before) ? other : before;
        List<Score> iit = new ArrayList<>(input.iit());
        iit.set(question - 1, raised);
        Fy2566Input higher = new Fy2566Input(iit, input.eit(), input.oit());
        return overall(higher.assessment()).compareTo(overall(input.assessment())) >= 0;
    }

    @Property
    boolean flippingAnOitItemFromFailToPassNeverLowersTheOverall(@ForAll("fy2566Inputs") Fy2566Input input,
            @ForAll @IntRange(min = 1, max = 43) int item) {
        List<Boolean> failed = new ArrayList<>(input.oit());
        failed.set(item - 1, false);
        Assessment a = new Fy2566Input(input.iit(), input.eit(), failed).assessment();
        Assessment b = a.withOitResult(QuestionCode.of(Tool.OIT, item), OitResult.pass());
        return overall(b).compareTo(overall(a)) > 0;
    }

    @Property
    boolean flippingAFy2564OitItemFromFailToPassNeverLowersTheOverall(
            @ForAll("indicatorSets") List<Score> indicators,
            @ForAll("fy2564Items") List<Boolean> items, @ForAll @IntRange(min = 1, max = 43) int item) {
        Assessment.Builder builder = base(2564);
        for (int i = 0; i < 8; i++) {
            builder.indicator(i + 1, indicators.get(i));
        }
        for (int i = 0; i < items.size(); i++) {
            builder.oitItem("0" + ThaiDigits.toThai(Integer.toString(i + 1)), items.get(i) && i + 1 != item, null);
        }
        Assessment a = builder.build();
        Assessment b = a.withOitResult(QuestionCode.of(Tool.OIT, item), OitResult.pass());
        return overall(b).compareTo(overall(a)) > 0
                && ScoreCard.of(b).indicator(item <= 33 ? 9 : 10).computedExact().orElseThrow()
                        .compareTo(ScoreCard.of(a).indicator(item <= 33 ? 9 : 10).computedExact().orElseThrow()) > 0;
    }

    @Provide
    Arbitrary<List<Boolean>> fy2564Items() {
        return Arbitraries.of(true, false).list().ofSize(43);
    }
}
