package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import th.ita.rules.internal.KieBaseFactory;
import th.ita.rules.internal.RuleSource;

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

    /**
     * Beyond the samples: generated assessments of every edition and level of detail, which reach
     * rules the samples do not (questions, OIT items, history), conclude the same both ways.
     */
    @Property(tries = 60)
    void thePrecompiledEngineAnalysesGeneratedAssessmentsAsTheDrlDoes(
            @ForAll("generated") th.ita.model.assessment.Assessment assessment) {
        assertEquals(Outcome.of(FromDrl.ENGINE.analyze(assessment)), Outcome.of(FromDrl.PRECOMPILED.analyze(assessment)));
    }

    @Provide
    Arbitrary<th.ita.model.assessment.Assessment> generated() {
        return th.ita.rules.testing.AssessmentArbitraries.assessments();
    }

    /** Both engines, built once for the property's tries. */
    private static final class FromDrl {
        static final ItaEngine PRECOMPILED = ItaEngine.create();
        static final ItaEngine ENGINE = fromDrl();

        private static ItaEngine fromDrl() {
            try {
                // An empty directory: the bundled DRL, compiled. The engine keeps nothing of it.
                java.nio.file.Path empty = java.nio.file.Files.createTempDirectory("no-rules");
                try {
                    return ItaEngine.builder().rulesFrom(empty).build();
                } finally {
                    java.nio.file.Files.delete(empty);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
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
