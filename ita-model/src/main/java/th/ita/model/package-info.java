/**
 * The ITA domain model: value types ({@link th.ita.model.Score}, {@link th.ita.model.FiscalYear}),
 * Thai digit handling and the validation exception shared by every input.
 *
 * <p>Subpackages: {@code catalogue} (the framework per fiscal year), {@code assessment} (the
 * input), {@code scoring} (the aggregation), {@code policy} (agency thresholds), {@code io}
 * (the JSON input format), {@code actionplan} (an agency's anti-corruption action plan) and
 * {@code samples} (the bundled source assessments and action plan).
 *
 * <p>Comments cite the published documents behind the catalogue and the samples as "source 000"
 * to "source 004"; {@code docs/SOURCES.md} lists them and the facts taken from each.
 *
 * <p>Unless otherwise noted, passing a null argument to any method in this package throws a
 * {@link java.lang.NullPointerException}, and no method returns null: an absent value is an
 * {@link java.util.Optional}.
 */
package th.ita.model;
