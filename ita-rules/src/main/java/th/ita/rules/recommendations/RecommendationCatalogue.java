package th.ita.rules.recommendations;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.rules.facts.Level;
import th.ita.rules.facts.OitItem;

/**
 * The recommendation catalogue: for each indicator, each OIT item of each edition and each tool
 * group of the seven themes, what to do, the steps, the responsible role and the follow-up, in
 * Thai and English; and the extra step each kind of OIT failure reason adds.
 *
 * <p>It is data ({@code th/ita/rules/recommendations/recommendations.json}). Rule authors change
 * texts and add kinds of recommendation, each with its texts, in a file of their own
 * ({@link #with(Path)}; {@code --recommendations} in the command line), or replace the whole
 * catalogue ({@link #read(Path)}), and give the result to
 * {@code ItaEngine.builder().recommendations(...)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RecommendationCatalogue {

    private static final String RESOURCE = "/th/ita/rules/recommendations/recommendations.json";

    private final Map<String, Role> roles;
    private final Map<OitItem.ReasonKind, Text> reasonSteps;
    private final Map<Key, ActionTemplate> entries;
    private final Map<RecommendationKind, AddedKind> addedKinds;
    private final List<RecommendationKind> kinds;

    /** The level of the subjects each bundled kind's texts describe: an indicator's texts never fit 9.4. */
    private static final Map<RecommendationKind, Level> BUNDLED_LEVELS = Map.of(
            RecommendationKind.IMPROVE_INDICATOR, Level.INDICATOR,
            RecommendationKind.IMPROVE_TOOL, Level.TOOL,
            RecommendationKind.PUBLISH_OIT_ITEM, Level.OIT_ITEM,
            RecommendationKind.URGENT_INDICATOR, Level.INDICATOR,
            RecommendationKind.IMPROVE_THEME_GROUP, Level.THEME,
            RecommendationKind.MAINTAIN_INDICATOR, Level.INDICATOR,
            RecommendationKind.MAINTAIN_THEME_GROUP, Level.THEME);

    /**
     * A kind a recommendations file adds: the subjects it is written for, and its texts.
     *
     * @param kind the kind, not null
     * @param subjectLevel the level of its subjects, not null
     * @param template what to do, the steps, the role and the follow-up, not null
     */
    public record AddedKind(RecommendationKind kind, Level subjectLevel, ActionTemplate template) {

        /**
         * Validates the parts.
         *
         * @param kind the kind, not null
         * @param subjectLevel the level of its subjects, not null
         * @param template its texts, not null
         */
        public AddedKind {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subjectLevel, "subjectLevel");
            Objects.requireNonNull(template, "template");
        }
    }

    private RecommendationCatalogue(Map<String, Role> roles, Map<OitItem.ReasonKind, Text> reasonSteps,
            Map<Key, ActionTemplate> entries, Map<RecommendationKind, AddedKind> addedKinds) {
        this.roles = Map.copyOf(roles);
        this.reasonSteps = Map.copyOf(reasonSteps);
        this.entries = Map.copyOf(entries);
        this.addedKinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(addedKinds));
        List<RecommendationKind> all = new ArrayList<>(RecommendationKind.BUNDLED);
        all.addAll(addedKinds.keySet());
        this.kinds = List.copyOf(all);
    }

    private static final class Holder {
        static final RecommendationCatalogue STANDARD = load();
    }

    /**
     * Returns the bundled catalogue.
     *
     * @return the catalogue, not null
     */
    public static RecommendationCatalogue standard() {
        return Holder.STANDARD;
    }

    private static RecommendationCatalogue load() {
        try (InputStream in = RecommendationCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing class-path resource " + RESOURCE));
            }
            return from(mapper().readValue(in, File.class), RESOURCE, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a replacement catalogue from a JSON file of the bundled file's shape.
     *
     * @param file the file, not null
     * @return the catalogue, not null
     * @throws IllegalArgumentException if the file is malformed or refers to an unknown role
     * @throws UncheckedIOException if it cannot be read
     */
    public static RecommendationCatalogue read(Path file) {
        return read(file, null);
    }

    /**
     * Returns this catalogue with the entries of a file: the kinds it adds (section {@code kinds}),
     * and its roles, reason steps and indicator, OIT, theme and tool entries in the place of this
     * catalogue's of the same key. Every section, and each of an indicator's {@code improve},
     * {@code urgent} and {@code maintain}, is optional; docs/RULES.md shows the format.
     *
     * <pre>{@code
     * ItaEngine engine = ItaEngine.builder()
     *         .rulesFrom(Path.of("my-rules"))
     *         .recommendations(RecommendationCatalogue.standard().with(Path.of("my-recommendations.json")))
     *         .build();
     * }</pre>
     *
     * @param file the file, not null
     * @return the combined catalogue, not null
     * @throws IllegalArgumentException if the file is malformed, names an unknown role, or defines a
     *     kind twice, a bundled kind, or a kind without its level or texts (each problem with its path
     *     in the file)
     * @throws UncheckedIOException if it cannot be read
     */
    public RecommendationCatalogue with(Path file) {
        return read(file, this);
    }

    private static RecommendationCatalogue read(Path file, RecommendationCatalogue base) {
        try (InputStream in = Files.newInputStream(file)) {
            return from(mapper().readValue(in, File.class), file.toString(), base);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(file + (at == null ? "" : ":" + at.getLineNr()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Builds a catalogue from a file: the whole catalogue when {@code base} is null, where every
     * entry must be complete; else the base with the file's entries added or put in place.
     */
    private static RecommendationCatalogue from(File f, String origin, RecommendationCatalogue base) {
        boolean adding = base != null;
        Map<String, Role> roles = adding ? new HashMap<>(base.roles) : new HashMap<>();
        orEmpty(f.roles()).forEach(r -> roles.put(r.id(), r));
        Map<OitItem.ReasonKind, Text> reasons = adding ? new HashMap<>(base.reasonSteps) : new HashMap<>();
        orEmpty(f.reasons()).forEach(r -> reasons.put(OitItem.ReasonKind.valueOf(r.id()), r.step()));
        Map<Key, ActionTemplate> entries = adding ? new HashMap<>(base.entries) : new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (IndicatorEntry e : orEmpty(f.indicators())) {
            put(entries, indicatorKey(e.indicator(), "improve"), e.improve(), roles, problems, origin, adding);
            put(entries, indicatorKey(e.indicator(), "urgent"), e.urgent(), roles, problems, origin, adding);
            put(entries, indicatorKey(e.indicator(), "maintain"), e.maintain(), roles, problems, origin, adding);
        }
        for (OitEntry e : orEmpty(f.oitItems())) {
            put(entries, oitKey(e.edition(), e.code()), new ActionTemplate(e.action(), orEmpty(e.steps()), e.role(),
                    e.followUp()), roles, problems, origin, false);
        }
        for (ThemeEntry t : orEmpty(f.themes())) {
            t.groups().forEach((tool, group) -> {
                put(entries, themeKey(t.theme(), Tool.valueOf(tool), false), group.improve(), roles, problems, origin,
                        adding);
                put(entries, themeKey(t.theme(), Tool.valueOf(tool), true), group.maintain(), roles, problems, origin,
                        adding);
            });
        }
        for (ToolEntry e : orEmpty(f.tools())) {
            put(entries, toolKey(e.component()), e.improve(), roles, problems, origin, false);
        }
        Map<RecommendationKind, AddedKind> added = new java.util.LinkedHashMap<>(adding ? base.addedKinds : Map.of());
        java.util.Set<String> defined = new java.util.HashSet<>();
        for (KindEntry k : orEmpty(f.kinds())) {
            addedKind(k, roles, defined, origin, problems).ifPresent(a -> added.put(a.kind(), a));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new RecommendationCatalogue(roles, reasons, entries, added);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A kind of the {@code kinds} section, or each thing wrong with it, at its path in the file. */
    private static Optional<AddedKind> addedKind(KindEntry k, Map<String, Role> roles, java.util.Set<String> defined,
            String origin, List<String> problems) {
        String at = origin + ": kinds." + (k.id() == null ? "?" : k.id());
        RecommendationKind kind;
        try {
            kind = RecommendationKind.of(Objects.requireNonNullElse(k.id(), ""));
        } catch (IllegalArgumentException e) {
            problems.add(at + ".id: " + e.getMessage());
            return Optional.empty();
        }
        int before = problems.size();
        if (kind.isBundled()) {
            problems.add(at + ": " + kind + " is a bundled kind; change its texts in their own sections (indicators, "
                    + "oitItems, themes, tools)");
        }
        if (!defined.add(kind.name())) {
            problems.add(at + ": defined twice in one file");
        }
        if (k.subjectLevel() == null) {
            problems.add(at + ".subjectLevel: missing; the level of the subjects its texts describe, one of "
                    + java.util.Arrays.toString(Level.values()));
        }
        for (var part : List.of(Map.entry("action", Optional.ofNullable(k.action())),
                Map.entry("role", Optional.ofNullable(k.role())), Map.entry("followUp", Optional.ofNullable(k.followUp())))) {
            if (part.getValue().isEmpty()) {
                problems.add(at + "." + part.getKey() + ": missing");
            }
        }
        if (k.role() != null && !roles.containsKey(k.role())) {
            problems.add(String.format(Locale.ROOT, "%s.role: unknown role, was %s; roles are %s", at, k.role(),
                    roles.keySet().stream().sorted().toList()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new AddedKind(kind, k.subjectLevel(),
                new ActionTemplate(k.action(), orEmpty(k.steps()), k.role(), k.followUp())));
    }

    private static void put(Map<Key, ActionTemplate> entries, Key key, ActionTemplate template,
            Map<String, Role> roles, List<String> problems, String origin, boolean optional) {
        if (template == null) {
            if (!optional) {
                problems.add(origin + ": " + key + ": missing entry");
            }
            return;
        }
        if (!roles.containsKey(template.role())) {
            problems.add(String.format(Locale.ROOT, "%s: %s.role: unknown role, was %s; roles are %s", origin, key,
                    template.role(), roles.keySet().stream().sorted().toList()));
        }
        entries.put(key, template);
    }

    /**
     * A catalogue entry's key; {@code toString} is its path in the file, for messages. Lookups run
     * for every measure of every analysis, so they hash a few fields instead of building a path.
     */
    private record Key(String section, String edition, int number, String code, String kind) {
        @Override
        public String toString() {
            return switch (section) {
                case "indicators" -> "indicators." + number + "." + kind;
                case "oitItems" -> "oitItems." + edition + "." + code;
                case "tools" -> "tools." + code + "." + kind;
                default -> "themes." + number + "." + code + "." + kind;
            };
        }
    }

    private static Key indicatorKey(int indicator, String kind) {
        return new Key("indicators", "", indicator, "", kind);
    }

    private static Key toolKey(ToolComponent component) {
        return new Key("tools", "", 0, component.name(), "improve");
    }

    private static Key oitKey(String edition, String code) {
        return new Key("oitItems", edition, 0, code, "");
    }

    private static Key themeKey(int theme, Tool tool, boolean maintain) {
        return new Key("themes", "", theme, tool.name(), maintain ? "maintain" : "improve");
    }

    /**
     * Returns the improvement entry for a tool component below the pass mark.
     *
     * @param component the tool or EIT part, not null
     * @return the entry, or empty if the catalogue has none, not null
     */
    public Optional<ActionTemplate> tool(ToolComponent component) {
        return Optional.ofNullable(entries.get(toolKey(component)));
    }

    /**
     * Returns the entry for an indicator.
     *
     * @param indicator 1 to 10
     * @param kind {@code improve}, {@code urgent} or {@code maintain}, not null
     * @return the entry, or empty, not null
     */
    public Optional<ActionTemplate> indicator(int indicator, String kind) {
        return Optional.ofNullable(entries.get(indicatorKey(indicator, kind)));
    }

    /**
     * Returns the entry for an OIT item of an edition.
     *
     * @param edition the edition id, such as {@code ITA-2563}, not null
     * @param code the item code, such as {@code o27}, not null
     * @return the entry, or empty, not null
     */
    public Optional<ActionTemplate> oitItem(String edition, String code) {
        return Optional.ofNullable(entries.get(oitKey(edition, code)));
    }

    /**
     * Returns the entry for one tool group of a theme.
     *
     * @param theme 1 to 7
     * @param tool the tool, not null
     * @param maintain true for the maintain entry, false for improve
     * @return the entry, or empty, not null
     */
    public Optional<ActionTemplate> theme(int theme, Tool tool, boolean maintain) {
        return Optional.ofNullable(entries.get(themeKey(theme, tool, maintain)));
    }

    /**
     * Returns the extra step a kind of OIT failure reason adds.
     *
     * @param kind the kind, not null
     * @return the step, or empty, not null
     */
    public Optional<Text> reasonStep(OitItem.ReasonKind kind) {
        return Optional.ofNullable(reasonSteps.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Returns every kind this catalogue has texts for: the bundled ones, then the added ones in the
     * order of their file. Measures are listed in this order.
     *
     * @return the kinds, not null
     */
    public List<RecommendationKind> kinds() {
        return kinds;
    }

    /**
     * Returns the level of the subjects a kind's texts describe: a recommendation of the kind for a
     * subject of another level is a rule error.
     *
     * @param kind the kind, not null
     * @return the level, or empty if this catalogue has no texts for the kind, not null
     */
    public Optional<Level> subjectLevel(RecommendationKind kind) {
        Objects.requireNonNull(kind, "kind");
        Level bundled = BUNDLED_LEVELS.get(kind);
        return bundled != null ? Optional.of(bundled)
                : Optional.ofNullable(addedKinds.get(kind)).map(AddedKind::subjectLevel);
    }

    /**
     * Returns a kind a recommendations file added, with its texts.
     *
     * @param kind the kind, not null
     * @return the added kind, or empty for a bundled or unknown kind, not null
     */
    public Optional<AddedKind> addedKind(RecommendationKind kind) {
        return Optional.ofNullable(addedKinds.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Returns a role by id.
     *
     * @param id the id, not null
     * @return the role, or empty, not null
     */
    public Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    /**
     * Returns the ids of the roles, sorted.
     *
     * @return the ids, not null
     */
    public List<String> roleIds() {
        return roles.keySet().stream().sorted().toList();
    }

    record File(List<Role> roles, List<ReasonEntry> reasons, List<IndicatorEntry> indicators,
            List<OitEntry> oitItems, List<ThemeEntry> themes, List<ToolEntry> tools, List<KindEntry> kinds) {
    }

    record KindEntry(String id, Level subjectLevel, Text action, List<Text> steps, String role, Text followUp) {
    }

    record ToolEntry(ToolComponent component, ActionTemplate improve) {
    }

    record ReasonEntry(String id, List<String> match, Text step) {
    }

    record IndicatorEntry(int indicator, ActionTemplate improve, ActionTemplate urgent, ActionTemplate maintain) {
    }

    record OitEntry(String edition, String code, Text action, List<Text> steps, String role, Text followUp) {
    }

    record GroupEntry(ActionTemplate improve, ActionTemplate maintain) {
    }

    record ThemeEntry(int theme, Map<String, GroupEntry> groups) {
    }
}
