package th.ita.examples.cli;

/**
 * Bad input data or a bad argument value found while a command runs, such as a missing file or a
 * malformed CSV row. The message names the file and the line, column or field; the error handler
 * prints it on one line and exits with code 2.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file and line or field, not null
     */
    InputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong, naming the file and line or field, not null
     * @param cause the cause, not null
     */
    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
