package steepest.problems.ml;

import java.util.Arrays;
import steepest.optimizers.Residuals;

/**
 * Regularized linear least squares, ridge regression ({@code least-squares}): with real targets yᵢ
 * and residuals rᵢ = ⟨xᵢ, w⟩ − yᵢ,
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ ½ rᵢ² + (λ/2)‖w‖² = (1/2n)‖Xw − y‖² + (λ/2)‖w‖²,
 *   ∇f(w) = (1/n) Xᵀ(Xw − y) + λw,   ∇²f = (1/n) XᵀX + λI
 * </pre>
 *
 * (Hoerl and Kennard, "Ridge regression", Technometrics 12(1), 1970). With λ = 0 it is ordinary
 * least squares, and it is the smooth part of {@link Lasso}.
 *
 * <p>As {@link Residuals}, f = ½‖ρ(w)‖² with the m = n + d residuals (n when λ = 0)
 * <pre>
 *   ρ(w) = [ (Xw − y)/√n ; √λ·w ],   J = [ X/√n ; √λ·I ],
 * </pre>
 * over the training rows; J·v and Jᵀ·u take one pass over X each.
 */
public final class LeastSquares extends SmoothLinearModel implements Residuals {

    private final double dataWeight;
    private final double ridgeWeight;
    private final int ridgeRows;

    /**
     * @param data   prepared data with a real target ({@link TargetEncoding#REGRESSION})
     * @param lambda λ &gt;= 0 ({@code lambda})
     */
    public LeastSquares(PreparedData data, double lambda) {
        super(data, 1, lambda);
        this.dataWeight = 1 / Math.sqrt(trainRows.length);
        this.ridgeWeight = Math.sqrt(lambda);
        this.ridgeRows = lambda > 0 ? dimension() : 0;
    }

    @Override
    protected double lossBlock(double[] z, double[] y, int count, double[] derivativesOut) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            double r = z[t] - y[t];
            sum += 0.5 * r * r;
            derivativesOut[t] = r;
        }
        return sum;
    }

    @Override
    protected void curvatureBlock(double[] z, double[] y, double[] u, int count, double[] out) {
        System.arraycopy(u, 0, out, 0, count);
    }

    @Override
    public int residualCount() {
        return trainRows.length + ridgeRows;
    }

    /** ½: f = ½‖ρ‖². */
    @Override
    public double squaresScale() {
        return 0.5;
    }

    @Override
    public void residuals(double[] w, double[] out) {
        jacobianVector(w, w, out);
        for (int i = 0; i < trainRows.length; i++) {
            out[i] -= dataWeight * trainTargets[trainRows[i]];
        }
    }

    @Override
    public void jacobian(double[] w, double[][] out) {
        int n = trainRows.length;
        for (int i = 0; i < n; i++) {
            double[] row = out[i];
            train.copyRow(trainRows[i], row, 0);
            for (int j = 0; j < row.length; j++) {
                row[j] *= dataWeight;
            }
        }
        for (int j = 0; j < ridgeRows; j++) {
            Arrays.fill(out[n + j], 0.0);
            out[n + j][j] = ridgeWeight;
        }
    }

    @Override
    public void jacobianVector(double[] w, double[] v, double[] out) {
        int n = trainRows.length;
        train.multiplyRows(trainRows, 0, n, v, out, 0);
        for (int i = 0; i < n; i++) {
            out[i] *= dataWeight;
        }
        for (int j = 0; j < ridgeRows; j++) {
            out[n + j] = ridgeWeight * v[j];
        }
    }

    @Override
    public void jacobianTransposeVector(double[] w, double[] u, double[] out) {
        int n = trainRows.length;
        Arrays.fill(out, 0.0);
        train.addWeightedRows(trainRows, 0, n, u, 0, out);
        for (int j = 0; j < out.length; j++) {
            out[j] = dataWeight * out[j] + (j < ridgeRows ? ridgeWeight * u[n + j] : 0.0);
        }
    }
}
