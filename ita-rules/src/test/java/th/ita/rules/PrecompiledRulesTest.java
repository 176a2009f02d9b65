package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import th.ita.model.samples.Samples;
import th.ita.rules.findings.Finding;
import th.ita.rules.rating.Rating;
import th.ita.rules.recommendations.Measure;

/**
 * The bundled rules are loaded from the executable model that the build makes (ModelGenerator);
 * it must be the DRL, rule for rule and finding for finding, or an edit to a DRL file was not
 * rebuilt.
 */
class PrecompiledRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {RuleSource.INDEX, RuleSource.PLAN_INDEX})
    void theBuildPrecompiledEveryBundledRule(String index) {
        assertFalse(KieBaseFactory.modelClasses(index).isEmpty(), "no precompiled model for " + index);
        assertEquals(ruleNames(KieBaseFactory.compile(RuleSource.bundled(index), KieBaseMutabilityOption.ALLOWED)),
                ruleNames(KieBaseFactory.bundled(index, KieBaseMutabilityOption.ALLOWED)));
    }

    @Test
    void thePrecompiledEngineAnalysesEverySampleAsTheDrlDoes(@TempDir Path emptyRulesDirectory) {
        ItaEngine precompiled = ItaEngine.create();
        ItaEngine fromDrl = ItaEngine.builder().rulesFrom(emptyRulesDirectory).build();
        for (Samples.Sample sample : Samples.list()) {
            Analysis expected = fromDrl.analyze(sample.load());
            Analysis actual = precompiled.analyze(sample.load());
            assertEquals(Outcome.of(expected), Outcome.of(actual), sample.name());
            assertFalse(actual.findings().isEmpty(), sample.name());
        }
    }

    /** What an analysis concluded, with the rules that fired in any order. */
    private record Outcome(Optional<Rating> rating, List<Finding> findings, List<Measure> measures,
            List<String> fired) {
        static Outcome of(Analysis analysis) {
            return new Outcome(analysis.rating(), analysis.findings(), analysis.measures(), Drl.firedSorted(analysis));
        }
    }

    private static Set<String> ruleNames(KieBase kieBase) {
        Set<String> names = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(p.getName() + ": " + r.getName())));
        assertFalse(names.isEmpty());
        return names;
    }
}
