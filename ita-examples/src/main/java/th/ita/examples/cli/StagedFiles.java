package th.ita.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output directory of {@code ita batch}, published whole: a crash at any moment, {@code kill -9}
 * included, leaves either the old output or the new one, never a mix.
 *
 * <p>{@code --out reports} is a symbolic link, {@code reports -> .reports.ita-PID-RANDOM}, to a
 * directory beside it that holds one run's files. A run writes its files into a new directory of
 * that form, and publishes them by making a new link and renaming it over {@code reports}: rename(2)
 * replaces a name in one step, so {@code reports} leads to the old directory or to the new one,
 * whole; then the old directory is deleted. Moving files into a directory one by one, as this class
 * did before, could not be made whole: a crash midway left some new files among the old ones.
 *
 * <p>The first run needs {@code reports} to be missing or an empty directory (which is removed just
 * before the link takes its name); a directory with files of its own is refused, since publishing
 * would hide them, and so is anything else at that name. Each run deletes the directories that runs
 * which crashed left beside {@code reports} (their process is gone) and those of the old versions,
 * {@code .ita-staging-*} inside an empty {@code reports}.
 */
final class StagedFiles implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What older versions staged into inside the output directory, which a crash left behind. */
    private static final String OLD_STAGING = ".ita-staging-";

    private final Path target;
    private final Path staging;
    private final Path createdParent;
    private boolean published;

    private StagedFiles(Path target, Path staging, Path createdParent) {
        this.target = target;
        this.staging = staging;
        this.createdParent = createdParent;
    }

    /**
     * Opens a new directory to stage the files of {@code directory} in, after deleting what crashed
     * runs left behind.
     *
     * @param directory the output directory, not null
     * @return the staged files, to be closed, not null
     * @throws InputException if {@code directory} is a directory with files ita did not publish, or not a directory
     * @throws UncheckedIOException if the directories cannot be created
     */
    static StagedFiles in(Path directory) {
        Path target = directory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new InputException("--out " + directory + ": give a directory below the root");
        }
        requirePublishable(directory, target);
        Path createdParent = firstMissing(parent);
        try {
            Files.createDirectories(parent);
            deleteStale(target);
            Path staging = Files.createDirectory(parent.resolve(prefix(target)
                    + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36)));
            return new StagedFiles(target, staging, createdParent);
        } catch (IOException e) {
            if (createdParent != null) {
                deleteQuietly(createdParent);
            }
            throw new UncheckedIOException("cannot write into " + directory + ": " + AtomicFiles.why(e, target), e);
        }
    }

    /**
     * Tells whether a path is in the output, as it is now: a file there is replaced (deleted) when
     * the new output is published.
     *
     * @param file a path, not null
     * @return true if {@code file} exists inside the published output directory
     */
    boolean holds(Path file) {
        try {
            return Files.exists(target) && Files.exists(file)
                    && file.toRealPath().startsWith(target.toRealPath());
        } catch (IOException e) {
            return false; // unreadable: reading the input reports it
        }
    }

    /**
     * Stages a UTF-8 text file under its final name.
     *
     * @param name the file name in the output directory, not null
     * @param text the text, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    void write(String name, String text) {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Stages a file under its final name, such as a DOCX report.
     *
     * @param name the file name in the output directory, not null
     * @param bytes the content, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    void write(String name, byte[] bytes) {
        try {
            Files.write(staging.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.resolve(name) + ": "
                    + AtomicFiles.why(e, staging.resolve(name)), e);
        }
    }

    /**
     * Publishes the staged files: the output directory becomes a link to them, in one rename; the
     * files of the run before are then deleted.
     *
     * @throws UncheckedIOException if the link cannot be made or renamed
     */
    void publish() {
        Path link = staging.resolveSibling(staging.getFileName() + ".link");
        try {
            Path old = Files.isSymbolicLink(target) ? target.resolveSibling(Files.readSymbolicLink(target)) : null;
            // Relative, so that the output can be moved or copied with the directory that holds it.
            Files.createSymbolicLink(link, staging.getFileName());
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                // The empty directory of a first run: a rename cannot replace a directory by a link.
                deleteOldStaging(target);
                Files.delete(target);
            }
            Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
            published = true;
            if (old != null) {
                deleteQuietly(old);
            }
        } catch (IOException e) {
            deleteQuietly(link);
            throw new UncheckedIOException("cannot publish the reports as " + target + ": "
                    + AtomicFiles.why(e, target), e);
        }
    }

    /** Deletes the staged files unless they were published; also a parent directory this created. */
    @Override
    public void close() {
        if (!published) {
            deleteQuietly(staging);
            if (createdParent != null) {
                deleteQuietly(createdParent);
            }
        }
    }

    /** The start of the names of the run directories of an output directory: {@code .reports.ita-}. */
    private static String prefix(Path target) {
        return "." + target.getFileName() + ".ita-";
    }

    /** Refuses an output path that publishing would take from its owner or that is no directory at all. */
    private static void requirePublishable(Path given, Path target) {
        if (Files.isSymbolicLink(target)) {
            if (!isRunLink(target)) {
                throw new InputException("--out " + given + ": is a symbolic link ita did not make; "
                        + "ita batch makes --out a link to each run's reports: give a new directory");
            }
        } else if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!onlyOldStaging(target)) {
                throw new InputException("--out " + given + ": the directory holds files ita batch did not publish; "
                        + "give a new or empty directory (ita batch replaces the whole directory, see README, Security)");
            }
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException("--out " + given + ": is " + AtomicFiles.kind(target) + "; give a directory");
        }
    }

    /** Tells whether a link is one this class made: it names a run directory beside it. */
    private static boolean isRunLink(Path link) {
        try {
            Path to = Files.readSymbolicLink(link);
            return to.getNameCount() == 1 && runDirectory(link).matcher(to.toString()).matches();
        } catch (IOException e) {
            return false;
        }
    }

    /** Matches the names of the run directories (and of their links being made) of an output directory. */
    private static Pattern runDirectory(Path target) {
        return Pattern.compile(Pattern.quote(prefix(target)) + "(\\d+)-[0-9a-z]+(\\.link)?");
    }

    /** Tells whether a directory is empty but for the staging directories of old versions. */
    private static boolean onlyOldStaging(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.allMatch(p -> p.getFileName().toString().startsWith(OLD_STAGING));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory + ": " + AtomicFiles.why(e, directory), e);
        }
    }

    private static void deleteOldStaging(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, OLD_STAGING + "*")) {
            entries.forEach(StagedFiles::deleteQuietly);
        }
    }

    /**
     * Deletes the run directories beside the output that are not its current one and whose process
     * has ended: a crash left them. A run still going (another {@code ita batch} into the same
     * directory) keeps its own.
     */
    private static void deleteStale(Path target) throws IOException {
        Path current = Files.isSymbolicLink(target) ? Files.readSymbolicLink(target) : null;
        Pattern runs = runDirectory(target);
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), prefix(target) + "*")) {
            for (Path p : entries) {
                Matcher m = runs.matcher(p.getFileName().toString());
                if (m.matches() && !p.getFileName().equals(current) && !running(Long.parseLong(m.group(1)))) {
                    stale.add(p);
                }
            }
        }
        stale.forEach(StagedFiles::deleteQuietly);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteOldStaging(target);
        }
    }

    /** Tells whether a process runs; a process id reused by another program keeps a directory one run longer. */
    private static boolean running(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Returns the outermost missing directory of a path, or null when it exists. */
    private static Path firstMissing(Path directory) {
        Path missing = null;
        for (Path p = directory; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Deletes a file, a link or a directory tree, never following links. */
    private static void deleteQuietly(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Best effort: the failure that led here, if any, is the one to report; a later run retries.
        }
    }
}
