package steepest.optimizers;

/**
 * Second-order access to a twice-differentiable f: Hessian-vector products ∇²f(x)·v for
 * matrix-free methods (Newton-CG, truncated Newton) and the dense Hessian for Newton's method on
 * small problems.
 */
public interface TwiceDifferentiable extends Objective {

    /**
     * Computes ∇²f(x)·v.
     *
     * @param x   the point. Not modified.
     * @param v   the direction. Not modified.
     * @param out receives ∇²f(x)·v; every entry is overwritten. Modified. Must not alias x or v.
     */
    void hessianVector(double[] x, double[] v, double[] out);

    /**
     * Writes the dense Hessian ∇²f(x) into {@code out} (n rows of length n). The default builds it
     * column by column from n Hessian-vector products with the unit vectors; problems with a cheap
     * closed form override it.
     *
     * @param x   the point. Not modified.
     * @param out an n×n array receiving ∇²f(x). Modified.
     */
    default void hessian(double[] x, double[][] out) {
        int n = dimension();
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1.0;
            hessianVector(x, unit, column);
            unit[j] = 0.0;
            for (int i = 0; i < n; i++) {
                out[i][j] = column[i];
            }
        }
    }
}
