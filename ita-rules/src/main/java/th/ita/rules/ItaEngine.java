package th.ita.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import th.ita.model.ItaValidationException;
import th.ita.model.ThaiDigits;
import th.ita.model.catalogue.RatingLabels;
import th.ita.model.assessment.Assessment;
import th.ita.model.policy.Policy;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.facts.ActionLines;
import th.ita.rules.findings.Finding;
import th.ita.rules.target.TargetPlan;
import th.ita.rules.target.TargetPlanner;
import th.ita.rules.target.Target;
import th.ita.rules.facts.RatingInput;
import th.ita.rules.rating.BoundRating;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingBound;
import th.ita.rules.rating.RatingRange;
import th.ita.rules.rating.RatingScheme;
import th.ita.rules.recommendations.Recommendation;
import th.ita.rules.recommendations.RecommendationCatalogue;
import th.ita.rules.internal.KieBaseFactory;
import th.ita.rules.internal.RuleSource;
import th.ita.rules.internal.DrlOutline;

/**
 * The ITA rule engine: scores an assessment, rates it and finds what needs action, with DRL rules
 * that rule authors can read and replace.
 *
 * <pre>{@code
 * ItaEngine engine = ItaEngine.create();
 * Analysis analysis = engine.analyze(Samples.load("lampang-city-2564"));
 * analysis.rating();      // B
 * analysis.findings();    // strengths, weaknesses, failed OIT items, changes since FY2563, ...
 * }</pre>
 *
 * <p>The bundled rules were compiled when this library was built (Drools' executable model), so
 * an engine loads them in well under a second; each analysis runs in a session of its own that is
 * always disposed. {@link Builder#rulesFrom(Path)} adds DRL files from a directory, or replaces
 * bundled files of the same name; those are compiled when the engine is built, which takes a few
 * seconds. DRL is code: load only trusted files.
 *
 * @implSpec This class is immutable and thread-safe: one engine may serve any number of threads.
 */
public final class ItaEngine {

    private final KieBase kieBase;
    private final KieSessionConfiguration sessionConfiguration;
    private final ActionLines lines;
    private final boolean declaresLines;
    private final Policy policy;
    private final Optional<RatingScheme> forcedScheme;
    private final MeasureWriter measureWriter;
    private final List<RuleSource> sources;
    // Read from the DRL texts only when a rule fails: the executable model keeps no file or line.
    private volatile List<DrlOutline> outlines;
    private final int firingLimit;
    private final RatingTargets ratingTargets;
    private final java.util.Set<String> addedRules;

    private ItaEngine(KieBase kieBase, List<RuleSource> sources, Policy policy, Optional<RatingScheme> forcedScheme,
            MeasureWriter measureWriter, int firingLimit) {
        this.kieBase = kieBase;
        this.sources = List.copyOf(sources);
        this.firingLimit = firingLimit;
        this.ratingTargets = new RatingTargets(kieBase);
        // Only the files of a rules directory are read here; the bundled ones need no outline.
        this.addedRules = this.sources.stream().filter(s -> !s.origin().startsWith("classpath:"))
                .flatMap(s -> DrlOutline.of(s).ruleNames().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.sessionConfiguration = KieBaseFactory.sessionConfiguration();
        this.lines = ActionLines.of(policy);
        // A rules directory may replace every file that declares the global.
        this.declaresLines = kieBase.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals(ActionLines.GLOBAL));
        this.policy = policy;
        this.forcedScheme = forcedScheme;
        this.measureWriter = measureWriter;
    }

    /**
     * Creates an engine with the bundled rules and the default policy.
     *
     * @return the engine, not null
     */
    public static ItaEngine create() {
        return builder().build();
    }

    /**
     * Returns a builder for an engine with another policy, more rules or a forced rating scheme.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Analyses one assessment.
     *
     * @param assessment the assessment, not null
     * @return the analysis, not null
     * @throws ItaValidationException if the assessment names a unit for a role the recommendation catalogue
     *     does not have
     * @throws RuleExecutionException if a rule fails, fires more often than the firing limit allows, or the
     *     rating rules answer twice (rule-authoring errors, named with the rule's file and line)
     */
    public Analysis analyze(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        measureWriter.checkUnits(assessment);
        ScoreCard card = ScoreCard.of(assessment);
        List<ScoreCard> history = assessment.history().stream().map(ScoreCard::of).toList();
        RatingScheme scheme = forcedScheme.orElse(RatingScheme.forYear(assessment.fiscalYear()));
        Collector results = new Collector();
        try (KieSession session = kieBase.newKieSession(sessionConfiguration, null)) {
            session.addEventListener((AgendaEventListener) results);
            session.addEventListener((RuleRuntimeEventListener) results);
            if (declaresLines) {
                session.setGlobal(ActionLines.GLOBAL, lines);
            }
            try {
                for (Object fact : Facts.of(card, history, lines, scheme)) {
                    session.insert(fact);
                }
                // One firing more than the limit tells a runaway rule from one that stops exactly at it.
                if (session.fireAllRules(firingLimit + 1) > firingLimit) {
                    throw runaway(results);
                }
            } catch (RuleExecutionException e) {
                throw e;
            } catch (RuntimeException e) {
                throw failure(e, results);
            }
        }
        for (Recommendation r : results.recommendations) {
            measureWriter.misfit(r).ifPresent(problem -> {
                throw new RuleExecutionException(r.rule(), where(r.rule()), String.format(Locale.ROOT,
                        "rule \"%s\" (%s) recommended what the catalogue cannot write: %s", r.rule(), where(r.rule()),
                        problem), null);
            });
        }
        List<Finding> findings = results.findings;
        findings.sort(Comparator.naturalOrder());
        return new Analysis(assessment, card, policy, ratingRange(assessment, results), findings,
                measureWriter.write(assessment, results.recommendations), results.trace, addedRules);
    }

    /** The catalogue the measures are written from, for the rule check. */
    RecommendationCatalogue recommendationCatalogue() {
        return measureWriter.catalogue();
    }

    private Optional<RatingRange> ratingRange(Assessment assessment, Collector results) {
        if (!results.bareRatings.isEmpty()) {
            String rule = results.bareRatings.get(0);
            throw new RuleExecutionException(rule, where(rule), String.format(Locale.ROOT,
                    "rule \"%s\" (%s) inserted a Rating of its own; a rating rule answers with "
                    + "insert($in.rated(Rating...)) so the rating is tied to its RatingInput (docs/RULES.md)",
                    rule, where(rule)), null);
        }
        Map<RatingBound, List<Rating>> byBound = new EnumMap<>(RatingBound.class);
        Map<RatingBound, List<String>> rulesByBound = new EnumMap<>(RatingBound.class);
        for (int i = 0; i < results.ratings.size(); i++) {
            BoundRating r = results.ratings.get(i);
            byBound.computeIfAbsent(r.bound(), b -> new ArrayList<>(1)).add(r.rating());
            rulesByBound.computeIfAbsent(r.bound(), b -> new ArrayList<>(1)).add(results.ratingRules.get(i));
        }
        for (Map.Entry<RatingBound, List<Rating>> e : byBound.entrySet()) {
            if (e.getValue().size() > 1) {
                List<String> rules = rulesByBound.get(e.getKey());
                throw new RuleExecutionException(rules.get(0), where(rules.get(0)), String.format(Locale.ROOT,
                        "the rating rules gave %d ratings %s for %s (overall %s): %s; the bands must not overlap",
                        e.getValue().size(), e.getValue().stream().map(Rating::code).toList(), assessment,
                        assessment.overall().map(Object::toString).orElse("computed"),
                        rules.stream().map(r -> "\"" + r + "\" (" + where(r) + ")").toList()), null);
            }
        }
        List<Rating> proven = byBound.getOrDefault(RatingBound.PROVEN, List.of());
        if (proven.isEmpty()) {
            return Optional.empty();
        }
        Rating best = byBound.getOrDefault(RatingBound.BEST_POSSIBLE, proven).get(0);
        return Optional.of(new RatingRange(proven.get(0), best,
                proven.get(0).equals(best) ? List.of() : results.decidedBy));
    }

    private List<DrlOutline> outlines() {
        List<DrlOutline> read = outlines;
        if (read == null) {
            read = sources.stream().map(DrlOutline::of).toList();
            outlines = read;
        }
        return read;
    }

    /** A rule's file and line, such as {@code rules/critical.drl:12}. */
    private String where(String rule) {
        for (DrlOutline outline : outlines()) {
            Optional<DrlOutline.DeclaredRule> declared = outline.rule(rule);
            if (declared.isPresent()) {
                return outline.source().origin() + ":" + declared.get().line();
            }
        }
        return "?";
    }

    /** The rule that fired most is the one that keeps re-activating itself. */
    private RuleExecutionException runaway(Collector results) {
        // Counted from the trace here, not at each firing: only a runaway analysis needs the counts.
        Map<String, Integer> firings = new java.util.HashMap<>();
        for (String rule : results.trace) {
            firings.merge(rule, 1, Integer::sum);
        }
        Map.Entry<String, Integer> most = firings.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        return new RuleExecutionException(most.getKey(), where(most.getKey()), String.format(Locale.ROOT,
                "the rules fired more than %d times in one analysis; rule \"%s\" (%s) fired %d times: does it "
                + "modify or insert a fact that matches its own condition? (give it no-loop, or a condition its "
                + "own action makes false; the limit is set with ItaEngine.Builder.firingLimit or --firing-limit)", firingLimit, most.getKey(),
                where(most.getKey()), most.getValue()), null);
    }

    /**
     * A rule that throws: in its action the firing rule is known; in a condition Drools names only the
     * expression (MVEL: "Near : {... value < "sixty" ....}"), which is looked up in the rule files.
     */
    private RuleExecutionException failure(RuntimeException e, Collector results) {
        String cause = RuleFailures.cause(e);
        if (results.firing != null) {
            String rule = results.firing;
            return new RuleExecutionException(rule, where(rule), String.format(Locale.ROOT,
                    "rule \"%s\" (%s) failed in its action: %s", rule, where(rule), cause), e);
        }
        Optional<DrlOutline.Located> at = RuleFailures.condition(e, outlines());
        String rule = at.map(l -> l.rule().name()).orElse("?");
        String location = at.map(l -> l.file().source().origin() + ":" + l.condition().line()).orElse("?");
        return new RuleExecutionException(rule, location, String.format(Locale.ROOT,
                "a condition of rule \"%s\" (%s) failed: %s%s", rule, location, cause,
                at.map(l -> " in '" + l.condition().expression() + "'").orElse("")), e);
    }

    private static final class Collector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

        final List<String> trace = new ArrayList<>();
        String firing;
        final List<BoundRating> ratings = new ArrayList<>(2);
        final List<String> ratingRules = new ArrayList<>(2);
        final List<String> bareRatings = new ArrayList<>(0);
        List<String> decidedBy = List.of();
        final List<Finding> findings = new ArrayList<>();
        final List<Recommendation> recommendations = new ArrayList<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            String rule = event.getMatch().getRule().getName();
            trace.add(rule);
            firing = null;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object o = event.getObject();
            if (o instanceof Finding f) {
                findings.add(f);
            } else if (o instanceof Recommendation r) {
                recommendations.add(r);
            } else if (o instanceof BoundRating r) {
                ratings.add(r);
                ratingRules.add(event.getRule() == null ? "?" : event.getRule().getName());
            } else if (o instanceof Rating) {
                bareRatings.add(event.getRule() == null ? "?" : event.getRule().getName());
            } else if (o instanceof RatingInput in) {
                decidedBy = in.decidedBy();
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // Rules never modify a fact (docs/RULES.md, "What a rule may do").
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // Nor delete one, input or result (docs/RULES.md, "What a rule may do").
        }
    }

    /**
     * Analyses many assessments, in parallel on the common fork-join pool; the results keep the
     * input order.
     *
     * @param assessments the assessments, not null
     * @return the analyses in input order, not null
     */
    public List<Analysis> analyzeAll(Collection<Assessment> assessments) {
        Objects.requireNonNull(assessments, "assessments");
        return assessments.parallelStream().map(this::analyze).toList();
    }

    /**
     * Analyses many assessments on an executor of the caller's, such as a server's bounded pool, one
     * task an assessment; the results keep the input order. The first failure is thrown once every
     * task has ended.
     *
     * @param assessments the assessments, not null
     * @param executor the executor, not null
     * @return the analyses in input order, not null
     * @throws ItaValidationException or {@link RuleExecutionException} as {@link #analyze} does, for
     *     the first assessment that fails
     */
    public List<Analysis> analyzeAll(Collection<Assessment> assessments, java.util.concurrent.Executor executor) {
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(executor, "executor");
        List<java.util.concurrent.CompletableFuture<Analysis>> tasks = assessments.stream()
                .map(a -> java.util.concurrent.CompletableFuture.supplyAsync(() -> analyze(a), executor)).toList();
        List<Analysis> results = new ArrayList<>(tasks.size());
        RuntimeException first = null;
        for (java.util.concurrent.CompletableFuture<Analysis> task : tasks) {
            try {
                results.add(task.join());
            } catch (java.util.concurrent.CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return List.copyOf(results);
    }

    /**
     * Plans the least an agency must fix to reach a target: which failed OIT items, in which order,
     * with the re-scored overall after each, and what remains to be raised when OIT fixes are not
     * enough. Uses the same aggregation as {@link #analyze}. When the target is a rating and the
     * figures given leave it open (a FY2566 agency without its EIT parts), a published rating the
     * rules find the figures allow decides whether it is met now ({@link TargetPlan#metAsPublished()}).
     *
     * @param assessment the assessment, not null
     * @param target the target, such as {@code Target.passMark(policy)}, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if the overall score cannot be computed from the assessment
     */
    public TargetPlan plan(Assessment assessment, Target target) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(target, "target");
        // A published rating counts only where the rules find the figures allow it, and only for a
        // target that is a rating: one analysis, run only when both are there.
        Optional<Rating> published = Optional.empty();
        if (target.rating().isPresent() && assessment.publishedRating().isPresent()) {
            Analysis analysis = analyze(assessment);
            published = analysis.ratingFromPublished() ? analysis.rating() : Optional.empty();
        }
        return TargetPlanner.plan(assessment, target, published);
    }

    /**
     * Plans the least an agency must fix to reach a target written as a user writes it: a score
     * ({@code 85}, {@code ๙๐.๕}), {@code pass} (this engine's pass mark), or a rating ({@code B},
     * {@code ระดับ AA}, {@code ผ่านดี}). A rating's lines come from this engine's own rating rules:
     * the lowest overall, and the lowest tool component, from which they rate it or better, so rules
     * that move a band move its target (the first use of a rating runs the rules over every
     * overall, once). The plan's {@link TargetPlan#target()} says what the text was read as.
     *
     * @param assessment the assessment, not null
     * @param target the target, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if the text is no target, the rules never rate it, or the
     *     overall score cannot be computed from the assessment
     */
    public TargetPlan plan(Assessment assessment, String target) {
        return plan(assessment, target(target));
    }

    /** Reads a target as {@link #plan(Assessment, String)} describes. */
    Target target(String text) {
        Objects.requireNonNull(text, "text");
        String t = ThaiDigits.toArabic(text).strip();
        if (t.equalsIgnoreCase("pass") || t.equalsIgnoreCase("passmark")) {
            return Target.passMark(policy);
        }
        Optional<String> code = RatingLabels.codeOf(t);
        if (code.isEmpty()) {
            return Target.parse(t, policy);
        }
        // A letter is labelled by its code (a, ระดับ AA); a level keeps the words the user wrote.
        return ratingTargets.of(RatingLabels.isLetter(code.get()) ? code.get() : t, Rating.ofCode(code.get()));
    }

    /**
     * Builds an {@link ItaEngine}. Each setting may be made once.
     *
     * <p>This class is not thread-safe; the engines it builds are.
     */
    public static final class Builder {

        /** The default of {@link #firingLimit(int)}. */
        public static final int DEFAULT_FIRING_LIMIT = 10_000;

        private Policy policy;
        private Path rulesDirectory;
        private RatingScheme scheme;
        private RecommendationCatalogue recommendations;
        private Integer firingLimit;

        private Builder() {
        }

        /**
         * Replaces the bundled recommendation catalogue, such as one read with
         * {@link RecommendationCatalogue#read(Path)}.
         *
         * @param catalogue the catalogue, not null
         * @return this builder (for chaining)
         * @throws IllegalStateException if a catalogue was already set
         */
        public Builder recommendations(RecommendationCatalogue catalogue) {
            Objects.requireNonNull(catalogue, "catalogue");
            if (this.recommendations != null) {
                throw new IllegalStateException("recommendation catalogue was already set");
            }
            this.recommendations = catalogue;
            return this;
        }

        /**
         * Sets the most rule firings one analysis may take, {@value #DEFAULT_FIRING_LIMIT} by default: the
         * bundled rules fire a few hundred times for the largest input, so a rule that keeps re-activating
         * itself (an {@code update} without {@code no-loop}, an {@code insert} of what it matches) is
         * stopped and named instead of running until memory runs out.
         *
         * @param limit the limit, at least 1
         * @return this builder (for chaining)
         * @throws IllegalArgumentException if the limit is below 1
         * @throws IllegalStateException if a limit was already set
         */
        public Builder firingLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("firing limit must be at least 1, was " + limit);
            }
            if (this.firingLimit != null) {
                throw new IllegalStateException("firing limit was already set to " + this.firingLimit);
            }
            this.firingLimit = limit;
            return this;
        }

        /**
         * Sets the action lines.
         *
         * @param policy the policy, not null
         * @return this builder (for chaining)
         * @throws IllegalStateException if a policy was already set
         */
        public Builder policy(Policy policy) {
            Objects.requireNonNull(policy, "policy");
            if (this.policy != null) {
                throw new IllegalStateException("policy was already set to " + this.policy);
            }
            this.policy = policy;
            return this;
        }

        /**
         * Adds the DRL files of a directory (searched recursively) to the bundled rules; a file with
         * the name of a bundled file, such as {@code letter-bands.drl}, takes its place.
         * DRL is code: load only trusted files.
         *
         * @param directory the directory, not null
         * @return this builder (for chaining)
         * @throws IllegalStateException if a rules directory was already set
         */
        public Builder rulesFrom(Path directory) {
            Objects.requireNonNull(directory, "directory");
            if (this.rulesDirectory != null) {
                throw new IllegalStateException("rules directory was already set to " + this.rulesDirectory);
            }
            this.rulesDirectory = directory;
            return this;
        }

        /**
         * Forces a rating scheme, whatever the fiscal year.
         *
         * @param scheme the scheme, not null
         * @return this builder (for chaining)
         * @throws IllegalStateException if a scheme was already set
         */
        public Builder ratingScheme(RatingScheme scheme) {
            Objects.requireNonNull(scheme, "scheme");
            if (this.scheme != null) {
                throw new IllegalStateException("rating scheme was already set to " + this.scheme);
            }
            this.scheme = scheme;
            return this;
        }

        /**
         * Loads the bundled rules (and compiles those of the rules directory, if one was given) and
         * builds the engine. This builder is unaffected and may be reused.
         *
         * @return the engine, not null
         * @throws RuleCompilationException if any DRL file does not compile, with file, line and message,
         *     or two files of the rules directory have the same name
         * @throws IllegalArgumentException if the rules directory does not exist
         */
        public ItaEngine build() {
            // Immutable: the session drops what no rule matches; Collector keeps the results.
            List<RuleSource> sources = rulesDirectory == null ? RuleSource.bundled()
                    : RuleSource.merge(RuleSource.bundled(), RuleSource.directory(rulesDirectory));
            KieBase kieBase = rulesDirectory == null
                    ? KieBaseFactory.bundled(RuleSource.INDEX, KieBaseMutabilityOption.DISABLED)
                    : KieBaseFactory.compile(sources, KieBaseMutabilityOption.DISABLED);
            return build(kieBase, sources);
        }

        /** Builds the engine on a KieBase, with this builder's settings: for {@link #build} and {@link #check}. */
        private ItaEngine build(KieBase kieBase, List<RuleSource> sources) {
            RecommendationCatalogue catalogue = recommendations == null ? RecommendationCatalogue.standard()
                    : recommendations;
            return new ItaEngine(kieBase, sources, policy == null ? Policy.defaults() : policy,
                    Optional.ofNullable(scheme), new MeasureWriter(catalogue),
                    firingLimit == null ? DEFAULT_FIRING_LIMIT : firingLimit);
        }

        /**
         * Checks the rules an engine of this builder would run (the bundled ones, with those of the
         * rules directory if one was given) and, when they have no error, builds that engine from
         * the checked rules without compiling them again. The check reports each bundled file a
         * custom file replaces, with the rules it removes and adds; warns of a replacement that
         * removes rules and adds none; and finds as errors, with file and line where there is one:
         * compilation errors, two custom files of one name, a rule name used twice in any package,
         * a condition or consequence that fails when the rules run on the bundled samples, and every
         * overall from 0.00 to 100.00 to which the rating rules give no rating or more than one. It
         * takes a few seconds more than {@link #build} (docs/RULES.md, §5). This builder is unaffected.
         *
         * <pre>{@code
         * RuleCheck check = ItaEngine.builder().rulesFrom(dir).check();
         * ItaEngine engine = check.engine();   // throws IllegalStateException if the check found errors
         * }</pre>
         *
         * @return the result, with the engine when there is no error, not null
         * @throws IllegalArgumentException if the rules directory does not exist
         */
        public RuleCheck check() {
            return RuleChecker.check(rulesDirectory, this::build);
        }
    }
}
