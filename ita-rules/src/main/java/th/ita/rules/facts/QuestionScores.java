package th.ita.rules.facts;

import java.util.List;

/**
 * A fact: the scores of every IIT and EIT question of the assessment, in one fact.
 *
 * <p>Questions are many (45 in FY2566) and only a few rules look at them one by one, so they are
 * not inserted each as a fact of its own; a rule reaches them with {@code from}:
 *
 * <pre>{@code
 * QuestionScores($questions : scores)
 * $q : ScoredLevel(value < lines.weaknessLine) from $questions
 * }</pre>
 *
 * @param scores one {@link ScoredLevel} of level {@link Level#QUESTION} a scored question, in code
 *     order, possibly empty, not null
 */
public record QuestionScores(List<ScoredLevel> scores) {

    /**
     * Copies the scores.
     *
     * @param scores the scored questions, in code order, possibly empty, not null
     */
    public QuestionScores {
        scores = List.copyOf(scores);
    }
}
