package th.ita.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import th.ita.model.ItaValidationException;
import th.ita.model.assessment.Assessment;
import th.ita.model.policy.Policy;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.facts.ActionLines;
import th.ita.rules.findings.Finding;
import th.ita.rules.plan.Plan;
import th.ita.rules.plan.Planner;
import th.ita.rules.plan.Target;
import th.ita.rules.facts.RatingInput;
import th.ita.rules.rating.BoundRating;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingBound;
import th.ita.rules.rating.RatingRange;
import th.ita.rules.rating.RatingScheme;
import th.ita.rules.recommendations.Recommendation;
import th.ita.rules.recommendations.RecommendationCatalogue;

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

    private ItaEngine(KieBase kieBase, Policy policy, Optional<RatingScheme> forcedScheme, MeasureWriter measureWriter) {
        this.kieBase = kieBase;
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
     * @throws IllegalStateException if the rules give more than one rating (a rule-authoring error)
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
            for (Object fact : Facts.of(card, history, lines, scheme)) {
                session.insert(fact);
            }
            session.fireAllRules();
        }
        List<Finding> findings = results.findings;
        findings.sort(Comparator.naturalOrder());
        return new Analysis(assessment, card, policy, ratingRange(assessment, results), findings,
                measureWriter.write(assessment, results.recommendations), results.trace);
    }

    private static Optional<RatingRange> ratingRange(Assessment assessment, Collector results) {
        if (!results.bareRatings.isEmpty()) {
            throw new IllegalStateException("rule '" + results.bareRatings.get(0) + "' inserted a Rating of its own; "
                    + "a rating rule answers with insert($in.rated(Rating...)) so the rating is tied to its RatingInput "
                    + "(docs/RULES.md)");
        }
        Map<RatingBound, List<Rating>> byBound = new EnumMap<>(RatingBound.class);
        for (BoundRating r : results.ratings) {
            byBound.computeIfAbsent(r.bound(), b -> new ArrayList<>(1)).add(r.rating());
        }
        for (Map.Entry<RatingBound, List<Rating>> e : byBound.entrySet()) {
            if (e.getValue().size() > 1) {
                throw new IllegalStateException("the rating rules gave " + e.getValue().size() + " ratings for "
                        + assessment + " at bound " + e.getKey() + ": "
                        + e.getValue().stream().map(Rating::code).sorted().toList() + "; bands must not overlap");
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

    private static final class Collector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

        final List<String> trace = new ArrayList<>();
        final List<BoundRating> ratings = new ArrayList<>(2);
        final List<String> bareRatings = new ArrayList<>(0);
        List<String> decidedBy = List.of();
        final List<Finding> findings = new ArrayList<>();
        final List<Recommendation> recommendations = new ArrayList<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            trace.add(event.getMatch().getRule().getName());
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
     * Analyses many assessments, in parallel on the common pool; the results keep the input order.
     *
     * @param assessments the assessments, not null
     * @return the analyses in input order, not null
     */
    public List<Analysis> analyzeAll(Collection<Assessment> assessments) {
        Objects.requireNonNull(assessments, "assessments");
        return assessments.parallelStream().map(this::analyze).toList();
    }

    /**
     * Plans the least an agency must fix to reach a target: which failed OIT items, in which order,
     * with the re-scored overall after each, and what remains to be raised when OIT fixes are not
     * enough. Uses the same aggregation as {@link #analyze}.
     *
     * @param assessment the assessment, not null
     * @param target the target, such as {@code Target.parse("ผ่านดี", policy())}, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if the overall score cannot be computed from the assessment
     */
    public Plan plan(Assessment assessment, Target target) {
        return Planner.plan(assessment, target);
    }

    /**
     * Returns the policy this engine applies.
     *
     * @return the policy, not null
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Builds an {@link ItaEngine}. Each setting may be made once.
     *
     * <p>This class is not thread-safe; the engines it builds are.
     */
    public static final class Builder {

        private Policy policy;
        private Path rulesDirectory;
        private RatingScheme scheme;
        private RecommendationCatalogue recommendations;

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
            KieBase kieBase = rulesDirectory == null
                    ? KieBaseFactory.bundled(RuleSource.INDEX, KieBaseMutabilityOption.DISABLED)
                    : KieBaseFactory.compile(RuleSource.withDirectory(RuleSource.bundled(), rulesDirectory),
                            KieBaseMutabilityOption.DISABLED);
            return build(kieBase);
        }

        /** Builds the engine on a KieBase, with this builder's settings: for {@link #build} and {@link #check}. */
        private ItaEngine build(KieBase kieBase) {
            RecommendationCatalogue catalogue = recommendations == null ? RecommendationCatalogue.standard()
                    : recommendations;
            return new ItaEngine(kieBase, policy == null ? Policy.defaults() : policy,
                    Optional.ofNullable(scheme), new MeasureWriter(catalogue));
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
