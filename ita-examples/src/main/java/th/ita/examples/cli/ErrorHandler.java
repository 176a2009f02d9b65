package th.ita.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import th.ita.model.ItaValidationException;
import th.ita.rules.RuleCompilationException;
import th.ita.rules.RuleExecutionException;

/**
 * The one place that turns an exception into an error line and an exit code: bad input data and
 * bad rules (at compile or run time) give 2 ({@code USAGE}), anything else 1 ({@code SOFTWARE}). The line is
 * {@code ita: <message>}; the stack trace follows only with {@code --verbose}. A failure to read
 * or write a file ({@link UncheckedIOException}) prints its own message and gives 1.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean input = isInputProblem(ex);
        String message = input || ex instanceof UncheckedIOException ? ex.getMessage()
                : "internal error: " + ex + (verbose(parseResult) ? "" : " (run again with --verbose for details)");
        err.println("ita: " + oneLine(message));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return input ? commandLine.getCommandSpec().exitCodeOnInvalidInput()
                : commandLine.getCommandSpec().exitCodeOnExecutionException();
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
