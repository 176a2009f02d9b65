package th.ita.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tool the way a user does, through {@link ItaCli#newCommandLine()}, capturing both streams. */
final class Cli {

    /**
     * What one run gave.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ItaCli.newCommandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
