package th.ita.rules.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.Score;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.ItaEngine;

/**
 * A rating's target is read from the engine's own rating rules: replacing {@code letter-bands.drl}
 * moves {@code plan --target B} with it (before, the planner kept its own copy of the cut points).
 */
class RatingTargetsTest {

    private static final String[] LETTERS = {"AA", "A", "B", "C", "D", "E"};

    @Test
    void theBundledRulesGiveTheNaccCutPoints() {
        ItaEngine engine = ItaEngine.create();
        assertEquals(List.of("95.00", "85.00", "75.00", "65.00", "55.00", "50.00"),
                List.of(LETTERS).stream().map(l -> engine.plan(Samples.load("chiangmai-2566"), l).target().overall().toString()).toList());
        assertEquals(Optional.of(Score.parse("85")), engine.plan(Samples.load("chiangmai-2566"), "ผ่านดี").target().componentLine());
        assertEquals(Optional.empty(), engine.plan(Samples.load("chiangmai-2566"), "ผ่าน").target().componentLine());
    }

    @Test
    void aReplacedBandMovesItsTarget(@TempDir Path dir) throws IOException {
        writeBands(dir, new int[] {9500, 8500, 8400, 6500, 5500, 5000});
        ItaEngine engine = ItaEngine.builder().rulesFrom(dir).build();
        assertEquals("84.00", engine.plan(Samples.load("chiangmai-2566"), "B").target().overall().toString());
        assertEquals("65.00", engine.plan(Samples.load("chiangmai-2566"), "C").target().overall().toString());
    }

    /**
     * Generated band tables (ordered cut points): for every band, the target is the lowest overall the
     * same engine rates at that band or better. A handful of tries: each compiles DRL for seconds.
     */
    @Property(tries = 3)
    void everyBandsTargetIsTheLowestOverallRatedThereOrBetter(@ForAll("cutPoints") int[] cuts) throws IOException {
        // jqwik has no @TempDir for each try: the directory is removed here.
        Path dir = Files.createTempDirectory("bands");
        ItaEngine engine;
        try {
            writeBands(dir, cuts);
            engine = ItaEngine.builder().rulesFrom(dir).build();
        } finally {
            Files.deleteIfExists(dir.resolve("letter-bands.drl"));
            Files.delete(dir);
        }
        for (int band = 0; band < LETTERS.length; band++) {
            Score target = engine.plan(Samples.load("chiangmai-2566"), LETTERS[band]).target().overall();
            assertEquals(cuts[band], target.hundredths(), LETTERS[band]);
            assertEquals(LETTERS[band], rating(engine, target));
            if (target.hundredths() > 0) {
                String below = rating(engine, Score.ofHundredths(target.hundredths() - 1));
                assertEquals(true, List.of(LETTERS).indexOf(below) > band || below.equals("F"), below);
            }
        }
    }

    /** Six descending cut points in hundredths, from 100.00 down, at least 0.01 apart. */
    @Provide
    Arbitrary<int[]> cutPoints() {
        return Arbitraries.integers().between(1, 1_500).array(int[].class).ofSize(6).map(steps -> {
            int[] cuts = new int[6];
            int at = 10_000;
            for (int i = 0; i < 6; i++) {
                at -= steps[i];
                cuts[i] = at;
            }
            return cuts;
        });
    }

    private static String rating(ItaEngine engine, Score overall) {
        Assessment a = Assessment.builder().agency("x", "other").fiscalYear(2564).overall(overall).build();
        return engine.analyze(a).rating().orElseThrow().code();
    }

    /** Writes a letter-bands.drl with the given lower bounds of AA ... E; below E is F. */
    private static void writeBands(Path dir, int[] cuts) throws IOException {
        String bundled;
        try (InputStream in = RatingTargetsTest.class.getResourceAsStream("/th/ita/rules/rating/letter-bands.drl")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder drl = new StringBuilder(bundled.substring(0, bundled.indexOf("rule ")));
        List<String> letters = new ArrayList<>(List.of(LETTERS));
        letters.add("F");
        for (int i = 0; i < letters.size(); i++) {
            String low = i < cuts.length ? String.format(Locale.ROOT, "overall >= %s", Score.ofHundredths(cuts[i]))
                    : null;
            String high = i > 0 ? String.format(Locale.ROOT, "overall < %s", Score.ofHundredths(cuts[i - 1])) : null;
            String condition = String.join(", ", java.util.stream.Stream.of("scheme == RatingScheme.LETTER_BANDS", low,
                    high).filter(java.util.Objects::nonNull).toList());
            drl.append(String.format(Locale.ROOT, """
                    rule "Rating: generated band %s"
                    when
                        $in : RatingInput(%s)
                    then
                        insert($in.rated(Rating.letter("%s")));
                    end

                    """, letters.get(i), condition, letters.get(i)));
        }
        Files.writeString(dir.resolve("letter-bands.drl"), drl.toString(), StandardCharsets.UTF_8);
    }
}
