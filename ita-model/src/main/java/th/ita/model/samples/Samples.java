package th.ita.model.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import th.ita.model.Problem;
import th.ita.model.assessment.Assessment;
import th.ita.model.io.AssessmentJson;

/**
 * The bundled sample assessments: the five results published in the four source documents,
 * entered as printed.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Samples {

    private static final String DIR = "/th/ita/model/samples/";

    /**
     * One bundled sample.
     *
     * @param name the name, such as {@code lampang-city-2564}, not null
     * @param file the resource file name, not null
     * @param english a one-line English description, not null
     */
    public record Sample(String name, String file, String english) {

        /**
         * Validates the parts.
         */
        public Sample {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(english, "english");
        }

        /**
         * Returns the sample's JSON text.
         *
         * @return the JSON, not null
         */
        public String json() {
            try (InputStream in = open(file)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Reads the sample as an assessment.
         *
         * @return the assessment, not null
         */
        public Assessment load() {
            return AssessmentJson.read(json());
        }
    }

    private Samples() {
    }

    /**
     * Returns every bundled sample, in the index's order.
     *
     * @return the samples, not null
     */
    public static List<Sample> list() {
        try (InputStream in = open("index.json")) {
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Sample>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the sample with a name.
     *
     * @param name the name, such as {@code lampang-city-2564}, not null
     * @return the sample, not null
     * @throws IllegalArgumentException if there is no such sample, with the names there are
     */
    public static Sample get(String name) {
        Objects.requireNonNull(name, "name");
        return list().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                        "unknown sample, was '%s'; samples are %s", Problem.shown(name),
                        list().stream().map(Sample::name).toList())));
    }

    /**
     * Reads the sample with a name as an assessment.
     *
     * @param name the sample name, not null
     * @return the assessment, not null
     * @throws IllegalArgumentException if there is no such sample
     */
    public static Assessment load(String name) {
        return get(name).load();
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = Samples.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IOException("missing class-path resource " + DIR + file);
        }
        return in;
    }
}
