package steepest.optimizers.descent;

import java.util.Set;
import steepest.optimizers.Capability;
import steepest.optimizers.Oracle;

/**
 * How a line-search method chooses its direction: the part in which steepest descent, nonlinear
 * CG, BFGS, L-BFGS, Newton and Newton-CG differ. The settings are an immutable record;
 * {@link #start} allocates one run's state (memory, workspaces) once. {@link LineSearchMethod}
 * runs the loop.
 */
public interface DirectionRule {

    /** What the objective must offer beyond values and gradients. */
    default Set<Capability> requirements() {
        return Set.of();
    }

    /**
     * Allocates the state of one run.
     *
     * @param oracle the run's counted objective, for rules that need more than the gradient
     *               (Hessians). Used by the state.
     */
    State start(Oracle oracle);

    /** The mutable state of one run. */
    interface State {

        /**
         * Writes the search direction at x_k into {@code direction}, which need not be a descent
         * direction (the loop checks ∇fᵀd &lt; 0 and resets otherwise), and returns the first trial
         * step of the line search.
         *
         * @param x             x_k. Not modified.
         * @param value         f(x_k)
         * @param gradient      ∇f(x_k). Not modified.
         * @param direction     receives d_k. Modified.
         * @return the first trial step α₀ (a non-finite or non-positive value means 1)
         */
        double direction(double[] x, double value, double[] gradient, double[] direction);

        /**
         * Learns from the accepted step x_{k+1} = x_k + α·d_k (curvature pairs, CG history).
         *
         * @param x            x_k. Not modified.
         * @param gradient     ∇f(x_k). Not modified.
         * @param next         x_{k+1}. Not modified.
         * @param nextGradient ∇f(x_{k+1}). Not modified.
         * @param step         α
         * @param direction    d_k. Not modified.
         */
        void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                    double[] direction);

        /**
         * Forgets accumulated memory so that the next direction is (scaled) steepest descent, after a
         * line search along the current direction failed.
         *
         * @return whether there was memory to forget, i.e. whether a retry can differ
         */
        boolean reset();
    }
}
