package th.ita.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.policy.Policy;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * Embedding example 2: an engine with a stricter policy (pass mark 90, read from properties
 * text as from a file) and one extra DRL rule of the agency's own, loaded from a directory next
 * to the bundled rules.
 *
 * <p>The rule, {@code quarterly-review.drl}, ships as a class-path resource and is copied into a
 * directory, because {@link ItaEngine.Builder#rulesFrom(Path)} reads a directory. DRL is code:
 * load rules only from files you trust.
 */
public final class CustomPolicyAndRule {

    /** The policy, as a {@code policy.properties} file would hold it. */
    public static final String POLICY = "# our own action lines\npassMark=90\n";

    /** The extra rule's file name. */
    public static final String RULE_FILE = "quarterly-review.drl";

    /** The extra rule's name, as findings name it. */
    public static final String RULE_NAME = "Municipal rule: an indicator below 78 needs a quarterly review";

    private CustomPolicyAndRule() {
    }

    /**
     * Builds the engine: pass mark 90 and the bundled rules plus {@value #RULE_FILE}.
     *
     * @param rulesDir an existing directory to copy the extra rule into, not null
     * @return the engine, not null
     */
    public static ItaEngine engine(Path rulesDir) {
        copyRule(rulesDir);
        return ItaEngine.builder()
                .policy(Policy.parse(POLICY))
                .rulesFrom(rulesDir)
                .build();
    }

    /**
     * Returns the assessment analysed: an agency whose overall, about 88, passes the default
     * pass mark of 85 but not 90, with indicator 4 below 78.
     *
     * @return the assessment, not null
     */
    public static Assessment assessment() {
        return Assessment.builder()
                .agency("เทศบาลตำบลตัวอย่าง", AgencyKind.SUBDISTRICT_MUNICIPALITY)
                .fiscalYear(2565)
                .indicator(1, "92.10").indicator(2, "86.40").indicator(3, "90.25")
                .indicator(4, "77.50").indicator(5, "88.00").indicator(6, "89.30")
                .indicator(7, "87.75").indicator(8, "86.90").indicator(9, "95.00")
                .indicator(10, "87.50")
                .build();
    }

    /**
     * Analyses {@link #assessment()} with the custom engine.
     *
     * @param rulesDir an existing directory to copy the extra rule into, not null
     * @return the analysis, not null
     */
    public static Analysis run(Path rulesDir) {
        return engine(rulesDir).analyze(assessment());
    }

    private static void copyRule(Path rulesDir) {
        try (InputStream in = CustomPolicyAndRule.class.getResourceAsStream("rules/" + RULE_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource rules/" + RULE_FILE);
            }
            Files.copy(in, rulesDir.resolve(RULE_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the example in a temporary rules directory.
     *
     * @param args ignored
     * @throws IOException if the temporary directory cannot be made
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("ita-rules");
        try {
            Analysis analysis = run(dir);
            out.println("overall " + analysis.scoreCard().overall().value().orElseThrow()
                    + ", pass mark " + analysis.policy().passMark()
                    + (analysis.passed() ? ", passed" : ", below the pass mark"));
            for (Finding f : analysis.findings(FindingKind.URGENT)) {
                if (f.rule().equals(RULE_NAME)) {
                    out.println("quarterly review: indicator " + f.subject().key() + " " + f.subject().thai()
                            + " " + f.text("score"));
                }
            }
        } finally {
            Files.deleteIfExists(dir.resolve(RULE_FILE));
            Files.deleteIfExists(dir);
        }
    }
}
