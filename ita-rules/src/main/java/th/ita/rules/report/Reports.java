package th.ita.rules.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Indicator;
import th.ita.model.catalogue.ToolComponent;
import th.ita.model.policy.Policy;
import th.ita.model.scoring.LevelScore;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.Analysis;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.recommendations.Measure;

/**
 * Writes the analysis report and the next-year measures of an {@link Analysis}, in Markdown,
 * self-contained HTML, JSON or a Word document (DOCX), in Thai (the default) or English.
 *
 * <pre>{@code
 * String markdown = Reports.render(analysis, ReportFormat.MARKDOWN, ReportOptions.defaults());
 * String html = Reports.render(analysis, ReportFormat.HTML, ReportOptions.defaults().withThaiDigits(true));
 * try (OutputStream out = Files.newOutputStream(Path.of("report.docx"))) {
 *     Reports.write(analysis, ReportFormat.DOCX, ReportOptions.defaults().withThaiDigits(true), out);
 * }
 * }</pre>
 *
 * <p>Layouts are Pebble templates ({@code th/ita/rules/report/report.md.peb} and
 * {@code report.html.peb}); the foreword's and background's wording are the plain-text templates
 * {@code foreword.peb} and {@code background.peb}, which every format shows, DOCX included.
 * {@link ReportOptions#withTemplates(Path)} points at a directory with replacements of the same names. Every value a template writes is escaped for the format by
 * {@link Escaping}; write {@code | raw} only for markup of one's own. The DOCX document is built
 * from the same {@link Report} model with Apache POI, in the Markdown template's order; it has no
 * template, and its text is runs, never markup.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Reports {

    private static final PebbleEngine MARKDOWN_ENGINE = engine(false, Optional.empty());
    private static final PebbleEngine HTML_ENGINE = engine(true, Optional.empty());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final int REPORT_CHARS = 1 << 15;
    /** {@link ModelBuilder}'s labels by language, digits and policy lines. */
    private static final Map<List<Object>, Map<String, String>> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    private Reports() {
    }

    /**
     * Renders a report.
     *
     * @param analysis the analysis, not null
     * @param format the format, not null
     * @param options language, digits and templates, not null
     * @return the report text, not null
     * @throws IllegalArgumentException if a replacement template is missing or broken, or if the
     *     format is {@linkplain ReportFormat#isBinary() binary} (use {@link #write})
     */
    public static String render(Analysis analysis, ReportFormat format, ReportOptions options) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        return switch (format) {
            case JSON -> json(analysis, options);
            case MARKDOWN -> template(analysis, options, false);
            case HTML -> template(analysis, options, true);
            case DOCX -> throw new IllegalArgumentException("the docx report is binary: write it with Reports.write");
        };
    }

    /**
     * Writes a report in any format: the text formats as UTF-8 (the text of {@link #render}), DOCX as
     * a Word document. The stream is not closed.
     *
     * @param analysis the analysis, not null
     * @param format the format, not null
     * @param options language, digits and templates (DOCX has no template), not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws IllegalArgumentException if a replacement template is missing or broken
     */
    public static void write(Analysis analysis, ReportFormat format, ReportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        if (!format.isBinary()) {
            out.write(render(analysis, format, options).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(options, "options");
        Report report = model(analysis, options);
        UnaryOperator<String> digits = text -> options.thaiDigits() ? ThaiDigits.toThai(text) : text;
        ScoreCard card = analysis.scoreCard();
        byte[] chart = report.indicators().isEmpty() ? null
                : ChartImages.indicatorBars(card, analysis.policy(), digits);
        byte[] trend = report.trend().isEmpty() ? null
                : ChartImages.overallLine(ModelBuilder.series(analysis.assessment(), card, ScoreCard::of),
                        analysis.assessment().targets(), digits);
        DocxReport.write(report, options.thai(), options.thaiDigits(), chart, trend, out);
    }

    /**
     * Builds the report model that the templates show.
     *
     * @param analysis the analysis, not null
     * @param options language and digits, not null
     * @return the model, not null
     */
    public static Report model(Analysis analysis, ReportOptions options) {
        return new ModelBuilder(analysis, options).build();
    }

    private static String template(Analysis analysis, ReportOptions options, boolean html) {
        String name = html ? "report.html.peb" : "report.md.peb";
        PebbleEngine engine = options.templates().map(dir -> engine(html, Optional.of(dir)))
                .orElse(html ? HTML_ENGINE : MARKDOWN_ENGINE);
        if (options.templates().isPresent() && !Files.isRegularFile(options.templates().get().resolve(name))) {
            throw new IllegalArgumentException("template directory " + options.templates().get() + " has no " + name);
        }
        try {
            PebbleTemplate template = engine.getTemplate(options.templates().isPresent() ? name
                    : "th/ita/rules/report/" + name);
            // A report is some 30,000 characters: started at that size, the buffer is not copied as it grows.
            StringWriter out = new StringWriter(REPORT_CHARS);
            template.evaluate(out, Map.of("r", model(analysis, options)), options.thai() ? THAI : Locale.ENGLISH);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.pebbletemplates.pebble.error.PebbleException e) {
            throw new IllegalArgumentException("report template " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every value a template writes is escaped for its format, by default, so that no template, ours
     * or a replacement, can forget it; the template's own text (headings, table syntax, tags) is not.
     */
    private static PebbleEngine engine(boolean html, Optional<Path> dir) {
        String strategy = html ? "ita-html" : "ita-markdown";
        return loading(new PebbleEngine.Builder().newLineTrimming(false).strictVariables(true)
                .autoEscaping(true).addEscapingStrategy(strategy, html ? Escaping::html : Escaping::markdown)
                .defaultEscapingStrategy(strategy), dir).build();
    }

    /** Templates come from the directory when one is given, else from the classpath. */
    static PebbleEngine.Builder loading(PebbleEngine.Builder builder, Optional<Path> dir) {
        if (dir.isPresent()) {
            FileLoader loader = new FileLoader();
            loader.setPrefix(dir.get().toAbsolutePath().toString());
            return builder.loader(loader);
        }
        return builder.loader(new ClasspathLoader());
    }

    static String date(ThaiBuddhistDate date, boolean thai) {
        return ReportDates.text(date, thai);
    }

    private static String json(Analysis analysis, ReportOptions options) {
        boolean thai = options.thai();
        ScoreCard card = analysis.scoreCard();
        Assessment a = analysis.assessment();
        ObjectNode root = JSON.createObjectNode();
        root.put("agency", a.agency().name());
        root.put("agencyKind", thai ? a.agency().kind().thai() : a.agency().kind().english());
        root.put("fiscalYear", a.fiscalYear().value());
        card.overall().value().ifPresentOrElse(s -> root.put("overall", s.value()), () -> root.putNull("overall"));
        analysis.rating().ifPresentOrElse(r -> root.put("rating", r.label(thai)), () -> root.putNull("rating"));
        // The label follows the language; the code (B, GOOD, FAIL, ...) does not.
        analysis.rating().ifPresentOrElse(r -> root.put("ratingCode", r.code()), () -> root.putNull("ratingCode"));
        // Whether the figures prove the rating; if not, the best they allow and what would decide it.
        analysis.ratingRange().ifPresent(range -> {
            root.put("ratingProven", range.isProven());
            root.put("ratingFromPublished", analysis.ratingFromPublished());
            root.put("ratingBestPossible", range.best().label(thai));
            ArrayNode decidedBy = root.putArray("ratingDecidedBy");
            range.decidedBy().forEach(decidedBy::add);
        });
        root.put("passed", analysis.passed());
        root.put("passMark", analysis.policy().passMark().value());
        ObjectNode tools = root.putObject("tools");
        for (ToolComponent c : ToolComponent.values()) {
            card.tool(c).value().ifPresent(s -> tools.put(c.name(), s.value()));
        }
        ObjectNode indicators = root.putObject("indicators");
        Optional<ScoreCard> previous = a.previous().map(ScoreCard::of);
        for (Indicator indicator : Catalogue.standard().indicators()) {
            LevelScore level = card.indicator(indicator.number());
            if (level.value().isEmpty()) {
                continue;
            }
            ObjectNode node = indicators.putObject(Integer.toString(indicator.number()));
            node.put("name", indicator.name(thai));
            node.put("score", level.value().get().value());
            node.put("source", level.source().name());
            previous.flatMap(p -> p.indicator(indicator.number()).value()).ifPresent(p -> {
                node.put("previous", p.value());
                node.put("change", level.value().get().minus(p));
            });
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : analysis.findings()) {
            findings.add(finding(f, thai));
        }
        ArrayNode measures = root.putArray("measures");
        for (Measure m : analysis.measures()) {
            ObjectNode node = measures.addObject();
            node.put("kind", m.kind().name());
            node.put("subject", m.subject().key());
            node.put("topic", m.topic().get(thai));
            node.put("action", m.action().get(thai));
            ArrayNode steps = node.putArray("steps");
            m.steps().forEach(s -> steps.add(s.get(thai)));
            node.put("role", m.role());
            node.put("unit", m.unit().get(thai));
            node.put("fiscalYear", m.year().value());
            node.put("start", LocalDate.from(m.start()).toString());
            node.put("end", LocalDate.from(m.end()).toString());
            ArrayNode reports = node.putArray("progressReports");
            m.progressReports().forEach(d -> reports.add(LocalDate.from(d).toString()));
            node.put("followUp", m.followUp().get(thai));
            node.put("rule", m.rule());
            ArrayNode causes = node.putArray("causes");
            m.causes().forEach(c -> causes.add(finding(c, thai)));
        }
        Report report = model(analysis, options);
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        ArrayNode gaps = root.putArray("gaps");
        report.missing().forEach(gaps::add);
        ArrayNode constraints = root.putArray("constraints");
        a.constraints().forEach(constraints::add);
        // The handling of each constraint, in the same order; null where the agency gives none.
        ArrayNode handling = root.putArray("constraintHandling");
        a.constraintEntries().forEach(c -> c.handling().ifPresentOrElse(handling::add, handling::addNull));
        ArrayNode answers = root.putArray("naccRecommendations");
        report.naccRecommendations().forEach(n -> answers.addObject().put("recommendation", n.recommendation())
                .put("response", n.response()));
        ArrayNode rows = root.putArray("part2Rows");
        for (Report.ActionRow row : report.actionRows()) {
            ObjectNode node = rows.addObject();
            node.put("topic", row.topic());
            row.covers().forEach(node.putArray("covers")::add);
            row.measures().forEach(node.putArray("measures")::add);
            node.put("unit", row.unit());
        }
        if (!report.overallChange().isEmpty()) {
            root.put("overallChange", report.overallChange());
        }
        a.previous().flatMap(Assessment::publishedRating).ifPresent(r -> root.put("previousRating", r));
        a.signOff().ifPresent(s -> {
            ObjectNode node = root.putObject("signOff");
            s.preparer().ifPresent(p -> node.putObject("preparer").put("name", p.name()).put("position", p.position()));
            s.approver().ifPresent(p -> node.putObject("approver").put("name", p.name()).put("position", p.position()));
            s.date().ifPresent(date -> node.put("date", date.toString()));
        });
        try {
            // JSON is for machines: its texts use Arabic digits like its numbers, whatever the data held.
            return ThaiDigits.toArabic(JSON.writeValueAsString(root)) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding as every JSON output shows it: kind, subject (level, key, name), rule and values. */
    static ObjectNode finding(Finding f, boolean thai) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", f.kind().name());
        ObjectNode subject = node.putObject("subject");
        subject.put("level", f.subject().level().name());
        subject.put("key", f.subject().key());
        subject.put("name", f.subject().name(thai));
        node.put("rule", f.rule());
        ObjectNode values = node.putObject("values");
        f.texts().forEach(values::put);
        return node;
    }

    /** Builds the {@link Report} of one analysis. */
    private static final class ModelBuilder {

        private final Analysis analysis;
        private final boolean thai;
        private final boolean thaiDigits;
        private final Map<String, String> labels;
        private final Catalogue catalogue = Catalogue.standard();
        private final Optional<Path> templates;
        /** The score cards of the year and the years before, each worked out once for the report. */
        private final Map<Assessment, ScoreCard> cards = new java.util.IdentityHashMap<>();

        ModelBuilder(Analysis analysis, ReportOptions options) {
            this.analysis = analysis;
            this.templates = options.templates();
            this.thai = options.thai();
            this.thaiDigits = options.thaiDigits();
            this.labels = LABELS.computeIfAbsent(List.of(thai, thaiDigits, analysis.policy().weaknessLine(),
                    analysis.policy().urgentLine()), key -> labels(analysis.policy()));
            cards.put(analysis.assessment(), analysis.scoreCard());
        }

        /** The labels with the policy's lines filled in: the same for every report of a policy and language. */
        private Map<String, String> labels(th.ita.model.policy.Policy policy) {
            java.util.HashMap<String, String> words = new java.util.HashMap<>(Labels.of(thai));
            String line = policy.weaknessLine().toString();
            // A strength must also reach the urgent line (actionlines/strengths-weaknesses.drl).
            Score urgent = policy.urgentLine();
            words.put("strengths", d(urgent.isAtLeast(policy.weaknessLine()) && !urgent.equals(
                    policy.weaknessLine())
                    ? String.format(Locale.ROOT, words.get("strengthsFrom"), urgent)
                    : String.format(Locale.ROOT, words.get("strengths"), line)));
            words.put("weaknesses", d(String.format(Locale.ROOT, words.get("weaknesses"), line)));
            return Map.copyOf(words);
        }

        private ScoreCard cardOf(Assessment assessment) {
            return cards.computeIfAbsent(assessment, ScoreCard::of);
        }

        /** Every data text passes here, so that Thai digits appear exactly when asked for. */
        private String d(String text) {
            return thaiDigits ? ThaiDigits.toThai(text) : ThaiDigits.toArabic(text);
        }

        private String score(Optional<Score> score) {
            return score.map(s -> d(s.toString())).orElse("-");
        }

        private String signed(BigDecimal delta) {
            return d((delta.signum() > 0 ? "+" : "") + delta.toPlainString());
        }

        Report build() {
            Assessment a = analysis.assessment();
            ScoreCard card = analysis.scoreCard();
            Optional<ScoreCard> previous = a.previous().map(this::cardOf);
            String passMark = analysis.policy().passMark().toString();
            List<String> headings = List.of(
                    d(labels.get("part") + " " + 1 + " " + labels.get("part1")),
                    d(labels.get("part") + " " + 2 + " " + labels.get("part2")),
                    d(labels.get("part") + " " + 3 + " " + labels.get("part3")));
            // The NACC's pass line is 85; an agency that sets its own mark is told so, beside the NACC's rating.
            boolean own = !analysis.policy().passMark().equals(Policy.defaults().passMark());
            String passKey = own ? (analysis.passed() ? "ownPassed" : "ownNotPassed")
                    : (analysis.passed() ? "passed" : "notPassed");
            String passLine = d(String.format(Locale.ROOT, labels.get(passKey), passMark));

            List<Report.Row> tools = new ArrayList<>();
            for (ToolComponent c : ToolComponent.values()) {
                Optional<Score> s = card.tool(c).value();
                if (s.isPresent()) {
                    Optional<Score> p = previous.flatMap(pc -> pc.tool(c).value());
                    tools.add(new Report.Row(c.name(), d(toolName(c)), score(s), score(p),
                            p.map(pv -> signed(s.get().minus(pv))).orElse("-"), assessment(Level.TOOL, c.name())));
                }
            }
            List<Report.Row> indicators = new ArrayList<>();
            boolean anyIndicator = card.indicators().values().stream().anyMatch(LevelScore::isAvailable);
            for (Indicator i : anyIndicator ? catalogue.indicators() : List.<Indicator>of()) {
                Optional<Score> s = card.indicator(i.number()).value();
                Optional<Score> p = previous.flatMap(pc -> pc.indicator(i.number()).value());
                indicators.add(new Report.Row(d(Integer.toString(i.number())), i.name(thai), score(s), score(p),
                        s.isPresent() && p.isPresent() ? signed(s.get().minus(p.get())) : "-",
                        assessment(Level.INDICATOR, Integer.toString(i.number()))));
            }
            List<String> strengths = indicatorLines(FindingKind.STRENGTH);
            List<String> weaknesses = indicatorLines(FindingKind.WEAKNESS);
            List<Report.ItemRow> failed = analysis.findings(FindingKind.OIT_ITEM_FAILED).stream()
                    .map(f -> new Report.ItemRow(d(f.subject().key()), d(itemName(f)),
                            f.text("reason").isEmpty() ? labels.get("noReason") : d(f.text("reason"))))
                    .toList();
            List<Report.ThemeRow> themes = new ArrayList<>();
            for (Finding f : analysis.findings()) {
                if (f.kind() == FindingKind.THEME_MAINTAIN || f.kind() == FindingKind.THEME_IMPROVE) {
                    String[] key = f.subject().key().split("/");
                    var theme = a.edition().themes().get(Integer.parseInt(key[0]) - 1);
                    StringBuilder qs = new StringBuilder();
                    for (String code : f.list("questions", String.class)) {
                        var qc = th.ita.model.catalogue.QuestionCode.parse(code);
                        qs.append(qs.length() == 0 ? "" : ", ").append(code).append(" ")
                                .append(a.questionScore(qc).map(Score::toString).orElse("-"));
                    }
                    themes.add(new Report.ThemeRow(d(labels.get("theme") + " " + key[0] + " " + theme.name(thai)),
                            key[1], d(qs.toString()),
                            labels.get(f.kind() == FindingKind.THEME_MAINTAIN ? "maintain" : "improve")));
                }
            }
            List<String> notes = notes(card);
            List<Report.MeasureRow> measures = new ArrayList<>();
            for (Measure m : analysis.measures()) {
                List<String> steps = new ArrayList<>();
                for (int i = 0; i < m.steps().size(); i++) {
                    steps.add(d((i + 1) + ". " + m.steps().get(i).get(thai)));
                }
                String period = d(date(m.start(), thai) + " - " + date(m.end(), thai));
                String progress = String.format(Locale.ROOT, labels.get("progress"),
                        date(m.progressReports().get(0), thai), date(m.progressReports().get(1), thai));
                measures.add(new Report.MeasureRow(d(m.topic().get(thai)), d(m.action().get(thai)), steps,
                        d(m.unit().get(thai)), period, d(m.followUp().get(thai) + " " + progress)));
            }
            List<String> constraints = new ArrayList<>();
            for (int i = 0; i < a.constraints().size(); i++) {
                constraints.add(d((i + 1) + ". " + a.constraints().get(i)));
            }
            if (constraints.isEmpty()) {
                // The FY2567 template forbids dropping or blanking this part: say there are none.
                constraints.add(labels.get("noConstraints"));
            }
            DocumentParts parts = new DocumentParts(analysis, thai, this::d, labels, templates, this::cardOf);
            String progress = analysis.measures().isEmpty() ? "" : String.format(Locale.ROOT, labels.get("progress"),
                    date(analysis.measures().get(0).progressReports().get(0), thai),
                    date(analysis.measures().get(0).progressReports().get(1), thai));
            List<Report.ActionRow> actionRows = parts.actionRows(d(progress));
            return new Report(labels, a.agency().name(), thai ? a.agency().kind().thai() : a.agency().kind().english(),
                    d(a.fiscalYear().toString()), d(a.fiscalYear().next().toString()), headings,
                    score(card.overall().value()), ratingLabel(), passLine,
                    tools, indicators, strengths, weaknesses, failed, themes, notes, measures, constraints,
                    Charts.indicatorBars(card, analysis.policy(), labels.get("chart"), this::d),
                    trend(a, card), trendSvg(a, card), plan(a), missing(card), addedFindings(),
                    parts.foreword(), parts.background(), parts.ratingBands(), parts.overallChange(card),
                    parts.paragraphs(FindingKind.STRENGTH), parts.paragraphs(FindingKind.WEAKNESS),
                    parts.paragraphs(FindingKind.URGENT), parts.answers(), parts.oitItems(), actionRows,
                    parts.constraints(), parts.signers(), parts.signDate());
        }

        /**
         * What a reader must know before using the result: a rating the figures cannot prove or that
         * contradicts the published one, and published figures that disagree with the levels below.
         */
        private List<String> notes(ScoreCard card) {
            List<String> notes = new ArrayList<>();
            analysis.ratingRange().filter(range -> !range.isProven()).ifPresent(range -> {
                String decidedBy = fieldNames(range.decidedBy());
                notes.add(d(analysis.ratingFromPublished()
                        ? String.format(Locale.ROOT, labels.get("ratingOpenPublished"),
                                analysis.rating().orElseThrow().label(thai), range.proven().label(thai), decidedBy)
                        : String.format(Locale.ROOT, labels.get("ratingOpen"), range.proven().label(thai),
                                range.best().label(thai), decidedBy)));
            });
            for (Finding f : analysis.findings()) {
                if (f.kind() == FindingKind.RATING_DIFFERS) {
                    notes.add(d(String.format(Locale.ROOT, labels.get("ratingDiffers"), f.text("published"),
                            ratingRangeLabel())));
                } else if (f.kind() == FindingKind.RATING_OLD_SCHEME) {
                    notes.add(d(String.format(Locale.ROOT, labels.get("ratingOldScheme"), f.text("published"),
                            ratingRangeLabel())));
                }
            }
            for (th.ita.model.scoring.ConsistencyNote n : card.notes()) {
                notes.add(d(String.format(Locale.ROOT, labels.get("inconsistent"), fieldName(n.field()), n.given(),
                        n.computed())));
            }
            return notes;
        }

        /** The rating as the report states it; a rating the figures leave open says it may be higher. */
        private String ratingLabel() {
            return analysis.rating().map(r -> {
                boolean open = analysis.ratingRange().map(range -> !range.isProven()).orElse(false);
                return d(open && !analysis.ratingFromPublished()
                        ? String.format(Locale.ROOT, labels.get("ratingWithheld"), r.label(thai)) : r.label(thai));
            }).orElse("-");
        }

        private String ratingRangeLabel() {
            return analysis.ratingRange().map(range -> range.isProven() ? range.proven().label(thai)
                    : range.proven().label(thai) + " - " + range.best().label(thai)).orElse("-");
        }

        private String fieldName(String field) {
            return Labels.fieldName(field, thai);
        }

        private String fieldNames(List<String> fields) {
            return Labels.fieldNames(fields, thai);
        }

        /** The input's gaps, grouped, each with what it would add; nothing silent, no empty tables. */
        private List<String> missing(ScoreCard card) {
            List<String> lines = new ArrayList<>();
            List<String> indicators = new ArrayList<>();
            List<String> tools = new ArrayList<>();
            boolean overall = false;
            for (th.ita.model.scoring.Gap gap : card.gaps()) {
                if (gap.field().startsWith("indicators.")) {
                    indicators.add(gap.field().substring("indicators.".length()));
                } else if (gap.field().startsWith("tools.")) {
                    tools.add(gap.field().substring("tools.".length()));
                } else if (gap.field().equals("overall")) {
                    overall = true;
                }
            }
            if (overall) {
                lines.add(d(labels.get("missingOverall")));
            }
            if (!tools.isEmpty()) {
                lines.add(d(String.format(Locale.ROOT, labels.get("missingTools"), String.join(", ", tools))));
            }
            if (!indicators.isEmpty()) {
                lines.add(d(String.format(Locale.ROOT, labels.get("missingIndicators"), String.join(", ", indicators))));
            }
            if (card.assessment().edition().hasEitParts() && card.tool(ToolComponent.EIT_PART_1).given().isEmpty()
                    && card.tool(ToolComponent.EIT_PART_2).given().isEmpty()) {
                lines.add(d(labels.get("missingEitParts")));
            }
            return lines;
        }

        static java.util.SortedMap<th.ita.model.FiscalYear, Score> series(Assessment a, ScoreCard card,
                java.util.function.Function<Assessment, ScoreCard> cards) {
            java.util.SortedMap<th.ita.model.FiscalYear, Score> points = new java.util.TreeMap<>();
            for (Assessment h : a.history()) {
                cards.apply(h).overall().value().ifPresent(s -> points.put(h.fiscalYear(), s));
            }
            card.overall().value().ifPresent(s -> points.put(a.fiscalYear(), s));
            return points;
        }

        private List<String> trend(Assessment a, ScoreCard card) {
            if (a.history().isEmpty()) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            series(a, card, this::cardOf).forEach((year, score) -> lines.add(d(year + ": " + score
                    + Optional.ofNullable(a.targets().get(year))
                            .map(t -> " (" + labels.get("targetPath") + " " + t + ")").orElse(""))));
            return lines;
        }

        private String trendSvg(Assessment a, ScoreCard card) {
            return a.history().isEmpty() ? ""
                    : Charts.overallLine(series(a, card, this::cardOf), a.targets(), labels.get("trend"), this::d);
        }

        private List<String> plan(Assessment a) {
            if (analysis.passed() || analysis.scoreCard().overall().value().isEmpty()) {
                return List.of();
            }
            th.ita.rules.target.TargetPlan plan;
            try {
                plan = th.ita.rules.target.TargetPlanner.plan(a, th.ita.rules.target.Target.passMark(analysis.policy()));
            } catch (IllegalArgumentException e) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            String mark = analysis.policy().passMark().toString();
            if (!plan.minimalSet().isEmpty()) {
                lines.add(d(String.format(Locale.ROOT, labels.get("planFixes"),
                        String.join(", ", plan.minimalSet().stream().map(Object::toString).toList()),
                        String.join(", ", plan.overallAfterEach().stream().map(Object::toString).toList()))));
            }
            if (plan.reachable()) {
                lines.add(d(String.format(Locale.ROOT, labels.get("planReached"), plan.overallAfter(), mark)));
                return lines;
            }
            lines.add(d(String.format(Locale.ROOT, labels.get("planShort"),
                    analysis.policy().passMark().minus(plan.overallAfter()).toPlainString())));
            plan.remaining().stream().filter(r -> r.possible()).sorted(java.util.Comparator.comparing(
                    th.ita.rules.target.Remaining::points)).limit(3).forEach(r -> {
                        if (r instanceof th.ita.rules.target.Remaining.OnIndicator on) {
                            lines.add(d(String.format(Locale.ROOT, labels.get("planRaise"), on.indicator(),
                                    catalogue.indicator(on.indicator()).name(thai), r.points().toPlainString())));
                        } else if (r instanceof th.ita.rules.target.Remaining.OnComponent on) {
                            lines.add(d(String.format(Locale.ROOT, labels.get("planComponent"),
                                    catalogue.componentName(on.component(), thai),
                                    r.points().toPlainString())));
                        }
                    });
            return lines;
        }

        private String toolName(ToolComponent c) {
            return catalogue.componentName(c, thai);
        }

        private String itemName(Finding f) {
            return analysis.assessment().edition()
                    .question(th.ita.model.catalogue.QuestionCode.parse(f.subject().key()))
                    .flatMap(q -> q.thai()).orElse(f.subject().key());
        }

        private List<String> indicatorLines(FindingKind kind) {
            return analysis.findings(kind).stream().filter(f -> f.subject().level() == Level.INDICATOR)
                    .map(f -> d(labels.get("indicator") + " " + f.subject().key() + " " + f.subject().name(thai)
                            + " " + f.score("score")))
                    .toList();
        }

        private String assessment(Level level, String key) {
            List<String> words = new ArrayList<>();
            for (Finding f : analysis.findings()) {
                if (f.subject().level() == level && f.subject().key().equals(key)) {
                    String w = word(f.kind());
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
            return String.join(", ", words);
        }

        /**
         * The findings of a rules directory's rules that the tables do not show: a status of a tool or
         * an indicator has its column; anything else (a sub-indicator, a question, a kind of its own)
         * is listed with its subject, kind and values, so a custom rule never vanishes from a report.
         */
        private List<String> addedFindings() {
            List<String> lines = new ArrayList<>();
            for (Finding f : analysis.findings()) {
                if (!analysis.addedRules().contains(f.rule())) {
                    continue;
                }
                Level level = f.subject().level();
                if ((level == Level.TOOL || level == Level.INDICATOR) && f.kind().statusWord(thai).isPresent()) {
                    continue;
                }
                String values = f.texts().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", "));
                String name = thai ? f.subject().thai() : f.subject().english();
                String subject = name.startsWith(f.subject().key()) ? name : f.subject().key() + " " + name;
                lines.add(d(subject + ": "
                        + f.kind().statusWord(thai).orElse(f.kind().name()) + (values.isEmpty() ? "" : " (" + values + ")")
                        + " · " + f.rule()));
            }
            return lines;
        }

        private String word(FindingKind kind) {
            return kind.statusWord(thai).orElse("");
        }
    }
}
