package steepest.harness.bench;

import steepest.problems.data.Dataset;
import steepest.problems.data.DenseMatrix;
import steepest.problems.data.Synthetic;
import steepest.problems.ml.LogisticRegression;
import steepest.problems.ml.PreparedData;

/**
 * The problem the logistic-regression benchmarks share: dense synthetic data with n samples and d
 * features (seed 0, two classes), X copied into row arrays, and {@code logreg} with λ = 10⁻³ over
 * those rows, adopted without copying.
 *
 * @param rows      X, n rows of d
 * @param labels    y, 0 or 1
 * @param objective the model over rows and labels
 */
record DenseLogistic(double[][] rows, double[] labels, LogisticRegression objective) {

    /** Generates X and y (seeded) and builds the model on them. */
    static DenseLogistic generate(int n, int d) {
        Dataset data = Synthetic.linear(new Synthetic.Spec(n, d, 10, 1, 0.1, 2, 0));
        double[][] rows = new double[n][d];
        for (int r = 0; r < n; r++) {
            data.features().copyRow(r, rows[r], 0);
        }
        double[] labels = data.targets();
        return new DenseLogistic(rows, labels,
                new LogisticRegression(PreparedData.training("bench", DenseMatrix.ofRows(rows), labels, 2), 1e-3));
    }
}
