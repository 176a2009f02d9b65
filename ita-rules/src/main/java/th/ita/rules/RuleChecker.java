package th.ita.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import th.ita.model.samples.Samples;
import th.ita.rules.internal.KieBaseFactory;
import th.ita.rules.internal.RuleSource;
import th.ita.rules.internal.DrlOutline;

/**
 * Runs the rule check behind {@link ItaEngine.Builder#check()}, in the order a rule author fixes
 * things: the files (names, replacements), compilation, rule names, the rating rules over every
 * overall ({@link RatingSweep}), then every bundled sample through the engine, which brings out a
 * condition that compiles but cannot be evaluated ({@link RuleFailures}).
 *
 * <p>Conditions are type-checked by running them, not by compiling the custom rules a second way
 * (Drools' executable model, which type-checks at compile time): the executable model reports its
 * errors against the Java it generates, with no DRL file or line, it rejects conditions the engine
 * accepts ({@code level == "INDICATOR"}), and it would make the check compile rules the engine never
 * runs, a few times slower. Running the compiled rules checks what the engine will run; a condition
 * that no sample and no rating input reaches is not checked (docs/RULES.md, §5).
 */
final class RuleChecker {

    private RuleChecker() {
    }

    /**
     * Checks the bundled rules with those of a directory.
     *
     * @param directory the rules directory, or null for the bundled rules alone
     * @param engineOn builds the engine on the checked KieBase and its files, with the builder's settings
     * @return the result, not null
     * @throws IllegalArgumentException if the directory does not exist
     */
    static RuleCheck check(Path directory, BiFunction<KieBase, List<RuleSource>, ItaEngine> engineOn) {
        List<String> customFiles = directory == null ? List.of()
                : RuleSource.drlFiles(directory).stream().map(Path::toString).toList();
        List<RuleSource> bundled = RuleSource.bundled();
        List<RuleSource> custom;
        try {
            custom = directory == null ? List.of() : RuleSource.directory(directory);
        } catch (RuleCompilationException e) {
            return new RuleCheck(customFiles, List.of(), List.of(), problems(e), null);
        }
        List<RuleCheck.Replacement> replacements = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        for (RuleSource file : custom) {
            bundled.stream().filter(b -> b.fileName().equals(file.fileName())).findFirst().ifPresent(original -> {
                RuleCheck.Replacement replacement = replacement(original, file);
                replacements.add(replacement);
                if (!replacement.removedRules().isEmpty() && replacement.addedRules().isEmpty()) {
                    warnings.add(removesWithoutAdding(replacement));
                }
            });
        }

        List<RuleSource> sources = RuleSource.merge(bundled, custom);
        KieBase kieBase;
        try {
            // As ItaEngine.Builder.build() makes it.
            kieBase = directory == null ? KieBaseFactory.bundled(RuleSource.INDEX, KieBaseMutabilityOption.DISABLED)
                    : KieBaseFactory.compile(sources, KieBaseMutabilityOption.DISABLED);
        } catch (RuleCompilationException e) {
            return new RuleCheck(customFiles, replacements, warnings, problems(e), null);
        }
        List<DrlOutline> outlines = sources.stream().map(DrlOutline::of).toList();
        List<RuleProblem> errors = new ArrayList<>(ruleNamesUsedTwice(outlines));
        ItaEngine engine = engineOn.apply(kieBase, sources);
        errors.addAll(unknownKinds(custom, engine.recommendationCatalogue()));
        java.util.Set<String> fired = new java.util.HashSet<>();
        List<RuleProblem> ratings = RatingSweep.run(kieBase, outlines, fired);
        errors.addAll(ratings);
        // Overlapping ratings also make an analysis fail; they are reported once, by the sweep.
        List<RuleProblem> failures = runSamples(engine, outlines, directory, ratings.isEmpty(), fired);
        errors.addAll(failures);
        if (failures.isEmpty()) {
            // Where a sample failed, its analysis stopped early: a rule that did not fire may yet.
            warnings.addAll(neverFired(custom, fired));
        }
        return new RuleCheck(customFiles, replacements, warnings, errors, engine);
    }

    private static List<RuleProblem> problems(RuleCompilationException e) {
        return e.errors().stream().map(r -> new RuleProblem(r.file(), Math.max(r.line(), 0), oneLine(r.message())))
                .toList();
    }

    private static RuleCheck.Replacement replacement(RuleSource original, RuleSource file) {
        List<String> before = DrlOutline.of(original).ruleNames();
        List<String> after = DrlOutline.of(file).ruleNames();
        return new RuleCheck.Replacement(file.origin(), original.resourcePath(),
                before.stream().filter(r -> !after.contains(r)).toList(),
                after.stream().filter(r -> !before.contains(r)).toList(),
                after.stream().filter(before::contains).toList());
    }

    private static RuleProblem removesWithoutAdding(RuleCheck.Replacement replacement) {
        int removed = replacement.removedRules().size();
        return new RuleProblem(replacement.customFile(), 0, "replaces " + replacement.bundledFile()
                + " and removes " + removed + (removed == 1 ? " bundled rule" : " bundled rules")
                + " without adding any: " + replacement.removedRules().stream().map(r -> "\"" + r + "\"")
                        .collect(Collectors.joining(", ")));
    }

    /**
     * Rule names used twice. Drools rejects two in one package, but keeps both when the packages
     * differ; findings and traces carry the rule name, so it must name one rule.
     */
    private static List<RuleProblem> ruleNamesUsedTwice(List<DrlOutline> outlines) {
        Map<String, String> first = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (DrlOutline outline : outlines) {
            for (DrlOutline.DeclaredRule rule : outline.rules()) {
                String there = first.putIfAbsent(rule.name(), outline.source().origin() + ":" + rule.line());
                if (there != null) {
                    problems.add(new RuleProblem(outline.source().origin(), rule.line(), "rule name \""
                            + rule.name() + "\" is already used at " + there + "; every rule needs a name of its own, "
                            + "in any package, since findings and traces name the rule"));
                }
            }
        }
        return problems;
    }

    /** A kind named in DRL: {@code RecommendationKind.of("NAME")} (group 1) or {@code RecommendationKind.NAME} (group 2). */
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile(
            "RecommendationKind\\s*\\.\\s*(?:of\\s*\\(\\s*\"([^\"]*)\"\\s*\\)|([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\())");

    /**
     * Kinds of recommendation the custom files name that the catalogue has no texts for: found in
     * the text, so a rule that no sample fires is checked too.
     */
    private static List<RuleProblem> unknownKinds(List<RuleSource> custom,
            th.ita.rules.recommendations.RecommendationCatalogue catalogue) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource file : custom) {
            java.util.regex.Matcher m = KIND.matcher(file.text());
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                int line = 1 + (int) file.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                String problem;
                try {
                    var kind = th.ita.rules.recommendations.RecommendationKind.of(name);
                    problem = catalogue.subjectLevel(kind).isPresent() ? null
                            : "recommendation kind " + name + " has no texts in the recommendation catalogue; its kinds "
                                    + "are " + catalogue.kinds() + " (add it under \"kinds\" in a recommendations "
                                    + "file: --recommendations, RecommendationCatalogue.with)";
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    problems.add(new RuleProblem(file.origin(), line, problem));
                }
            }
        }
        return problems;
    }

    /**
     * Custom rules no sample made fire: the check proves nothing about their actions, so it says so,
     * and what would decide it.
     */
    private static List<RuleProblem> neverFired(List<RuleSource> custom, java.util.Set<String> fired) {
        List<RuleProblem> warnings = new ArrayList<>();
        for (RuleSource file : custom) {
            for (DrlOutline.DeclaredRule rule : DrlOutline.of(file).rules()) {
                if (!fired.contains(rule.name())) {
                    warnings.add(new RuleProblem(file.origin(), rule.line(), "rule \"" + rule.name() + "\" fired on "
                            + "none of the " + Samples.list().size() + " bundled samples (nor in the rating sweep), so "
                            + "its action was not "
                            + "tried; a test with an assessment that meets its conditions would try it "
                            + "(docs/RULES.md, §8)"));
                }
            }
        }
        return warnings;
    }

    /** Analyses every bundled sample; each failure once, at its condition or rule when it has one. */
    private static List<RuleProblem> runSamples(ItaEngine engine, List<DrlOutline> outlines, Path directory,
            boolean reportUnlocated, java.util.Set<String> fired) {
        Map<String, RuleProblem> found = new LinkedHashMap<>();
        for (Samples.Sample sample : Samples.list()) {
            try {
                fired.addAll(engine.analyze(sample.load()).trace());
            } catch (RuntimeException e) {
                // A rule that fails was reached; its error says more than a warning that it never fired.
                RuleFailures.rule(e, outlines).ifPresent(fired::add);
                Optional<RuleProblem> located = RuleFailures.locate(e, outlines, "on sample " + sample.name());
                if (located.isPresent()) {
                    found.putIfAbsent(located.get().file() + ":" + located.get().line(), located.get());
                } else if (reportUnlocated) {
                    String cause = RuleFailures.cause(e);
                    found.putIfAbsent(cause, new RuleProblem(
                            directory == null ? "classpath:" + RuleSource.INDEX.substring(1) : directory.toString(), 0,
                            "the analysis of sample " + sample.name() + " fails: " + cause));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** A Drools message on one line, without the line that only points a caret at the error. */
    private static String oneLine(String message) {
        return message.lines().filter(l -> !l.strip().equals("^")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
