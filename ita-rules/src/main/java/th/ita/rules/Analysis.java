package th.ita.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.RatingLabels;
import th.ita.model.policy.Policy;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.recommendations.Measure;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingRange;

/**
 * The result of analysing one assessment: the score card, the rating, the findings and the
 * names of the rules that fired, in firing order.
 *
 * @param assessment the assessment analysed, not null
 * @param scoreCard every level scored, not null
 * @param policy the action lines used, not null
 * @param ratingRange the ratings the figures allow, or empty when the overall score is unavailable, not null
 * @param findings the findings, sorted by subject then kind, not null
 * @param measures the measures for the next fiscal year, in table order, not null
 * @param trace the names of the rules that fired, in firing order, not null
 * @param addedRules the names of the rules a rules directory brought (added files and replaced
 *     ones), whose findings a report lists where its tables do not place them; empty for the
 *     bundled rules alone, not null
 */
public record Analysis(Assessment assessment, ScoreCard scoreCard, Policy policy, Optional<RatingRange> ratingRange,
        List<Finding> findings, List<Measure> measures, List<String> trace, java.util.Set<String> addedRules) {

    /**
     * Validates the parts.
     *
     * @param assessment the assessment analysed, not null
     * @param scoreCard every level scored, not null
     * @param policy the action lines used, not null
     * @param ratingRange the ratings the figures allow, or empty when the overall score is unavailable, not null
     * @param findings the findings, sorted by subject then kind, not null
     * @param measures the measures for the next fiscal year, in table order, not null
     * @param trace the names of the rules that fired, in firing order, not null
     * @param addedRules the names of the rules a rules directory brought; empty for the bundled rules alone, not null
     */
    public Analysis {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(scoreCard, "scoreCard");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ratingRange, "ratingRange");
        findings = List.copyOf(findings);
        measures = List.copyOf(measures);
        trace = List.copyOf(trace);
        addedRules = java.util.Set.copyOf(addedRules);
    }

    /**
     * Returns the rating this analysis states: the one the figures prove; when they leave it open
     * and the input gives a published rating they allow, that one, since the NACC's figures decided it.
     *
     * @return the rating, or empty when the overall score is unavailable, not null
     */
    public Optional<Rating> rating() {
        return ratingRange.map(range -> range.isProven() ? range.proven()
                : publishedRating().filter(range::allows).orElse(range.proven()));
    }

    /**
     * Returns the rating the input gives as published, if it names one.
     *
     * @return the published rating, or empty, not null
     */
    public Optional<Rating> publishedRating() {
        return assessment.publishedRating().flatMap(RatingLabels::codeOf).map(Rating::ofCode);
    }

    /**
     * Tells whether the stated rating rests on the input's published rating rather than on the
     * figures alone.
     *
     * @return true if the figures leave the rating open and the published one decides it
     */
    public boolean ratingFromPublished() {
        return ratingRange.map(range -> !range.isProven() && publishedRating().filter(range::allows).isPresent())
                .orElse(false);
    }

    /**
     * Returns the findings of one kind, in order.
     *
     * @param kind the kind, not null
     * @return the findings, possibly empty, not null
     */
    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * Tells whether the overall score passes, as the pass-mark rules decide it
     * ({@code actionlines/pass-mark.drl}: a {@link FindingKind#PASSES_PASS_MARK} finding on the
     * overall). The rules are the one place the decision lives, so a replaced pass-mark file
     * changes this answer too.
     *
     * @return true if it passes; false if it does not or the overall is unavailable
     */
    public boolean passed() {
        return findings.stream().anyMatch(f -> f.kind() == FindingKind.PASSES_PASS_MARK
                && f.subject().level() == th.ita.rules.facts.Level.OVERALL);
    }
}
