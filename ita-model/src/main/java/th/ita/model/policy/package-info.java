/**
 * The agency's action lines as data: {@link th.ita.model.policy.Policy}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.policy;
