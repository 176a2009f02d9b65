package th.ita.rules;

import java.util.List;
import java.util.Optional;
import org.drools.mvel.ConstraintEvaluationException;
import org.kie.api.runtime.rule.ConsequenceException;
import org.mvel2.CompileException;
import th.ita.rules.internal.DrlOutline;

/**
 * Puts a file and a line on a rule that failed at run time. Drools compiles a condition such as
 * {@code value < "sixty"} only when a fact first reaches it, and then fails with MVEL's message
 * ("[Line: 1, Column: 9]", a line of the expression) and no rule or file; an exception in a
 * consequence names the rule but not its file. The rule check runs the rules, catches the
 * failure and finds the condition or rule it is about in the DRL files ({@link DrlOutline}).
 */
final class RuleFailures {

    private RuleFailures() {
    }

    /**
     * Locates a failure.
     *
     * @param failure what running the rules threw
     * @param outlines the DRL files the rules were compiled from
     * @param during when it happened, such as {@code on sample lampang-city-2563}
     * @return the problem at the condition or rule, or empty when the failure is not a rule's
     */
    static Optional<RuleProblem> locate(Throwable failure, List<DrlOutline> outlines, String during) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                String rule = consequence.getMatch().getRule().getName();
                Optional<DrlOutline> file = outlines.stream().filter(o -> o.rule(rule).isPresent()).findFirst();
                if (file.isPresent()) {
                    return Optional.of(new RuleProblem(file.get().source().origin(),
                            file.get().rule(rule).orElseThrow().line(),
                            "rule \"" + rule + "\" fails at run time " + during + ": " + cause(t)));
                }
            }
            Optional<DrlOutline.Located> located = conditionOf(t, outlines);
            if (located.isPresent()) {
                DrlOutline.Located at = located.get();
                return Optional.of(new RuleProblem(at.file().source().origin(), at.condition().line(),
                        "rule \"" + at.rule().name() + "\": condition " + at.condition().expression()
                                + " fails at run time " + during + ": " + cause(t)));
            }
        }
        // The engine's own errors (a runaway rule, a recommendation the catalogue cannot write)
        // already know their rule and place.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleExecutionException known && known.location().lastIndexOf(':') > 0) {
                int colon = known.location().lastIndexOf(':');
                return Optional.of(new RuleProblem(known.location().substring(0, colon),
                        Integer.parseInt(known.location().substring(colon + 1)), known.getMessage() + " (" + during + ")"));
            }
        }
        return Optional.empty();
    }

    /**
     * Names the rule a failure is about: the one whose action or condition failed, or the one the
     * engine named.
     */
    static Optional<String> rule(Throwable failure, List<DrlOutline> outlines) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleExecutionException known && !known.rule().equals("?")) {
                return Optional.of(known.rule());
            }
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                return Optional.of(consequence.getMatch().getRule().getName());
            }
        }
        return condition(failure, outlines).map(l -> l.rule().name());
    }

    /** The condition one exception of a failure is about, when it is a condition's and names its expression. */
    static Optional<DrlOutline.Located> conditionOf(Throwable t, List<DrlOutline> outlines) {
        String expression = t instanceof CompileException mvel && mvel.getExpr() != null
                ? new String(mvel.getExpr())
                : t instanceof ConstraintEvaluationException ? t.getMessage() : null;
        return expression == null ? Optional.empty() : DrlOutline.conditionIn(outlines, expression);
    }

    /** The condition a failure is about, searching its chain of causes. */
    static Optional<DrlOutline.Located> condition(Throwable failure, List<DrlOutline> outlines) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Optional<DrlOutline.Located> located = conditionOf(t, outlines);
            if (located.isPresent()) {
                return located;
            }
        }
        return Optional.empty();
    }

    /** The innermost cause, as {@code NumberFormatException: For input string: "sixty"}. */
    static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return root.getClass().getSimpleName() + message;
    }
}
