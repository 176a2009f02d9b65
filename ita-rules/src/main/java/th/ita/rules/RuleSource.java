package th.ita.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The DRL files an engine compiles: the bundled ones, with those of a rules directory added or
 * put in the place of a bundled file of the same name.
 */
record RuleSource(String origin, String resourcePath, String text) {

    /** The index of the analysis rules, compiled into the KieBase of {@link ItaEngine}. */
    static final String INDEX = "/th/ita/rules/rules.index";

    /** The index of the action-plan rules, compiled into a KieBase of their own by {@link PlanChecker}. */
    static final String PLAN_INDEX = "/th/ita/rules/actionplan.index";

    /** Returns the DRL files of the analysis KieBase, listed in {@code rules.index}. */
    static List<RuleSource> bundled() {
        return bundled(INDEX);
    }

    /** Returns the DRL files listed in a class-path index file, one resource path a line. */
    static List<RuleSource> bundled(String index) {
        List<RuleSource> result = new ArrayList<>();
        for (String path : read(index).split("\\R")) {
            if (!path.isBlank()) {
                result.add(new RuleSource("classpath:" + path, path.strip(), read("/" + path.strip())));
            }
        }
        return result;
    }

    /** Merges a directory's DRL files into the bundled set; a file named like a bundled one replaces it. */
    static List<RuleSource> withDirectory(List<RuleSource> bundled, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rules directory does not exist or is not a directory: " + dir);
        }
        Map<String, RuleSource> byName = new LinkedHashMap<>();
        bundled.forEach(s -> byName.put(s.fileName(), s));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                RuleSource replaced = byName.get(name);
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (replaced != null && replaced.origin().startsWith("classpath:")) {
                    byName.put(name, new RuleSource(file.toString(), replaced.resourcePath(), text));
                } else {
                    // An added file is known by its path in the directory, so a/extra.drl and b/extra.drl are both kept.
                    byName.put("custom/" + relative, new RuleSource(file.toString(), "th/ita/rules/custom/" + relative, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + dir + ": " + e.getMessage(), e);
        }
        return List.copyOf(byName.values());
    }

    String fileName() {
        int slash = resourcePath.lastIndexOf('/');
        return resourcePath.substring(slash + 1);
    }

    private static String read(String resource) {
        return resource(resource).orElseThrow(
                () -> new UncheckedIOException(new IOException("missing class-path resource " + resource)));
    }

    /** Reads a UTF-8 class-path resource of this library, if it is there. */
    static Optional<String> resource(String resource) {
        try (InputStream in = RuleSource.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class-path resource " + resource, e);
        }
    }
}
