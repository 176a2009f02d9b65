package th.ita.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Drools alone costs for the work of one analysis, with no ITA rule in it: a KieBase of two
 * trivial rules, and a session per call that inserts as many facts and fires as many times as an
 * analysis of a generated FY2566 agency does: 44 facts and 110 firings, each firing inserting one
 * result, some of which make further rules fire (as findings make recommendations). That is 154
 * objects inserted and propagated. No analysis can cost less than this while its rules insert
 * their findings and recommendations; {@link AnalyzeBenchmark} is compared with it in
 * {@code docs/PERFORMANCE.md}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Thread)
public class DroolsFloorBenchmark {

    /** A fact: each makes the first rule fire once; its echo makes {@code hops} more firings. */
    public record Probe(int number, int hops) {
    }

    /** What the rules insert, the stand-in for a finding or a recommendation; it fires again while hops remain. */
    public record Echo(int hops) {
    }

    private static final String RULE = """
            package th.ita.examples.bench;

            import th.ita.examples.bench.DroolsFloorBenchmark.Echo;
            import th.ita.examples.bench.DroolsFloorBenchmark.Probe;

            rule "A probe inserts an echo"
            when
                $probe : Probe()
            then
                insert(new Echo($probe.hops()));
            end

            rule "An echo with hops left inserts the next"
            when
                $echo : Echo(hops > 0)
            then
                insert(new Echo($echo.hops() - 1));
            end
            """;

    /** The firings of one analysis of a generated FY2566 agency (`Analysis.trace()`). */
    public static final int ANALYSIS_FIRINGS = 110;

    /** The facts the engine inserts for one analysis of a generated FY2566 agency. */
    public static final int ANALYSIS_FACTS = 44;

    /** Firings a session, as many as the rules of one analysis make. */
    @Param("" + ANALYSIS_FIRINGS)
    public int firings;

    /** Facts a session inserts, as many as the engine inserts for one analysis. */
    @Param("" + ANALYSIS_FACTS)
    public int facts;

    private KieBase kieBase;
    private List<Probe> probes;

    /** Compiles the rule and makes the probes; neither is timed. */
    @Setup(Level.Trial)
    public void setUp() {
        kieBase = kieBase(RULE);
        probes = probes(facts, firings);
    }

    /**
     * Opens a session, inserts the probes, fires and disposes the session.
     *
     * @return the number of firings, to keep the work from being optimised away
     */
    @Benchmark
    public int session() {
        try (KieSession session = kieBase.newKieSession()) {
            for (Probe probe : probes) {
                session.insert(probe);
            }
            return session.fireAllRules();
        }
    }

    /**
     * The probes: {@code facts} of them, whose hops add up to {@code firings - facts}, spread as
     * evenly as they go (44 facts and 110 firings: 22 probes of one hop and 22 of two).
     */
    static List<Probe> probes(int facts, int firings) {
        if (facts < 1 || firings < facts) {
            throw new IllegalArgumentException("need at least one fact and no fewer firings than facts: facts="
                    + facts + ", firings=" + firings);
        }
        int hops = firings - facts;
        List<Probe> probes = new ArrayList<>(facts);
        for (int i = 0; i < facts; i++) {
            probes.add(new Probe(i, hops / facts + (i < hops % facts ? 1 : 0)));
        }
        return probes;
    }

    static KieBase kieBase(String drl) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId id = services.newReleaseId("th.ita", "drools-floor-benchmark", "1.0.0");
        files.generateAndWritePomXML(id);
        files.write("src/main/resources/th/ita/examples/bench/floor.drl", drl);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the floor rule does not compile: " + errors);
        }
        var configuration = services.newKieBaseConfiguration();
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return services.newKieContainer(id).newKieBase(configuration);
    }
}
