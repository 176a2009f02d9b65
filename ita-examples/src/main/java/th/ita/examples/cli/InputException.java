package th.ita.examples.cli;

/**
 * Bad input data or a bad argument value found while a command runs, such as a missing file or an
 * output directory ita cannot replace. The message names the file and the line, column or field; the error handler
 * prints it on one line and exits with code 2. An input with many problems is an
 * {@link th.ita.model.ItaValidationException} instead, which the error handler prints as a list.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file and line or field, not null
     */
    InputException(String message) {
        this(message, (Throwable) null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong, naming the file and line or field, not null
     * @param cause the cause, may be null
     */
    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
