/**
 * The engine's own machinery, public only so that the library's packages can share it: where the
 * bundled DRL is found ({@code RuleSource}), how a KieBase is built from it or from its
 * precompiled model ({@code KieBaseFactory}), and the build step that precompiles it
 * ({@code ModelGenerator}).
 *
 * <p><b>Not an API.</b> Nothing here is part of the library's contract; it changes without notice
 * and is left out of the published javadoc. Embedders use {@link th.ita.rules.ItaEngine}, rule
 * authors the facts in {@link th.ita.rules.facts}.
 */
package th.ita.rules.internal;

import th.ita.rules.ItaEngine;
