package th.ita.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import th.ita.rules.RuleCompilationException;
import th.ita.rules.RuleProblem;

/**
 * Builds the KieBases of the engine and the plan checker.
 *
 * <p>The bundled rules are compiled when this library is built, into Drools' executable model
 * ({@link ModelGenerator}): loading them takes a fraction of a second, where compiling DRL takes
 * seconds. DRL from a rules directory is compiled when the engine is built, together with the
 * bundled files, under a release id of its own: the process-wide default id is shared by every
 * build in the JVM, and concurrent builds would overwrite each other.
 */
public final class KieBaseFactory {

    private static final String RESOURCES = "src/main/resources/";

    /** What Drools adds, without a line, to each file that has a syntax error. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private KieBaseFactory() {
    }

    /**
     * Returns the KieBase of a set of bundled rules: the precompiled model when the build made one,
     * else (in an IDE that skipped the build step) the DRL compiled now.
     *
     * @param index the class-path index of the DRL files, such as {@code /th/ita/rules/rules.index}
     * @param mutability {@code DISABLED} lets Drools drop a fact that no rule matches once it has
     *        propagated, which makes sessions cheaper; what the rules insert must then be collected
     *        as it is inserted, since it cannot be read back from the session
     * @return the KieBase, not null
     */
    public static KieBase bundled(String index, KieBaseMutabilityOption mutability) {
        List<String> modelClasses = modelClasses(index);
        if (modelClasses.isEmpty()) {
            return compile(RuleSource.bundled(index), mutability);
        }
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            try {
                models.add((Model) Class.forName(name, true, KieBaseFactory.class.getClassLoader())
                        .getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the precompiled rules of " + index + " are incomplete: " + name
                        + " cannot be loaded; rebuild ita-rules", e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models, mutability);
    }

    /**
     * Compiles DRL into a KieBase; {@code mutability} as for {@link #bundled}.
     *
     * @param sources the DRL files, not null
     * @param mutability whether the KieBase may drop facts no rule matches, as for {@link #bundled}
     * @return the KieBase, not null
     */
    public static KieBase compile(List<RuleSource> sources, KieBaseMutabilityOption mutability) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("th.ita", "ita-rules-" + UUID.randomUUID(), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byPath = new HashMap<>();
        for (RuleSource source : sources) {
            files.write(RESOURCES + source.resourcePath(), source.text());
            byPath.put(source.resourcePath(), source);
            byPath.put(RESOURCES + source.resourcePath(), source);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<RuleProblem> found = new ArrayList<>();
            for (Message m : errors) {
                String path = m.getPath() == null ? "" : m.getPath();
                RuleSource source = byPath.get(path);
                found.add(new RuleProblem(source == null ? path : source.origin(),
                        line(m, source), m.getText().strip()));
            }
            services.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(withoutEchoes(found));
        }
        try {
            KieContainer container = services.newKieContainer(releaseId);
            KieBaseConfiguration configuration = services.newKieBaseConfiguration();
            configuration.setOption(mutability);
            return container.newKieBase(configuration);
        } finally {
            // The KieBase keeps what it needs; the repository would otherwise hold every module built.
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Drops "Parser returned a null Package" for a file that has a syntax error of its own: Drools
     * adds it after every syntax error, and it tells the rule author nothing the error does not.
     */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> errors) {
        List<RuleProblem> kept = errors.stream()
                .filter(e -> !(e.message().equals(NULL_PACKAGE) && errors.stream()
                        .anyMatch(other -> other.file().equals(e.file()) && !other.message().equals(NULL_PACKAGE))))
                .toList();
        return kept.isEmpty() ? errors : kept;
    }

    /**
     * The line of a compilation error. Drools gives -1 for a type error in a condition ("Comparison
     * operation requires compatible types"), though it names the expression: the condition's line
     * is then found in the file. 0 when neither tells.
     */
    private static int line(Message message, RuleSource source) {
        if (message.getLine() > 0 || source == null) {
            return Math.max(message.getLine(), 0);
        }
        return DrlOutline.of(source).conditionIn(message.getText()).map(l -> l.condition().line()).orElse(0);
    }

    /**
     * The settings of the sessions opened on a KieBase. A session serves one analysis and is always
     * disposed, so the KieBase need not track it. (ThreadSafeOption.NO would save a little more, but
     * the executable model's consequences then share state between sessions on different threads.)
     *
     * @return a new configuration, not null
     */
    public static KieSessionConfiguration sessionConfiguration() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
        return configuration;
    }

    /**
     * Returns the model classes the build listed for an index, or an empty list when it made none.
     *
     * @param index the class-path index of the DRL files, such as {@code /th/ita/rules/rules.index}, not null
     * @return the class names, in the order listed, not null
     */
    public static List<String> modelClasses(String index) {
        return RuleSource.resource(modelsResource(index))
                .map(text -> text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).orElse(List.of());
    }

    /**
     * The class-path resource that lists the model classes of an index: {@code rules.index} gives {@code rules.models}.
     *
     * @param index the class-path index of the DRL files, not null
     * @return the resource's path, not null
     */
    public static String modelsResource(String index) {
        return index.replaceFirst("\\.index$", ".models");
    }
}
