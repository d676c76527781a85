package steepest.problems.bbob;

/**
 * The chain of transformations from x to z that most bbob functions share (Hansen et al., INRIA
 * RR-6829, §0.2),
 * <pre>
 *   z = B·T(u),   u = A·(x − x_opt),
 * </pre>
 * with A a linear map (a rotation R, or a product such as Q Λ^α R), T coordinate-wise (T_osz,
 * T_asy^β, T_asy^β ∘ T_osz, or none) and B a second linear map or none; and its backward pass, the
 * chain rule from ∂f/∂z to ∇f = Aᵀ·(T'(u) ⊙ Bᵀ·∂f/∂z). Each function writes its raw function of z
 * between {@link #forward} and {@link #backward}. The passes take the operations in the order the
 * functions used to spell them out, so their values keep their bits. Buffers are allocated once:
 * one pipeline per objective instance.
 */
final class Pipeline {

    private final double[] optimum;
    private final LinearMap inner;
    private final boolean oscillated;
    private final double[] asymmetryScales;
    private final LinearMap outer;
    private final double[] shifted;
    private final double[] u;
    private final double[] slopes;
    private final double[] asymmetrySlopes;

    /**
     * @param asymmetryScales T_asy's exponent scales, or null for no T_asy
     * @param outer           B, or null for none
     */
    private Pipeline(double[] optimum, LinearMap inner, boolean oscillated, double[] asymmetryScales,
                     LinearMap outer) {
        int n = optimum.length;
        this.optimum = optimum;
        this.inner = inner;
        this.oscillated = oscillated;
        this.asymmetryScales = asymmetryScales;
        this.outer = outer;
        this.shifted = new double[n];
        this.u = new double[n];
        this.slopes = new double[n];
        this.asymmetrySlopes = oscillated && asymmetryScales != null ? new double[n] : null;
    }

    /** z = A·(x − x_opt). The arrays are kept, not copied. */
    static Pipeline linear(double[] optimum, LinearMap a) {
        return new Pipeline(optimum, a, false, null, null);
    }

    /** z = T_osz(A·(x − x_opt)). */
    static Pipeline oscillated(double[] optimum, LinearMap a) {
        return new Pipeline(optimum, a, true, null, null);
    }

    /** z = B·T_osz(A·(x − x_opt)). */
    static Pipeline oscillated(double[] optimum, LinearMap a, LinearMap b) {
        return new Pipeline(optimum, a, true, null, b);
    }

    /** z = B·T_asy^β(A·(x − x_opt)). */
    static Pipeline asymmetric(double[] optimum, LinearMap a, double beta, LinearMap b) {
        return new Pipeline(optimum, a, false, Transforms.asymmetryScales(beta, optimum.length), b);
    }

    /** z = B·T_asy^β(T_osz(A·(x − x_opt))). */
    static Pipeline oscillatedAsymmetric(double[] optimum, LinearMap a, double beta, LinearMap b) {
        return new Pipeline(optimum, a, true, Transforms.asymmetryScales(beta, optimum.length), b);
    }

    /**
     * z from x, and T's slopes for {@link #backward} when {@code withSlopes}.
     *
     * @param x not modified
     * @param z receives z. Modified.
     */
    void forward(double[] x, double[] z, boolean withSlopes) {
        for (int i = 0; i < x.length; i++) {
            shifted[i] = x[i] - optimum[i];
        }
        if (!transforms() && outer == null) {
            inner.apply(shifted, z);
            return;
        }
        inner.apply(shifted, u);
        double[] oscillationOut = withSlopes ? slopes : null;
        double[] asymmetryOut = withSlopes ? (oscillated ? asymmetrySlopes : slopes) : null;
        double[] transformed = outer == null ? z : u;
        for (int i = 0; i < x.length; i++) {
            double t = oscillated ? Transforms.oscillate(u[i], oscillationOut, i) : u[i];
            transformed[i] = asymmetryScales == null ? t
                    : Transforms.asymmetric(t, asymmetryScales[i], asymmetryOut, i);
        }
        if (withSlopes && asymmetrySlopes != null) {
            for (int i = 0; i < x.length; i++) {
                slopes[i] *= asymmetrySlopes[i];
            }
        }
        if (outer != null) {
            outer.apply(u, z);
        }
    }

    /**
     * ∇f = Aᵀ·(T'(u) ⊙ Bᵀ·v) with the slopes of the last {@link #forward} (which must have asked for
     * them).
     *
     * @param v       ∂f/∂z. Modified (used as scratch).
     * @param gradOut receives ∇f. Modified.
     */
    void backward(double[] v, double[] gradOut) {
        double[] w = v;
        if (outer != null) {
            outer.applyTransposed(v, u);
            w = u;
        }
        if (transforms()) {
            for (int i = 0; i < w.length; i++) {
                w[i] *= slopes[i];
            }
        }
        inner.applyTransposed(w, gradOut);
    }

    /** Whether T is more than the identity. */
    private boolean transforms() {
        return oscillated || asymmetryScales != null;
    }
}
