package th.ita.examples.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The {@code Main-Class} of {@code ita.jar}: checks the installation, runs {@link ItaCli}, and turns
 * what the command line cannot catch into one {@code ita:} line and exit code 1.
 *
 * <p>It uses the JDK alone. {@code ita.jar} finds its libraries in {@code lib/} beside it; with
 * {@code lib/} or one of its jars missing, the first class of a library fails to load, and a class
 * that uses picocli fails before picocli's error handling exists. So this class checks every jar the
 * manifest's {@code Class-Path} names before it loads {@link ItaCli} (by name, so that nothing of the
 * libraries is loaded first), and names what is missing. An {@link OutOfMemoryError} and a class
 * missing all the same are errors, which the command line lets pass; they end here, with what to do.
 * {@code --verbose} adds the stack trace.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<Path> missing = missingLibraries();
        if (!missing.isEmpty()) {
            err.println("ita: broken installation: " + describe(missing) + "; copy ita.jar together with its lib/ "
                    + "directory, as mvn package makes them in ita-examples/target");
            System.exit(1);
        }
        boolean verbose = Arrays.asList(args).contains("--verbose");
        int code;
        try {
            code = (Integer) Class.forName("th.ita.examples.cli.ItaCli").getMethod("run", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            code = fail(err, e.getCause(), verbose);
        } catch (ReflectiveOperationException | LinkageError e) {
            code = fail(err, e, verbose);
        }
        System.exit(code);
    }

    private static int fail(PrintStream err, Throwable t, boolean verbose) {
        String hint = verbose ? "" : " (run again with --verbose for details)";
        if (t instanceof OutOfMemoryError) {
            err.println("ita: out of memory (" + t.getMessage() + "); give Java more, as in ITA_JAVA_OPTS=-Xmx2g ita ... "
                    + "or java -Xmx2g -jar ita.jar ..., or split the input into smaller files");
        } else if (t instanceof LinkageError || t instanceof ClassNotFoundException) {
            err.println("ita: broken installation: cannot load " + t.getMessage() + "; copy ita.jar together with "
                    + "its lib/ directory, as mvn package makes them in ita-examples/target" + hint);
        } else {
            err.println("ita: internal error: " + t + hint);
        }
        if (verbose) {
            t.printStackTrace(err);
        }
        return 1;
    }

    /** Says what is missing: the whole {@code lib/}, or the first jars. */
    private static String describe(List<Path> missing) {
        Path lib = missing.get(0).getParent();
        if (!Files.isDirectory(lib)) {
            return "the directory " + lib + " is missing";
        }
        return missing.get(0) + " is missing" + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : "");
    }

    /**
     * Returns the jars the manifest of the jar this class runs from names and that are missing; none
     * when it runs from classes (an IDE, the tests).
     */
    private static List<Path> missingLibraries() {
        List<Path> missing = new ArrayList<>();
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return missing;
            }
            String classPath;
            try (JarFile file = new JarFile(jar.toFile())) {
                classPath = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            }
            if (classPath == null) {
                return missing;
            }
            for (String entry : classPath.trim().split("\\s+")) {
                Path library = jar.resolveSibling(entry.replace('/', File.separatorChar));
                if (!Files.isRegularFile(library)) {
                    missing.add(library);
                }
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            // The check cannot run here; loading the classes reports a missing one all the same.
        }
        return missing;
    }
}
