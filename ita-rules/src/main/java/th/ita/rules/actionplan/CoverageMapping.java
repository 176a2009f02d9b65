package th.ita.rules.actionplan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import th.ita.rules.actionplan.PlanItemText;

/**
 * The coverage mapping of {@code th/ita/rules/actionplan/coverage.json}: the keywords a plan item's
 * name or objectives must contain to address an indicator (by number) or a failed OIT item (by
 * topic, found from the item's Thai name).
 */
final class CoverageMapping {

    static final String RESOURCE = "/th/ita/rules/actionplan/coverage.json";

    private final Map<Integer, Entry> indicators;
    private final List<Topic> topics;

    private CoverageMapping(Map<Integer, Entry> indicators, List<Topic> topics) {
        this.indicators = Map.copyOf(indicators);
        this.topics = List.copyOf(topics);
    }

    /** The keywords of one mapping entry, and the entry's name for findings ({@code indicator 2}, {@code oit complaints}). */
    record Entry(String topic, List<String> keywords) {
        Entry {
            keywords = List.copyOf(keywords);
        }
    }

    private static final class Holder {
        static final CoverageMapping STANDARD = load();
    }

    /** Returns the bundled mapping, read once. */
    static CoverageMapping standard() {
        return Holder.STANDARD;
    }

    private static CoverageMapping load() {
        try (InputStream in = CoverageMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing class-path resource " + RESOURCE));
            }
            File file = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, File.class);
            return from(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static CoverageMapping from(File file) {
        List<String> problems = new ArrayList<>();
        Map<Integer, Entry> indicators = new TreeMap<>();
        for (int i = 0; i < file.indicators().size(); i++) {
            IndicatorEntry e = file.indicators().get(i);
            if (e.indicator() < 1 || e.indicator() > 10) {
                problems.add(String.format(Locale.ROOT, "indicators[%d].indicator: out of range, was %d; valid 1 - 10",
                        i, e.indicator()));
            } else if (indicators.put(e.indicator(), new Entry("indicator " + e.indicator(), keywords(e.keywords(),
                    "indicators[" + i + "].keywords", problems))) != null) {
                problems.add(String.format(Locale.ROOT, "indicators[%d].indicator: duplicate, was %d; each indicator once",
                        i, e.indicator()));
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < file.oitTopics().size(); i++) {
            Topic t = file.oitTopics().get(i);
            keywords(t.oitItemNames(), "oitTopics[" + i + "].oitItemNames", problems);
            keywords(t.keywords(), "oitTopics[" + i + "].keywords", problems);
            topics.add(t);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + String.join("; ", problems));
        }
        return new CoverageMapping(indicators, topics);
    }

    private static List<String> keywords(List<String> keywords, String path, List<String> problems) {
        if (keywords == null || keywords.isEmpty() || keywords.stream().anyMatch(k -> k == null || k.isBlank())) {
            problems.add(path + ": missing or blank keyword; give at least one non-blank keyword");
            return List.of();
        }
        return keywords;
    }

    /**
     * Returns the entry of an indicator.
     *
     * @param indicator 1 to 10
     * @return the entry, or empty when the mapping has none
     */
    Optional<Entry> indicator(int indicator) {
        return Optional.ofNullable(indicators.get(indicator));
    }

    /**
     * Returns the entry of the first topic one of whose OIT item names occurs in an item's name.
     *
     * @param itemName the OIT item's Thai name, such as "o30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต"
     * @return the entry, or empty when no topic names the item
     */
    Optional<Entry> oitItem(String itemName) {
        PlanItemText name = new PlanItemText(1, itemName, itemName);
        return topics.stream().filter(t -> name.mentionsAny(t.oitItemNames())).findFirst()
                .map(t -> new Entry("oit " + t.topic(), t.keywords()));
    }

    record File(String about, List<IndicatorEntry> indicators, List<Topic> oitTopics) {
        File {
            indicators = indicators == null ? List.of() : indicators;
            oitTopics = oitTopics == null ? List.of() : oitTopics;
        }
    }

    record IndicatorEntry(int indicator, String note, List<String> keywords) {
    }

    record Topic(String topic, String thai, String english, List<String> oitItemNames, List<String> keywords) {
    }
}
