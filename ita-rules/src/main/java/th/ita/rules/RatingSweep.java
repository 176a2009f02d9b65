package th.ita.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import th.ita.rules.facts.RatingInput;
import th.ita.rules.rating.BoundRating;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingBound;
import th.ita.rules.rating.RatingScheme;
import th.ita.rules.internal.KieBaseFactory;
import th.ita.rules.internal.RuleSource;
import th.ita.rules.internal.DrlOutline;

/**
 * Proves, through the engine's own KieBase, that the rating rules give exactly one rating for
 * every overall from 0.00 to 100.00 in steps of 0.01 (every overall there is, since scores have
 * two decimals), under each rating scheme; gaps and overlaps become errors naming the range.
 *
 * <p>The levels also depend on the lowest tool component, so each overall is rated with the
 * lowest component at 0.00, at 100.00, and at each number the rating rules compare it with and
 * 0.01 below it (84.99 and 85.00, 94.99 and 95.00 for the bundled rules): on both sides of every
 * cut the rules make. The rules see each point as a {@link RatingInput}, as in an analysis; the
 * 10,001 overalls of one component share a session, which costs far less than a session each.
 */
final class RatingSweep {

    private static final int POINTS = 10_001;

    /** More firings than this for one session's inputs can only be a rule that keeps firing. */
    private static final int FIRING_LIMIT = 50 * POINTS;

    /** The file that holds a scheme's rules, bundled or replaced: blamed for a scheme no rule rates at all. */
    private static final Map<RatingScheme, String> HOME_FILES = new EnumMap<>(Map.of(
            RatingScheme.LETTER_BANDS, "letter-bands.drl", RatingScheme.LEVELS, "levels-fy2566.drl"));

    /** A number in a condition, such as {@code 85.00} in {@code lowestComponent >= 85.00}. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])(\\d{1,3}(?:\\.\\d+)?)(?![\\w.])");

    private final KieBase kieBase;
    private final List<DrlOutline> outlines;
    private final Map<String, List<DrlOutline>> filesOfRule = new HashMap<>();

    private RatingSweep(KieBase kieBase, List<DrlOutline> outlines) {
        this.kieBase = kieBase;
        this.outlines = outlines;
        for (DrlOutline outline : outlines) {
            outline.ruleNames().forEach(name -> filesOfRule.computeIfAbsent(name, n -> new ArrayList<>()).add(outline));
        }
    }

    /**
     * Rates every point and reports each gap and overlap.
     *
     * @param kieBase the KieBase the engine runs
     * @param outlines the DRL files it was compiled from
     * @param fired receives the name of every rule that gave a rating
     * @return the errors, in scheme and score order; empty when every point has one rating
     */
    static List<RuleProblem> run(KieBase kieBase, List<DrlOutline> outlines, java.util.Set<String> fired) {
        return new RatingSweep(kieBase, outlines).run(fired);
    }

    private List<RuleProblem> run(java.util.Set<String> fired) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RatingScheme scheme : RatingScheme.values()) {
            List<Integer> components = componentLines(scheme);
            // One gap or overlap usually shows at several components: report it once, with the components.
            Map<Stretch, List<Integer>> where = new LinkedHashMap<>();
            Map<Stretch, String> blamed = new HashMap<>();
            for (int component : components) {
                List<List<Given>> given;
                try {
                    given = rate(scheme, component);
                } catch (RuntimeException e) {
                    // A rating rule that fails, fails for most inputs: one error says it.
                    problems.add(RuleFailures.locate(e, outlines, "while rating every overall")
                            .orElse(new RuleProblem(homeFile(scheme), 0,
                                    "the rating rules fail at run time: " + RuleFailures.cause(e))));
                    return problems;
                }
                given.forEach(atPoint -> atPoint.forEach(g -> fired.add(g.rule())));
                for (Stretch stretch : stretches(given)) {
                    where.computeIfAbsent(stretch, s -> new ArrayList<>()).add(component);
                    blamed.computeIfAbsent(stretch, s -> blame(scheme, s, given));
                }
            }
            where.forEach((stretch, at) -> problems.add(new RuleProblem(blamed.get(stretch), 0,
                    stretch.describe() + (at.size() == components.size() ? "" : atComponents(at)))));
        }
        return problems;
    }

    /** Names the components a stretch was found at, when it was not found at all of them. */
    private static String atComponents(List<Integer> components) {
        return " with the lowest component at " + components.stream().map(RatingSweep::score)
                .collect(Collectors.joining(", "));
    }

    /**
     * The lowest components to rate a scheme at, in hundredths: 0, 100 and both sides of every cut
     * the rules make on it. A rule that names only another scheme's constant (the levels rules say
     * {@code scheme == RatingScheme.LEVELS}) does not rate this one, so its cuts are left out.
     */
    private List<Integer> componentLines(RatingScheme scheme) {
        TreeSet<Integer> lines = new TreeSet<>(List.of(0, 100_00));
        for (DrlOutline outline : outlines) {
            for (DrlOutline.DeclaredRule rule : outline.rules()) {
                List<RatingScheme> named = Stream.of(RatingScheme.values())
                        .filter(s -> rule.conditions().stream().anyMatch(c -> c.expression().contains(s.name()))).toList();
                if (!named.isEmpty() && !named.contains(scheme)) {
                    continue;
                }
                for (DrlOutline.Condition condition : rule.conditions()) {
                    if (condition.factType().endsWith("RatingInput") && condition.expression().contains("lowestComponent")) {
                        Matcher m = NUMBER.matcher(condition.expression());
                        while (m.find()) {
                            long cut = Math.round(Double.parseDouble(m.group(1)) * 100);
                            if (cut > 0 && cut <= 100_00) {
                                lines.add((int) cut);
                                lines.add((int) cut - 1);
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(lines);
    }

    /** A rating and the rule that gave it. */
    private record Given(String code, String rule) {
    }

    /** Rates every overall at one lowest component; the result is indexed by the overall in hundredths. */
    private List<List<Given>> rate(RatingScheme scheme, int component) {
        List<RatingInput> inputs = new ArrayList<>(POINTS);
        for (int overall = 0; overall < POINTS; overall++) {
            inputs.add(new RatingInput(scheme, RatingBound.PROVEN, overall / 100.0, component / 100.0, List.of()));
        }
        return rate(kieBase, inputs);
    }

    /**
     * The rating codes the rules give each of some inputs, in their order, in one session: what the
     * planner's targets are read from.
     *
     * @param kieBase the KieBase the engine runs
     * @param inputs the rating inputs
     * @return for each input, the codes of the ratings given (none, one, or more when rules overlap)
     */
    static List<List<String>> codes(KieBase kieBase, List<RatingInput> inputs) {
        return rate(kieBase, inputs).stream().map(given -> given.stream().map(Given::code).toList()).toList();
    }

    private static List<List<Given>> rate(KieBase kieBase, List<RatingInput> inputs) {
        RatingsGiven listener = new RatingsGiven();
        try (KieSession session = kieBase.newKieSession(KieBaseFactory.sessionConfiguration(), null)) {
            session.addEventListener((AgendaEventListener) listener);
            session.addEventListener((RuleRuntimeEventListener) listener);
            inputs.forEach(session::insert);
            if (session.fireAllRules(FIRING_LIMIT) >= FIRING_LIMIT) {
                throw new IllegalStateException("the rules fired " + FIRING_LIMIT + " times for " + inputs.size()
                        + " rating inputs and had not stopped; most often: rule \"" + listener.mostFired() + "\"");
            }
        }
        return inputs.stream().map(in -> listener.given.getOrDefault(in, List.of())).toList();
    }

    /** Collects each rating with the input whose rule gave it: the input is in the match that fires. */
    private static final class RatingsGiven extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

        final Map<RatingInput, List<Given>> given = new java.util.IdentityHashMap<>();
        final Map<String, Integer> firings = new HashMap<>();
        private RatingInput current;
        private String currentRule;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            currentRule = event.getMatch().getRule().getName();
            firings.merge(currentRule, 1, Integer::sum);
            current = null;
            for (Object fact : event.getMatch().getObjects()) {
                if (fact instanceof RatingInput input) {
                    current = input;
                }
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object fact = event.getObject();
            Rating rating = fact instanceof BoundRating bound ? bound.rating() : fact instanceof Rating bare ? bare : null;
            if (rating != null && current != null) {
                given.computeIfAbsent(current, in -> new ArrayList<>(1)).add(new Given(rating.code(), currentRule));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // Rating rules only insert.
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // Rating rules only insert.
        }

        String mostFired() {
            return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
        }
    }

    /**
     * Overalls in a row, in hundredths, with the same wrong number of ratings.
     *
     * @param codes the ratings given, sorted; empty for none
     */
    private record Stretch(List<String> codes, int from, int to) {

        String describe() {
            String range = from == to ? score(from) : score(from) + " - " + score(to);
            return codes.isEmpty() ? "no rating for overall " + range
                    : count(codes.size()) + " ratings (" + String.join(", ", codes) + ") for overall " + range;
        }

        private static String count(int n) {
            return switch (n) {
                case 2 -> "two";
                case 3 -> "three";
                case 4 -> "four";
                default -> String.valueOf(n);
            };
        }
    }

    private static List<Stretch> stretches(List<List<Given>> given) {
        List<Stretch> stretches = new ArrayList<>();
        int start = -1;
        List<String> codes = null;
        for (int i = 0; i <= POINTS; i++) {
            List<String> here = i == POINTS || given.get(i).size() == 1 ? null
                    : given.get(i).stream().map(Given::code).sorted().toList();
            if (codes != null && !codes.equals(here)) {
                stretches.add(new Stretch(codes, start, i - 1));
                codes = null;
            }
            if (here != null && codes == null) {
                codes = here;
                start = i;
            }
        }
        return stretches;
    }

    /**
     * The file to name for a stretch: for an overlap, the file of the rules that overlap; for a gap,
     * the file of the rules that rate the overall next to it, since that is where the cut was
     * written; a custom file before a bundled one, as that is where the author is working.
     */
    private String blame(RatingScheme scheme, Stretch stretch, List<List<Given>> given) {
        List<Given> rules = !stretch.codes().isEmpty() ? given.get(stretch.from())
                : stretch.from() > 0 ? given.get(stretch.from() - 1)
                : stretch.to() < POINTS - 1 ? given.get(stretch.to() + 1) : List.of();
        return rules.stream().flatMap(g -> filesOfRule.getOrDefault(g.rule(), List.of()).stream())
                .map(f -> f.source().origin())
                .min(Comparator.comparing((String origin) -> origin.startsWith("classpath:")).thenComparing(o -> o))
                .orElseGet(() -> homeFile(scheme));
    }

    private String homeFile(RatingScheme scheme) {
        return outlines.stream().map(DrlOutline::source).filter(s -> s.fileName().equals(HOME_FILES.get(scheme)))
                .map(RuleSource::origin).findFirst().orElse("the rating rules");
    }

    private static String score(int hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }
}
