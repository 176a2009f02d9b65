package th.ita.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import th.ita.model.ItaValidationException;
import th.ita.rules.RuleCompilationException;
import th.ita.rules.RuleExecutionException;

/**
 * The one place that turns an exception into an error line and an exit code: bad input data and
 * bad rules (at compile or run time) give 2 ({@code USAGE}), anything else 1 ({@code SOFTWARE}). The line is
 * {@code ita: <message>}; the stack trace follows only with {@code --verbose}. A failure to read
 * or write a file ({@link UncheckedIOException}) prints its own message and gives 1.
 *
 * <p>A usage error (an unknown option, a missing or bad parameter) is the line and a hint at the
 * command's help, exit 2: the whole usage, as picocli prints it, buried the one line that matters.
 *
 * <p>An input with more than {@value #MANY} problems gets a one-line summary, which names the first,
 * and then the problems one a line: joined on one line they made a line no one could read.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Up to this many problems fit on the one error line; more are listed a line each. */
    static final int MANY = 3;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String suggestions = ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
                ? "; did you mean " + either(unmatched.getSuggestions()) + "?" : "";
        err.println("ita: " + oneLine(ex.getMessage()) + suggestions);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean input = isInputProblem(ex);
        if (ex instanceof InputException listed && listed.total() > MANY) {
            printList(err, listed.where(), listed.problems(), listed.total());
        } else if (ex instanceof ItaValidationException invalid && invalid.total() > MANY) {
            printList(err, invalid.source(), invalid.problems().stream().map(Object::toString).toList(), invalid.total());
        } else {
            String message = input || ex instanceof UncheckedIOException ? ex.getMessage()
                    : "internal error: " + ex + (verbose(parseResult) ? "" : " (run again with --verbose for details)");
            err.println("ita: " + oneLine(message));
        }
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return input ? commandLine.getCommandSpec().exitCodeOnInvalidInput()
                : commandLine.getCommandSpec().exitCodeOnExecutionException();
    }

    /** Prints the summary line, then each problem on a line of its own, indented. */
    private static void printList(PrintWriter err, String where, List<String> problems, long total) {
        err.println("ita: " + (where.isEmpty() ? "" : oneLine(where) + ": ") + total
                + " problems, listed below; the first: " + oneLine(problems.get(0)));
        for (String problem : problems) {
            err.println("  " + oneLine(problem));
        }
        if (total > problems.size()) {
            err.println("  ... and " + (total - problems.size()) + " more");
        }
    }

    /** Returns {@code a}, {@code a or b}, {@code a, b or c}. */
    private static String either(List<String> words) {
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    private static boolean isInputProblem(Exception ex) {
        return ex instanceof InputException || ex instanceof ItaValidationException
                || ex instanceof RuleCompilationException || ex instanceof RuleExecutionException;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a message on one line: line breaks and runs of white space become one space.
     *
     * @param message the message, may be null
     * @return the line, not null
     */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
