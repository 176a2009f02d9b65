package th.ita.rules.testing;

import java.util.List;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.ToolComponent;
import th.ita.rules.rating.RatingScheme;

/**
 * A score card as the rating sees it: a fiscal year, the overall and the tools, scores in
 * hundredths, a missing tool as null. {@link AssessmentArbitraries} generates them.
 *
 * @param year the Buddhist fiscal year, 2562 or later
 * @param overall the overall in hundredths
 * @param iit the IIT score in hundredths, or null when left out
 * @param eit the EIT score in hundredths, or null when left out
 * @param oit the OIT score in hundredths, or null when left out
 * @param part1 EIT part 1 in hundredths, given only when {@link #usesParts()}
 * @param part2 EIT part 2 in hundredths, given only when {@link #usesParts()}
 * @param parts true to give the EIT parts (FY2566 and later only)
 */
public record ScoreCard(int year, int overall, Integer iit, Integer eit, Integer oit, int part1, int part2,
        boolean parts) {

    /**
     * True if the card gives the EIT parts: asked for, and a year that has them.
     *
     * @return true if the assessment carries EIT parts 1 and 2
     */
    public boolean usesParts() {
        return parts && year >= RatingScheme.FIRST_LEVELS_YEAR;
    }

    /**
     * The assessment of an agency of kind {@link AgencyKind#OTHER} named {@code x} with this card's figures.
     *
     * @return a new assessment builder filled with the card's figures, to add detail to or build
     */
    public Assessment.Builder builder() {
        Assessment.Builder b = Assessment.builder().agency("x", AgencyKind.OTHER).fiscalYear(year)
                .overall(Score.ofHundredths(overall));
        if (iit != null) {
            b.tool(ToolComponent.IIT, Score.ofHundredths(iit).toString());
        }
        if (eit != null) {
            b.tool(ToolComponent.EIT, Score.ofHundredths(eit).toString());
        }
        if (usesParts()) {
            b.tool(ToolComponent.EIT_PART_1, Score.ofHundredths(part1).toString());
            b.tool(ToolComponent.EIT_PART_2, Score.ofHundredths(part2).toString());
        }
        if (oit != null) {
            b.tool(ToolComponent.OIT, Score.ofHundredths(oit).toString());
        }
        return b;
    }

    /**
     * The assessment with this card's figures.
     *
     * @return the built assessment
     */
    public Assessment assessment() {
        return builder().build();
    }

    /**
     * True if the card gives every figure its year's rating rests on, so the rating is proven:
     * the overall before FY2566; the overall, IIT, both EIT parts and OIT from FY2566.
     *
     * @return true if {@link #reference()} is the rating the engine must give
     */
    public boolean complete() {
        return year < RatingScheme.FIRST_LEVELS_YEAR || iit != null && oit != null && usesParts();
    }

    /**
     * The reference rating of a {@link #complete()} card: {@link ReferenceRating#code(int, int, List)}
     * with IIT, both EIT parts and OIT as the level's components.
     *
     * @return the rating code the bundled rules give a complete card
     */
    public String reference() {
        if (year < RatingScheme.FIRST_LEVELS_YEAR) {
            return ReferenceRating.band(overall);
        }
        return ReferenceRating.level(overall, List.of(iit, part1, part2, oit));
    }

    /**
     * The card with one figure lowered, never below 0.00.
     *
     * @param which 0 the overall, 1 IIT, 2 EIT (and EIT part 1), 3 OIT
     * @param by hundredths to take off, at least 0
     * @return the lowered card
     */
    public ScoreCard lowered(int which, int by) {
        return switch (which) {
            case 0 -> new ScoreCard(year, Math.max(0, overall - by), iit, eit, oit, part1, part2, parts);
            case 1 -> new ScoreCard(year, overall, Math.max(0, iit - by), eit, oit, part1, part2, parts);
            case 2 -> new ScoreCard(year, overall, iit, Math.max(0, eit - by), oit, Math.max(0, part1 - by), part2,
                    parts);
            default -> new ScoreCard(year, overall, iit, eit, Math.max(0, oit - by), part1, part2, parts);
        };
    }
}
