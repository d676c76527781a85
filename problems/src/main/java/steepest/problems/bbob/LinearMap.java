package steepest.problems.bbob;

import steepest.optimizers.linalg.Vectors;

/**
 * The linear maps between the transformations of a bbob function: the identity (separable
 * functions), a diagonal Λ^α, or a dense n × n matrix (a rotation R, or a product such as Q Λ R
 * formed once). Products are computed into the caller's array and allocate nothing.
 */
sealed interface LinearMap {

    /**
     * out = A x.
     *
     * @param x   not modified
     * @param out modified; must not be x
     */
    void apply(double[] x, double[] out);

    /**
     * out = Aᵀ v, the backward pass of {@link #apply}.
     *
     * @param v   not modified
     * @param out modified; must not be v
     */
    void applyTransposed(double[] v, double[] out);

    /** The identity map. */
    record Identity() implements LinearMap {
        @Override
        public void apply(double[] x, double[] out) {
            System.arraycopy(x, 0, out, 0, x.length);
        }

        @Override
        public void applyTransposed(double[] v, double[] out) {
            System.arraycopy(v, 0, out, 0, v.length);
        }
    }

    /** x ↦ diag(d) x. */
    record Diagonal(double[] diagonal) implements LinearMap {
        @Override
        public void apply(double[] x, double[] out) {
            for (int i = 0; i < x.length; i++) {
                out[i] = diagonal[i] * x[i];
            }
        }

        @Override
        public void applyTransposed(double[] v, double[] out) {
            apply(v, out);
        }
    }

    /**
     * x ↦ A x for a dense matrix given by its rows: each entry of A x is one {@link Vectors#dot}, and
     * Aᵀ v is accumulated row by row (vᵢ times row i), so both passes read A in memory order.
     */
    record Dense(double[][] rows) implements LinearMap {
        @Override
        public void apply(double[] x, double[] out) {
            for (int i = 0; i < rows.length; i++) {
                out[i] = Vectors.dot(rows[i], x);
            }
        }

        @Override
        public void applyTransposed(double[] v, double[] out) {
            java.util.Arrays.fill(out, 0);
            for (int i = 0; i < rows.length; i++) {
                Vectors.axpy(v[i], rows[i], out);
            }
        }

        /** A = Q diag(λ) R, summed over k in order as COCO forms its products. */
        static Dense product(double[][] q, double[] lambda, double[][] r) {
            int n = lambda.length;
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        sum += q[i][k] * lambda[k] * r[k][j];
                    }
                    a[i][j] = sum;
                }
            }
            return new Dense(a);
        }
    }
}
