package steepest.problems.data;

/**
 * Column standardization fitted on training data, x'_j = (x_j − μ_j)/σ_j with the column mean μ_j
 * and the population standard deviation σ_j = (Σ_r (x_rj − μ_j)²/n)^{1/2} (as scikit-learn's
 * {@code StandardScaler}); a constant column (σ_j = 0) is only centered, becoming zero. Fitting on
 * the training rows and applying the same μ, σ to the test rows keeps the test set unseen.
 * Centering makes sparse data dense, so only dense matrices are standardized.
 *
 * @param mean  μ, one per column
 * @param scale 1/σ_j (1 for constant columns), one per column
 */
public record Standardization(double[] mean, double[] scale) {

    /** Copies the arrays. */
    public Standardization {
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Fits μ and σ to the columns of {@code matrix} (two passes, for accuracy). */
    public static Standardization fit(DenseMatrix matrix) {
        int n = matrix.rows();
        int d = matrix.cols();
        double[] mean = new double[d];
        double[] scale = new double[d];
        double[] row = new double[d];
        for (int r = 0; r < n; r++) {
            matrix.copyRow(r, row, 0);
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int r = 0; r < n; r++) {
            matrix.copyRow(r, row, 0);
            for (int j = 0; j < d; j++) {
                double centered = row[j] - mean[j];
                scale[j] += centered * centered;
            }
        }
        for (int j = 0; j < d; j++) {
            double std = Math.sqrt(scale[j] / n);
            scale[j] = std > 0 ? 1.0 / std : 1.0;
        }
        return new Standardization(mean, scale);
    }

    /** μ (a copy). */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** 1/σ per column (a copy). */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** The standardized copy of {@code matrix}. */
    public DenseMatrix apply(DenseMatrix matrix) {
        return matrix.affine(mean, scale);
    }
}
