/**
 * The input machinery the model's readers share: the limits every input is read under
 * ({@code JsonInput}, {@code ElementBudget}) and the check that text is well-formed Unicode
 * ({@code Texts}).
 *
 * <p><b>Not an API.</b> Public only so that the model's packages and the command-line tool can share
 * it; it changes without notice and is left out of the published javadoc. The limits themselves are
 * documented where a user meets them, in the README.
 */
package th.ita.model.internal;
