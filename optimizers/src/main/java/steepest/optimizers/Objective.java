package steepest.optimizers;

/**
 * A real function f : Rⁿ → R to be minimized, smooth or not.
 *
 * <p>The central call is {@link #valueAndGradient}: one pass that returns f(x) and writes ∇f(x)
 * (for a non-smooth f, one subgradient g ∈ ∂f(x)) into the caller's array, so an iteration costs
 * one evaluation and allocates nothing. Capabilities beyond this are separate interfaces an
 * objective may also implement: {@link TwiceDifferentiable} (Newton, Newton-CG), {@link FiniteSum}
 * (stochastic and mini-batch gradients), {@link Constrained} (projected gradient, Frank-Wolfe),
 * {@link Composite} (proximal gradient), {@link FisherInformation} (natural gradient) and
 * {@link Residuals} (Gauss–Newton, Levenberg–Marquardt).
 *
 * <p>Implementations may keep scratch buffers and need not be thread-safe: the harness creates one
 * objective per run. They must be deterministic: the same x gives the same bits.
 */
public interface Objective {

    /** The dimension n of the domain. */
    int dimension();

    /**
     * Evaluates f and its gradient (or a subgradient) at x.
     *
     * @param x       the point, of length {@link #dimension()}. Not modified.
     * @param gradOut receives ∇f(x); every entry is overwritten. Modified.
     * @return f(x)
     */
    double valueAndGradient(double[] x, double[] gradOut);

    /**
     * Evaluates f alone, for line searches and step acceptance tests.
     *
     * @param x the point, of length {@link #dimension()}. Not modified.
     * @return f(x)
     */
    double value(double[] x);
}
