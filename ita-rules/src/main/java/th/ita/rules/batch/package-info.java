/**
 * Many agencies at once: {@link th.ita.rules.batch.BatchSummary} counts the analyses of a batch
 * one at a time, keeping only the counts and the agencies below the pass mark.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.batch;
