package th.ita.rules.actionplan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import th.ita.model.FiscalYear;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ControlMeasure;
import th.ita.model.actionplan.Dimension;
import th.ita.model.actionplan.PlanItem;
import th.ita.model.actionplan.RiskIssue;
import th.ita.model.actionplan.RiskRow;
import th.ita.model.actionplan.YearTarget;
import th.ita.model.assessment.Assessment;
import th.ita.rules.actionplan.BudgetTotal;
import th.ita.rules.actionplan.ControlReference;
import th.ita.rules.actionplan.ItaConcern;
import th.ita.rules.actionplan.ItaResult;
import th.ita.rules.actionplan.ItaTarget;
import th.ita.rules.actionplan.PlanItemText;
import th.ita.rules.actionplan.RatedRisk;
import th.ita.rules.facts.Level;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.recommendations.ActionTemplate;
import th.ita.rules.recommendations.RecommendationCatalogue;
import th.ita.rules.recommendations.Text;
import th.ita.rules.internal.KieBaseFactory;
import th.ita.rules.internal.RuleSource;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.RuleCompilationException;

/**
 * Checks an anti-corruption action plan ("แผนปฏิบัติการป้องกันการทุจริต", source 003) with DRL
 * rules: the item budgets against the printed totals, the risk register's high risks and control
 * measures, and, given the agency's ITA {@link Analysis}, whether the plan addresses each weakness,
 * urgent indicator and failed OIT item, and whether the overall score reached the plan's target.
 *
 * <pre>{@code
 * PlanChecker checker = PlanChecker.create();
 * ActionPlan plan = Samples.plan("lampang-city-2566-2570").load();       // FY2566 - 2570
 * Analysis fy2566 = ItaEngine.create().analyze(AssessmentJson.read(Path.of("lampang-2566.json")));
 * PlanCheck check = checker.check(plan, fy2566);          // the agency's own assessment, a year of the plan
 * check.findings(FindingKind.PLAN_CONTROL_UNRESOLVED);   // the control measure that names no item
 * check.gaps();                                          // concerns no item addresses, with the catalogue's measure
 * }</pre>
 *
 * <p>The plan rules ({@code th/ita/rules/actionplan/*.drl}, listed in
 * {@code th/ita/rules/actionplan.index}) are compiled once, when the checker is created, into a
 * KieBase of their own: {@link ItaEngine}'s KieBase does not contain them. Whether an item
 * addresses a concern is decided by the keywords of {@code th/ita/rules/actionplan/coverage.json}.
 *
 * @implSpec This class is immutable and thread-safe: one checker may serve any number of threads.
 */
public final class PlanChecker {

    private static final ObjectFilter FINDINGS = o -> o instanceof Finding;
    private static final Set<FindingKind> INDICATOR_CONCERNS = EnumSet.of(FindingKind.WEAKNESS, FindingKind.URGENT);
    /** Unicode white space and the zero-width characters Thai text uses as word breaks. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u200B\\u200C\\u200D\\u2060\\uFEFF]+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final KieBase kieBase;
    private final CoverageMapping mapping;
    private final RecommendationCatalogue catalogue;

    private PlanChecker(KieBase kieBase, CoverageMapping mapping, RecommendationCatalogue catalogue) {
        this.kieBase = kieBase;
        this.mapping = mapping;
        this.catalogue = catalogue;
    }

    /**
     * Creates a checker with the bundled plan rules, coverage mapping and recommendation catalogue.
     *
     * @return the checker, not null
     * @throws RuleCompilationException if a bundled plan rule does not compile (a packaging error)
     */
    public static PlanChecker create() {
        return new PlanChecker(KieBaseFactory.bundled(RuleSource.PLAN_INDEX, KieBaseMutabilityOption.ALLOWED),
                CoverageMapping.standard(), RecommendationCatalogue.standard());
    }

    /**
     * Checks a plan on its own: budget totals, high risks and control measures.
     *
     * @param plan the plan, not null
     * @return the check, with no coverage rows, not null
     */
    public PlanCheck check(ActionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return run(plan, Optional.empty());
    }

    /**
     * Checks a plan and its coverage of an ITA analysis of the agency: besides the checks of
     * {@link #check(ActionPlan)}, whether plan items address each indicator with a weakness or
     * urgent finding and each failed OIT item, and the overall score against the plan's ITA target
     * for the assessment's fiscal year (no target finding when the plan sets none for that year).
     *
     * <p>The assessment must be of the plan's organisation and of a fiscal year in the plan's
     * period: another agency's weaknesses, or another period's, say nothing about this plan.
     * Agency names are compared ignoring white space (see {@code sameAgency}).
     *
     * @param plan     the plan, not null
     * @param analysis the analysis of the agency, of a year of the plan's period, not null
     * @return the check, not null
     * @throws PlanMismatchException if the assessment is another agency's or of a year outside the
     *                               plan's period, naming both agencies, or the year and the period
     */
    public PlanCheck check(ActionPlan plan, Analysis analysis) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(analysis, "analysis");
        requireMatch(plan, analysis.assessment());
        return run(plan, Optional.of(analysis));
    }

    private static void requireMatch(ActionPlan plan, Assessment assessment) {
        List<String> mismatches = new ArrayList<>();
        String agency = assessment.agency().name();
        if (!sameAgency(agency, plan.organisation())) {
            mismatches.add("the assessment is of " + agency + ", but the plan is of " + plan.organisation());
        }
        FiscalYear year = assessment.fiscalYear();
        if (!plan.period().contains(year)) {
            mismatches.add("the assessment is of fiscal year " + year + ", but the plan covers "
                    + plan.period().first() + " - " + plan.period().last());
        }
        if (!mismatches.isEmpty()) {
            throw new PlanMismatchException(String.join("; ", mismatches));
        }
    }

    /**
     * Tells whether two agency names are the same name. White space is ignored altogether, not only
     * collapsed: Thai writes no spaces between words, so "เทศบาลนคร ลำปาง" and "เทศบาลนครลำปาง" are
     * one name, and text copied from PDF tables has spaces and zero-width spaces inside words. NFKC
     * makes "ำ" typed as "ํ" + "า" the same letter.
     *
     * @param a a name, not null
     * @param b another name, not null
     * @return true if they are the same name
     */
    static boolean sameAgency(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    private static String comparable(String name) {
        return WHITE_SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }

    private PlanCheck run(ActionPlan plan, Optional<Analysis> analysis) {
        Map<Subject, ItaConcern> concerns = analysis.map(this::concerns).orElse(Map.of());
        List<Object> facts = new ArrayList<>();
        budgetTotals(plan, facts);
        riskRegister(plan, facts);
        targets(plan, facts);
        plan.items().forEach(i -> facts.add(itemText(i)));
        facts.addAll(concerns.values());
        analysis.ifPresent(a -> a.scoreCard().overall().value()
                .ifPresent(score -> facts.add(new ItaResult(a.assessment().fiscalYear().value(), score))));

        List<String> trace = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (KieSession session = kieBase.newKieSession()) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    trace.add(event.getMatch().getRule().getName());
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
            session.getObjects(FINDINGS).forEach(o -> findings.add((Finding) o));
        }
        findings.sort(Comparator.naturalOrder());
        List<PlanCheck.CoverageRow> rows = new ArrayList<>();
        for (Finding f : findings) {
            ItaConcern concern = concerns.get(f.subject());
            if (concern != null && (f.kind() == FindingKind.PLAN_COVERS || f.kind() == FindingKind.PLAN_GAP)) {
                rows.add(row(plan, analysis.orElseThrow(), concern, f));
            }
        }
        return new PlanCheck(plan, analysis, findings, rows, trace);
    }

    // ---- facts ----

    private static void budgetTotals(ActionPlan plan, List<Object> facts) {
        for (int d = 0; d < plan.dimensions().size(); d++) {
            Dimension dimension = plan.dimensions().get(d);
            SortedMap<FiscalYear, BigDecimal> sums = plan.summedBudgetByYear(dimension.number());
            for (Map.Entry<FiscalYear, BigDecimal> e : dimension.declaredTotals().entrySet()) {
                int year = e.getKey().value();
                Subject subject = new Subject(Level.PLAN, "dimensions[" + d + "].declaredTotals." + year,
                        "งบประมาณรวมมิติที่ " + dimension.number() + " ปีงบประมาณ " + year,
                        "Budget total of dimension " + dimension.number() + ", FY" + year,
                        1_000_000 + dimension.number() * 10_000 + year);
                facts.add(new BudgetTotal(subject, dimension.number(), year, e.getValue(), sums.get(e.getKey())));
            }
        }
        SortedMap<FiscalYear, BigDecimal> sums = plan.summedBudgetByYear();
        for (Map.Entry<FiscalYear, BigDecimal> e : plan.declaredTotals().entrySet()) {
            int year = e.getKey().value();
            Subject subject = new Subject(Level.PLAN, "declaredTotals." + year,
                    "งบประมาณรวมทั้งแผน ปีงบประมาณ " + year, "Budget total of the plan, FY" + year,
                    1_000_000 + 9 * 10_000 + year);
            facts.add(new BudgetTotal(subject, 0, year, e.getValue(), sums.get(e.getKey())));
        }
    }

    private static void riskRegister(ActionPlan plan, List<Object> facts) {
        for (int r = 0; r < plan.riskRegister().size(); r++) {
            RiskRow row = plan.riskRegister().get(r);
            String thaiRow = row.number().map(n -> "ทะเบียนความเสี่ยง แถวที่ " + n)
                    .orElse("ทะเบียนความเสี่ยง แถวไม่มีเลขที่ (รายการที่ " + (r + 1) + ")");
            String englishRow = row.number().map(n -> "Risk register row " + n)
                    .orElse("Risk register, unnumbered row (entry " + (r + 1) + ")");
            for (int i = 0; i < row.issues().size(); i++) {
                RiskIssue issue = row.issues().get(i);
                if (issue.level().isPresent()) {
                    Subject subject = new Subject(Level.PLAN, "riskRegister[" + r + "].issues[" + i + "]",
                            thaiRow + " ประเด็นที่ " + issue.number(), englishRow + ", issue " + issue.number(),
                            2_000_000 + r * 1_000 + i);
                    facts.add(new RatedRisk(subject, issue.text(), issue.level().get(), row.controlMeasures().size()));
                }
            }
            for (int m = 0; m < row.controlMeasures().size(); m++) {
                ControlMeasure measure = row.controlMeasures().get(m);
                Subject subject = new Subject(Level.PLAN, "riskRegister[" + r + "].controlMeasures[" + m + "]",
                        thaiRow + " มาตรการที่ " + measure.number(), englishRow + ", control measure " + measure.number(),
                        3_000_000 + r * 1_000 + m);
                facts.add(new ControlReference(subject, measure.name(), plan.resolve(measure).map(PlanItem::number)));
            }
        }
    }

    private static void targets(ActionPlan plan, List<Object> facts) {
        List<YearTarget> years = plan.targets().years();
        for (int t = 0; t < years.size(); t++) {
            YearTarget target = years.get(t);
            int year = target.fiscalYear().value();
            String path = "targets.years[" + t + "].itaScore";
            target.itaScore().ifPresent(score -> facts.add(new ItaTarget(new Subject(Level.PLAN, path,
                    "เป้าหมายคะแนน ITA ปีงบประมาณ " + year, "ITA score target, FY" + year, 4_000_000 + year),
                    year, score.value())));
        }
    }

    private static PlanItemText itemText(PlanItem item) {
        List<String> words = new ArrayList<>();
        words.add(item.templateName());
        item.localName().ifPresent(words::add);
        words.addAll(item.objectives());
        return new PlanItemText(item.number(), item.displayName(), String.join("\n", words));
    }

    /** One concern per indicator with a weakness or urgent finding and per failed OIT item, in subject order. */
    private Map<Subject, ItaConcern> concerns(Analysis analysis) {
        Map<Subject, Set<FindingKind>> kinds = new LinkedHashMap<>();
        for (Finding f : analysis.findings()) {
            boolean indicator = f.subject().level() == Level.INDICATOR && INDICATOR_CONCERNS.contains(f.kind());
            boolean oit = f.subject().level() == Level.OIT_ITEM && f.kind() == FindingKind.OIT_ITEM_FAILED;
            if (indicator || oit) {
                kinds.computeIfAbsent(f.subject(), s -> EnumSet.noneOf(FindingKind.class)).add(f.kind());
            }
        }
        Map<Subject, ItaConcern> concerns = new LinkedHashMap<>();
        kinds.forEach((subject, found) -> {
            Optional<CoverageMapping.Entry> entry = subject.level() == Level.INDICATOR
                    ? mapping.indicator(Integer.parseInt(subject.key()))
                    : mapping.oitItem(subject.thai());
            concerns.put(subject, new ItaConcern(subject, List.copyOf(found),
                    entry.map(CoverageMapping.Entry::topic).orElse(""),
                    entry.map(CoverageMapping.Entry::keywords).orElse(List.of())));
        });
        return concerns;
    }

    // ---- coverage rows ----

    private PlanCheck.CoverageRow row(ActionPlan plan, Analysis analysis, ItaConcern concern, Finding finding) {
        List<PlanItem> items = new ArrayList<>();
        if (finding.has("items")) {
            finding.list("items", Integer.class).forEach(n -> plan.item(n).ifPresent(items::add));
        }
        Optional<Text> recommendation = finding.kind() == FindingKind.PLAN_GAP
                ? recommendation(analysis, concern) : Optional.empty();
        return new PlanCheck.CoverageRow(concern.subject(), concern.kinds(), finding, items, recommendation);
    }

    /** The catalogue's measure: improve for a weakness, urgent for an indicator that is only urgent, publish for an OIT item. */
    private Optional<Text> recommendation(Analysis analysis, ItaConcern concern) {
        Subject subject = concern.subject();
        Optional<ActionTemplate> template;
        if (subject.level() == Level.INDICATOR) {
            String kind = concern.kinds().contains(FindingKind.WEAKNESS) ? "improve" : "urgent";
            template = catalogue.indicator(Integer.parseInt(subject.key()), kind);
        } else {
            template = catalogue.oitItem(analysis.assessment().edition().id(), subject.key().toLowerCase(Locale.ROOT));
        }
        return template.map(ActionTemplate::action);
    }
}
