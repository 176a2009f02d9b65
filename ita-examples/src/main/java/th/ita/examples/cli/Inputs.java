package th.ita.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import th.ita.model.ItaValidationException;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.assessment.Assessment;
import th.ita.model.io.AssessmentJson;
import th.ita.model.internal.JsonInput;
import th.ita.model.samples.Samples;

/** Reads the commands' input files, turning every failure into an {@link InputException} naming the file. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Checks that a file exists, is a regular file and is readable.
     *
     * @param file the file, not null
     * @return the file, not null
     * @throws InputException if it is missing, a directory or unreadable
     */
    static Path requireFile(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory; expected a file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": cannot read the file (permission denied)");
        }
        return file;
    }

    /**
     * Checks that a file exists, is a regular file and is readable; a missing file named like a
     * bundled sample ({@code lampang-city-2564.json} for {@code lampang-city-2564}) gets a hint at
     * the option that takes the sample, since a user who saw the name in {@code ita samples} types it.
     *
     * @param file the file, not null
     * @param option the option that takes a sample by name, such as {@code --sample}, not null
     * @param samples the names of the samples that option takes, not null
     * @return the file, not null
     * @throws InputException if it is missing, a directory or unreadable
     */
    static Path requireFile(Path file, String option, List<String> samples) {
        if (!Files.exists(file)) {
            String name = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.json$", "");
            if (samples.contains(name)) {
                throw new InputException(file + ": no such file; for the bundled sample of that name, give "
                        + option + " " + name);
            }
        }
        return requireFile(file);
    }

    /**
     * Checks an {@code --out} file before the command does its work: it must be a regular file or a
     * new path, and none of the command's inputs.
     *
     * @param out the {@code --out} file, not null
     * @param what whose file name it is, for the message, such as {@code "the report's"}, not null
     * @param inputs the input files; null for one not given
     * @throws InputException if {@code out} is a directory, a special file or an input
     */
    static void requireOutFile(Path out, String what, Path... inputs) {
        if (Files.isDirectory(out)) {
            throw new InputException("--out " + out + ": is a directory; give " + what + " file name");
        }
        AtomicFiles.requireRegularOrNew(out);
        requireOutNotInput(out, inputs);
    }

    /**
     * Refuses an {@code --out} file that is one of the command's input files: written atomically,
     * the result would replace the data it came from.
     *
     * @param out the {@code --out} file, not null
     * @param inputs the input files; null for one not given
     * @throws InputException if {@code out} is an input, by any path, symbolic link or hard link
     */
    private static void requireOutNotInput(Path out, Path... inputs) {
        for (Path input : inputs) {
            if (input != null && sameFile(out, input)) {
                throw new InputException("--out " + out + ": is the input file " + input
                        + "; write the result to another file");
            }
        }
    }

    /**
     * Tells whether two paths name the same existing file, following symbolic links and seeing hard
     * links; a path that does not exist names no file yet, so it is no input.
     *
     * @param a a path, not null
     * @param b another path, not null
     * @return true if both exist and are the same file
     */
    static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // unreadable: reading the input reports it
        }
    }

    /**
     * Checks that a directory exists.
     *
     * @param dir the directory, not null
     * @return the directory, not null
     * @throws InputException if it is missing or not a directory
     */
    static Path requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + (Files.exists(dir) ? ": not a directory" : ": no such directory"));
        }
        return dir;
    }

    /**
     * Checks that a file is no larger than an input file may be, before any of it is read.
     *
     * @param file the file, not null
     * @throws InputException if it is larger than {@value JsonInput#MAX_BYTES} bytes
     */
    static void requireSize(Path file) {
        try {
            JsonInput.requireSize(file);
        } catch (ItaValidationException e) {
            throw e.in(file.toString());
        }
    }

    /**
     * Reads a UTF-8 text file, with or without a byte-order mark.
     *
     * @param file the file, not null
     * @return the text, without a byte-order mark, not null
     * @throws InputException if the file is missing, unreadable or not UTF-8
     */
    static String readText(Path file) {
        requireFile(file);
        try {
            return AssessmentJson.readUtf8(file);
        } catch (ItaValidationException e) {
            throw e.in(file.toString());
        } catch (UncheckedIOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Reads one assessment from a JSON file.
     *
     * @param file the file, not null
     * @return the assessment, not null
     * @throws InputException if the file is missing, malformed or the assessment has problems,
     *     naming the file and the line or fields
     */
    static Assessment readAssessment(Path file) {
        requireFile(file, "--sample", Samples.list().stream().map(Samples.Sample::name).toList());
        String json = readText(file);
        try {
            return AssessmentJson.read(json);
        } catch (ItaValidationException e) {
            throw e.in(file.toString());
        }
    }

    /**
     * Checks that a command was given exactly one of its FILE parameter and {@code --sample NAME}.
     *
     * @param spec the command, for the usage message, not null
     * @param file the FILE parameter, or null
     * @param sample the {@code --sample} name, or null
     * @throws ParameterException if both or neither were given
     */
    static void requireFileOrSample(CommandSpec spec, Path file, String sample) {
        if ((file == null) == (sample == null)) {
            throw new ParameterException(spec.commandLine(),
                    file == null ? "Missing FILE: give an assessment file or --sample NAME"
                            : "Give either FILE or --sample NAME, not both");
        }
    }

    /**
     * Loads a bundled sample, for {@code --sample NAME}.
     *
     * @param name the sample's name, such as {@code lampang-city-2564}, not null
     * @return the assessment, not null
     * @throws InputException if there is no such sample, listing the names there are
     */
    static Assessment readSample(String name) {
        if (Samples.plans().stream().anyMatch(p -> p.name().equals(name))) {
            throw new InputException("--sample: '" + name + "' is an action plan, not an assessment; "
                    + "check it with: ita plan-check --plan-sample " + name);
        }
        try {
            return Samples.get(name).load();
        } catch (IllegalArgumentException e) {
            throw new InputException("--sample: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a bundled action plan, for {@code --plan-sample NAME}.
     *
     * @param name the plan's name, such as {@code lampang-city-2566-2570}, not null
     * @return the plan, not null
     * @throws InputException if there is no such plan, listing the names there are
     */
    static ActionPlan readPlanSample(String name) {
        try {
            return Samples.plan(name).load();
        } catch (IllegalArgumentException e) {
            throw new InputException("--plan-sample: " + e.getMessage(), e);
        }
    }
}
