package th.ita.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Tool;
import th.ita.rules.facts.OitItem;
import th.ita.rules.findings.Finding;
import th.ita.rules.recommendations.ActionTemplate;
import th.ita.rules.recommendations.Measure;
import th.ita.rules.recommendations.Recommendation;
import th.ita.rules.recommendations.RecommendationCatalogue;
import th.ita.rules.recommendations.RecommendationKind;
import th.ita.rules.recommendations.Text;

/**
 * Writes measures from the rules' recommendations with the catalogue's texts and the agency's units:
 * its own names where the input gives them, else the usual unit of its kind.
 */
final class MeasureWriter {

    private static final int CACHE_LIMIT = 10_000;

    private final RecommendationCatalogue catalogue;
    // The catalogue's order of kinds: bundled ones first, then those a recommendations file adds.
    private final Comparator<Measure> order;
    // The texts of a measure depend only on the edition, the kind, the subject and the printed
    // reason: worked out once, they serve every agency with the same recommendation.
    private final Map<Key, Optional<Prepared>> prepared = new java.util.concurrent.ConcurrentHashMap<>();

    private record Key(String edition, RecommendationKind kind, String subject,
            String reason) {
    }

    private record Prepared(Text topic, Text action, List<Text> steps, String role, Text followUp) {
    }

    MeasureWriter(RecommendationCatalogue catalogue) {
        this.catalogue = catalogue;
        // Each kind's place, looked up once: a sort of an analysis' measures compares a few hundred times.
        Map<RecommendationKind, Integer> rank = new java.util.HashMap<>();
        List<RecommendationKind> kinds = catalogue.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            rank.putIfAbsent(kinds.get(i), i);
        }
        this.order = Comparator.<Measure>comparingInt(m -> rank.getOrDefault(m.kind(), -1))
                .thenComparing(Measure::subject);
    }

    RecommendationCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Says what is wrong with a recommendation the catalogue cannot write: a kind it has no texts
     * for, or a subject the kind's texts do not describe (an indicator's texts for sub-indicator 9.4).
     *
     * @return the problem, or empty when the recommendation can be written
     */
    Optional<String> misfit(Recommendation r) {
        Optional<th.ita.rules.facts.Level> level = catalogue.subjectLevel(r.kind());
        if (level.isEmpty()) {
            return Optional.of("the recommendation catalogue has no kind " + r.kind() + "; its kinds are "
                    + catalogue.kinds() + " (add a kind with its texts under \"kinds\" in a recommendations file: "
                    + "--recommendations, RecommendationCatalogue.with)");
        }
        if (r.subject().level() != level.get()) {
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "a %s recommendation is for a subject of level %s, was %s %s", r.kind(), level.get(),
                    r.subject().level(), r.subject().key()));
        }
        return Optional.empty();
    }

    /**
     * Checks that the input names units only for roles the catalogue has.
     *
     * @throws ItaValidationException naming each unknown role
     */
    void checkUnits(Assessment assessment) {
        List<Problem> problems = new ArrayList<>();
        for (String role : assessment.units().keySet()) {
            if (catalogue.role(role).isEmpty()) {
                problems.add(new Problem("units." + role, role, "unknown role; roles are " + catalogue.roleIds()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ItaValidationException(problems);
        }
    }

    List<Measure> write(Assessment assessment, List<Recommendation> recommendations) {
        List<Measure> measures = new ArrayList<>(recommendations.size());
        for (Recommendation r : merged(recommendations)) {
            String reason = r.kind().equals(RecommendationKind.PUBLISH_OIT_ITEM)
                    ? r.causes().get(0).text("reasonKind") + "|" + r.causes().get(0).text("reason") : "";
            Key key = new Key(assessment.edition().id(), r.kind(), r.subject().key(), reason);
            Optional<Prepared> texts = prepared.get(key);
            if (texts == null) {
                texts = template(assessment, r).map(t -> prepare(r, t));
                if (prepared.size() < CACHE_LIMIT) {
                    prepared.put(key, texts);
                }
            }
            texts.ifPresent(p -> measures.add(new Measure(r.kind(), r.subject(), p.topic(), p.action(),
                    withWeakQuestions(assessment, r, p.steps()), p.role(), unitOf(assessment, p.role()), assessment.fiscalYear().next(),
                    p.followUp(), r.causes(), r.rule())));
        }
        measures.sort(order);
        return measures;
    }

    /**
     * Two rules may recommend the same thing for the same subject (a custom urgent finding beside the
     * bundled one): one measure, with every cause and the first rule.
     */
    private static List<Recommendation> merged(List<Recommendation> recommendations) {
        java.util.Map<String, Recommendation> byKey = new java.util.LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            byKey.merge(r.kind() + "|" + r.subject().key(), r, (first, same) -> new Recommendation(first.kind(),
                    first.subject(), java.util.stream.Stream.concat(first.causes().stream(), same.causes().stream())
                            .toList(), first.rule()));
        }
        return byKey.size() == recommendations.size() ? recommendations : List.copyOf(byKey.values());
    }

    /**
     * Where the input scores an indicator's questions, the measure starts from those that pulled it
     * down: up to three, lowest first, of those below the indicator's own score.
     */
    private static List<Text> withWeakQuestions(Assessment assessment, Recommendation r, List<Text> steps) {
        if (r.subject().level() != th.ita.rules.facts.Level.INDICATOR
                || r.kind().equals(RecommendationKind.MAINTAIN_INDICATOR)) {
            return steps;
        }
        int indicator = Integer.parseInt(r.subject().key());
        // Plain loops rather than streams: this runs for most indicator measures of every analysis,
        // and the pipelines cost more than the work (docs/PERFORMANCE.md).
        List<th.ita.model.catalogue.Question> questions = assessment.edition().questionsOf(indicator);
        Map<th.ita.model.catalogue.QuestionCode, th.ita.model.Score> given = assessment.questions();
        List<java.util.Map.Entry<th.ita.model.catalogue.QuestionCode, th.ita.model.Score>> scored =
                new ArrayList<>(questions.size());
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (th.ita.model.catalogue.Question q : questions) {
            th.ita.model.Score s = given.get(q.code());
            if (s != null) {
                scored.add(java.util.Map.entry(q.code(), s));
                sum = sum.add(s.value());
            }
        }
        if (scored.isEmpty()) {
            return steps;
        }
        java.math.BigDecimal mean = sum.divide(java.math.BigDecimal.valueOf(scored.size()),
                java.math.MathContext.DECIMAL64);
        List<java.util.Map.Entry<th.ita.model.catalogue.QuestionCode, th.ita.model.Score>> below =
                new ArrayList<>(scored.size());
        for (java.util.Map.Entry<th.ita.model.catalogue.QuestionCode, th.ita.model.Score> e : scored) {
            if (e.getValue().value().compareTo(mean) < 0) {
                below.add(e);
            }
        }
        // A stable sort, as the stream's was: questions of equal score keep the catalogue's order.
        below.sort(java.util.Map.Entry.comparingByValue());
        List<String> low = new ArrayList<>(3);
        for (int i = 0; i < below.size() && i < 3; i++) {
            low.add(below.get(i).getKey() + " (" + below.get(i).getValue() + ")");
        }
        if (low.isEmpty()) {
            return steps;
        }
        String list = String.join(", ", low);
        List<Text> result = new ArrayList<>(steps.size() + 1);
        result.add(new Text("เริ่มจากข้อคำถามที่ฉุดคะแนนตัวชี้วัดนี้ลง: " + list,
                "Start from the questions that pulled this indicator down: " + list));
        result.addAll(steps);
        return List.copyOf(result);
    }

    private Optional<ActionTemplate> template(Assessment assessment, Recommendation r) {
        String key = r.subject().key();
        RecommendationKind kind = r.kind();
        if (!kind.isBundled()) {
            return catalogue.addedKind(kind).map(RecommendationCatalogue.AddedKind::template);
        }
        if (kind.equals(RecommendationKind.IMPROVE_TOOL)) {
            return catalogue.tool(th.ita.model.catalogue.ToolComponent.valueOf(key));
        }
        if (kind.equals(RecommendationKind.PUBLISH_OIT_ITEM)) {
            return catalogue.oitItem(assessment.edition().id(), key);
        }
        if (kind.equals(RecommendationKind.IMPROVE_THEME_GROUP) || kind.equals(RecommendationKind.MAINTAIN_THEME_GROUP)) {
            String[] parts = key.split("/");
            return catalogue.theme(Integer.parseInt(parts[0]), Tool.valueOf(parts[1]),
                    kind.equals(RecommendationKind.MAINTAIN_THEME_GROUP));
        }
        String indicatorEntry = kind.equals(RecommendationKind.URGENT_INDICATOR) ? "urgent"
                : kind.equals(RecommendationKind.MAINTAIN_INDICATOR) ? "maintain" : "improve";
        return catalogue.indicator(Integer.parseInt(key), indicatorEntry);
    }

    private Prepared prepare(Recommendation r, ActionTemplate t) {
        List<Text> steps = new ArrayList<>();
        Text topic = topic(r);
        if (r.kind().equals(RecommendationKind.PUBLISH_OIT_ITEM)) {
            // The assessor's reason shapes the measure: its step comes first, and the topic names it.
            Finding cause = r.causes().get(0);
            OitItem.ReasonKind reason = cause.value("reasonKind", OitItem.ReasonKind.class);
            catalogue.reasonStep(reason).ifPresent(steps::add);
            String printed = cause.text("reason");
            if (!printed.isEmpty()) {
                topic = new Text(topic.th() + " (เหตุที่ไม่ผ่าน: " + printed + ")",
                        topic.en() + " (failed: " + printed + ")");
            }
        }
        steps.addAll(t.steps());
        return new Prepared(topic, t.action(), List.copyOf(steps), t.role(), t.followUp());
    }

    private Text unitOf(Assessment assessment, String role) {
        String own = assessment.units().get(role);
        if (own != null) {
            return Text.both(own);
        }
        return catalogue.role(role).map(r -> r.unitOf(assessment.agency().kind())).orElse(Text.both(role));
    }

    private static Text topic(Recommendation r) {
        String key = r.subject().key();
        return switch (r.subject().level()) {
            case INDICATOR -> {
                var indicator = Catalogue.standard().indicator(Integer.parseInt(key));
                yield new Text("ตัวชี้วัดที่ " + key + " " + indicator.thai(),
                        "Indicator " + key + " " + indicator.english());
            }
            case OIT_ITEM -> new Text("ข้อ " + r.subject().thai(), "Item " + r.subject().thai());
            default -> new Text(r.subject().thai(), r.subject().english());
        };
    }
}
