/**
 * The bundled samples from the source documents, assessments and an action plan:
 * {@link th.ita.model.samples.Samples}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.samples;
