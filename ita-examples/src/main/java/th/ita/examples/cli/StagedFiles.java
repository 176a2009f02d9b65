package th.ita.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files written into a hidden staging directory inside their target directory, and moved into
 * place together by {@link #publish()}; closed unpublished, they are deleted, with the target
 * directory if this created it. So {@code ita batch} can write each report as soon as it is made
 * and still leave nothing behind when a later row turns out to be bad.
 */
final class StagedFiles implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private final boolean createdTarget;
    private final Set<String> names = new LinkedHashSet<>();
    private boolean published;

    private StagedFiles(Path target, Path staging, boolean createdTarget) {
        this.target = target;
        this.staging = staging;
        this.createdTarget = createdTarget;
    }

    /**
     * Opens a staging directory in a target directory, creating the target if needed.
     *
     * @param directory the target directory, not null
     * @return the staged files, to be closed, not null
     * @throws UncheckedIOException if the directories cannot be created
     */
    static StagedFiles in(Path directory) {
        Path target = directory.toAbsolutePath();
        boolean created = !Files.exists(target);
        try {
            Files.createDirectories(target);
            Path staging = Files.createDirectory(target.resolve(".ita-staging-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36)));
            return new StagedFiles(target, staging, created);
        } catch (IOException e) {
            if (created) {
                deleteQuietly(target);
            }
            throw new UncheckedIOException("cannot write into " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stages a UTF-8 text file under its final name.
     *
     * @param name the file name in the target directory, not null
     * @param text the text, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    void write(String name, String text) {
        try {
            Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8);
            names.add(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves every staged file into the target directory, replacing files of the same name.
     *
     * @throws UncheckedIOException if a file cannot be moved
     */
    void publish() {
        try {
            for (String name : names) {
                AtomicFiles.move(staging.resolve(name), target.resolve(name));
            }
            published = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the reports into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the staging directory, and what is still in it; unpublished, also a target this created. */
    @Override
    public void close() {
        deleteQuietly(staging);
        if (!published && createdTarget) {
            deleteQuietly(target);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Best effort: the failure that led here is the one to report.
        }
    }
}
