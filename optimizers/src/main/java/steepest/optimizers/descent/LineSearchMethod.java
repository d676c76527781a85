package steepest.optimizers.descent;

import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.Capability;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linesearch.LineFunction;
import steepest.optimizers.linesearch.LineSearch;

/**
 * The loop every line-search descent method shares (Nocedal and Wright, "Numerical Optimization",
 * 2nd ed., §3.1): x_{k+1} = x_k + α_k·d_k with d_k from a {@link DirectionRule} and α_k from a
 * {@link LineSearch}.
 *
 * <p>Iteration k + 1: the rule proposes d_k and a first trial step; if d_k is not a descent
 * direction (∇f(x_k)ᵀd_k &lt; 0) or the search fails along it, the rule is {@linkplain
 * DirectionRule.State#reset() reset} and, if that forgot some memory, the search is retried once
 * along the new (steepest-descent) direction, as L-BFGS-B does; otherwise the run ends with
 * {@link Termination#LINE_SEARCH_FAILED} at x_k. The first step also evaluates f and ∇f at x_0. A
 * zero gradient ends the run with {@link Termination#GRADIENT_TOLERANCE} (x_k is stationary); a
 * non-finite f or ∇f at x_0 with {@link Termination#DIVERGED}.
 *
 * <p>The search evaluates f and ∇f at the accepted point, so {@link Search#value()} and
 * {@link Search#gradient()} are exact at every iterate and recording costs nothing. Buffers are
 * allocated in {@link #start}; an iteration allocates nothing beyond what its rule does, and takes
 * the accepted point and gradient from the {@link LineFunction} by exchanging buffers, not copying
 * (at n = 10⁵ each pass over an n-vector costs about 0.1 ms, a fair share of an L-BFGS iteration).
 *
 * @param rule       the direction rule
 * @param lineSearch the line search
 */
public record LineSearchMethod(DirectionRule rule, LineSearch lineSearch) implements Optimizer {

    /** Requires both parts. */
    public LineSearchMethod {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(lineSearch, "lineSearch");
    }

    @Override
    public Set<Capability> requirements() {
        return rule.requirements();
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run implements Search {
        private final Oracle oracle;
        private double[] x;
        private double[] gradient;
        private final double[] direction;
        private final LineFunction phi;
        private final DirectionRule.State state;
        private double value = Double.NaN;
        private double largestSlope;
        private boolean evaluated;
        private Termination termination;

        Run(Oracle oracle, double[] x0) {
            this.oracle = oracle;
            this.x = x0.clone();
            this.gradient = new double[x0.length];
            this.direction = new double[x0.length];
            this.phi = new LineFunction(oracle);
            this.state = rule.start(oracle);
        }

        @Override
        public boolean step() {
            if (!evaluated) {
                value = oracle.valueAndGradient(x, gradient);
                evaluated = true;
                largestSlope = Vectors.normInf(gradient);
                if (!Double.isFinite(value) || !(largestSlope < Double.POSITIVE_INFINITY)) {
                    return stop(Termination.DIVERGED);
                }
            }
            if (largestSlope == 0) {
                return stop(Termination.GRADIENT_TOLERANCE);
            }
            while (!searchAlongNewDirection()) {
                if (!state.reset()) {
                    return stop(Termination.LINE_SEARCH_FAILED);
                }
            }
            state.accept(x, gradient, phi.point(), phi.gradient(), phi.step(), direction);
            value = phi.value();
            double[] next = phi.point();
            double[] nextGradient = phi.gradient();
            phi.useBuffers(x, gradient);
            x = next;
            gradient = nextGradient;
            largestSlope = Vectors.normInf(gradient);
            if (!(largestSlope < Double.POSITIVE_INFINITY)) {
                return stop(Termination.DIVERGED);
            }
            return true;
        }

        private boolean searchAlongNewDirection() {
            double initialStep = state.direction(x, value, gradient, direction);
            double slope = Vectors.dot(gradient, direction);
            if (!(slope < 0) || !Double.isFinite(slope)) {
                return false;
            }
            phi.aim(x, value, direction, slope);
            return lineSearch.search(phi, initialStep);
        }

        private boolean stop(Termination reason) {
            termination = reason;
            return false;
        }

        @Override
        public double[] x() {
            return x;
        }

        @Override
        public double value() {
            return evaluated ? value : Double.NaN;
        }

        @Override
        public double[] gradient() {
            return evaluated ? gradient : null;
        }

        @Override
        public Termination termination() {
            return termination;
        }
    }
}
