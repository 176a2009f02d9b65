package th.ita.rules.internal;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import th.ita.rules.actionplan.PlanChecker;
import th.ita.rules.ItaEngine;
import th.ita.rules.RuleCompilationException;
import th.ita.rules.RuleProblem;

/**
 * The DRL files an engine compiles: the bundled ones, with those of a rules directory added or
 * put in the place of a bundled file of the same name.
 *
 * @param origin where the file comes from: {@code classpath:} and its resource path for a bundled file,
 *     the path on disk for a custom one
 * @param resourcePath the path Drools compiles the file under, such as
 *     {@code th/ita/rules/actionlines/urgent.drl}
 * @param text the DRL text
 */
public record RuleSource(String origin, String resourcePath, String text) {

    /** The index of the analysis rules, compiled into the KieBase of {@link ItaEngine}. */
    public static final String INDEX = "/th/ita/rules/rules.index";

    /** The index of the action-plan rules, compiled into a KieBase of their own by {@link PlanChecker}. */
    public static final String PLAN_INDEX = "/th/ita/rules/actionplan.index";

    /** A DRL {@code package} declaration; the package is group 1. */
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$.]*)\\s*(;|$)");

    /**
     * Returns the DRL files of the analysis KieBase, listed in {@code rules.index}.
     *
     * @return the files, in index order, not null
     */
    public static List<RuleSource> bundled() {
        return bundled(INDEX);
    }

    /**
     * Returns the DRL files listed in a class-path index file, one resource path a line.
     *
     * @param index the index's class-path resource, such as {@link #INDEX}, not null
     * @return the files, in index order, not null
     */
    public static List<RuleSource> bundled(String index) {
        List<RuleSource> result = new ArrayList<>();
        for (String path : read(index).split("\\R")) {
            if (!path.isBlank()) {
                result.add(new RuleSource("classpath:" + path, path.strip(), read("/" + path.strip())));
            }
        }
        return result;
    }

    /**
     * Merges a directory's DRL files into the bundled set; a file named like a bundled one replaces it.
     *
     * @param bundled the bundled files, not null
     * @param dir the rules directory, not null
     * @return the files: the bundled ones in their order, each replaced in its place by a custom file of
     *     its name, then the other custom files; not null
     */
    public static List<RuleSource> withDirectory(List<RuleSource> bundled, Path dir) {
        return merge(bundled, directory(dir));
    }

    /**
     * Merges custom files into the bundled set, as {@link #withDirectory}.
     *
     * @param bundled the bundled files, not null
     * @param custom the custom files, not null
     * @return the files, in the order of {@link #withDirectory}, not null
     */
    public static List<RuleSource> merge(List<RuleSource> bundled, List<RuleSource> custom) {
        Map<String, RuleSource> byName = new LinkedHashMap<>();
        bundled.forEach(s -> byName.put(s.fileName(), s));
        custom.forEach(s -> byName.put(s.fileName(), s));
        return List.copyOf(byName.values());
    }

    /**
     * Lists the DRL files of a rules directory, searched recursively, in path order.
     *
     * @param dir the rules directory, not null
     * @return the paths of its {@code .drl} files, sorted, not null
     * @throws IllegalArgumentException if the directory does not exist
     */
    public static List<Path> drlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rules directory does not exist or is not a directory: " + dir);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the DRL files of a rules directory (searched recursively), in path order. Files are
     * matched with the bundled ones by name, so two files of one name are an error, wherever they are.
     *
     * <p>Each file is given to Drools in the folder of the package it declares: Drools warns about
     * a file whose folder and package differ, and a rule author should not see a warning about a
     * folder they never chose. A file without a package goes to {@code th/ita/rules/custom/}.
     *
     * @param dir the rules directory, not null
     * @return one source per file, in path order, not null
     * @throws IllegalArgumentException if the directory does not exist
     * @throws RuleCompilationException if two files have the same name, naming both
     */
    public static List<RuleSource> directory(Path dir) {
        Map<String, RuleSource> byName = new LinkedHashMap<>();
        List<RuleProblem> clashes = new ArrayList<>();
        for (Path file : drlFiles(dir)) {
            String name = file.getFileName().toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rules file " + file + ": " + e.getMessage(), e);
            }
            RuleSource first = byName.putIfAbsent(name, new RuleSource(file.toString(), folderOf(text) + name, text));
            if (first != null) {
                clashes.add(new RuleProblem(file.toString(), 0, "another file of the directory "
                        + "has the name " + name + ": " + first.origin() + "; files are matched by name (a file "
                        + "named like a bundled file replaces it), so give each file a name of its own"));
            }
        }
        if (!clashes.isEmpty()) {
            throw new RuleCompilationException(clashes);
        }
        return List.copyOf(byName.values());
    }

    /** The resource folder of the package a DRL text declares, with a trailing slash. */
    private static String folderOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "th/ita/rules/custom/";
    }

    /**
     * Returns the file's name, by which a custom file is matched with the bundled file it replaces.
     *
     * @return the last segment of the resource path, such as {@code urgent.drl}, not null
     */
    public String fileName() {
        int slash = resourcePath.lastIndexOf('/');
        return resourcePath.substring(slash + 1);
    }

    private static String read(String resource) {
        return resource(resource).orElseThrow(
                () -> new UncheckedIOException(new IOException("missing class-path resource " + resource)));
    }

    /**
     * Reads a UTF-8 class-path resource of this library, if it is there.
     *
     * @param resource the resource's path, such as {@link #INDEX}, not null
     * @return the text, or empty when there is no such resource, not null
     */
    public static Optional<String> resource(String resource) {
        try (InputStream in = RuleSource.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class-path resource " + resource, e);
        }
    }
}
