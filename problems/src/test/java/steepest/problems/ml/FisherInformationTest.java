package steepest.problems.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import steepest.problems.Differences;
import steepest.problems.BuiltinProblems;
import steepest.problems.data.FeatureMatrix;

/**
 * Fisher-vector products of the likelihood models against the Fisher information written out
 * independently: F(w) = (1/n) Σᵢ xᵢxᵢᵀ ⊗ Cov_{y~p(·|xᵢ,w)}[e_y] + λI, computed here sample by sample
 * from the definition E[∇ℓ ∇ℓᵀ] (an expectation over the model's own labels), not from the Hessian.
 */
class FisherInformationTest {

    private static final double TOLERANCE = 1e-12;

    /**
     * (1/n) Σᵢ Σ_y p(y|xᵢ) (∇_w ℓ(xᵢ, y))(∇_w ℓ(xᵢ, y))ᵀ v + λv with ∇_w ℓ(x, y) = x ⊗ (p − e_y), for
     * K classes given the class probabilities of each sample.
     */
    private static double[] fisherFromDefinition(FeatureMatrix x, double[][] probabilities, double lambda, double[] v) {
        int n = x.rows();
        int d = x.cols();
        int classes = probabilities[0].length;
        double[] out = new double[v.length];
        double[] row = new double[d];
        double[] score = new double[classes * d];
        for (int i = 0; i < n; i++) {
            x.copyRow(i, row, 0);
            for (int y = 0; y < classes; y++) {
                double dot = 0;
                for (int k = 0; k < classes; k++) {
                    double residual = probabilities[i][k] - (k == y ? 1 : 0);
                    for (int j = 0; j < d; j++) {
                        score[k * d + j] = row[j] * residual;
                        dot += score[k * d + j] * v[k * d + j];
                    }
                }
                for (int p = 0; p < out.length; p++) {
                    out[p] += probabilities[i][y] * dot * score[p] / n;
                }
            }
        }
        for (int p = 0; p < out.length; p++) {
            out[p] += lambda * v[p];
        }
        return out;
    }

    @Test
    void logisticFisherIsTheExpectedOuterProductOfScores() {
        LogisticRegression f = (LogisticRegression) BuiltinProblems.asCatalog().create("logreg:dataset=breast_cancer").objective();
        double[] w = Differences.gaussian(f.dimension(), 0.2, 11);
        double[] v = Differences.gaussian(f.dimension(), 1.0, 12);
        FeatureMatrix x = f.data().train();
        double[][] probabilities = new double[x.rows()][];
        double[] row = new double[x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            x.copyRow(i, row, 0);
            double z = 0;
            for (int j = 0; j < row.length; j++) {
                z += row[j] * w[j];
            }
            double p = 1 / (1 + Math.exp(-z));
            // binary model: one output, the score of y = 1 is (p - y)x with p = P(y = 1)
            probabilities[i] = new double[] {p};
        }
        double[] expected = new double[v.length];
        for (int i = 0; i < x.rows(); i++) {
            x.copyRow(i, row, 0);
            double p = probabilities[i][0];
            double dot = 0;
            for (int j = 0; j < row.length; j++) {
                dot += row[j] * v[j];
            }
            // E_y[(p - y)²] = p(1 - p)² + (1 - p)p² = p(1 - p)
            double expectedSquare = p * (1 - p) * (1 - p) + (1 - p) * p * p;
            for (int j = 0; j < row.length; j++) {
                expected[j] += expectedSquare * dot * row[j] / x.rows();
            }
        }
        for (int j = 0; j < v.length; j++) {
            expected[j] += f.lambda() * v[j];
        }
        double[] actual = new double[v.length];
        f.fisherVector(w, v, actual);
        assertEquals(0.0, Differences.relativeError(actual, expected), TOLERANCE);
    }

    @Test
    void softmaxFisherIsTheExpectedOuterProductOfScores() {
        SoftmaxRegression f = (SoftmaxRegression) BuiltinProblems.asCatalog().create("softmax:dataset=wine,lambda=0.01")
                .objective();
        double[] w = Differences.gaussian(f.dimension(), 0.2, 13);
        double[] v = Differences.gaussian(f.dimension(), 1.0, 14);
        FeatureMatrix x = f.data().train();
        int classes = f.outputs();
        int d = x.cols();
        double[][] probabilities = new double[x.rows()][classes];
        double[] row = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            x.copyRow(i, row, 0);
            double total = 0;
            for (int k = 0; k < classes; k++) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += row[j] * w[k * d + j];
                }
                probabilities[i][k] = Math.exp(z);
                total += probabilities[i][k];
            }
            for (int k = 0; k < classes; k++) {
                probabilities[i][k] /= total;
            }
        }
        double[] expected = fisherFromDefinition(x, probabilities, f.lambda(), v);
        double[] actual = new double[v.length];
        f.fisherVector(w, v, actual);
        assertEquals(0.0, Differences.relativeError(actual, expected), TOLERANCE);
    }
}
