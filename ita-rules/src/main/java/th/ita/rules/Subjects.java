package th.ita.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Edition;
import th.ita.model.catalogue.Indicator;
import th.ita.model.catalogue.Question;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.SubIndicator;
import th.ita.model.catalogue.Theme;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;
import th.ita.rules.facts.Level;
import th.ita.rules.facts.Subject;

/**
 * The subjects of one edition, built once: every analysis of the edition names the same tools,
 * indicators, sub-indicators, questions and theme groups, so their names are not rebuilt per fact.
 */
final class Subjects {

    static final Subject OVERALL = Subject.OVERALL;

    private static final Map<String, Subjects> BY_EDITION = new ConcurrentHashMap<>();

    private final Map<ToolComponent, Subject> tools = new EnumMap<>(ToolComponent.class);
    private final Map<Integer, Subject> indicators = new HashMap<>();
    private final Map<String, Subject> subIndicators = new HashMap<>();
    private final Map<QuestionCode, Subject> questions = new HashMap<>();
    private final Map<Integer, Subject> themeGroups = new HashMap<>();
    private final List<ThemeQuestions> themeQuestions = new ArrayList<>();

    /** The questions of one tool in one theme, with their codes as printed. */
    record ThemeQuestions(Subject subject, int theme, Tool tool, List<QuestionCode> codes, List<String> printed) {
    }

    private Subjects(Edition edition) {
        Catalogue catalogue = Catalogue.standard();
        for (ToolComponent c : ToolComponent.values()) {
            tools.put(c, new Subject(Level.TOOL, c.name(), catalogue.componentName(c, true),
                    catalogue.componentName(c, false), c.ordinal()));
        }
        for (Indicator i : catalogue.indicators()) {
            indicators.put(i.number(), new Subject(Level.INDICATOR, Integer.toString(i.number()), i.thai(),
                    i.english(), i.number()));
        }
        List<SubIndicator> subs = edition.subIndicators();
        for (int n = 0; n < subs.size(); n++) {
            SubIndicator s = subs.get(n);
            subIndicators.put(s.id(), new Subject(Level.SUB_INDICATOR, s.id(), s.thai(), s.english(), n));
        }
        for (Question q : edition.questions()) {
            questions.put(q.code(), question(q.code(), q.thai().map(t -> q.code() + " " + t).orElse(q.code().toString())));
        }
        for (Theme t : edition.themes()) {
            for (Tool tool : Tool.values()) {
                List<QuestionCode> codes = t.questions().get(tool);
                if (codes == null) {
                    continue;
                }
                Subject subject = new Subject(Level.THEME, t.number() + "/" + tool,
                        "ประเด็นที่ " + t.number() + " " + t.thai() + " (" + tool + ")",
                        "Theme " + t.number() + " " + t.english() + " (" + tool + ")", t.number() * 10 + tool.ordinal());
                themeGroups.put(themeKey(t.number(), tool), subject);
                themeQuestions.add(new ThemeQuestions(subject, t.number(), tool, List.copyOf(codes),
                        codes.stream().map(QuestionCode::toString).toList()));
            }
        }
    }

    private static Subject question(QuestionCode code, String thai) {
        Level level = code.tool() == Tool.OIT ? Level.OIT_ITEM : Level.QUESTION;
        return new Subject(level, code.toString(), thai, code.toString(), code.tool().ordinal() * 1000 + code.number());
    }

    static Subjects of(Edition edition) {
        return BY_EDITION.computeIfAbsent(edition.id(), id -> new Subjects(edition));
    }

    Subject tool(ToolComponent component) {
        return tools.get(component);
    }

    Subject indicator(int number) {
        return indicators.get(number);
    }

    Subject subIndicator(String id) {
        return subIndicators.get(id);
    }

    Subject question(QuestionCode code) {
        Subject s = questions.get(code);
        return s != null ? s : question(code, code.toString());
    }

    /** The theme groups of the edition, theme by theme in the order of {@link Tool}. */
    List<ThemeQuestions> themeQuestions() {
        return themeQuestions;
    }

    Subject themeGroup(int theme, Tool tool) {
        return themeGroups.get(themeKey(theme, tool));
    }

    private static int themeKey(int theme, Tool tool) {
        return theme * 8 + tool.ordinal();
    }

    /** The subject of a score-card field: {@code overall}, {@code tools.IIT} or {@code indicators.3}. */
    Subject ofField(String field) {
        if (field.startsWith("tools.")) {
            return tool(ToolComponent.valueOf(field.substring("tools.".length())));
        }
        if (field.startsWith("indicators.")) {
            return indicator(Integer.parseInt(field.substring("indicators.".length())));
        }
        return OVERALL;
    }
}
