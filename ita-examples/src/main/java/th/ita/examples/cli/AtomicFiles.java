package th.ita.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Writes files so that a failure leaves nothing half-written: the text goes to a temporary file
 * in the same directory, which is then moved into place.
 *
 * <p>Only a regular file is ever replaced. A FIFO, a device, a socket or a directory at the path,
 * or at the end of a symbolic link there, is refused: moved over, it would stop being what its
 * readers expect (a FIFO's reader would get nothing, {@code /dev/null} would become a file). A
 * symbolic link to a regular file is itself replaced by the new file; the file it pointed to is
 * left as it was, so that a link planted in a shared directory cannot make the tool write elsewhere.
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file-type bits of a Unix mode (S_IFMT), and the type of each kind of special file. */
    private static final int TYPE_BITS = 0170000;
    private static final Map<Integer, String> SPECIAL = Map.of(0010000, "a FIFO (named pipe)",
            0020000, "a character device", 0040000, "a directory", 0060000, "a block device", 0140000, "a socket");

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
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes to a file, such as a DOCX report, as {@link #write(Path, String)} writes text.
     *
     * @param file the file, not null
     * @param bytes the content, not null
     * @throws UncheckedIOException if the file cannot be written; no temporary file is left
     */
    static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        requireRegularOrNew(file);
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: its owner-only permissions would stay on the report.
            Path candidate = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            temp = Files.createFile(candidate);
            Files.write(temp, bytes);
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + why(e, file), e);
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
     * Refuses a path that is neither missing nor a regular file, following symbolic links.
     *
     * @param path the path to be written, not null
     * @throws InputException naming the path and what is there, if it is a directory or special file
     */
    static void requireRegularOrNew(Path path) {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new InputException("--out " + path + ": is " + kind(path) + "; ita writes only regular files: "
                    + "give the path of a regular file or a new one");
        }
    }

    /**
     * Names what is at a path, following symbolic links, for a message: {@code a FIFO (named pipe)}.
     *
     * @param path an existing path, not null
     * @return what is there, with {@code (by a symbolic link)} for a link, not null
     */
    static String kind(Path path) {
        String kind = Files.isRegularFile(path) ? "a file" : "a special file";
        try {
            kind = SPECIAL.getOrDefault((Integer) Files.getAttribute(path, "unix:mode") & TYPE_BITS, kind);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Not a Unix file system: "a special file" is all that is known.
        }
        return kind + (Files.isSymbolicLink(path) ? " (by a symbolic link)" : "");
    }

    /**
     * Says why a file operation failed, in the user's words and about the user's path: Java names
     * the temporary file and leaves "permission denied" out.
     *
     * @param e the failure, not null
     * @param file the path the user gave, not null
     * @return the reason, such as {@code permission denied in /srv/reports}, not null
     */
    static String why(IOException e, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + dir + "; write to a directory you may write to, or ask for its permissions";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory " + dir;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
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
