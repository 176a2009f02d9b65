package th.ita.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * A build step, run by Maven after compiling ita-rules (see its {@code pom.xml}): compiles the
 * bundled DRL into Drools' executable model and writes the generated classes next to ours, with a
 * list of the model classes for each index ({@code rules.index} gives {@code rules.models}).
 * {@link KieBaseFactory#bundled} loads them instead of compiling DRL at run time.
 *
 * <p>Needs {@code drools-model-codegen}, which is a build-time dependency only.
 */
final class ModelGenerator {

    private static final List<String> INDEXES = List.of(RuleSource.INDEX, RuleSource.PLAN_INDEX);

    private ModelGenerator() {
    }

    /**
     * Writes the executable model of every bundled index into a classes directory.
     *
     * @param args the classes directory, such as {@code target/classes}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelGenerator <classes directory>");
        }
        Path classes = Path.of(args[0]);
        for (String index : INDEXES) {
            List<String> models = generate(index, classes);
            Path list = classes.resolve(KieBaseFactory.modelsResource(index).substring(1));
            Files.writeString(list, String.join("\n", models) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static List<String> generate(String index, Path classes) throws IOException {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("th.ita", "ita-rules-model", "1.0.0");
        files.generateAndWritePomXML(releaseId);
        for (RuleSource source : RuleSource.bundled(index)) {
            files.write("src/main/resources/" + source.resourcePath(), source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the bundled rules of " + index + " do not compile: " + errors);
        }
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                byte[] bytes = zip.readAllBytes();
                if (name.endsWith("/drools-model")) {
                    new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).forEach(models::add);
                } else if (name.endsWith(".class") && name.startsWith("th/")) {
                    // The project-model class is for loading a kjar; the models are loaded directly.
                    Path target = classes.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                }
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model of " + index + " lists no model classes");
        }
        return models;
    }
}
