package steepest.optimizers.descent;

import steepest.optimizers.linalg.Vectors;

/**
 * First trial steps for line searches along directions that carry no natural scale (steepest
 * descent, nonlinear CG), written once.
 */
public final class InitialStep {

    private InitialStep() {
    }

    /**
     * The step of unit length along d: 1/‖d‖₂, L-BFGS-B's first trial (Byrd, Lu, Nocedal and Zhu,
     * SIAM J. Sci. Comput. 16(5), 1995), used when nothing is known about the scale of f.
     */
    public static double unitLength(double[] direction) {
        return 1.0 / Vectors.norm2(direction);
    }

    /**
     * The step at which the quadratic through f(x_k), φ'(0) and the previous decrease would attain
     * it again: α₀ = 1.01·2·(f_k − f_{k−1}) / φ'(0) (Nocedal and Wright, "Numerical Optimization",
     * 2nd ed., eq. 3.60, with scipy's factor 1.01), or the unit-length step when there is no
     * previous value or the formula does not give a positive finite step.
     */
    public static double fromDecrease(double value, double previousValue, double slope, double[] direction) {
        double alpha = 2.02 * (value - previousValue) / slope;
        return alpha > 0 && alpha < Double.POSITIVE_INFINITY ? alpha : unitLength(direction);
    }
}
