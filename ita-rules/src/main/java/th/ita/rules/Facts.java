package th.ita.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ita.model.Score;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.OitResult;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Edition;
import th.ita.model.catalogue.Indicator;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.scoring.LevelScore;
import th.ita.model.scoring.RatingFigures;
import th.ita.model.scoring.ScoreCard;
import th.ita.model.scoring.ScoreRange;
import th.ita.rules.facts.ActionLines;
import th.ita.rules.facts.OitChecklist;
import th.ita.rules.facts.OitItem;
import th.ita.rules.facts.PublishedRating;
import th.ita.rules.facts.QuestionScores;
import th.ita.rules.facts.RatingInput;
import th.ita.rules.facts.ScoredLevel;
import th.ita.rules.facts.Subject;
import th.ita.rules.rating.RatingBound;
import th.ita.rules.rating.RatingScheme;

/** Turns a score card into the facts the rules match. */
final class Facts {

    static final Subject OVERALL = Subjects.OVERALL;

    private Facts() {
    }

    static List<Object> of(ScoreCard card, List<ScoreCard> history, ActionLines lines, RatingScheme scheme) {
        Optional<ScoreCard> previous = history.stream()
                .filter(h -> h.assessment().fiscalYear().equals(card.assessment().fiscalYear().previous())).findFirst();
        Assessment a = card.assessment();
        Catalogue catalogue = Catalogue.standard();
        Edition edition = a.edition();
        Subjects subjects = Subjects.of(edition);
        List<Object> facts = new ArrayList<>(128);
        facts.add(lines);
        Map<ToolComponent, Score> components = card.ratingComponents();

        card.overall().value().ifPresent(score -> {
            facts.add(new ScoredLevel(OVERALL, score, previous.flatMap(p -> p.overall().value()), false));
            ratingInputs(scheme, card, facts);
        });
        for (ToolComponent component : ToolComponent.values()) {
            Optional<Score> score = card.tool(component).value();
            if (score.isPresent()) {
                facts.add(new ScoredLevel(subjects.tool(component), score.get(),
                        previous.flatMap(p -> p.tool(component).value()), components.containsKey(component)));
            }
        }
        for (Indicator indicator : catalogue.indicators()) {
            Optional<Score> score = card.indicator(indicator.number()).value();
            if (score.isPresent()) {
                facts.add(new ScoredLevel(subjects.indicator(indicator.number()), score.get(),
                        previous.flatMap(p -> p.indicator(indicator.number()).value()), false));
            }
        }
        for (Map.Entry<String, LevelScore> e : card.subIndicators().entrySet()) {
            facts.add(new ScoredLevel(subjects.subIndicator(e.getKey()), e.getValue().value().orElseThrow(), Optional.empty(), false));
        }
        // One fact for all questions and one for all OIT items: rules reach them with `from`, which
        // costs far less than inserting each (docs/PERFORMANCE.md).
        List<ScoredLevel> questions = new ArrayList<>(a.questions().size());
        for (Map.Entry<QuestionCode, Score> e : a.questions().entrySet()) {
            questions.add(new ScoredLevel(subjects.question(e.getKey()), e.getValue(), Optional.empty(), false));
        }
        facts.add(new QuestionScores(questions));
        List<OitItem> items = new ArrayList<>(a.oitResults().size());
        for (Map.Entry<QuestionCode, OitResult> e : a.oitResults().entrySet()) {
            OitResult r = e.getValue();
            items.add(new OitItem(subjects.question(e.getKey()), r.passed(), r.reason(),
                    OitItem.ReasonKind.classify(r.reason())));
        }
        facts.add(OitChecklist.of(items));
        themeGroups(a, subjects, facts);
        trends(card, history, catalogue, subjects, facts);
        for (th.ita.model.scoring.ConsistencyNote note : card.notes()) {
            facts.add(new th.ita.rules.facts.InconsistentScore(subjects.ofField(note.field()), note));
        }
        a.publishedRating().ifPresent(label -> facts.add(PublishedRating.of(label)));
        return facts;
    }

    private static void trends(ScoreCard card, List<ScoreCard> history, Catalogue catalogue, Subjects subjects,
            List<Object> facts) {
        Assessment a = card.assessment();
        series(OVERALL, card.overall().value(), history, h -> h.overall().value(), a, facts);
        for (Indicator indicator : catalogue.indicators()) {
            series(subjects.indicator(indicator.number()), card.indicator(indicator.number()).value(), history,
                    h -> h.indicator(indicator.number()).value(), a, facts);
        }
        for (Map.Entry<th.ita.model.FiscalYear, Score> t : a.targets().entrySet()) {
            facts.add(new th.ita.rules.facts.YearTarget(t.getKey(), t.getValue(), t.getKey().equals(a.fiscalYear()),
                    t.getKey().equals(a.fiscalYear().next())));
        }
    }

    private static void series(Subject subject, Optional<Score> current, List<ScoreCard> history,
            java.util.function.Function<ScoreCard, Optional<Score>> score, Assessment a, List<Object> facts) {
        if (current.isEmpty() || history.isEmpty()) {
            return;
        }
        java.util.SortedMap<th.ita.model.FiscalYear, Score> points = new java.util.TreeMap<>();
        points.put(a.fiscalYear(), current.get());
        for (ScoreCard h : history) {
            Optional<Score> earlier = score.apply(h);
            if (earlier.isPresent()) {
                points.put(h.assessment().fiscalYear(), earlier.get());
                // The year just before is the ScoredLevel's previous score (year-on-year rules).
                if (!h.assessment().fiscalYear().equals(a.fiscalYear().previous())) {
                    facts.add(new th.ita.rules.facts.YearScore(subject, h.assessment().fiscalYear(), earlier.get(),
                            current.get()));
                }
            }
        }
        // Two years make a change, already found year on year; a direction needs three.
        if (points.size() > 2) {
            facts.add(new th.ita.rules.facts.Series(subject, points));
        }
    }

    private static void themeGroups(Assessment a, Subjects subjects, List<Object> facts) {
        Map<QuestionCode, Score> scores = a.questions();
        Map<QuestionCode, OitResult> items = a.oitResults();
        for (Subjects.ThemeQuestions group : subjects.themeQuestions()) {
            List<QuestionCode> codes = group.codes();
            List<String> scored = null;
            Score lowest = null;
            for (int i = 0; i < codes.size(); i++) {
                QuestionCode code = codes.get(i);
                Score score;
                if (code.tool() == Tool.OIT) {
                    OitResult item = items.get(code);
                    score = item == null ? null : item.score();
                } else {
                    score = scores.get(code);
                }
                if (score == null) {
                    // Some question of the group is unscored: name only the scored ones.
                    if (scored == null) {
                        scored = new ArrayList<>(group.printed().subList(0, i));
                    }
                    continue;
                }
                if (scored != null) {
                    scored.add(group.printed().get(i));
                }
                lowest = lowest == null || score.isBelow(lowest) ? score : lowest;
            }
            if (lowest != null) {
                facts.add(new th.ita.rules.facts.ThemeGroup(group.subject(), group.theme(), group.tool(),
                        scored == null ? group.printed() : scored, lowest));
            }
        }
    }

    /**
     * The two inputs of the rating rules: the figures at the low end of what the input proves and
     * at the high end it allows. A letter band rests on the overall alone, so only it can decide.
     */
    private static void ratingInputs(RatingScheme scheme, ScoreCard card, List<Object> facts) {
        RatingFigures figures = RatingFigures.of(card);
        ScoreRange overall = figures.overall().orElseThrow();
        ScoreRange lowest = figures.lowestComponent();
        List<String> decidedBy = scheme == RatingScheme.LETTER_BANDS
                ? figures.notGiven().stream().filter("overall"::equals).toList() : figures.notGiven();
        facts.add(new RatingInput(scheme, RatingBound.PROVEN, overall.low().doubleValue(),
                lowest.low().doubleValue(), decidedBy));
        facts.add(new RatingInput(scheme, RatingBound.BEST_POSSIBLE, overall.high().doubleValue(),
                lowest.high().doubleValue(), decidedBy));
    }
}
