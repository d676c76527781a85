package steepest.problems;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import steepest.optimizers.Objective;

/**
 * A test problem as comparisons need it: the objective, its standard start, its known optimal value
 * and minimizer where known, and its properties. One instance per run (objectives may keep scratch
 * buffers); create it from its spec with a problem catalog (the entries of {@link BuiltinProblems} and
 * of any plugin's {@link steepest.problems.spi.ProblemProvider}), whose {@code canonical} gives the
 * spec with every key spelled out.
 *
 * @param objective    the function to minimize
 * @param start        the standard start x0 (a copy is kept and handed out)
 * @param optimalValue the known f* (the global minimum, or the local one standard starts reach, as
 *                     documented per problem), or NaN when unknown
 * @param minimizer    a known minimizer x*, or null when unknown
 * @param tags         the problem's properties
 */
public record Problem(Objective objective, double[] start, double optimalValue, double[] minimizer,
                      Set<Tag> tags) {

    /** Validates lengths and copies the arrays. */
    public Problem {
        Objects.requireNonNull(objective, "objective");
        int n = objective.dimension();
        if (start.length != n) {
            throw new IllegalArgumentException("start has length " + start.length + ", dimension is " + n);
        }
        if (minimizer != null && minimizer.length != n) {
            throw new IllegalArgumentException("minimizer has length " + minimizer.length + ", dimension is " + n);
        }
        start = start.clone();
        minimizer = minimizer == null ? null : minimizer.clone();
        tags = tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
    }

    /** The dimension n. */
    public int dimension() {
        return objective.dimension();
    }

    /** The standard start (a copy). */
    @Override
    public double[] start() {
        return start.clone();
    }

    /** A known minimizer (a copy), or null. */
    @Override
    public double[] minimizer() {
        return minimizer == null ? null : minimizer.clone();
    }

    /** Whether f* is known. */
    public boolean hasOptimalValue() {
        return !Double.isNaN(optimalValue);
    }
}
