package th.ita.model.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.Problem;
import th.ita.model.assessment.Assessment;
import th.ita.model.io.AssessmentJson;

/**
 * The bundled samples: the five assessment results published in the four source documents, and
 * the anti-corruption action plan of source 003, entered as printed.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Samples {

    private static final String DIR = "/th/ita/model/samples/";

    /** The bundled action plans; one, so a list in code rather than an index file. */
    private static final List<PlanSample> PLANS = List.of(new PlanSample("lampang-city-2566-2570",
            ActionPlans.LAMPANG_CITY_2566_2570,
            "Lampang City Municipality anti-corruption action plan, FY2566 - 2570 (source 003)"));

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
         *
         * @param name the name, not null
         * @param file the resource file name, not null
         * @param english a one-line English description, not null
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

    /**
     * One bundled action plan.
     *
     * @param name the name, such as {@code lampang-city-2566-2570}, not null
     * @param resource the class-path resource, not null
     * @param english a one-line English description, not null
     */
    public record PlanSample(String name, String resource, String english) {

        /**
         * Validates the parts.
         *
         * @param name the name, not null
         * @param resource the class-path resource, not null
         * @param english a one-line English description, not null
         */
        public PlanSample {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(english, "english");
        }

        /**
         * Reads the plan.
         *
         * @return the plan, not null
         */
        public ActionPlan load() {
            try (InputStream in = Samples.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("missing class-path resource " + resource);
                }
                return ActionPlans.read(in, name + ".json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    /**
     * Returns every bundled action plan.
     *
     * @return the plans, not null
     */
    public static List<PlanSample> plans() {
        return PLANS;
    }

    /**
     * Returns the bundled action plan with a name.
     *
     * @param name the name, such as {@code lampang-city-2566-2570}, not null
     * @return the plan sample, not null
     * @throws IllegalArgumentException if there is no such plan, with the names there are
     */
    public static PlanSample plan(String name) {
        Objects.requireNonNull(name, "name");
        return PLANS.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                        "unknown plan sample, was '%s'; plan samples are %s", name,
                        PLANS.stream().map(PlanSample::name).toList())));
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = Samples.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IOException("missing class-path resource " + DIR + file);
        }
        return in;
    }
}
