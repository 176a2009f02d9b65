package th.ita.model.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import th.ita.model.FiscalYear;

/**
 * The ITA framework catalogue: the tools, the ten indicators with their name variants, and the
 * editions that give each fiscal year its question codes and aggregation rules.
 *
 * <p>The catalogue is data: {@code th/ita/model/catalogue/catalogue.json} on the class path,
 * read once by {@link #standard()}. Where the sources disagree (inferred sub-indicator
 * membership, misprinted names) the data says so in its evidence fields.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.standard();
 * Edition edition = catalogue.edition(FiscalYear.of(2566));
 * QuestionCode code = edition.parseCode("ข้อ i๒๔", Optional.empty());   // i24
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Catalogue {

    private static final String RESOURCE = "/th/ita/model/catalogue/catalogue.json";
    private static final String NAME_PREFIX = "ตัวชี้วัดด้าน";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<Tool, String[]> toolNames;
    private final List<Indicator> indicators;
    private final List<Edition> editions;
    private final Map<String, IndicatorMatch> byName;

    private Catalogue(Map<Tool, String[]> toolNames, List<Indicator> indicators, List<Edition> editions) {
        this.toolNames = toolNames;
        this.indicators = List.copyOf(indicators);
        this.editions = List.copyOf(editions);
        Map<String, IndicatorMatch> names = new HashMap<>();
        for (Indicator indicator : indicators) {
            names.put(normalise(indicator.thai()), new IndicatorMatch(indicator, Optional.empty()));
            for (IndicatorAlias alias : indicator.aliases()) {
                names.put(normalise(alias.name()), new IndicatorMatch(indicator, Optional.of(alias)));
            }
        }
        this.byName = Map.copyOf(names);
    }

    private static final class Holder {
        static final Catalogue STANDARD = load();
    }

    /**
     * Returns the bundled catalogue, read once from the class path.
     *
     * @return the catalogue, not null
     * @throws UncheckedIOException if the bundled data cannot be read (a broken jar)
     */
    public static Catalogue standard() {
        return Holder.STANDARD;
    }

    private static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing class-path resource " + RESOURCE));
            }
            ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            return from(mapper.readValue(in, CatalogueFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static Catalogue from(CatalogueFile file) {
        Map<Tool, String[]> tools = new EnumMap<>(Tool.class);
        file.tools().forEach(t -> tools.put(Tool.valueOf(t.code()), new String[] {t.thai(), t.english()}));
        List<Indicator> indicators = new ArrayList<>();
        for (CatalogueFile.IndicatorEntry e : file.indicators()) {
            List<IndicatorAlias> aliases = e.aliases() == null ? List.of() : e.aliases().stream()
                    .map(a -> new IndicatorAlias(a.name(), "MISPRINT".equals(a.kind()), a.note())).toList();
            indicators.add(new Indicator(e.number(), Tool.valueOf(e.tool()), e.thai(), e.english(), aliases));
        }
        indicators.sort((a, b) -> Integer.compare(a.number(), b.number()));
        List<Edition> editions = new ArrayList<>();
        for (CatalogueFile.EditionEntry e : file.editions()) {
            editions.add(edition(e));
        }
        return new Catalogue(tools, indicators, editions);
    }

    private static Edition edition(CatalogueFile.EditionEntry e) {
        Set<FiscalYear> years = new TreeSet<>();
        e.fiscalYears().forEach(y -> years.add(FiscalYear.of(y)));
        Map<Tool, BigDecimal> weights = new EnumMap<>(Tool.class);
        e.weights().forEach((tool, w) -> weights.put(Tool.valueOf(tool), new BigDecimal(w)));
        Map<Tool, Integer> ranges = new EnumMap<>(Tool.class);
        e.questionRanges().forEach((tool, n) -> ranges.put(Tool.valueOf(tool), n));
        List<Question> questions = new ArrayList<>();
        Map<String, List<QuestionCode>> itemsBySub = new LinkedHashMap<>();
        for (CatalogueFile.QuestionEntry q : e.questions()) {
            QuestionCode code = QuestionCode.parse(q.code());
            questions.add(new Question(code, q.indicator(), Optional.ofNullable(q.subIndicator()),
                    Optional.ofNullable(q.thai()), q.evidence()));
            if (q.subIndicator() != null) {
                itemsBySub.computeIfAbsent(q.subIndicator(), k -> new ArrayList<>()).add(code);
            }
        }
        List<SubIndicator> subs = e.subIndicators().stream()
                .map(s -> new SubIndicator(s.id(), s.indicator(), s.thai(), s.english(), s.evidence(),
                        itemsBySub.getOrDefault(s.id(), List.of())))
                .toList();
        List<Theme> themes = new ArrayList<>();
        for (CatalogueFile.ThemeEntry t : e.themes()) {
            Map<Tool, List<QuestionCode>> byTool = new EnumMap<>(Tool.class);
            t.questions().forEach((tool, codes) -> byTool.put(Tool.valueOf(tool),
                    codes.stream().map(QuestionCode::parse).toList()));
            themes.add(new Theme(t.number(), t.thai(), t.english(), byTool));
        }
        return new Edition(e.id(), e.english(), years, weights, e.iitFromQuestions(), e.eitFromQuestions(),
                e.eitParts(), ranges, questions, subs, themes);
    }

    /**
     * Returns the Thai name of a tool, such as {@code แบบตรวจการเปิดเผยข้อมูลสาธารณะ}.
     *
     * @param tool the tool, not null
     * @param thaiLanguage true for the Thai name, false for the English expansion
     * @return the name, not null
     */
    public String toolName(Tool tool, boolean thaiLanguage) {
        return toolNames.get(tool)[thaiLanguage ? 0 : 1];
    }

    /**
     * Returns the name of a tool component as reports print it: {@code IIT แบบวัดการรับรู้…}, or
     * {@code EIT ส่วนที่ 2} for a part of the EIT (source 004), in Arabic digits.
     *
     * @param component the component, not null
     * @param thaiLanguage true for Thai
     * @return the name, not null
     */
    public String componentName(ToolComponent component, boolean thaiLanguage) {
        return switch (component) {
            case EIT_PART_1 -> thaiLanguage ? "EIT ส่วนที่ 1" : "EIT part 1";
            case EIT_PART_2 -> thaiLanguage ? "EIT ส่วนที่ 2" : "EIT part 2";
            default -> component.name() + " " + toolName(component.tool(), thaiLanguage);
        };
    }

    /**
     * Returns the ten indicators in official order.
     *
     * @return the indicators, not null
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns an indicator by its official number.
     *
     * @param number 1 to 10
     * @return the indicator, not null
     * @throws IllegalArgumentException if the number is not 1 to 10
     */
    public Indicator indicator(int number) {
        if (number < 1 || number > indicators.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown indicator, was %d; indicators are 1 - 10", number));
        }
        return indicators.get(number - 1);
    }

    /**
     * Returns the indicators measured by one tool.
     *
     * @param tool the tool, not null
     * @return the indicators in order, not null
     */
    public List<Indicator> indicatorsOf(Tool tool) {
        return indicators.stream().filter(i -> i.tool() == tool).toList();
    }

    /**
     * Finds the indicator a printed name refers to: the canonical name, a variant or a known
     * misprint, with or without the prefix {@code ตัวชี้วัดด้าน} and regardless of spacing.
     *
     * @param name the name as printed, not null
     * @return the match, or empty if the name is not known, not null
     */
    public Optional<IndicatorMatch> indicatorByName(String name) {
        String key = normalise(name);
        if (key.startsWith(NAME_PREFIX)) {
            key = key.substring(NAME_PREFIX.length());
        }
        return Optional.ofNullable(byName.get(key));
    }

    private static String normalise(String name) {
        return WHITESPACE.matcher(name).replaceAll("");
    }

    /**
     * Returns the bundled editions, oldest first.
     *
     * @return the editions, not null
     */
    public List<Edition> editions() {
        return editions;
    }

    /**
     * Returns the fiscal years for which an edition is known.
     *
     * @return the years in order, not null
     */
    public Set<FiscalYear> supportedYears() {
        Set<FiscalYear> years = new TreeSet<>();
        editions.forEach(e -> years.addAll(e.fiscalYears()));
        return Collections.unmodifiableSet(years);
    }

    /**
     * Returns the edition that serves a fiscal year.
     *
     * @param year the fiscal year, not null
     * @return the edition, not null
     * @throws IllegalArgumentException if no edition serves the year
     */
    public Edition edition(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        return findEdition(year).orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                "unsupported fiscal year, was %s; supported %s - %s", year,
                supportedYears().iterator().next(), List.copyOf(supportedYears()).get(supportedYears().size() - 1))));
    }

    /**
     * Returns the edition that serves a fiscal year, if any.
     *
     * @param year the fiscal year, not null
     * @return the edition, or empty, not null
     */
    public Optional<Edition> findEdition(FiscalYear year) {
        return editions.stream().filter(e -> e.fiscalYears().contains(year)).findFirst();
    }

    /**
     * Returns the edition with an id such as {@code ITA-2563}.
     *
     * @param id the id, not null
     * @return the edition, or empty, not null
     */
    public Optional<Edition> editionById(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
