package th.ita.model.actionplan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import th.ita.model.Problem;
import th.ita.model.FiscalYear;

/**
 * One project, activity or measure of an action plan ("โครงการ/กิจกรรม/มาตรการ").
 *
 * <p>Many items carry a name from the NACC template followed by the municipality's own activity in
 * {@code *( … )}: "โครงการโรงเรียนคุณธรรม *(กิจกรรมอบรมเสริมสร้างคุณธรรมนักเรียน)" has the
 * template name "โครงการโรงเรียนคุณธรรม" and the local name "กิจกรรมอบรมเสริมสร้างคุณธรรมนักเรียน".
 * The {@linkplain #kind() kind} comes from the prefix of the template name.
 *
 * <p>Texts (objectives, steps, outputs, outcomes) are kept as printed, Thai digits included, with
 * list markers such as "๑)" removed. Where the source is damaged, {@code note} says how, and the
 * fields the source lacks are left empty rather than invented.
 *
 * @param number            the global sequence number ("ลำดับที่"), 1 or more
 * @param templateName      the name, or its template part, starting with โครงการ, กิจกรรม or มาตรการ; not null
 * @param localName         the municipality's own name from {@code *( … )}, or empty
 * @param objectives        the objectives ("วัตถุประสงค์"), possibly empty, not null
 * @param targetGroup       the target group ("กลุ่มเป้าหมาย"), or empty
 * @param steps             the method steps ("วิธีดำเนินการ"), possibly empty, not null
 * @param period            the fiscal years of the item ("ระยะเวลาดำเนินการ"), or empty
 * @param budget            the budget, not null
 * @param responsibleUnits  the responsible units, lead first, possibly empty, not null
 * @param outputs           the outputs ("ผลผลิต"), possibly empty, not null
 * @param outcomes          the outcomes ("ผลลัพธ์"), possibly empty, not null
 * @param kpis              the numeric indicators stated in the item's text, possibly empty, not null
 * @param note              how the source is damaged or was interpreted for this item, or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record PlanItem(int number, String templateName, Optional<String> localName, List<String> objectives,
                       Optional<TargetGroup> targetGroup, List<String> steps, Optional<FiscalYearRange> period,
                       Budget budget, List<ResponsibleUnit> responsibleUnits, List<String> outputs,
                       List<String> outcomes, List<Kpi> kpis, Optional<String> note) {

    /**
     * Checks the item and copies its lists.
     *
     * @param number            the global sequence number ("ลำดับที่"), 1 or more
     * @param templateName      the name, or its template part, starting with โครงการ, กิจกรรม or มาตรการ; not null
     * @param localName         the municipality's own name from {@code *( … )}, or empty
     * @param objectives        the objectives ("วัตถุประสงค์"), possibly empty, not null
     * @param targetGroup       the target group ("กลุ่มเป้าหมาย"), or empty
     * @param steps             the method steps ("วิธีดำเนินการ"), possibly empty, not null
     * @param period            the fiscal years of the item ("ระยะเวลาดำเนินการ"), or empty
     * @param budget            the budget, not null
     * @param responsibleUnits  the responsible units, lead first, possibly empty, not null
     * @param outputs           the outputs ("ผลผลิต"), possibly empty, not null
     * @param outcomes          the outcomes ("ผลลัพธ์"), possibly empty, not null
     * @param kpis              the numeric indicators stated in the item's text, possibly empty, not null
     * @param note              how the source is damaged or was interpreted for this item, or empty
     * @throws NullPointerException     if an argument or list element is null
     * @throws IllegalArgumentException if the number is below 1, the template name has no kind
     *                                  prefix, a text is blank, or a one-off budget year lies outside the period
     */
    public PlanItem {
        Checks.check(number >= 1, "number: not positive, was %d; item numbers start at 1", number);
        Checks.text(templateName, "templateName");
        Checks.check(startsWithKind(templateName),
                "templateName: no kind prefix, was \"%s\"; a name starts with โครงการ, กิจกรรม or มาตรการ",
                Problem.shown(templateName));
        localName = Checks.optionalText(localName, "localName");
        objectives = Checks.texts(objectives, "objectives");
        Objects.requireNonNull(targetGroup, "targetGroup");
        steps = Checks.texts(steps, "steps");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(budget, "budget");
        responsibleUnits = Checks.list(responsibleUnits, "responsibleUnits");
        outputs = Checks.texts(outputs, "outputs");
        outcomes = Checks.texts(outcomes, "outcomes");
        kpis = Checks.list(kpis, "kpis");
        note = Checks.optionalText(note, "note");
        if (period.isPresent()) {
            FiscalYearRange range = period.get();
            for (FiscalYear year : budget.byYear().keySet()) {
                Checks.check(range.contains(year),
                        "budget.byYear.%s: year outside the item period, was %s; the item runs %s - %s",
                        year, year, range.first(), range.last());
            }
        }
    }

    private static boolean startsWithKind(String name) {
        for (PlanItemKind kind : PlanItemKind.values()) {
            if (name.strip().startsWith(kind.prefix())) {
                return true;
            }
        }
        return false;
    }

    @JsonCreator
    private static PlanItem json(@JsonProperty("number") Integer number,
                                 @JsonProperty("templateName") String templateName,
                                 @JsonProperty("localName") String localName,
                                 @JsonProperty("objectives") List<String> objectives,
                                 @JsonProperty("targetGroup") TargetGroup targetGroup,
                                 @JsonProperty("steps") List<String> steps,
                                 @JsonProperty("period") FiscalYearRange period,
                                 @JsonProperty("budget") Budget budget,
                                 @JsonProperty("responsibleUnits") List<ResponsibleUnit> responsibleUnits,
                                 @JsonProperty("outputs") List<String> outputs,
                                 @JsonProperty("outcomes") List<String> outcomes,
                                 @JsonProperty("kpis") List<Kpi> kpis,
                                 @JsonProperty("note") String note) {
        return new PlanItem(Checks.required(number, "number", "an item number of 1 or more is required"),
                Checks.required(templateName, "templateName", "a name starting with โครงการ, กิจกรรม or มาตรการ is required"),
                Checks.optional(localName), Checks.orEmpty(objectives), Checks.optional(targetGroup),
                Checks.orEmpty(steps), Checks.optional(period),
                Checks.required(budget, "budget", "a budget object is required (kind NONE when there is none)"),
                Checks.orEmpty(responsibleUnits), Checks.orEmpty(outputs), Checks.orEmpty(outcomes),
                Checks.orEmpty(kpis), Checks.optional(note));
    }

    /**
     * Returns the kind of this item, given by the prefix of its template name.
     *
     * @return the kind, not null
     */
    public PlanItemKind kind() {
        return PlanItemKind.ofName(templateName);
    }

    /**
     * Returns the name a reader knows the item by: the local name if there is one, otherwise the template name.
     *
     * @return the name, not null
     */
    public String displayName() {
        return localName.orElse(templateName);
    }

    /**
     * Tells whether a name refers to this item: it equals the template or the local name once
     * white space and double quotes are ignored (table cells in the source are wrapped with spaces).
     *
     * @param name the name to test, not null
     * @return true if the name refers to this item
     */
    public boolean isNamed(String name) {
        String key = Checks.nameKey(Objects.requireNonNull(name, "name"));
        return key.equals(Checks.nameKey(templateName))
                || localName.map(Checks::nameKey).filter(key::equals).isPresent();
    }
}
