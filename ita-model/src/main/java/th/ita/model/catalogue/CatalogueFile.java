package th.ita.model.catalogue;

import java.util.List;
import java.util.Map;

/** The shape of {@code catalogue.json}, read by Jackson and turned into the public types. */
record CatalogueFile(List<ToolEntry> tools, List<IndicatorEntry> indicators, List<EditionEntry> editions) {

    record ToolEntry(String code, String thai, String english) {
    }

    record AliasEntry(String name, String kind, String note) {
    }

    record IndicatorEntry(int number, String tool, String thai, String english, List<AliasEntry> aliases) {
    }

    record SubIndicatorEntry(String id, int indicator, String thai, String english, String evidence) {
    }

    record QuestionEntry(String code, int indicator, String subIndicator, String thai, String evidence) {
    }

    record ThemeEntry(int number, String thai, String english, Map<String, List<String>> questions) {
    }

    record EditionEntry(String id, String english, List<Integer> fiscalYears, Map<String, String> weights,
            boolean iitFromQuestions, boolean eitFromQuestions, boolean eitParts,
            Map<String, Integer> questionRanges, List<SubIndicatorEntry> subIndicators,
            List<QuestionEntry> questions, List<ThemeEntry> themes) {
    }
}
