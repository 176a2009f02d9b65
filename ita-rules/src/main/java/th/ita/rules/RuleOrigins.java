package th.ita.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of an engine was written: its DRL file and line. Drools' executable model keeps
 * no file for a rule, so the engine reads the places from the DRL texts it was built from, to name
 * them when a rule fails at run time.
 */
final class RuleOrigins {

    /** A rule's header: {@code rule "name"} or {@code rule name}, at the start of a line. */
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private final Map<String, String> byRule;
    private final List<RuleSource> sources;

    private RuleOrigins(Map<String, String> byRule, List<RuleSource> sources) {
        this.byRule = Map.copyOf(byRule);
        this.sources = List.copyOf(sources);
    }

    static RuleOrigins of(List<RuleSource> sources) {
        Map<String, String> byRule = new HashMap<>();
        for (RuleSource source : sources) {
            String[] lines = source.text().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE.matcher(lines[i]);
                if (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    byRule.putIfAbsent(name, source.origin() + ":" + (i + 1));
                }
            }
        }
        return new RuleOrigins(byRule, sources);
    }

    /** Returns the file and line of a rule's header, such as {@code rules/critical.drl:12}. */
    Optional<String> of(String rule) {
        return Optional.ofNullable(byRule.get(rule));
    }

    /**
     * Finds the rule whose text holds a piece of a condition, such as {@code value < "sixty"}: a
     * failing condition is reported by its expression, not by its rule.
     *
     * @return the rule's name and the file and line of the expression
     */
    Optional<Place> find(String expression) {
        String wanted = expression.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (RuleSource source : sources) {
            String[] lines = source.text().split("\\R", -1);
            String rule = null;
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE.matcher(lines[i]);
                if (m.find()) {
                    rule = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                }
                if (rule != null && lines[i].contains(wanted)) {
                    return Optional.of(new Place(rule, source.origin() + ":" + (i + 1)));
                }
            }
        }
        return Optional.empty();
    }

    /** A rule and the place of one of its lines. */
    record Place(String rule, String location) {
    }
}
