package th.ita.rules.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import th.ita.model.FiscalYear;
import th.ita.model.Score;
import th.ita.model.policy.Policy;
import th.ita.model.scoring.LevelScore;
import th.ita.rules.Analysis;
import th.ita.rules.rating.Rating;

/**
 * What a batch of analyses adds up to: the count per rating, the agencies at the national target
 * (85 or above) and each agency below the pass mark with its two weakest indicators. A
 * {@link Tally} counts the analyses one at a time, so that a batch of any size keeps only this.
 * {@code th.ita.rules.report.BatchSummaryReports} writes it out.
 *
 * <pre>{@code
 * BatchSummary.Tally tally = BatchSummary.tally("agencies.csv");
 * engine.analyzeAll(assessments).forEach(tally::add);
 * BatchSummary summary = tally.summary();
 * }</pre>
 *
 * @param source the name of the input the agencies came from, such as its file name, not null
 * @param agencies how many agencies were analysed
 * @param ratings the agencies per rating, in the ratings' order (scheme, then rank), not null
 * @param withoutOverall how many agencies have no overall score
 * @param unproven how many agencies have a rating the figures do not prove
 * @param atTarget how many agencies score {@link #NATIONAL_TARGET} or above
 * @param passMark the pass mark of the batch's policy (the default one for an empty batch), not null
 * @param belowPassMark the agencies below the pass mark, in the order analysed, not null
 */
public record BatchSummary(String source, long agencies, List<RatingCount> ratings, long withoutOverall,
        long unproven, long atTarget, Score passMark, List<BelowPassMark> belowPassMark) {

    /** The national target: an overall score of 85 or above. */
    public static final Score NATIONAL_TARGET = Score.parse("85");

    /**
     * Validates and copies the parts.
     *
     * @param source the name of the input the agencies came from, not null
     * @param agencies how many agencies were analysed
     * @param ratings the agencies per rating, not null
     * @param withoutOverall how many agencies have no overall score
     * @param unproven how many agencies have a rating the figures do not prove
     * @param atTarget how many agencies score {@link #NATIONAL_TARGET} or above
     * @param passMark the pass mark of the batch's policy, not null
     * @param belowPassMark the agencies below the pass mark, in the order analysed, not null
     * @throws NullPointerException if a part is null
     */
    public BatchSummary {
        Objects.requireNonNull(source, "source");
        ratings = List.copyOf(ratings);
        Objects.requireNonNull(passMark, "passMark");
        belowPassMark = List.copyOf(belowPassMark);
    }

    /**
     * Starts counting a batch.
     *
     * @param source the name of the input, such as its file name, not null
     * @return an empty tally, not null
     */
    public static Tally tally(String source) {
        return new Tally(Objects.requireNonNull(source, "source"));
    }

    /**
     * The agencies with one rating.
     *
     * @param rating the rating stated, or the rating the figures prove when they do not prove the
     *     one stated, not null
     * @param bestPossible the best rating the figures allow, when they do not prove the rating and
     *     no published rating decides; empty when the rating is proven, not null
     * @param agencies how many agencies
     */
    public record RatingCount(Rating rating, Optional<Rating> bestPossible, long agencies) {

        /**
         * Validates the parts.
         *
         * @param rating the rating, not null
         * @param bestPossible the best rating the figures allow, or empty when the rating is proven, not null
         * @param agencies how many agencies
         * @throws NullPointerException if a part is null
         */
        public RatingCount {
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(bestPossible, "bestPossible");
        }
    }

    /**
     * An agency below the pass mark.
     *
     * @param agency the agency's name, not null
     * @param fiscalYear the fiscal year assessed, not null
     * @param overall the overall score, not null
     * @param rating the rating, empty when none applies, not null
     * @param weakest the two weakest indicators with a score, weakest first (fewer when the input
     *     gives fewer), not null
     */
    public record BelowPassMark(String agency, FiscalYear fiscalYear, Score overall, Optional<Rating> rating,
            List<IndicatorScore> weakest) {

        /**
         * Validates and copies the parts.
         *
         * @param agency the agency's name, not null
         * @param fiscalYear the fiscal year assessed, not null
         * @param overall the overall score, not null
         * @param rating the rating, or empty when none applies, not null
         * @param weakest the weakest indicators with a score, weakest first, not null
         * @throws NullPointerException if a part is null
         */
        public BelowPassMark {
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(fiscalYear, "fiscalYear");
            Objects.requireNonNull(overall, "overall");
            Objects.requireNonNull(rating, "rating");
            weakest = List.copyOf(weakest);
        }
    }

    /**
     * An indicator's score.
     *
     * @param indicator the indicator's number, 1 to 10
     * @param score the score, not null
     */
    public record IndicatorScore(int indicator, Score score) {

        /**
         * Validates the parts.
         *
         * @param indicator the indicator's number, 1 to 10
         * @param score the score, not null
         * @throws NullPointerException if the score is null
         * @throws IllegalArgumentException if the number is not an indicator's
         */
        public IndicatorScore {
            Objects.requireNonNull(score, "score");
            if (indicator < 1 || indicator > 10) {
                throw new IllegalArgumentException("an indicator number is 1 to 10, was " + indicator);
            }
        }
    }

    /**
     * Counts the analyses of a batch one at a time, keeping only what the summary shows.
     *
     * @implNote Not thread-safe: give it the analyses from one thread, in the order they should be listed.
     */
    public static final class Tally {

        private static final Comparator<Rating> RATING_ORDER = Comparator.comparing(Rating::scheme)
                .thenComparingInt(Rating::rank).thenComparing(Rating::code);
        private static final Comparator<Rated> ROW_ORDER = Comparator.comparing(Rated::rating, RATING_ORDER)
                .thenComparing(r -> r.best().isPresent()).thenComparing(r -> r.best().orElse(r.rating()), RATING_ORDER);

        /** A row of the ratings table: a proven rating, or the proven one with the best the figures allow. */
        private record Rated(Rating rating, Optional<Rating> best) {
        }

        private final String source;
        private final Map<Rated, Long> ratings = new TreeMap<>(ROW_ORDER);
        private final List<BelowPassMark> below = new ArrayList<>();
        private long agencies;
        private long withoutOverall;
        private long unproven;
        private long atTarget;
        private Score passMark;

        private Tally(String source) {
            this.source = source;
        }

        /**
         * Counts one analysis.
         *
         * @param analysis the analysis, not null
         */
        public void add(Analysis analysis) {
            agencies++;
            passMark = analysis.policy().passMark();
            analysis.rating().ifPresent(r -> ratings.merge(new Rated(r, openUpTo(analysis)), 1L, Long::sum));
            Optional<Score> overall = analysis.scoreCard().overall().value();
            if (overall.isEmpty()) {
                withoutOverall++;
                return;
            }
            if (overall.get().isAtLeast(NATIONAL_TARGET)) {
                atTarget++;
            }
            if (!analysis.passed()) {
                below.add(new BelowPassMark(analysis.assessment().agency().name(), analysis.assessment().fiscalYear(),
                        overall.get(), analysis.rating(), weakest(analysis)));
            }
        }

        /**
         * Returns what has been counted so far.
         *
         * @return the summary, not null
         */
        public BatchSummary summary() {
            List<RatingCount> counts = new ArrayList<>();
            ratings.forEach((row, count) -> counts.add(new RatingCount(row.rating(), row.best(), count)));
            return new BatchSummary(source, agencies, counts, withoutOverall, unproven, atTarget,
                    passMark == null ? Policy.defaults().passMark() : passMark, below);
        }

        /** The best rating the figures allow, when they do not prove the one stated and no published rating decides. */
        private Optional<Rating> openUpTo(Analysis analysis) {
            Optional<Rating> best = analysis.ratingRange().filter(range -> !range.isProven())
                    .filter(range -> !analysis.ratingFromPublished()).map(range -> range.best());
            if (best.isPresent()) {
                unproven++;
            }
            return best;
        }

        /** The two weakest indicators with a score; none when the input gives only tools or the overall. */
        private static List<IndicatorScore> weakest(Analysis analysis) {
            return analysis.scoreCard().indicators().entrySet().stream()
                    .filter(e -> e.getValue().value().isPresent())
                    .sorted(Comparator.comparing((Map.Entry<Integer, LevelScore> e) -> e.getValue().value().orElseThrow())
                            .thenComparing(Map.Entry::getKey))
                    .limit(2)
                    .map(e -> new IndicatorScore(e.getKey(), e.getValue().value().orElseThrow()))
                    .toList();
        }
    }
}
