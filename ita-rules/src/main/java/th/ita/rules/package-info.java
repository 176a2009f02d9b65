/**
 * The facade of the ITA rule engine: {@link th.ita.rules.ItaEngine} (with its
 * {@link th.ita.rules.ItaEngine.Builder}) analyses an assessment into an {@link th.ita.rules.Analysis}.
 * DRL rules live on the class path under {@code th/ita/rules/<concern>/}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules;
