package steepest.optimizers.spi;

import java.util.List;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.CatalogEntry;

/**
 * A source of optimizer entries, found by {@link java.util.ServiceLoader}: the suite's own entries
 * come from one, and a plugin jar adds its own by naming its implementation in
 * {@code META-INF/services/steepest.optimizers.spi.OptimizerProvider}. An entry is declared exactly
 * as a built-in one is: a {@link CatalogEntry} with its name (lowercase, hyphenated, unique across
 * all providers), a one-line summary, its keys with defaults and one-line docs, and a factory from
 * typed arguments to an {@link Optimizer} whose {@code requirements()} declare the capabilities it
 * uses.
 *
 * <p>Implementations need a public no-argument constructor and should do no work in it;
 * {@link #optimizers()} is called once per catalog.
 */
public interface OptimizerProvider {

    /** The entries this provider contributes, in the order {@code steepest list} shows them. */
    List<CatalogEntry<Optimizer>> optimizers();
}
