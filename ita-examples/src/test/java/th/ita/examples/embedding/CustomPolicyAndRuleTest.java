package th.ita.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.Score;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.RuleCheck;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

class CustomPolicyAndRuleTest {

    @Test
    void passMark90FailsWhatTheDefaultPasses(@TempDir Path dir) {
        Analysis custom = CustomPolicyAndRule.run(dir);
        Analysis standard = ItaEngine.create().analyze(CustomPolicyAndRule.assessment());
        Score overall = custom.scoreCard().overall().value().orElseThrow();
        assertTrue(overall.isAtLeast(Score.parse("85")) && overall.isBelow(Score.parse("90")), overall.toString());
        assertEquals(Score.parse("90"), custom.policy().passMark());
        assertFalse(custom.passed());
        assertTrue(standard.passed());
    }

    @Test
    void extraRuleFlagsIndicatorsBelow78(@TempDir Path dir) {
        Analysis analysis = CustomPolicyAndRule.run(dir);
        List<Finding> reviews = analysis.findings(FindingKind.URGENT).stream()
                .filter(f -> f.rule().equals(CustomPolicyAndRule.RULE_NAME)).toList();
        assertEquals(List.of("4"), reviews.stream().map(f -> f.subject().key()).toList());
        assertEquals("77.50", reviews.get(0).text("score"));
        assertEquals("quarterly", reviews.get(0).text("review"));
        assertTrue(ItaEngine.create().analyze(CustomPolicyAndRule.assessment()).findings().stream()
                .noneMatch(f -> f.rule().equals(CustomPolicyAndRule.RULE_NAME)), "the bundled rules lack it");
    }

    @Test
    void theRuleFileChecks(@TempDir Path dir) {
        CustomPolicyAndRule.engine(dir);
        RuleCheck check = ItaEngine.builder().rulesFrom(dir).check();
        assertTrue(check.passed(), check::toString);
        assertEquals(List.of(), check.warnings());
    }
}
