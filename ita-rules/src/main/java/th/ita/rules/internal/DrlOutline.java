package th.ita.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import th.ita.rules.internal.RuleSource;

/**
 * What one DRL file declares, read by Drools' own parser without compiling it: its package, its
 * rules with their lines, and each condition with its line. The rule check uses it to say which
 * rules a replacement removes, to find rule names used twice, and to put a file and a line on
 * errors that Drools reports without one (a type error in a condition, a failure at run time).
 *
 * <p>A file that does not parse gives what the parser recovered; its errors are the compiler's to
 * report.
 *
 * @param source the file
 * @param packageName the declared package, empty when there is none
 * @param rules the rules (not queries), in file order
 */
public record DrlOutline(RuleSource source, String packageName, List<DeclaredRule> rules) {

    /**
     * One rule of the file.
     *
     * @param name the rule name
     * @param line the line of {@code rule "..."}, 1-based
     * @param conditions the constraints of its patterns, nested ones included
     */
    public record DeclaredRule(String name, int line, List<Condition> conditions) {
    }

    /**
     * One constraint of a pattern, such as {@code value < 60.00} in {@code ScoredLevel(value < 60.00)}.
     *
     * @param factType the pattern's type as written, such as {@code RatingInput}
     * @param expression the constraint as written
     * @param line its line, 1-based
     */
    public record Condition(String factType, String expression, int line) {
    }

    /**
     * Parses a DRL file.
     *
     * @param source the file, not null
     * @return the outline, not null
     */
    public static DrlOutline of(RuleSource source) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, source.text());
        } catch (DroolsParserException e) {
            descr = null;
        }
        if (descr == null) {
            return new DrlOutline(source, "", List.of());
        }
        List<DeclaredRule> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            if (!rule.isQuery()) {
                List<Condition> conditions = new ArrayList<>();
                collect(rule.getLhs(), null, conditions);
                rules.add(new DeclaredRule(rule.getName(), rule.getLine(), List.copyOf(conditions)));
            }
        }
        return new DrlOutline(source, descr.getName() == null ? "" : descr.getName(), List.copyOf(rules));
    }

    private static void collect(BaseDescr descr, PatternDescr pattern, List<Condition> into) {
        if (descr instanceof ExprConstraintDescr constraint && pattern != null) {
            into.add(new Condition(pattern.getObjectType(), constraint.getExpression(), constraint.getLine()));
        } else if (descr instanceof PatternDescr inner) {
            collect((BaseDescr) inner.getConstraint(), inner, into);
            if (inner.getSource() != null) {
                collect(inner.getSource(), inner, into);
            }
        } else if (descr instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
            collect(accumulate.getInput(), pattern, into);
        } else if (descr instanceof CollectDescr collectDescr && collectDescr.getInputPattern() != null) {
            collect(collectDescr.getInputPattern(), pattern, into);
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collect(child, pattern, into);
            }
        }
    }

    /**
     * Returns the names of the rules, in file order.
     *
     * @return the names, not null
     */
    public List<String> ruleNames() {
        return rules.stream().map(DeclaredRule::name).toList();
    }

    /**
     * Returns the rule with a name, if the file declares it.
     *
     * @param name the rule's name
     * @return the rule, or empty when the file declares no rule of that name, not null
     */
    public Optional<DeclaredRule> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Finds the condition that a Drools message or exception is about: the longest condition whose
     * text, white space aside, appears in the text given. Drools names the expression it failed
     * on ("Unable to Analyse Expression value > $s") but, for a type error, gives no line.
     *
     * @param text the message or exception text, not null
     * @return the condition with its rule and file, or empty when no condition appears in the text, not null
     */
    public Optional<Located> conditionIn(String text) {
        return conditionIn(List.of(this), text);
    }

    /**
     * Finds the condition a text is about in any of several files, as {@link #conditionIn(String)}.
     *
     * @param outlines the files, not null
     * @param text the message or exception text, not null
     * @return the condition with its rule and file, or empty when no condition appears in the text, not null
     */
    public static Optional<Located> conditionIn(List<DrlOutline> outlines, String text) {
        String haystack = squeeze(text);
        Located best = null;
        for (DrlOutline outline : outlines) {
            for (DeclaredRule rule : outline.rules()) {
                for (Condition condition : rule.conditions()) {
                    String needle = squeeze(condition.expression());
                    if (!needle.isEmpty() && haystack.contains(needle)
                            && (best == null || needle.length() > squeeze(best.condition().expression()).length())) {
                        best = new Located(outline, rule, condition);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A condition, with its rule and file.
     *
     * @param file the file
     * @param rule the rule
     * @param condition the condition
     */
    public record Located(DrlOutline file, DeclaredRule rule, Condition condition) {
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
