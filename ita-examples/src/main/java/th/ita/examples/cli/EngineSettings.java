package th.ita.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import th.ita.model.policy.Policy;
import th.ita.rules.ItaEngine;
import th.ita.rules.recommendations.RecommendationCatalogue;

/**
 * The {@code --policy}, {@code --rules}, {@code --recommendations} and {@code --firing-limit} options,
 * and the engine they configure.
 */
final class EngineSettings {

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A properties file of action lines, such as passMark=90 (keys: passMark, weaknessLine, "
                    + "urgentLine, maintainScore, nextYearTarget).")
    private Path policyFile;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A directory of extra DRL rules; a file named like a bundled one replaces it. "
                    + "DRL is code: use only trusted files.")
    private Path rulesDir;

    @Option(names = "--recommendations", paramLabel = "FILE",
            description = "A JSON file of recommendation texts: kinds of measure your rules add (\"kinds\"), and "
                    + "texts in the place of the bundled ones (docs/RULES.md, section 5).")
    private Path recommendationsFile;

    @Option(names = "--firing-limit", paramLabel = "N",
            description = "The most rule firings one analysis may take (default: "
                    + ItaEngine.Builder.DEFAULT_FIRING_LIMIT + "); a rule that keeps firing is stopped and named.")
    private Integer firingLimit;

    /** The engine with the bundled rules and default policy, built once (about 2 s) and shared. */
    private static final class Standard {
        static final ItaEngine ENGINE = ItaEngine.create();
    }

    /**
     * Returns the engine the options ask for.
     *
     * @return the engine, not null
     * @throws InputException if the policy file or rules directory is missing or bad
     * @throws th.ita.rules.RuleCompilationException if the rules do not compile
     */
    ItaEngine engine() {
        if (policyFile == null && rulesDir == null && recommendationsFile == null && firingLimit == null) {
            return Standard.ENGINE;
        }
        return builder().build();
    }

    /**
     * Reads a recommendations file over the bundled catalogue.
     *
     * @param file the file, not null
     * @return the catalogue, not null
     * @throws InputException if the file is missing, unreadable or bad, naming the file and the entry
     */
    static RecommendationCatalogue recommendations(Path file) {
        Inputs.requireFile(file);
        try {
            return RecommendationCatalogue.standard().with(file);
        } catch (IllegalArgumentException e) {
            // The catalogue's messages start with the file.
            throw new InputException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new InputException("cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Returns a builder with the options' settings, for a command that checks before it builds.
     *
     * @return the builder, not null
     * @throws InputException if the policy file, rules directory or recommendations file is missing or bad
     */
    ItaEngine.Builder builder() {
        ItaEngine.Builder builder = ItaEngine.builder();
        if (policyFile != null) {
            String text = Inputs.readText(policyFile);
            try {
                builder.policy(Policy.parse(text));
            } catch (IllegalArgumentException e) {
                throw new InputException(policyFile + ": " + e.getMessage(), e);
            }
        }
        if (rulesDir != null) {
            builder.rulesFrom(Inputs.requireDirectory(rulesDir));
        }
        if (recommendationsFile != null) {
            builder.recommendations(recommendations(recommendationsFile));
        }
        if (firingLimit != null) {
            try {
                builder.firingLimit(firingLimit);
            } catch (IllegalArgumentException e) {
                throw new InputException("--firing-limit: " + e.getMessage(), e);
            }
        }
        return builder;
    }
}
