package th.ita.model.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import th.ita.model.FiscalYear;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.Score;
import th.ita.model.internal.Texts;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.Edition;
import th.ita.model.catalogue.Question;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.RatingLabels;
import th.ita.model.catalogue.Tool;
import th.ita.model.catalogue.ToolComponent;

/**
 * One agency's ITA result for one fiscal year, at whatever levels of detail the agency has:
 * question scores, OIT item results, indicator scores, published tool scores and the published
 * overall score and rating; optionally its earlier years and a target path.
 *
 * <p>Partial data is normal: many agencies have only the overall score, or only the ten
 * indicators. Build one with {@link #builder()}; {@link Builder#build()} checks everything and
 * throws one {@link ItaValidationException} listing every problem, or returns a valid assessment.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder()
 *         .agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
 *         .fiscalYear(2564)
 *         .indicator(1, "87.37")
 *         .oitItem("027", false, "มีหลักเกณฑ์ไม่ครบ ๕ ข้อ")
 *         .overall("83.74")
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Assessment {

    private final Agency agency;
    private final FiscalYear fiscalYear;
    private final Edition edition;
    private final SortedMap<QuestionCode, Score> questions;
    private final SortedMap<QuestionCode, OitResult> oitResults;
    private final SortedMap<Integer, Score> indicators;
    private final Map<ToolComponent, Score> tools;
    private final Optional<Score> overall;
    private final Optional<String> publishedRating;
    private final List<Assessment> history;
    private final SortedMap<FiscalYear, Score> targets;
    private final List<Constraint> constraints;
    private final SortedMap<String, String> units;
    private final List<String> naccRecommendations;
    private final Optional<SignOff> signOff;

    private Assessment(Agency agency, FiscalYear fiscalYear, Edition edition, SortedMap<QuestionCode, Score> questions,
            SortedMap<QuestionCode, OitResult> oitResults, SortedMap<Integer, Score> indicators,
            Map<ToolComponent, Score> tools, Optional<Score> overall, Optional<String> publishedRating,
            List<Assessment> history, SortedMap<FiscalYear, Score> targets, List<Constraint> constraints,
            SortedMap<String, String> units, List<String> naccRecommendations, Optional<SignOff> signOff) {
        this.agency = agency;
        this.fiscalYear = fiscalYear;
        this.edition = edition;
        this.questions = Collections.unmodifiableSortedMap(questions);
        this.oitResults = Collections.unmodifiableSortedMap(oitResults);
        this.indicators = Collections.unmodifiableSortedMap(indicators);
        this.tools = Collections.unmodifiableMap(tools);
        this.overall = overall;
        this.publishedRating = publishedRating;
        this.history = List.copyOf(history);
        this.targets = Collections.unmodifiableSortedMap(targets);
        this.constraints = List.copyOf(constraints);
        this.units = Collections.unmodifiableSortedMap(units);
        this.naccRecommendations = List.copyOf(naccRecommendations);
        this.signOff = signOff;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the agency assessed.
     *
     * @return the agency, not null
     */
    public Agency agency() {
        return agency;
    }

    /**
     * Returns the fiscal year assessed.
     *
     * @return the year, not null
     */
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /**
     * Returns the framework edition that serves the fiscal year.
     *
     * @return the edition, not null
     */
    public Edition edition() {
        return edition;
    }

    /**
     * Returns the IIT and EIT question scores given, by code.
     *
     * @return the scores, possibly empty, not null
     */
    public SortedMap<QuestionCode, Score> questions() {
        return questions;
    }

    /**
     * Returns the OIT item results given, by code.
     *
     * @return the results, possibly empty, not null
     */
    public SortedMap<QuestionCode, OitResult> oitResults() {
        return oitResults;
    }

    /**
     * Returns the score of any question or OIT item given (an OIT item scores 100 or 0).
     *
     * @param code the code, not null
     * @return the score, or empty if not given, not null
     */
    public Optional<Score> questionScore(QuestionCode code) {
        if (code.tool() == Tool.OIT) {
            return Optional.ofNullable(oitResults.get(code)).map(OitResult::score);
        }
        return Optional.ofNullable(questions.get(code));
    }

    /**
     * Returns the indicator scores given, by indicator number.
     *
     * @return the scores, possibly empty, not null
     */
    public SortedMap<Integer, Score> indicators() {
        return indicators;
    }

    /**
     * Returns the tool scores given, as published.
     *
     * @return the scores, possibly empty, not null
     */
    public Map<ToolComponent, Score> tools() {
        return tools;
    }

    /**
     * Returns the published overall score, if given.
     *
     * @return the score, or empty, not null
     */
    public Optional<Score> overall() {
        return overall;
    }

    /**
     * Returns the rating as published (such as {@code B} or {@code ผ่านดี}), if given.
     *
     * @return the rating, or empty, not null
     */
    public Optional<String> publishedRating() {
        return publishedRating;
    }

    /**
     * Returns the agency's earlier years, most recent first.
     *
     * @return the earlier assessments, possibly empty, not null
     */
    public List<Assessment> history() {
        return history;
    }

    /**
     * Returns the assessment of the year just before this one, if in the history.
     *
     * @return the previous year, or empty, not null
     */
    public Optional<Assessment> previous() {
        FiscalYear before = fiscalYear.previous();
        return history.stream().filter(a -> a.fiscalYear.equals(before)).findFirst();
    }

    /**
     * Returns the yearly target path (such as 65, 70, 75, 80, 85 for FY2566-2570), if set.
     *
     * @return the targets by year, possibly empty, not null
     */
    public SortedMap<FiscalYear, Score> targets() {
        return targets;
    }

    /**
     * Returns the agency's own constraints (ข้อจำกัด) for the report, possibly none.
     *
     * @return the constraints, not null
     */
    public List<String> constraints() {
        return constraints.stream().map(Constraint::text).toList();
    }

    /**
     * Returns the agency's constraints with how it will handle each, where it says so.
     *
     * @return the constraints in the order given, possibly none, not null
     */
    public List<Constraint> constraintEntries() {
        return constraints;
    }

    /**
     * Returns the NACC assessors' recommendations (ข้อเสนอแนะของผู้ประเมิน) to the agency, as given,
     * possibly none; the report answers each with a measure or says why it has none.
     *
     * @return the recommendations in the order given, not null
     */
    public List<String> naccRecommendations() {
        return naccRecommendations;
    }

    /**
     * Returns the signature block of the report, if given.
     *
     * @return the preparer, the approver and the date, or empty, not null
     */
    public Optional<SignOff> signOff() {
        return signOff;
    }

    /**
     * Returns the agency's own names for the units that hold responsible roles, such as
     * {@code FINANCE} → {@code กองคลัง}; a role not named here gets the usual unit of the agency's kind.
     *
     * @return unit names by role id, possibly empty, not null
     */
    public SortedMap<String, String> units() {
        return units;
    }

    /**
     * Returns a copy in which the given unit names take the place of those of the same roles.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param names unit names by role id, such as {@code FINANCE} → {@code กองคลัง}, not null
     * @return the changed assessment, not null
     * @throws ItaValidationException naming each role id or name that is malformed
     */
    public Assessment withUnits(Map<String, String> names) {
        List<Problem> problems = new ArrayList<>();
        SortedMap<String, String> merged = new TreeMap<>(units);
        names.forEach((role, name) -> Builder.checkUnit(role, name, problems)
                .ifPresent(n -> merged.put(role, n)));
        if (!problems.isEmpty()) {
            throw new ItaValidationException(problems);
        }
        return new Assessment(agency, fiscalYear, edition, new TreeMap<>(questions), new TreeMap<>(oitResults),
                new TreeMap<>(indicators), copy(tools), overall, publishedRating, history, new TreeMap<>(targets),
                constraints, merged, naccRecommendations, signOff);
    }

    /**
     * Returns a copy with one OIT item's result replaced, and the published scores that depend on
     * it (its indicator, the OIT tool score and the overall) dropped so that they are recomputed.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param code an OIT code of this edition, not null
     * @param result the new result, not null
     * @return the changed assessment, not null
     * @throws IllegalArgumentException if the edition has no such OIT item
     */
    public Assessment withOitResult(QuestionCode code, OitResult result) {
        Objects.requireNonNull(result, "result");
        if (code.tool() != Tool.OIT) {
            throw new IllegalArgumentException("not an OIT code, was " + code);
        }
        Question question = edition.question(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown OIT item for " + edition + ", was " + code));
        SortedMap<QuestionCode, OitResult> items = new TreeMap<>(oitResults);
        items.put(code, result);
        SortedMap<Integer, Score> ind = new TreeMap<>(indicators);
        ind.remove(question.indicator());
        Map<ToolComponent, Score> tl = copy(tools);
        tl.remove(ToolComponent.OIT);
        return new Assessment(agency, fiscalYear, edition, new TreeMap<>(questions), items, ind, tl,
                Optional.empty(), publishedRating, history, new TreeMap<>(targets), constraints, new TreeMap<>(units),
                naccRecommendations, signOff);
    }

    /**
     * Returns a copy with one indicator's score replaced, and the published tool and overall
     * scores that depend on it dropped so that they are recomputed.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param number the indicator, 1 to 10
     * @param score the new score, not null
     * @return the changed assessment, not null
     */
    public Assessment withIndicator(int number, Score score) {
        Objects.requireNonNull(score, "score");
        Tool tool = Catalogue.standard().indicator(number).tool();
        SortedMap<Integer, Score> ind = new TreeMap<>(indicators);
        ind.put(number, score);
        Map<ToolComponent, Score> tl = copy(tools);
        tl.keySet().removeIf(c -> c.tool() == tool);
        return new Assessment(agency, fiscalYear, edition, new TreeMap<>(questions), new TreeMap<>(oitResults), ind,
                tl, Optional.empty(), publishedRating, history, new TreeMap<>(targets), constraints,
                new TreeMap<>(units), naccRecommendations, signOff);
    }

    private static Map<ToolComponent, Score> copy(Map<ToolComponent, Score> tools) {
        Map<ToolComponent, Score> result = new EnumMap<>(ToolComponent.class);
        result.putAll(tools);
        return result;
    }

    @Override
    public String toString() {
        return "Assessment[" + agency.name() + ", FY" + fiscalYear + "]";
    }

    /**
     * Builds an {@link Assessment}. Setters reject null at once; {@link #build()} checks
     * everything else and reports every problem together.
     *
     * <p>This class is not thread-safe; the assessments it builds are.
     */
    public static final class Builder {

        private String agencyName;
        private Object agencyKind = AgencyKind.OTHER;
        private Object fiscalYear;
        private final List<Entry> questions = new ArrayList<>();
        private final List<OitEntry> oitItems = new ArrayList<>();
        private final List<Entry> indicators = new ArrayList<>();
        private final List<Entry> tools = new ArrayList<>();
        private Object overall;
        private String publishedRating;
        private final List<Earlier> history = new ArrayList<>();
        private final List<Entry> targets = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final Map<String, String> units = new LinkedHashMap<>();
        private final List<String> naccRecommendations = new ArrayList<>();
        private SignOff.Signer preparer;
        private SignOff.Signer approver;
        private java.time.LocalDate signedOn;

        private record Entry(String key, Object value) {
        }

        private record OitEntry(String key, boolean passed, String reason, String url) {
        }

        /** An earlier year and the field path its problems are reported under, such as {@code previous}. */
        private record Earlier(Assessment assessment, String field) {
        }

        private Builder() {
        }

        /**
         * Sets the agency.
         *
         * @param name the agency's name, not null
         * @param kind the kind of agency, not null
         * @return this builder (for chaining)
         */
        public Builder agency(String name, AgencyKind kind) {
            this.agencyName = Objects.requireNonNull(name, "name");
            this.agencyKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the agency, with the kind as text (checked by {@link #build()}).
         *
         * @param name the agency's name, not null
         * @param kind the kind as text, such as {@code เทศบาลนคร}, not null
         * @return this builder (for chaining)
         */
        public Builder agency(String name, String kind) {
            this.agencyName = Objects.requireNonNull(name, "name");
            this.agencyKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the fiscal year.
         *
         * @param year the fiscal year, not null
         * @return this builder (for chaining)
         */
        public Builder fiscalYear(FiscalYear year) {
            this.fiscalYear = Objects.requireNonNull(year, "year");
            return this;
        }

        /**
         * Sets the fiscal year by its Buddhist-era number (checked by {@link #build()}).
         *
         * @param buddhistYear the year, such as 2566
         * @return this builder (for chaining)
         */
        public Builder fiscalYear(int buddhistYear) {
            this.fiscalYear = buddhistYear;
            return this;
        }

        /**
         * Adds a question score. An OIT code here must score 100 (pass) or 0 (fail).
         *
         * @param code the code as printed, such as {@code i24}, {@code ข้อ e๑} or {@code o18}, not null
         * @param score the score as text, Arabic or Thai digits, not null
         * @return this builder (for chaining)
         */
        public Builder question(String code, String score) {
            questions.add(new Entry(Objects.requireNonNull(code, "code"), Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Adds a question score.
         *
         * @param code the code, not null
         * @param score the score, not null
         * @return this builder (for chaining)
         */
        public Builder question(QuestionCode code, Score score) {
            questions.add(new Entry(Objects.requireNonNull(code, "code").toString(),
                    Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Adds an OIT item result.
         *
         * @param code the code as printed, such as {@code o27}, {@code 0๒๗} or {@code ๐๑๑}, not null
         * @param passed true if the item passed
         * @param reason the assessor's reason, or null when none was given
         * @return this builder (for chaining)
         */
        public Builder oitItem(String code, boolean passed, String reason) {
            return oitItem(code, passed, reason, null);
        }

        /**
         * Adds an OIT item result with the URL the agency gave.
         *
         * @param code the code as printed, not null
         * @param passed true if the item passed
         * @param reason the assessor's reason, or null when none was given
         * @param url the URL, or null when none was given
         * @return this builder (for chaining)
         */
        public Builder oitItem(String code, boolean passed, String reason, String url) {
            oitItems.add(new OitEntry(Objects.requireNonNull(code, "code"), passed, reason, url));
            return this;
        }

        /**
         * Adds an indicator score.
         *
         * @param number the indicator, 1 to 10 (checked by {@link #build()})
         * @param score the score as text, not null
         * @return this builder (for chaining)
         */
        public Builder indicator(int number, String score) {
            indicators.add(new Entry(Integer.toString(number), Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Adds an indicator score.
         *
         * @param number the indicator, 1 to 10 (checked by {@link #build()})
         * @param score the score, not null
         * @return this builder (for chaining)
         */
        public Builder indicator(int number, Score score) {
            indicators.add(new Entry(Integer.toString(number), Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Adds an indicator score keyed by text, as in a file ({@code "3"}).
         *
         * @param number the indicator number as text, not null
         * @param score the score as text, not null
         * @return this builder (for chaining)
         */
        public Builder indicator(String number, String score) {
            indicators.add(new Entry(Objects.requireNonNull(number, "number"), Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Adds a published tool score.
         *
         * @param component the tool or EIT part, not null
         * @param score the score as text, not null
         * @return this builder (for chaining)
         */
        public Builder tool(ToolComponent component, String score) {
            tools.add(new Entry(Objects.requireNonNull(component, "component").name(),
                    Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Adds a published tool score keyed by text ({@code IIT}, {@code EIT}, {@code EIT_PART_1},
         * {@code EIT_PART_2}, {@code OIT}).
         *
         * @param component the component name, not null
         * @param score the score as text, not null
         * @return this builder (for chaining)
         */
        public Builder tool(String component, String score) {
            tools.add(new Entry(Objects.requireNonNull(component, "component"), Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Sets the published overall score.
         *
         * @param score the score as text, not null
         * @return this builder (for chaining)
         */
        public Builder overall(String score) {
            this.overall = Objects.requireNonNull(score, "score");
            return this;
        }

        /**
         * Sets the published overall score.
         *
         * @param score the score, not null
         * @return this builder (for chaining)
         */
        public Builder overall(Score score) {
            this.overall = Objects.requireNonNull(score, "score");
            return this;
        }

        /**
         * Sets the rating as published, such as {@code B} or {@code ผ่านดี}.
         *
         * @param rating the rating, not null
         * @return this builder (for chaining)
         */
        public Builder publishedRating(String rating) {
            this.publishedRating = Objects.requireNonNull(rating, "rating");
            return this;
        }

        /**
         * Adds an earlier year of the same agency (the previous year, or any before it); its
         * problems are reported under {@code history[n]}, n counting the earlier years added so far.
         *
         * @param earlier the earlier assessment, not null
         * @return this builder (for chaining)
         */
        public Builder history(Assessment earlier) {
            return history(earlier, "history[" + history.size() + "]");
        }

        /**
         * Adds an earlier year of the same agency, naming where it was given, so that a problem
         * with it (a year not before this one, a year given twice) names that place.
         *
         * @param earlier the earlier assessment, not null
         * @param field where it was given, such as {@code previous} or {@code history[2]}, not null
         * @return this builder (for chaining)
         */
        public Builder history(Assessment earlier, String field) {
            history.add(new Earlier(Objects.requireNonNull(earlier, "earlier"), Objects.requireNonNull(field, "field")));
            return this;
        }

        /**
         * Sets the target overall score for a fiscal year of the agency's path.
         *
         * @param year the Buddhist-era year, such as 2567
         * @param score the target as text, not null
         * @return this builder (for chaining)
         */
        public Builder target(int year, String score) {
            targets.add(new Entry(Integer.toString(year), Objects.requireNonNull(score, "score")));
            return this;
        }

        /**
         * Adds one of the agency's constraints for the report.
         *
         * @param constraint the constraint, not null
         * @return this builder (for chaining)
         */
        public Builder constraint(String constraint) {
            constraints.add(new Constraint(Objects.requireNonNull(constraint, "constraint"), Optional.empty()));
            return this;
        }

        /**
         * Adds one of the agency's constraints with how the agency will handle it.
         *
         * @param constraint the constraint, not null
         * @param handling how the agency will handle it, not null
         * @return this builder (for chaining)
         */
        public Builder constraint(String constraint, String handling) {
            constraints.add(new Constraint(Objects.requireNonNull(constraint, "constraint"),
                    Optional.of(Objects.requireNonNull(handling, "handling"))));
            return this;
        }

        /**
         * Adds one of the NACC assessors' recommendations to the agency, as the NACC wrote it.
         *
         * @param recommendation the recommendation, not null
         * @return this builder (for chaining)
         */
        public Builder naccRecommendation(String recommendation) {
            naccRecommendations.add(Objects.requireNonNull(recommendation, "recommendation"));
            return this;
        }

        /**
         * Names the officer who prepared the report, for the signature block.
         *
         * @param name the full name, not null
         * @param position the position, not null
         * @return this builder (for chaining)
         */
        public Builder preparer(String name, String position) {
            preparer = new SignOff.Signer(Objects.requireNonNull(name, "name"), Objects.requireNonNull(position, "position"));
            return this;
        }

        /**
         * Names the executive who approved the report, for the signature block.
         *
         * @param name the full name, not null
         * @param position the position, not null
         * @return this builder (for chaining)
         */
        public Builder approver(String name, String position) {
            approver = new SignOff.Signer(Objects.requireNonNull(name, "name"), Objects.requireNonNull(position, "position"));
            return this;
        }

        /**
         * Sets the date of the signature block; without it the block leaves the date to be written.
         *
         * @param date the date, not null
         * @return this builder (for chaining)
         */
        public Builder signedOn(java.time.LocalDate date) {
            signedOn = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Names the agency's own unit for a responsible role, such as {@code FINANCE} → {@code กองคลัง}
         * or {@code CLERK_OFFICE} → {@code สำนักปลัด อบจ.}; the roles are those of the recommendation
         * catalogue, which the engine checks.
         *
         * @param role the role id, not null
         * @param name the unit's name, not null
         * @return this builder (for chaining)
         */
        public Builder unit(String role, String name) {
            units.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Checks every setting and builds the assessment. This builder is unaffected and may be reused.
         *
         * @return the assessment, not null
         * @throws ItaValidationException listing every problem found, if there is any
         */
        public Assessment build() {
            List<Problem> problems = new ArrayList<>();
            Agency agency = agency(problems);
            FiscalYear year = year(problems);
            Edition edition = null;
            if (year != null) {
                Optional<Edition> found = Catalogue.standard().findEdition(year);
                if (found.isEmpty()) {
                    problems.add(problem("fiscalYear", year.toString(), String.format(Locale.ROOT,
                            "unsupported fiscal year, was %s; supported %s", year, supportedRange())));
                } else {
                    edition = found.get();
                }
            }
            SortedMap<QuestionCode, Score> qs = new TreeMap<>();
            SortedMap<QuestionCode, OitResult> items = new TreeMap<>();
            if (edition != null) {
                readQuestions(edition, qs, items, problems);
                readOitItems(edition, items, problems);
            }
            SortedMap<Integer, Score> ind = readIndicators(problems);
            Map<ToolComponent, Score> tl = readTools(edition, problems);
            Optional<Score> total = Optional.empty();
            if (overall != null) {
                total = Optional.ofNullable(score("overall", overall, problems));
            }
            SortedMap<FiscalYear, Score> path = readTargets(problems);
            checkRating(year, problems);
            // Most recent first; the sort is stable, so of two entries for one year the later given is named.
            List<Earlier> earlier = new ArrayList<>(history);
            earlier.sort((a, b) -> b.assessment.fiscalYear.compareTo(a.assessment.fiscalYear));
            for (int i = 0; i < earlier.size(); i++) {
                Earlier h = earlier.get(i);
                FiscalYear hYear = h.assessment.fiscalYear;
                if (year != null && !hYear.isBefore(year)) {
                    problems.add(problem(h.field + ".fiscalYear", hYear.toString(),
                            "an earlier year must come before FY" + year));
                }
                if (i > 0 && hYear.equals(earlier.get(i - 1).assessment.fiscalYear)) {
                    problems.add(problem(h.field + ".fiscalYear", hYear.toString(),
                            "duplicate year: FY" + hYear + " is also given as " + earlier.get(i - 1).field));
                }
            }
            for (int i = 0; i < constraints.size(); i++) {
                Constraint c = constraints.get(i);
                String field = "constraints[" + i + "]";
                if (c.text().isBlank()) {
                    problems.add(problem(field, "", "blank constraint; remove it or write it out"));
                }
                // A plain entry is named by its index, as before; an entry with handling by its parts.
                wellFormed(c.handling().isPresent() ? field + ".text" : field, c.text(), problems);
                c.handling().ifPresent(h -> wellFormed(field + ".handling", h, problems));
            }
            texts("naccRecommendations", naccRecommendations, "recommendation", problems);
            Optional<SignOff> signature = signOff(problems);
            SortedMap<String, String> unitNames = new TreeMap<>();
            units.forEach((role, name) -> checkUnit(role, name, problems)
                    .ifPresent(n -> unitNames.put(role, n)));
            if (problems.isEmpty() && qs.isEmpty() && items.isEmpty() && ind.isEmpty() && tl.isEmpty()
                    && total.isEmpty()) {
                problems.add(problem("scores", "", "no score at all; give at least the overall, a tool, "
                        + "an indicator, a question or an OIT item"));
            }
            if (!problems.isEmpty()) {
                throw new ItaValidationException(problems);
            }
            return new Assessment(agency, year, edition, qs, items, ind, tl, total,
                    Optional.ofNullable(publishedRating).map(String::strip).filter(s -> !s.isEmpty()),
                    earlier.stream().map(Earlier::assessment).toList(), path,
                    constraints, unitNames, naccRecommendations.stream().map(String::strip).toList(), signature);
        }

        /** Each entry of a list of texts is written out and well-formed; the field names its index. */
        private void texts(String field, List<String> entries, String what, List<Problem> problems) {
            for (int i = 0; i < entries.size(); i++) {
                String at = field + "[" + i + "]";
                if (entries.get(i).isBlank()) {
                    problems.add(problem(at, "", "blank " + what + "; remove it or write it out"));
                }
                wellFormed(at, entries.get(i), problems);
            }
        }

        /** The signature block, when a signer is named; every name and position is written out. */
        private Optional<SignOff> signOff(List<Problem> problems) {
            if (preparer == null && approver == null) {
                if (signedOn != null) {
                    problems.add(problem("signOff", signedOn.toString(),
                            "a date without a signer; name the preparer, the approver or both"));
                }
                return Optional.empty();
            }
            signer("signOff.preparer", preparer, problems);
            signer("signOff.approver", approver, problems);
            return Optional.of(new SignOff(Optional.ofNullable(preparer), Optional.ofNullable(approver),
                    Optional.ofNullable(signedOn)));
        }

        private void signer(String field, SignOff.Signer signer, List<Problem> problems) {
            if (signer == null) {
                return;
            }
            if (signer.name().isBlank()) {
                problems.add(problem(field + ".name", "", "blank name; give the name printed under the signature"));
            }
            if (signer.position().isBlank()) {
                problems.add(problem(field + ".position", "", "blank position; give the signer's position"));
            }
            wellFormed(field + ".name", signer.name(), problems);
            wellFormed(field + ".position", signer.position(), problems);
        }

        /** A role id is an upper-case identifier, like those of the recommendation catalogue; a name is text. */
        static Optional<String> checkUnit(String role, String name, List<Problem> problems) {
            if (!role.matches("[A-Z][A-Z0-9_]*")) {
                problems.add(new Problem("units", role,
                        "expected a role id such as FINANCE or CLERK_OFFICE, was '" + Problem.shown(role) + "'"));
                return Optional.empty();
            }
            if (name.isBlank()) {
                problems.add(new Problem("units." + role, "", "blank unit name; give the unit's name"));
                return Optional.empty();
            }
            Optional<String> malformed = Texts.unicodeProblem(name);
            malformed.ifPresent(why -> problems.add(new Problem("units." + role, name, why)));
            return malformed.isPresent() ? Optional.empty() : Optional.of(name.strip());
        }

        /** Reports text that is not well-formed Unicode: reports and JSON could not write it. */
        private void wellFormed(String field, String text, List<Problem> problems) {
            if (text != null) {
                Texts.unicodeProblem(text).ifPresent(why -> problems.add(problem(field, text, why)));
            }
        }

        /** A published rating must be one of the year's scheme; an old letter band from FY2566 is explained later. */
        private void checkRating(FiscalYear year, List<Problem> problems) {
            if (publishedRating == null || publishedRating.isBlank() || year == null) {
                return;
            }
            Optional<String> code = RatingLabels.codeOf(publishedRating);
            boolean fits = code.isPresent() && (RatingLabels.usesLevels(year) || RatingLabels.isLetter(code.get()));
            if (!fits) {
                problems.add(problem("rating", publishedRating, String.format(Locale.ROOT,
                        "not a rating of FY%s, was '%s'; valid %s", year, Problem.shown(publishedRating),
                        RatingLabels.validFor(year))));
            }
        }

        private Agency agency(List<Problem> problems) {
            if (agencyName == null || agencyName.isBlank()) {
                problems.add(problem("agency", agencyName == null ? "" : agencyName,
                        "missing agency name; give the agency's name"));
                return null;
            }
            int before = problems.size();
            wellFormed("agency", agencyName, problems);
            if (problems.size() > before) {
                return null;
            }
            AgencyKind kind;
            if (agencyKind instanceof AgencyKind k) {
                kind = k;
            } else {
                try {
                    kind = AgencyKind.parse((String) agencyKind);
                } catch (IllegalArgumentException e) {
                    problems.add(problem("agencyKind", (String) agencyKind, e.getMessage()));
                    return null;
                }
            }
            return new Agency(agencyName.strip(), kind);
        }

        private FiscalYear year(List<Problem> problems) {
            if (fiscalYear == null) {
                problems.add(problem("fiscalYear", "", "missing; give the Buddhist-era fiscal year, such as 2566"));
                return null;
            }
            if (fiscalYear instanceof FiscalYear fy) {
                return fy;
            }
            try {
                return FiscalYear.of((Integer) fiscalYear);
            } catch (IllegalArgumentException e) {
                problems.add(problem("fiscalYear", fiscalYear.toString(), e.getMessage()));
                return null;
            }
        }

        private static String supportedRange() {
            List<FiscalYear> years = List.copyOf(Catalogue.standard().supportedYears());
            return years.get(0) + " - " + years.get(years.size() - 1);
        }

        private void readQuestions(Edition edition, SortedMap<QuestionCode, Score> qs,
                SortedMap<QuestionCode, OitResult> items, List<Problem> problems) {
            Map<QuestionCode, String> seen = new LinkedHashMap<>();
            for (Entry e : questions) {
                String field = "questions." + Problem.shown(e.key());
                QuestionCode code = code(edition, e.key(), field, problems);
                Score score = score(field, e.value(), problems);
                if (code == null || score == null) {
                    continue;
                }
                if (seen.containsKey(code)) {
                    problems.add(problem(field, e.key(), "duplicate code " + code + " (also given as '"
                            + Problem.shown(seen.get(code)) + "')"));
                    continue;
                }
                seen.put(code, e.key());
                if (code.tool() == Tool.OIT) {
                    if (score.equals(Score.HUNDRED)) {
                        items.put(code, OitResult.pass());
                    } else if (score.equals(Score.ZERO)) {
                        items.put(code, OitResult.fail());
                    } else {
                        problems.add(problem(field, score.toString(),
                                "an OIT item scores 100 (pass) or 0 (fail), was " + score));
                    }
                } else {
                    qs.put(code, score);
                }
            }
        }

        private void readOitItems(Edition edition, SortedMap<QuestionCode, OitResult> items, List<Problem> problems) {
            for (OitEntry e : oitItems) {
                String field = "oit." + Problem.shown(e.key());
                QuestionCode code;
                try {
                    code = edition.parseCode(e.key(), Optional.of(Tool.OIT));
                } catch (IllegalArgumentException ex) {
                    problems.add(problem(field, e.key(), ex.getMessage()));
                    continue;
                }
                if (items.containsKey(code)) {
                    problems.add(problem(field, e.key(), "duplicate OIT item " + code));
                    continue;
                }
                wellFormed(field + ".reason", e.reason(), problems);
                wellFormed(field + ".url", e.url(), problems);
                items.put(code, new OitResult(e.passed(), Optional.ofNullable(e.reason()), Optional.ofNullable(e.url())));
            }
        }

        private QuestionCode code(Edition edition, String text, String field, List<Problem> problems) {
            try {
                return edition.parseCode(text, Optional.empty());
            } catch (IllegalArgumentException ex) {
                problems.add(problem(field, text, ex.getMessage()));
                return null;
            }
        }

        private SortedMap<Integer, Score> readIndicators(List<Problem> problems) {
            SortedMap<Integer, Score> result = new TreeMap<>();
            for (Entry e : indicators) {
                String field = "indicators." + Problem.shown(e.key());
                int number;
                try {
                    number = Integer.parseInt(th.ita.model.ThaiDigits.toArabic(e.key()).strip());
                } catch (NumberFormatException ex) {
                    problems.add(problem(field, e.key(), "not an indicator number; indicators are 1 - 10"));
                    continue;
                }
                if (number < 1 || number > 10) {
                    problems.add(problem(field, e.key(), "unknown indicator, was " + number + "; indicators are 1 - 10"));
                    continue;
                }
                Score score = score(field, e.value(), problems);
                if (score == null) {
                    continue;
                }
                if (result.put(number, score) != null) {
                    problems.add(problem(field, e.key(), "duplicate indicator " + number));
                }
            }
            return result;
        }

        private Map<ToolComponent, Score> readTools(Edition edition, List<Problem> problems) {
            Map<ToolComponent, Score> result = new EnumMap<>(ToolComponent.class);
            for (Entry e : tools) {
                String field = "tools." + Problem.shown(e.key());
                ToolComponent component;
                try {
                    component = ToolComponent.valueOf(e.key().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    problems.add(problem(field, e.key(),
                            "unknown tool; expected IIT, EIT, EIT_PART_1, EIT_PART_2 or OIT"));
                    continue;
                }
                if (component.isPart() && edition != null && !edition.hasEitParts()) {
                    problems.add(problem(field, e.key(), "the " + edition.id() + " edition publishes no EIT parts"));
                    continue;
                }
                Score score = score(field, e.value(), problems);
                if (score != null && result.put(component, score) != null) {
                    problems.add(problem(field, e.key(), "duplicate tool score " + component));
                }
            }
            return result;
        }

        private SortedMap<FiscalYear, Score> readTargets(List<Problem> problems) {
            SortedMap<FiscalYear, Score> result = new TreeMap<>();
            for (Entry e : targets) {
                String field = "targets." + Problem.shown(e.key());
                FiscalYear year;
                try {
                    year = FiscalYear.parse(e.key());
                } catch (IllegalArgumentException ex) {
                    problems.add(problem(field, e.key(), ex.getMessage()));
                    continue;
                }
                Score score = score(field, e.value(), problems);
                if (score != null && result.put(year, score) != null) {
                    problems.add(problem(field, e.key(), "duplicate target year " + year));
                }
            }
            return result;
        }

        private Score score(String field, Object value, List<Problem> problems) {
            if (value instanceof Score s) {
                return s;
            }
            try {
                return Score.parse((String) value);
            } catch (IllegalArgumentException ex) {
                problems.add(problem(field, value.toString(), ex.getMessage()));
                return null;
            }
        }

        private Problem problem(String field, String value, String message) {
            return new Problem(field, value, message);
        }
    }
}
