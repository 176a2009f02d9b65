/**
 * The bundled sample assessments from the source documents: {@link th.ita.model.samples.Samples}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.samples;
