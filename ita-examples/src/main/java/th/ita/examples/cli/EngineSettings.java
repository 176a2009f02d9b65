package th.ita.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import th.ita.model.policy.Policy;
import th.ita.rules.ItaEngine;

/** The {@code --policy}, {@code --rules} and {@code --firing-limit} options, and the engine they configure. */
final class EngineSettings {

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A properties file of action lines, such as passMark=90 (keys: passMark, weaknessLine, "
                    + "urgentLine, maintainScore, nextYearTarget).")
    private Path policyFile;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A directory of extra DRL rules; a file named like a bundled one replaces it. "
                    + "DRL is code: use only trusted files.")
    private Path rulesDir;

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
        if (policyFile == null && rulesDir == null && firingLimit == null) {
            return Standard.ENGINE;
        }
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
        if (firingLimit != null) {
            try {
                builder.firingLimit(firingLimit);
            } catch (IllegalArgumentException e) {
                throw new InputException("--firing-limit: " + e.getMessage(), e);
            }
        }
        return builder.build();
    }
}
