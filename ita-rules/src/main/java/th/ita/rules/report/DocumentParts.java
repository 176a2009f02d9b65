package th.ita.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.chrono.ThaiBuddhistDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.Constraint;
import th.ita.model.assessment.OitResult;
import th.ita.model.assessment.SignOff;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Edition;
import th.ita.model.catalogue.Indicator;
import th.ita.model.catalogue.Question;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.RatingLabels;
import th.ita.model.catalogue.Theme;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.Analysis;
import th.ita.rules.facts.Level;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.rating.RatingScheme;
import th.ita.rules.recommendations.Measure;
import th.ita.rules.recommendations.RecommendationKind;

/**
 * The parts of the published document beyond the score tables: the front matter (foreword and
 * background from the replaceable templates {@code foreword.peb} and {@code background.peb}, the
 * rating table), the paragraphs of Part 1, the NACC assessors' recommendations and their answers,
 * the OIT items, Part 2 in the NACC's shape, Part 3 with handling, and the signature block.
 *
 * <p>Every sentence is a label of {@link Labels} filled with finding data, or a template's text:
 * nothing here is free text, and nothing claims a link that the data does not hold.
 */
final class DocumentParts {

    /** Each edition's theme of an indicator or OIT item (see {@link #themeOf(Edition, Object, Supplier)}). */
    private static final Map<Edition, Map<Object, Optional<Theme>>> THEMES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PebbleEngine TEXT_ENGINE = textEngine(Optional.empty());
    private static final JsonNode BANDS = bands();
    private static final String MAINTAIN_GROUP = "maintain";
    /** Where a Part 2 row's covers line names a theme's groups, followed by its number (no topic starts so). */
    private static final String THEME_KEY = "\u0000theme:";
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** What parts a front-matter template's paragraphs: a blank line. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK_AND_SPACE = Pattern.compile("\\s*\\R\\s*");

    private final Analysis analysis;
    private final Assessment a;
    private final boolean thai;
    private final UnaryOperator<String> d;
    private final Map<String, String> labels;
    private final Optional<Path> templates;
    private final Catalogue catalogue = Catalogue.standard();
    /** The subjects of each Part 2 row, by row topic, for answering the NACC's recommendations. */
    private final Map<String, Set<Subject>> rowSubjects = new LinkedHashMap<>();
    /** The score card of the year or a year before, each worked out once for the report. */
    private final Function<Assessment, ScoreCard> cards;
    private Set<String> indicatorsWithMeasures;

    DocumentParts(Analysis analysis, boolean thai, UnaryOperator<String> digits, Map<String, String> labels,
            Optional<Path> templates, Function<Assessment, ScoreCard> cards) {
        this.analysis = analysis;
        this.a = analysis.assessment();
        this.thai = thai;
        this.d = digits;
        this.labels = labels;
        this.templates = templates;
        this.cards = cards;
    }

    // ---- front matter ----

    /** The foreword's paragraphs. */
    List<String> foreword() {
        return paragraphs("foreword.peb");
    }

    /** The background's paragraphs: the ITA, its three tools and the year's edition. */
    List<String> background() {
        return paragraphs("background.peb");
    }

    /**
     * A front-matter template's text as paragraphs (separated by blank lines). The template is plain
     * text: the Markdown, HTML and DOCX writers escape it like any other model text.
     */
    private List<String> paragraphs(String name) {
        Map<String, Object> context = new HashMap<>();
        context.put("thai", thai);
        // The template's blank lines part its paragraphs: a line break inside a name (U+0085 and
        // U+2028 too) must not part one, so the name is given on one line.
        context.put("agency", LINE_BREAK.matcher(a.agency().name()).replaceAll(" "));
        context.put("agencyKind", thai ? a.agency().kind().thai() : a.agency().kind().english());
        context.put("fiscalYear", a.fiscalYear().toString());
        context.put("measuresYear", a.fiscalYear().next().toString());
        context.put("edition", a.edition().id());
        context.put("iit", catalogue.toolName(Tool.IIT, thai));
        context.put("eit", catalogue.toolName(Tool.EIT, thai));
        context.put("oit", catalogue.toolName(Tool.OIT, thai));
        context.put("weightIit", a.edition().weight(Tool.IIT).movePointRight(2).stripTrailingZeros().toPlainString());
        context.put("weightEit", a.edition().weight(Tool.EIT).movePointRight(2).stripTrailingZeros().toPlainString());
        context.put("weightOit", a.edition().weight(Tool.OIT).movePointRight(2).stripTrailingZeros().toPlainString());
        context.put("passMark", analysis.policy().passMark().toString());
        context.put("levels", RatingScheme.forYear(a.fiscalYear()) == RatingScheme.LEVELS);
        boolean own = templates.isPresent() && Files.isRegularFile(templates.get().resolve(name));
        try {
            StringWriter out = new StringWriter();
            (own ? textEngine(templates) : TEXT_ENGINE).getTemplate(own ? name : "th/ita/rules/report/" + name)
                    .evaluate(out, context, thai ? THAI : Locale.ENGLISH);
            List<String> result = new ArrayList<>();
            for (String paragraph : BLANK_LINE.split(out.toString())) {
                String text = LINE_BREAK_AND_SPACE.matcher(paragraph.strip()).replaceAll(" ");
                if (!text.isEmpty()) {
                    result.add(d.apply(text));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.pebbletemplates.pebble.error.PebbleException e) {
            throw new IllegalArgumentException("report template " + name + ": " + e.getMessage(), e);
        }
    }

    /** Front-matter templates are plain text: the writers of each format escape the paragraphs. */
    private static PebbleEngine textEngine(Optional<Path> dir) {
        return Reports.loading(new PebbleEngine.Builder().newLineTrimming(false).strictVariables(true)
                .autoEscaping(false), dir).build();
    }

    /** The rating table of the year's scheme, from {@code rating-bands.json}; the rules hold the same cut points. */
    List<Report.Band> ratingBands() {
        List<Report.Band> rows = new ArrayList<>();
        for (JsonNode band : BANDS.get(RatingScheme.forYear(a.fiscalYear()).name())) {
            rows.add(new Report.Band(RatingLabels.label(band.get("code").asText(), thai),
                    d.apply(band.get(thai ? "thai" : "english").asText())));
        }
        return rows;
    }

    private static JsonNode bands() {
        try (InputStream in = DocumentParts.class.getResourceAsStream("rating-bands.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Part 1 ----

    /**
     * The overall's change from the previous year in words, with the previous rating when it was
     * published; empty without a previous year or without both overalls.
     */
    String overallChange(ScoreCard card) {
        Optional<Assessment> previous = a.previous();
        Optional<Score> now = card.overall().value();
        Optional<Score> before = previous.flatMap(p -> cards.apply(p).overall().value());
        if (previous.isEmpty() || now.isEmpty() || before.isEmpty()) {
            return "";
        }
        String sentence = String.format(Locale.ROOT, labels.get("overallChange"), a.fiscalYear(), now.get(),
                change(now.get().minus(before.get())), previous.get().fiscalYear(), before.get());
        Optional<String> was = previous.get().publishedRating().flatMap(RatingLabels::codeOf)
                .map(code -> RatingLabels.label(code, thai));
        if (was.isPresent() && analysis.rating().isPresent()) {
            sentence += String.format(Locale.ROOT, labels.get("ratingChange"), was.get(),
                    analysis.rating().get().label(thai));
        }
        return d.apply(sentence);
    }

    /** A signed change as words: up by, down by, or unchanged. */
    private String change(BigDecimal delta) {
        return delta.signum() == 0 ? labels.get("same")
                : String.format(Locale.ROOT, labels.get(delta.signum() > 0 ? "up" : "down"),
                        delta.abs().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
    }

    /**
     * A paragraph per tool and indicator finding of a kind: the score, the change from last year,
     * what the questions or OIT items behind an indicator show, and what the finding means.
     */
    List<String> paragraphs(FindingKind kind) {
        List<String> result = new ArrayList<>();
        Optional<ScoreCard> previous = a.previous().map(cards);
        for (Finding f : analysis.findings(kind)) {
            Level level = f.subject().level();
            if (level != Level.INDICATOR && level != Level.TOOL && level != Level.SUB_INDICATOR) {
                continue;
            }
            // A rule of the agency's own may leave out the score or the line: such a finding has no paragraph
            // without its score, and its own line, when it gives one, is the line the paragraph names.
            Optional<Score> given = scoreValue(f, "score");
            if (given.isEmpty()) {
                continue;
            }
            Score score = given.get();
            String line = scoreValue(f, "line").orElse(kind == FindingKind.URGENT ? analysis.policy().urgentLine()
                    : analysis.policy().weaknessLine()).toString();
            StringBuilder p = new StringBuilder();
            Optional<Score> before;
            if (level == Level.TOOL) {
                ToolComponent tool = ToolComponent.valueOf(f.subject().key());
                p.append(String.format(Locale.ROOT, labels.get("paraToolScore"), catalogue.componentName(tool, thai),
                        score));
                before = previous.flatMap(pc -> pc.tool(tool).value());
            } else if (level == Level.SUB_INDICATOR) {
                String id = f.subject().key();
                p.append(String.format(Locale.ROOT, labels.get("paraSubScore"), id, f.subject().name(thai), score));
                p.append(items(a.edition().questions().stream()
                        .filter(q -> q.subIndicator().equals(Optional.of(id))).toList()));
                before = Optional.empty();
            } else {
                int number = Integer.parseInt(f.subject().key());
                p.append(String.format(Locale.ROOT, labels.get("paraScore"), number, f.subject().name(thai), score));
                before = previous.flatMap(pc -> pc.indicator(number).value());
            }
            before.ifPresent(b -> p.append(String.format(Locale.ROOT, labels.get("paraChange"),
                    change(score.minus(b)), b)));
            if (level == Level.INDICATOR) {
                p.append(behind(Integer.parseInt(f.subject().key()), kind));
            }
            p.append(String.format(Locale.ROOT, labels.get("para" + kind.name()), line));
            result.add(d.apply(p.toString()));
        }
        return result;
    }

    /** A score a finding recorded under a name, read from its text; empty if it recorded none or no score. */
    private static Optional<Score> scoreValue(Finding f, String name) {
        String text = f.texts().get(name);
        try {
            return text == null ? Optional.empty() : Optional.of(Score.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What the questions (IIT, EIT) or the OIT items of an indicator show, when the input gives them. */
    private String behind(int indicator, FindingKind kind) {
        Edition edition = a.edition();
        if (catalogue.indicator(indicator).tool() == Tool.OIT) {
            return items(edition.questionsOf(indicator));
        }
        List<Question> scored = edition.questionsOf(indicator).stream()
                .filter(q -> a.questionScore(q.code()).isPresent())
                .sorted(Comparator.comparing((Question q) -> a.questionScore(q.code()).get().value())
                        .thenComparing(Question::code))
                .toList();
        if (scored.isEmpty()) {
            return "";
        }
        // A strength is told by its best question, anything else by its weakest: what to keep, what to fix.
        Question q = kind == FindingKind.STRENGTH ? scored.get(scored.size() - 1) : scored.get(0);
        return String.format(Locale.ROOT, labels.get(kind == FindingKind.STRENGTH ? "paraBest" : "paraWorst"),
                q.code() + (q.thai().isPresent() ? " " + q.thai().get() : ""), a.questionScore(q.code()).get());
    }

    /** How many of these OIT items pass, and which fail; nothing when none of them is assessed. */
    private String items(List<Question> questions) {
        List<Question> items = questions.stream().filter(q -> a.oitResults().containsKey(q.code())).toList();
        if (items.isEmpty()) {
            return "";
        }
        List<String> failed = items.stream().filter(q -> !a.oitResults().get(q.code()).passed())
                .map(q -> q.code() + " " + q.thai().orElse(q.code().toString())).toList();
        return String.format(Locale.ROOT, labels.get("paraItems"), items.size() - failed.size(), items.size())
                + (failed.isEmpty() ? "" : String.format(Locale.ROOT, labels.get("paraFailedItems"),
                        String.join(", ", failed)));
    }

    /** Every assessed OIT item, in code order, with its result and the assessor's reason. */
    List<Report.OitRow> oitItems() {
        List<Report.OitRow> rows = new ArrayList<>();
        for (Map.Entry<QuestionCode, OitResult> e : a.oitResults().entrySet()) {
            String name = a.edition().question(e.getKey()).flatMap(Question::thai).orElse(e.getKey().toString());
            rows.add(new Report.OitRow(d.apply(e.getKey().toString()), d.apply(name),
                    labels.get(e.getValue().passed() ? "itemPassed" : "itemFailed"),
                    e.getValue().reason().map(d).orElse("-")));
        }
        return rows;
    }

    // ---- Part 2 ----

    /**
     * Part 2 in the NACC's shape. Each measure goes to one row: its theme (FY2566 on: a theme's own
     * group, an indicator's theme by the questions they share, an OIT item's theme by its code), or
     * (to FY2565) its indicator, its OIT sub-indicator or its tool; every measure that keeps a level
     * goes to one row at the end. A row merges its measures, steps, units and follow-ups, each once.
     */
    List<Report.ActionRow> actionRows(String progress) {
        Map<String, List<Measure>> groups = new LinkedHashMap<>();
        Map<String, String> topics = new HashMap<>();
        Map<String, Double> order = new HashMap<>();
        int position = 0;
        for (Measure m : analysis.measures()) {
            String key = group(m);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            topics.putIfAbsent(key, topic(key, m));
            order.putIfAbsent(key, rank(key, position++));
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparing(order::get));
        List<Report.ActionRow> rows = new ArrayList<>();
        for (String key : keys) {
            List<Measure> measures = groups.get(key);
            Set<String> covers = new LinkedHashSet<>();
            // A theme scored in several tools (ประเด็นที่ 1 ... (IIT), ... (OIT)) is named once with its
            // tools, where its first group stands; in the theme's own row, whose heading names it, by
            // its tools alone. Until then the covers hold a key of the theme in that place.
            Map<String, Set<String>> themeTools = new LinkedHashMap<>();
            Set<String> actions = new LinkedHashSet<>();
            Set<String> steps = new LinkedHashSet<>();
            Set<String> units = new LinkedHashSet<>();
            Set<String> spans = new LinkedHashSet<>();
            Set<String> followUps = new LinkedHashSet<>();
            for (Measure m : measures) {
                if (m.subject().level() == Level.THEME && m.topic().get(thai).equals(m.subject().name(thai))) {
                    String[] themeAndTool = m.subject().key().split("/");
                    String theme = THEME_KEY + themeAndTool[0];
                    covers.add(theme);
                    themeTools.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(themeAndTool[1]);
                } else {
                    covers.add(d.apply(m.topic().get(thai)));
                }
                actions.add(d.apply(m.action().get(thai)));
                m.steps().forEach(s -> steps.add(s.get(thai)));
                units.add(d.apply(m.unit().get(thai)));
                spans.add(d.apply(Reports.date(m.start(), thai) + " - " + Reports.date(m.end(), thai)));
                followUps.add(d.apply(m.followUp().get(thai)));
            }
            List<String> numbered = new ArrayList<>();
            int n = 1;
            for (String step : steps) {
                numbered.add(d.apply((n++) + ". " + step));
            }
            String topic = d.apply(topics.get(key));
            // A row that answers only its own heading does not repeat it.
            if (covers.equals(Set.of(topic))) {
                covers.clear();
            }
            List<String> shown = new ArrayList<>(covers.size());
            for (String c : covers) {
                Set<String> tools = themeTools.get(c);
                if (tools == null) {
                    shown.add(c);
                } else if (key.equals("theme:" + c.substring(THEME_KEY.length()))) {
                    shown.add(d.apply(String.format(Locale.ROOT, labels.get("ownThemeTools"), String.join(", ", tools))));
                } else {
                    shown.add(d.apply(topic("theme:" + c.substring(THEME_KEY.length()), measures.get(0)) + " ("
                            + String.join(", ", tools) + ")"));
                }
            }
            rowSubjects.put(topic, measures.stream().map(Measure::subject)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            rows.add(new Report.ActionRow(topic, List.copyOf(shown), List.copyOf(actions), numbered,
                    String.join(", ", units), String.join("; ", spans),
                    String.join(" ", followUps) + " " + progress));
        }
        return rows;
    }

    private String group(Measure m) {
        if (m.kind().equals(RecommendationKind.MAINTAIN_INDICATOR)
                || m.kind().equals(RecommendationKind.MAINTAIN_THEME_GROUP)) {
            return MAINTAIN_GROUP;
        }
        Subject s = m.subject();
        Edition edition = a.edition();
        boolean themes = !edition.themes().isEmpty();
        switch (s.level()) {
            case THEME:
                return "theme:" + s.key().split("/")[0];
            case INDICATOR: {
                int indicator = Integer.parseInt(s.key());
                if (themes) {
                    Optional<Theme> theme = themeOf(edition, indicator,
                            () -> edition.questionsOf(indicator).stream().map(Question::code).toList());
                    if (theme.isPresent()) {
                        return "theme:" + theme.get().number();
                    }
                }
                return "indicator:" + indicator;
            }
            case OIT_ITEM: {
                QuestionCode code = QuestionCode.parse(s.key());
                if (themes) {
                    Optional<Theme> theme = themeOf(edition, code, () -> List.of(code));
                    if (theme.isPresent()) {
                        return "theme:" + theme.get().number();
                    }
                }
                Optional<Question> q = edition.question(code);
                int indicator = q.map(Question::indicator).orElse(0);
                // An item joins its indicator's row when that indicator has a measure of its own;
                // otherwise the items of one sub-indicator make a row (the NACC's OIT groups).
                if (indicatorsWithMeasures().contains(Integer.toString(indicator))) {
                    return "indicator:" + indicator;
                }
                return q.flatMap(Question::subIndicator).map(id -> "sub:" + id).orElse("indicator:" + indicator);
            }
            case TOOL:
                return "tool:" + s.key();
            default:
                return "subject:" + s.level() + ":" + s.key();
        }
    }

    /** The indicators that have a measure to improve them, found once: every OIT item's row asks. */
    private Set<String> indicatorsWithMeasures() {
        if (indicatorsWithMeasures == null) {
            Set<String> keys = new LinkedHashSet<>();
            for (Measure m : analysis.measures()) {
                if (m.subject().level() == Level.INDICATOR && !group(m).equals(MAINTAIN_GROUP)) {
                    keys.add(m.subject().key());
                }
            }
            indicatorsWithMeasures = keys;
        }
        return indicatorsWithMeasures;
    }

    /**
     * The theme of an indicator or an OIT item in an edition, worked out once per edition: every
     * report of a batch asks the same few questions, and each answer scans every theme's lists.
     */
    private static Optional<Theme> themeOf(Edition edition, Object subject, Supplier<List<QuestionCode>> codes) {
        Map<Object, Optional<Theme>> known = THEMES.computeIfAbsent(edition, e -> new ConcurrentHashMap<>());
        return known.computeIfAbsent(subject, s -> themeOf(edition, codes.get()));
    }

    /** The theme that holds the most of the codes; the lowest-numbered of equals; none if no theme holds one. */
    private static Optional<Theme> themeOf(Edition edition, List<QuestionCode> codes) {
        Theme best = null;
        long most = 0;
        for (Theme t : edition.themes()) {
            long held = codes.stream().filter(c -> t.questions().values().stream().anyMatch(l -> l.contains(c))).count();
            if (held > most) {
                best = t;
                most = held;
            }
        }
        return Optional.ofNullable(best);
    }

    private String topic(String key, Measure first) {
        String[] parts = key.split(":", 2);
        return switch (parts[0]) {
            case "theme" -> {
                Theme t = a.edition().themes().get(Integer.parseInt(parts[1]) - 1);
                yield labels.get("theme") + (thai ? "ที่ " : " ") + t.number() + " " + t.name(thai);
            }
            case "indicator" -> {
                Indicator i = catalogue.indicator(Integer.parseInt(parts[1]));
                yield labels.get("indicator") + (thai ? "ที่ " : " ") + i.number() + " " + i.name(thai);
            }
            case "sub" -> a.edition().subIndicator(parts[1])
                    .map(si -> labels.get("subIndicator") + " " + si.id() + " " + si.name(thai))
                    .orElse(parts[1]);
            case "tool" -> catalogue.componentName(ToolComponent.valueOf(parts[1]), thai);
            case MAINTAIN_GROUP -> labels.get("maintainRow");
            default -> first.subject().name(thai);
        };
    }

    /** Themes in number order; indicators, each followed by its OIT sub-indicators; tools; others; maintain last. */
    private double rank(String key, int position) {
        String[] parts = key.split(":", 2);
        return switch (parts[0]) {
            case "theme" -> Integer.parseInt(parts[1]);
            case "indicator" -> 100 + Integer.parseInt(parts[1]);
            case "sub" -> 100 + Double.parseDouble(parts[1]) + 0.001;
            case "tool" -> 200 + ToolComponent.valueOf(parts[1]).ordinal();
            case MAINTAIN_GROUP -> 10_000;
            default -> 1_000 + position;
        };
    }

    /**
     * The NACC assessors' recommendations, each answered: by the Part 2 rows whose measures address
     * an indicator, OIT item or theme the recommendation names by its name or number, or by the
     * sentence that the agency will act on it itself. Only a name found in the text links the two.
     */
    /** An OIT code after ข้อ, or an O-code on its own: O36, o36, ข้อ 036, ข้อ ๐๓๖. */
    private static final Pattern OIT_CITATION = Pattern.compile(
            "(?:ข้อ\\s*([oO0๐][0-9๐-๙]{1,2})|(?<![A-Za-z0-9])([oO][0-9๐-๙]{1,2}))(?![0-9๐-๙])");

    List<Report.Answer> answers() {
        List<Report.Answer> result = new ArrayList<>();
        List<String> given = a.naccRecommendations();
        for (int number = 1; number <= given.size(); number++) {
            String text = given.get(number - 1);
            Set<String> rows = new LinkedHashSet<>();
            List<String> named = new ArrayList<>();
            for (Indicator i : catalogue.indicators()) {
                if (names(text, i.name(true)) || names(text, i.name(false))
                        || ThaiDigits.toArabic(text).matches("(?s).*ตัวชี้วัดที่\\s*" + i.number() + "(?!\\d).*")) {
                    named.add(labels.get("indicator") + (thai ? "ที่ " : " ") + i.number() + " " + i.name(thai));
                    addRows(rows, s -> s.level() == Level.INDICATOR && s.key().equals(Integer.toString(i.number())));
                }
            }
            Set<QuestionCode> cited = citedOitItems(text);
            for (Question q : a.edition().questions()) {
                if (q.tool() == Tool.OIT && (cited.contains(q.code())
                        || q.thai().isPresent() && names(text, q.thai().get()))) {
                    named.add(q.code() + " " + q.thai().get());
                    addRows(rows, s -> s.level() == Level.OIT_ITEM && s.key().equals(q.code().toString()));
                }
            }
            for (Theme t : a.edition().themes()) {
                if (names(text, t.name(true))) {
                    named.add(labels.get("theme") + (thai ? "ที่ " : " ") + t.number() + " " + t.name(thai));
                    addRows(rows, s -> s.level() == Level.THEME && s.key().startsWith(t.number() + "/"));
                }
            }
            String response;
            if (!rows.isEmpty()) {
                response = String.format(Locale.ROOT, labels.get("naccAnswered"), String.join(", ", named),
                        String.join("; ", rows));
            } else if (!named.isEmpty()) {
                response = String.format(Locale.ROOT, labels.get("naccNoMeasure"), String.join(", ", named));
            } else {
                response = labels.get("naccUnmatched");
            }
            result.add(new Report.Answer(d.apply(number + ". " + text.strip()), d.apply(response)));
        }
        return result;
    }

    /**
     * The OIT items a text cites by code, as the NACC's assessors write them: {@code ข้อ O36}, or
     * with a zero, Thai or Arabic, for the letter ({@code ตามข้อ 036}, {@code ข้อ ๐๒๙}).
     */
    private static Set<QuestionCode> citedOitItems(String text) {
        Set<QuestionCode> codes = new LinkedHashSet<>();
        Matcher m = OIT_CITATION.matcher(text);
        while (m.find()) {
            try {
                QuestionCode code = QuestionCode.parse(m.group(1) != null ? m.group(1) : m.group(2));
                if (code.tool() == Tool.OIT) {
                    codes.add(code);
                }
            } catch (IllegalArgumentException notACode) {
                // a number that reads like a code but is none, such as ข้อ 0
            }
        }
        return codes;
    }

    private static boolean names(String text, String name) {
        return name.length() >= 4 && text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    private void addRows(Set<String> rows, java.util.function.Predicate<Subject> addresses) {
        rowSubjects.forEach((topic, subjects) -> {
            if (subjects.stream().anyMatch(addresses)) {
                rows.add(topic);
            }
        });
    }

    // ---- Part 3 and the signature block ----

    /**
     * The constraints, numbered, with the agency's handling where given; none when no constraint has
     * a handling, for then Part 3 is the numbered paragraphs of {@link Report#constraints()}.
     */
    List<Report.ConstraintRow> constraints() {
        List<Report.ConstraintRow> rows = new ArrayList<>();
        List<Constraint> entries = a.constraintEntries();
        if (entries.stream().allMatch(c -> c.handling().isEmpty())) {
            return rows;
        }
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new Report.ConstraintRow(d.apply((i + 1) + ". " + entries.get(i).text()),
                    entries.get(i).handling().map(d).orElse("")));
        }
        return rows;
    }

    /** The signers, preparer first; none without a sign-off. */
    List<Report.Signer> signers() {
        List<Report.Signer> result = new ArrayList<>();
        a.signOff().ifPresent(s -> {
            s.preparer().ifPresent(p -> result.add(signer("preparer", p)));
            s.approver().ifPresent(p -> result.add(signer("approver", p)));
        });
        return result;
    }

    private Report.Signer signer(String role, SignOff.Signer who) {
        return new Report.Signer(labels.get(role), d.apply("(" + who.name() + ")"), d.apply(who.position()));
    }

    /** The date of the signature block, or a line to write it on; empty without a sign-off. */
    String signDate() {
        return a.signOff().map(s -> s.date()
                .map(date -> d.apply(labels.get("dated") + " " + Reports.date(ThaiBuddhistDate.from(date), thai)))
                .orElse(labels.get("dateToWrite"))).orElse("");
    }
}
