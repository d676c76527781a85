package steepest.problems.spi;

import java.util.List;
import steepest.optimizers.spec.CatalogEntry;
import steepest.problems.Problem;

/**
 * A source of problem entries, found by {@link java.util.ServiceLoader}: the suite's own entries
 * come from one, and a plugin jar adds its own by naming its implementation in
 * {@code META-INF/services/steepest.problems.spi.ProblemProvider}. An entry is declared exactly as
 * a built-in one is: a {@link CatalogEntry} with its name (unique across all providers), a one-line
 * summary, its keys with defaults and one-line docs, its tags (the tokens of
 * {@link steepest.problems.Tag}) and a factory from typed arguments to a {@link Problem}, whose
 * objective declares its capabilities by the interfaces it implements (TwiceDifferentiable,
 * FiniteSum, Constrained, Composite, FisherInformation). Data sets stay what they are for built-in
 * problems: a key such as {@code file=} that the factory reads.
 *
 * <p>Implementations need a public no-argument constructor and should do no work in it;
 * {@link #problems()} is called once per catalog and must not load data: factories do that.
 */
public interface ProblemProvider {

    /** The entries this provider contributes, in the order {@code steepest list} shows them. */
    List<CatalogEntry<Problem>> problems();
}
