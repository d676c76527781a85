package steepest.optimizers.leastsquares;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.AbstractSearch;
import steepest.optimizers.Capability;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linesearch.Armijo;
import steepest.optimizers.linesearch.LineFunction;

/**
 * The damped Gauss–Newton method for f = c·‖r(x)‖² (Dennis and Schnabel, "Numerical Methods for
 * Unconstrained Optimization and Nonlinear Equations", 1983, §10.2; Nocedal and Wright, "Numerical
 * Optimization", 2nd ed., §10.3): the direction minimizes the linearized residual,
 * <pre>
 *   d_k = argmin ‖J_k·d + r_k‖,   x_{k+1} = x_k + α_k·d_k,
 * </pre>
 * computed from the QR factorization with column pivoting J·P = Q·R ({@link PivotedQr}) as the basic
 * solution on the numerical rank (|r_jj| &gt; max(m, n)·ε·|r₁₁|, numpy's lstsq default), so it is
 * defined for rank-deficient J and never forms JᵀJ. It is a descent direction, ∇fᵀd = −2c‖Q₁ᵀr‖²
 * on the rank's columns. α_k comes from {@link Armijo} backtracking from α = 1 on the residuals alone
 * ({@link LineFunction#ofResiduals}): the slope 2c·rᵀJd is known from J.
 *
 * <p>On a zero-residual problem with J of full rank at x*, unit steps are eventually accepted and
 * convergence is quadratic (Dennis and Schnabel, Theorem 10.2.1); with residuals it is linear at a
 * rate that grows with ‖r*‖ and may fail, which is what {@link LevenbergMarquardt} guards against.
 *
 * <p>Costs: one residual evaluation (a function evaluation) per trial step and one Jacobian (a
 * gradient evaluation) per iteration; f and ∇f = 2c·Jᵀr at each iterate come for free. A failed
 * search ends the run with {@link Termination#LINE_SEARCH_FAILED}, a zero gradient with
 * {@link Termination#GRADIENT_TOLERANCE}.
 *
 * @param search the backtracking search on the residuals (its {@code c1} is the spec key)
 */
public record GaussNewton(Armijo search) implements Optimizer {

    /** Requires the search. */
    public GaussNewton {
        Objects.requireNonNull(search, "search");
    }

    @Override
    public Set<Capability> requirements() {
        return EnumSet.of(Capability.RESIDUALS);
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run extends AbstractSearch {
        private final Oracle oracle;
        private final LineFunction phi;
        private final double scale;
        private final double rankTolerance;
        private final Linearization linearization;
        private final double[] residuals;
        private final double[] direction;
        private boolean gradientKnown;

        Run(Oracle oracle, double[] x0) {
            super(x0);
            int n = x0.length;
            int m = oracle.residualCount();
            this.oracle = oracle;
            this.phi = LineFunction.ofResiduals(oracle);
            this.scale = oracle.squaresScale();
            this.rankTolerance = Math.max(m, n) * Math.ulp(1.0);
            this.linearization = new Linearization(oracle, n);
            this.residuals = new double[m];
            this.direction = new double[n];
        }

        @Override
        public boolean step() {
            if (Double.isNaN(value)) {
                oracle.residuals(x, residuals);
                value = scale * Vectors.dot(residuals, residuals);
                if (!Double.isFinite(value)) {
                    return stop(Termination.DIVERGED);
                }
            }
            if (!gradientKnown && !linearize()) {
                return false;
            }
            double slope = Vectors.dot(gradient, direction);
            if (!(slope < 0)) {
                return stop(slope == 0 && Vectors.normInf(gradient) == 0 ? Termination.GRADIENT_TOLERANCE
                        : Termination.LINE_SEARCH_FAILED);
            }
            phi.aim(x, value, direction, slope);
            if (!search.search(phi, 1.0)) {
                return stop(Termination.LINE_SEARCH_FAILED);
            }
            System.arraycopy(phi.point(), 0, x, 0, x.length);
            System.arraycopy(phi.residuals(), 0, residuals, 0, residuals.length);
            value = phi.value();
            gradientKnown = false;
            return linearize();
        }

        /** J, the Gauss–Newton direction and ∇f at x; false (stopped) when J is not finite. */
        private boolean linearize() {
            if (!linearization.at(x, residuals, gradient)) {
                return stop(Termination.DIVERGED);
            }
            linearization.qr().solve(linearization.qtr(), direction, rankTolerance);
            Vectors.scale(-1, direction);
            gradientKnown = true;
            return true;
        }

        @Override
        public double[] gradient() {
            return gradientKnown ? gradient : null;
        }
    }
}
