package th.ita.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL into a KieBase under a release id of its own: the process-wide default id is
 * shared by every build in the JVM, and concurrent builds would overwrite each other.
 */
final class KieBaseFactory {

    private static final String RESOURCES = "src/main/resources/";

    private KieBaseFactory() {
    }

    static KieBase compile(List<RuleSource> sources) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("th.ita", "ita-rules-" + UUID.randomUUID(), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        Map<String, String> origins = new HashMap<>();
        for (RuleSource source : sources) {
            files.write(RESOURCES + source.resourcePath(), source.text());
            origins.put(source.resourcePath(), source.origin());
            origins.put(RESOURCES + source.resourcePath(), source.origin());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<RuleCompilationException.RuleError> found = new ArrayList<>();
            for (Message m : errors) {
                String path = m.getPath() == null ? "" : m.getPath();
                found.add(new RuleCompilationException.RuleError(origins.getOrDefault(path, path), m.getLine(),
                        m.getText().strip()));
            }
            services.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(found);
        }
        try {
            KieContainer container = services.newKieContainer(releaseId);
            return container.getKieBase();
        } finally {
            // The KieBase keeps what it needs; the repository would otherwise hold every module built.
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
