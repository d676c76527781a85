package steepest.problems.analytic;

import java.util.Set;
import steepest.optimizers.TwiceDifferentiable;
import steepest.problems.Problem;
import steepest.problems.Tag;

/**
 * An analytic test function with exact gradient and Hessian-vector product, its standard start and
 * known minimum. The dense Hessian is {@link TwiceDifferentiable}'s default: n exact Hessian-vector
 * products (exact, O(n²) memory, for small n only).
 */
public interface AnalyticFunction extends TwiceDifferentiable {

    /** The standard start x0 (a new array). */
    double[] standardStart();

    /** The global minimum value f*, or NaN when f has none (unbounded below). */
    double optimalValue();

    /** A global minimizer (a new array), or null when there is none. */
    double[] minimizer();

    /** The problem record with this function's start, optimum and {@code tags}. */
    default Problem problem(Set<Tag> tags) {
        return new Problem(this, standardStart(), optimalValue(), minimizer(), tags);
    }
}
