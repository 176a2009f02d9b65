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
import th.ita.rules.facts.OitItem;

/**
 * The recommendation catalogue: for each indicator, each OIT item of each edition and each tool
 * group of the seven themes, what to do, the steps, the responsible role and the follow-up, in
 * Thai and English; and the extra step each kind of OIT failure reason adds.
 *
 * <p>It is data ({@code th/ita/rules/recommendations/recommendations.json}); rule authors can
 * replace it with {@link #read(Path)} and {@code ItaEngine.builder().recommendations(...)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RecommendationCatalogue {

    private static final String RESOURCE = "/th/ita/rules/recommendations/recommendations.json";

    private final Map<String, Role> roles;
    private final Map<OitItem.ReasonKind, Text> reasonSteps;
    private final Map<Key, ActionTemplate> entries;

    private RecommendationCatalogue(Map<String, Role> roles, Map<OitItem.ReasonKind, Text> reasonSteps,
            Map<Key, ActionTemplate> entries) {
        this.roles = Map.copyOf(roles);
        this.reasonSteps = Map.copyOf(reasonSteps);
        this.entries = Map.copyOf(entries);
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
            return from(mapper().readValue(in, File.class), RESOURCE);
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
        try (InputStream in = Files.newInputStream(file)) {
            return from(mapper().readValue(in, File.class), file.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static RecommendationCatalogue from(File f, String origin) {
        Map<String, Role> roles = new HashMap<>();
        f.roles().forEach(r -> roles.put(r.id(), r));
        Map<OitItem.ReasonKind, Text> reasons = new HashMap<>();
        f.reasons().forEach(r -> reasons.put(OitItem.ReasonKind.valueOf(r.id()), r.step()));
        Map<Key, ActionTemplate> entries = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (IndicatorEntry e : f.indicators()) {
            put(entries, indicatorKey(e.indicator(), "improve"), e.improve(), roles, problems, origin);
            put(entries, indicatorKey(e.indicator(), "urgent"), e.urgent(), roles, problems, origin);
            put(entries, indicatorKey(e.indicator(), "maintain"), e.maintain(), roles, problems, origin);
        }
        for (OitEntry e : f.oitItems()) {
            put(entries, oitKey(e.edition(), e.code()),
                    new ActionTemplate(e.action(), e.steps(), e.role(), e.followUp()), roles, problems, origin);
        }
        for (ThemeEntry t : f.themes()) {
            t.groups().forEach((tool, group) -> {
                put(entries, themeKey(t.theme(), Tool.valueOf(tool), false), group.improve(), roles, problems, origin);
                put(entries, themeKey(t.theme(), Tool.valueOf(tool), true), group.maintain(), roles, problems, origin);
            });
        }
        for (ToolEntry e : f.tools() == null ? List.<ToolEntry>of() : f.tools()) {
            put(entries, toolKey(e.component()), e.improve(), roles, problems, origin);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new RecommendationCatalogue(roles, reasons, entries);
    }

    private static void put(Map<Key, ActionTemplate> entries, Key key, ActionTemplate template,
            Map<String, Role> roles, List<String> problems, String origin) {
        if (template == null) {
            problems.add(origin + ": " + key + ": missing entry");
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
            List<OitEntry> oitItems, List<ThemeEntry> themes, List<ToolEntry> tools) {
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
