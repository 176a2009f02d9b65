package th.ita.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link ItaEngine.Builder#check()} found in the rules an engine would run: the bundled files
 * that custom files replace, and every warning and error, each with its file and, where there is
 * one, its line. When there is no error it also holds the engine built from the rules it checked,
 * so that they are not compiled a second time.
 *
 * <pre>{@code
 * RuleCheck check = ItaEngine.builder().rulesFrom(Path.of("my-rules")).check();
 * check.errors().forEach(System.err::println);   // my-rules/letter-bands.drl: no rating for overall 84.00 - 84.99
 * if (check.passed()) {
 *     ItaEngine engine = check.engine();          // the checked rules, not compiled again
 * }
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RuleCheck {

    /**
     * A custom file that takes the place of a bundled file of the same name. The rules are compared
     * by name: a rule kept under its name may still have changed.
     *
     * @param customFile the custom file, as a path on disk, not null
     * @param bundledFile the bundled file it replaces, as a class-path resource
     *     ({@code th/ita/rules/actionlines/urgent.drl}), not null
     * @param removedRules the bundled file's rules that the custom file does not declare, not null
     * @param addedRules the custom file's rules that the bundled file does not declare, not null
     * @param keptRules the rules both declare, not null
     */
    public record Replacement(String customFile, String bundledFile, List<String> removedRules,
            List<String> addedRules, List<String> keptRules) {

        /**
         * Validates and copies the parts.
         *
         * @param customFile the custom file, as a path on disk, not null
         * @param bundledFile the bundled file it replaces, as a class-path resource, not null
         * @param removedRules the bundled file's rules that the custom file does not declare, not null
         * @param addedRules the custom file's rules that the bundled file does not declare, not null
         * @param keptRules the rules both declare, not null
         */
        public Replacement {
            Objects.requireNonNull(customFile, "customFile");
            Objects.requireNonNull(bundledFile, "bundledFile");
            removedRules = List.copyOf(removedRules);
            addedRules = List.copyOf(addedRules);
            keptRules = List.copyOf(keptRules);
        }
    }

    private final List<String> customFiles;
    private final List<Replacement> replacements;
    private final List<RuleProblem> warnings;
    private final List<RuleProblem> errors;
    private final ItaEngine engine;

    RuleCheck(List<String> customFiles, List<Replacement> replacements, List<RuleProblem> warnings, List<RuleProblem> errors,
            ItaEngine engine) {
        this.customFiles = List.copyOf(customFiles);
        this.replacements = List.copyOf(replacements);
        this.warnings = List.copyOf(warnings);
        this.errors = List.copyOf(errors);
        this.engine = errors.isEmpty() ? Objects.requireNonNull(engine, "engine") : null;
    }

    /**
     * Returns the DRL files of the rules directory, in path order; empty without one.
     *
     * @return the paths on disk, not null
     */
    public List<String> customFiles() {
        return customFiles;
    }

    /**
     * Returns each bundled file a custom file replaces, in the custom files' order.
     *
     * @return the replacements, not null
     */
    public List<Replacement> replacements() {
        return replacements;
    }

    /**
     * Returns what works but may not be meant, such as a replacement that removes rules and adds none.
     *
     * @return the warnings, not null
     */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /**
     * Returns what makes the rules unfit to run: compilation errors, files or rule names used twice,
     * conditions that fail at run time, and overalls the rating rules give no rating or two.
     *
     * @return the errors, not null
     */
    public List<RuleProblem> errors() {
        return errors;
    }

    /**
     * Tells whether the rules have no error (warnings are allowed).
     *
     * @return true if there is no error
     */
    public boolean passed() {
        return errors.isEmpty();
    }

    /**
     * Returns the engine built from the checked rules and the builder's settings at the time of the
     * check, without compiling the rules again.
     *
     * @return the engine, not null
     * @throws IllegalStateException if the check found errors, naming the first
     */
    public ItaEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("no engine is built from rules with errors; the check found "
                    + errors.size() + (errors.size() == 1 ? " error: " : " errors, the first: ") + errors.get(0));
        }
        return engine;
    }

    @Override
    public String toString() {
        return "RuleCheck[" + customFiles.size() + " custom files, " + replacements.size() + " replacements, "
                + warnings.size() + " warnings, " + errors.size() + " errors"
                + (errors.isEmpty() ? "" : errors.stream().map(RuleProblem::toString).collect(Collectors.joining("; ", ": ", "")))
                + "]";
    }
}
