/**
 * The ITA framework catalogue per fiscal year: {@link th.ita.model.catalogue.Catalogue},
 * its {@link th.ita.model.catalogue.Edition}s, the ten {@link th.ita.model.catalogue.Indicator}s,
 * OIT {@link th.ita.model.catalogue.SubIndicator}s, {@link th.ita.model.catalogue.Question}s with
 * their {@link th.ita.model.catalogue.QuestionCode}s, and the seven analysis
 * {@link th.ita.model.catalogue.Theme}s.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.catalogue;
