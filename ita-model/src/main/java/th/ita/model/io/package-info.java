/**
 * The ITA JSON input format: {@link th.ita.model.io.AssessmentJson}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.io;
