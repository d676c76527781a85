package steepest.optimizers;

/**
 * A closed convex, possibly non-smooth, term g(x) with a cheap proximal operator
 * prox_{t·g}(v) = argmin_x g(x) + ‖x − v‖² / (2t), for example λ‖x‖₁, whose prox is the
 * soft-thresholding sign(vᵢ)·max(|vᵢ| − tλ, 0). Beck and Teboulle, "A fast iterative
 * shrinkage-thresholding algorithm", SIAM J. Imaging Sci. 2(1), 2009.
 */
public interface Regularizer {

    /** g(x). x is not modified. */
    double value(double[] x);

    /**
     * Replaces v by prox_{t·g}(v).
     *
     * @param v    the point. Modified.
     * @param step the step t &gt; 0
     */
    void proxInPlace(double[] v, double step);
}
