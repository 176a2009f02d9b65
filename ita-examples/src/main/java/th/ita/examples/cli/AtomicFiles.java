package th.ita.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes files so that a failure leaves nothing half-written: the text goes to a temporary file
 * in the same directory, which is then moved into place.
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes UTF-8 text to a file, replacing it if it exists; creates missing parent directories.
     *
     * @param file the file, not null
     * @param text the text, not null
     * @throws UncheckedIOException if the file cannot be written; no temporary file is left
     */
    static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: its owner-only permissions would stay on the report.
            Path candidate = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            temp = Files.createFile(candidate);
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: the original failure is the one to report.
                }
            }
        }
    }

    /**
     * Moves a file into place, replacing a file of the same name: atomically where the file
     * system can, so that a reader sees the old file or the new one, never half of one.
     *
     * @param from the file to move, not null
     * @param to its new path, not null
     * @throws IOException if the file cannot be moved
     */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes a command's result: to {@code --out} when given (saying so on standard output), else
     * to standard output, ending with a line break.
     *
     * @param stdout the command's standard output, not null
     * @param out the {@code --out} file, or null
     * @param text the result, not null
     */
    static void writeOrPrint(PrintWriter stdout, Path out, String text) {
        if (out != null) {
            write(out, text);
            stdout.println("wrote " + out);
        } else {
            stdout.print(text);
            if (!text.endsWith("\n")) {
                stdout.println();
            }
        }
        stdout.flush();
    }
}
