package th.ita.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the input files a test hands to the CLI. */
final class TestFiles {

    private TestFiles() {
    }

    /**
     * Writes a UTF-8 file under a directory, making its folders.
     *
     * @param dir the directory, such as a {@code @TempDir}
     * @param name the file's path under it, such as {@code rules/extra.drl}
     * @param text the content
     * @return the file
     */
    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
