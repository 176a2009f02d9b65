package th.ita.examples.downstream;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md §8 prints {@link GradeBoundaryProperties} verbatim and a downstream {@code pom.xml}
 * that matches this build (the test-support jar of ita-rules, the project's jqwik version), so the
 * example can't rot: this module compiles and runs it against the test-support jar.
 */
class RulesDocExampleTest {

    private static final Path DOC = Path.of("../docs/RULES.md");
    private static final Path EXAMPLE = Path.of("src/test/java/th/ita/examples/downstream/GradeBoundaryProperties.java");
    private static final Path PARENT_POM = Path.of("../pom.xml");

    @Test
    void theDocumentPrintsTheDownstreamPropertyTestVerbatim() throws IOException {
        String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertTrue(doc.contains("```java\n" + source + "```\n"), "docs/RULES.md prints " + EXAMPLE + " verbatim in a java block");
        assertTrue(doc.contains("ita-examples/" + EXAMPLE));
    }

    @Test
    void theDownstreamPomDependsOnTheTestSupportJarAndThisBuildsJqwik() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<jqwik\\.version>([^<]+)</jqwik\\.version>")
                .matcher(Files.readString(PARENT_POM, StandardCharsets.UTF_8));
        assertTrue(version.find());

        String testSupport = """
                    <dependency>
                      <groupId>th.ita</groupId>
                      <artifactId>ita-rules</artifactId>
                      <version>${ita.version}</version>
                      <type>test-jar</type>
                      <scope>test</scope>
                    </dependency>
                """;
        String jqwik = """
                    <dependency>
                      <groupId>net.jqwik</groupId>
                      <artifactId>jqwik</artifactId>
                      <version>%s</version>
                      <scope>test</scope>
                    </dependency>
                """.formatted(version.group(1));
        assertTrue(doc.contains(testSupport), "docs/RULES.md §8 shows the test-jar dependency");
        assertTrue(doc.contains(jqwik), "docs/RULES.md §8 shows jqwik " + version.group(1));
    }
}
