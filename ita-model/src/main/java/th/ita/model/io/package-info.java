/**
 * The ITA input formats: one assessment or an array of them in JSON
 * ({@link th.ita.model.io.AssessmentJson}), and the CSV batch format, one assessment a row
 * ({@link th.ita.model.io.AssessmentCsv}).
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.io;
