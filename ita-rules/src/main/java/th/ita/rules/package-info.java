/**
 * The facade of the ITA rule engine: {@link th.ita.rules.ItaEngine} (with its
 * {@link th.ita.rules.ItaEngine.Builder}) analyses an assessment into an {@link th.ita.rules.Analysis}.
 * DRL rules live on the class path under {@code th/ita/rules/<concern>/}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 *
 * <p>Comments here and in the DRL files cite the published documents the rules come from as
 * "source 000" to "source 004"; {@code docs/SOURCES.md} lists them.
 */
package th.ita.rules;
