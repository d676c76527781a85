package steepest.optimizers.trustregion;

import steepest.optimizers.Oracle;

/**
 * How a trust-region method minimizes its quadratic model within the region,
 * <pre>
 *   min m(p) = ∇fᵀp + ½·pᵀ∇²f·p   subject to ‖p‖ &lt;= Δ,
 * </pre>
 * the part in which {@code trust-ncg} (Steihaug–Toint truncated CG) and {@code trust-exact}
 * (Moré–Sorensen) differ. The settings are an immutable record; {@link #start} allocates one run's
 * workspaces. {@link TrustRegion} runs the loop.
 */
public interface Subproblem {

    /**
     * Allocates the state of one run.
     *
     * @param oracle the run's counted objective, for Hessians or their products. Used by the state.
     */
    State start(Oracle oracle);

    /** The mutable state of one run. */
    interface State {

        /**
         * Prepares the model at a new iterate (a dense Hessian, say); called once per accepted point,
         * before any {@link #solve} there.
         *
         * @param x        the iterate. Not modified; kept by reference until the next call.
         * @param gradient ∇f(x). Not modified; kept by reference until the next call.
         */
        void linearize(double[] x, double[] gradient);

        /**
         * Writes an (approximate) minimizer of the model within radius Δ.
         *
         * @param radius Δ &gt; 0
         * @param step   receives p, ‖p‖ &lt;= Δ (up to rounding). Modified.
         * @return the predicted reduction −m(p), positive unless the model cannot decrease
         */
        double solve(double radius, double[] step);

        /** Whether the last {@link #solve}'s step lies on the boundary ‖p‖ = Δ. */
        boolean onBoundary();
    }
}
