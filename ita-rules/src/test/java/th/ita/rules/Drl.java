package th.ita.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/**
 * Test support: reads the bundled DRL files and picks findings out of an analysis, so that each
 * test can assert a finding's rule name against the rule the DRL file declares.
 */
public final class Drl {

    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private Drl() {
    }

    /**
     * Returns the text of a bundled DRL file.
     *
     * @param file the path under {@code th/ita/rules/}, such as {@code rating/letter-bands.drl}
     * @return the text, not null
     */
    public static String text(String file) {
        try (InputStream in = Drl.class.getResourceAsStream("/th/ita/rules/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled DRL file th/ita/rules/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the names of the rules a bundled DRL file declares, in file order.
     *
     * @param file the path under {@code th/ita/rules/}
     * @return the rule names, not null
     */
    public static List<String> ruleNames(String file) {
        Matcher m = RULE.matcher(text(file));
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Returns the names of the rules some bundled DRL files declare.
     *
     * @param files the paths under {@code th/ita/rules/}
     * @return the rule names, not null
     */
    public static Set<String> rulesOf(String... files) {
        return java.util.Arrays.stream(files).flatMap(f -> ruleNames(f).stream()).collect(Collectors.toSet());
    }

    /**
     * Checks that a bundled DRL file declares a rule, so that a rule-name constant in a test is
     * the name in the DRL, not a copy that could drift.
     *
     * @param file the path under {@code th/ita/rules/}
     * @param rule the rule name
     * @return the rule name, for use in assertions
     */
    public static String declared(String file, String rule) {
        assertTrue(ruleNames(file).contains(rule), () -> file + " declares no rule \"" + rule + "\"; it declares "
                + ruleNames(file));
        return rule;
    }

    /**
     * Returns the names of the rules that fired, sorted, so that two runs compare as multisets.
     *
     * @param analysis the analysis, not null
     * @return the sorted rule names, with repeats, not null
     */
    public static List<String> firedSorted(Analysis analysis) {
        return analysis.trace().stream().sorted().toList();
    }

    /**
     * Returns the names of the rules that fired and that a set of names contains, in firing order.
     *
     * @param analysis the analysis, not null
     * @param names the rule names of interest, not null
     * @return the matching fired names, with repeats, not null
     */
    public static List<String> fired(Analysis analysis, Set<String> names) {
        return analysis.trace().stream().filter(names::contains).toList();
    }

    /**
     * Returns the findings of one kind at one level, keyed by subject key in order.
     *
     * @param analysis the analysis, not null
     * @param kind the kind, not null
     * @param level the level, not null
     * @return the findings, not null
     */
    public static List<Finding> findings(Analysis analysis, FindingKind kind, Level level) {
        return analysis.findings(kind).stream().filter(f -> f.subject().level() == level).toList();
    }

    /**
     * Returns the subject keys of the findings of one kind at one level, in order.
     *
     * @param analysis the analysis, not null
     * @param kind the kind, not null
     * @param level the level, not null
     * @return the keys, not null
     */
    public static List<String> keys(Analysis analysis, FindingKind kind, Level level) {
        return findings(analysis, kind, level).stream().map(f -> f.subject().key()).toList();
    }

    /**
     * Returns the one finding of a kind for a subject, failing if there is none or more than one.
     *
     * @param analysis the analysis, not null
     * @param kind the kind, not null
     * @param level the subject's level, not null
     * @param key the subject's key, not null
     * @return the finding, not null
     */
    public static Finding only(Analysis analysis, FindingKind kind, Level level, String key) {
        List<Finding> found = findings(analysis, kind, level).stream().filter(f -> f.subject().key().equals(key))
                .toList();
        assertEquals(1, found.size(), () -> "one " + kind + " finding for " + level + " " + key + ", found "
                + found);
        return found.get(0);
    }

    /**
     * Returns the subject keys of a list of findings, as a set.
     *
     * @param findings the findings, not null
     * @return the keys, not null
     */
    public static Set<String> keySet(List<Finding> findings) {
        return findings.stream().map(f -> f.subject().key()).collect(Collectors.toSet());
    }
}
