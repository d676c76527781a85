package steepest.optimizers.descent;

import steepest.optimizers.linalg.Vectors;

/**
 * The first trial step of a line search along a direction that carries no natural scale (steepest
 * descent, nonlinear CG, a quasi-Newton method with empty memory), written once. It assumes the
 * first-order change along the new direction equals the previous one's (Nocedal and Wright,
 * "Numerical Optimization", 2nd ed., §3.5):
 * <pre>
 *   α₀ = α_{k−1}·∇f_{k−1}ᵀd_{k−1} / ∇f_kᵀd_k,
 * </pre>
 * and on the first iteration takes the step of unit length, 1/‖d‖₂, L-BFGS-B's first trial (Byrd,
 * Lu, Nocedal and Zhu, SIAM J. Sci. Comput. 16(5), 1995). It uses slopes only, so unlike the
 * variant based on the decrease of f (eq. 3.60) it stays accurate when differences of f are lost
 * in rounding. One instance per run: it remembers the previous step and slope.
 */
public final class InitialStep {

    private double previousStep = Double.NaN;
    private double previousSlope = Double.NaN;

    /**
     * The first trial step along d with slope ∇f_kᵀd_k.
     *
     * @param slope     ∇f_kᵀd_k
     * @param direction d_k. Not modified.
     */
    public double propose(double slope, double[] direction) {
        double alpha = previousStep * previousSlope / slope;
        return alpha > 0 && alpha < Double.POSITIVE_INFINITY ? alpha : unitLength(direction);
    }

    /**
     * Records the accepted step α_k along d_k.
     *
     * @param step  α_k
     * @param slope ∇f_kᵀd_k
     */
    public void accepted(double step, double slope) {
        previousStep = step;
        previousSlope = slope;
    }

    /** The step of unit length along d, 1/‖d‖₂. */
    public static double unitLength(double[] direction) {
        return 1.0 / Vectors.norm2(direction);
    }
}
