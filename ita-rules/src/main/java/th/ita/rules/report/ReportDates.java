package th.ita.rules.report;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dates of the reports' measures, as a reader expects them: {@code 1 ตุลาคม พ.ศ. 2566} in Thai,
 * {@code 1 October 2023} in English.
 *
 * <p>Each text is made once and kept: the JDK looks the Thai month and era names up in its locale
 * data on every call for a Buddhist-era date, which made the dates a fifth of a national batch's
 * time. A batch meets a few hundred distinct dates (the measures' periods follow the fiscal year);
 * past {@value #KEPT} the texts are made afresh, so that memory stays bounded whatever the input.
 *
 * @implSpec This class is stateless apart from its cache and thread-safe.
 */
final class ReportDates {

    /** The most texts kept per language. */
    static final int KEPT = 4_096;

    private static final DateTimeFormatter THAI_DATE = DateTimeFormatter.ofPattern("d MMMM G yyyy",
            Locale.forLanguageTag("th-TH")).withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Map<LocalDate, String> THAI = new ConcurrentHashMap<>();
    private static final Map<LocalDate, String> ENGLISH = new ConcurrentHashMap<>();

    private ReportDates() {
    }

    /**
     * Writes a date out in words.
     *
     * @param date the date, not null
     * @param thai true for Thai (Buddhist era), false for English
     * @return the date's text, not null
     */
    static String text(ThaiBuddhistDate date, boolean thai) {
        LocalDate day = LocalDate.from(date);
        Map<LocalDate, String> kept = thai ? THAI : ENGLISH;
        String text = kept.get(day);
        if (text == null) {
            text = thai ? THAI_DATE.format(date) : ENGLISH_DATE.format(day);
            if (kept.size() < KEPT) {
                kept.put(day, text);
            }
        }
        return text;
    }
}
