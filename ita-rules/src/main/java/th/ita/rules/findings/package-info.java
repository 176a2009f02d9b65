/**
 * Findings: {@link th.ita.rules.findings.Finding} and {@link th.ita.rules.findings.FindingKind}.
 * The rules that make them live in {@code th/ita/rules/actionlines}, {@code findings} and {@code trend}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.findings;
