/**
 * The assessment input: {@link th.ita.model.assessment.Assessment} and its
 * {@link th.ita.model.assessment.Assessment.Builder}, the {@link th.ita.model.assessment.Agency}
 * and the {@link th.ita.model.assessment.OitResult} of each OIT item.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.assessment;
