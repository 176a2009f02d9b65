/**
 * The analysis report: {@link th.ita.rules.report.Reports} renders an analysis as Markdown,
 * self-contained HTML or JSON, from the {@link th.ita.rules.report.Report} model and replaceable
 * Pebble templates, and writes it as a Word document (DOCX) from the same model with Apache POI.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.report;
