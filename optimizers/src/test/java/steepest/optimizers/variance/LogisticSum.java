package steepest.optimizers.variance;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.GeneralizedLinearSum;

/**
 * L2-regularized binary logistic regression written for these tests, sample by sample with plain
 * loops: fᵢ(x) = log(1 + e^{zᵢ}) − yᵢzᵢ + (λ/2)‖x‖², zᵢ = ⟨aᵢ, x⟩, ∇fᵢ = (σ(zᵢ) − yᵢ)aᵢ + λx. Each fᵢ is
 * λ-strongly convex and Lᵢ-smooth with Lᵢ = ‖aᵢ‖²/4 + λ (σ' ≤ 1/4), so the theorems' constants are
 * L = maxᵢ Lᵢ and μ = λ. It offers the generalized linear structure; {@link #plain()} is the same
 * finite sum without it, so both paths of the methods can be run on one problem.
 */
final class LogisticSum implements GeneralizedLinearSum {

    final double[][] rows;
    final double[] labels;
    final double lambda;

    LogisticSum(double[][] rows, double[] labels, double lambda) {
        this.rows = rows;
        this.labels = labels;
        this.lambda = lambda;
    }

    /** n seeded samples in d dimensions: Gaussian rows with scales 1..2, labels of a planted model, 10% flipped. */
    static LogisticSum synthetic(int samples, int dimension, double lambda, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[samples][dimension];
        double[] labels = new double[samples];
        for (int i = 0; i < samples; i++) {
            double z = 0;
            for (int j = 0; j < dimension; j++) {
                rows[i][j] = random.nextGaussian() * (1 + (double) j / dimension);
                z += rows[i][j] * (j % 2 == 0 ? 0.8 : -0.5);
            }
            boolean positive = random.nextDouble() < 1 / (1 + Math.exp(-z));
            labels[i] = positive ^ random.nextDouble() < 0.1 ? 1 : 0;
        }
        return new LogisticSum(rows, labels, lambda);
    }

    /** L = maxᵢ ‖aᵢ‖²/4 + λ, the smoothness constant every fᵢ shares. */
    double smoothness() {
        double max = 0;
        for (double[] row : rows) {
            double squares = 0;
            for (double v : row) {
                squares += v * v;
            }
            max = Math.max(max, squares);
        }
        return max / 4 + lambda;
    }

    /** μ = λ, the strong convexity of every fᵢ. */
    double strongConvexity() {
        return lambda;
    }

    /** ∇fᵢ(x) into g; returns fᵢ(x). */
    double sample(double[] x, int i, double[] g) {
        double z = dot(rows[i], x);
        double c = sigmoid(z) - labels[i];
        double squares = 0;
        for (int j = 0; j < x.length; j++) {
            g[j] = c * rows[i][j] + lambda * x[j];
            squares += x[j] * x[j];
        }
        return softplus(z) - labels[i] * z + 0.5 * lambda * squares;
    }

    /** x* by Newton's method with the exact Hessian, to ‖∇f‖∞ ≤ 1e-15. */
    double[] minimizer() {
        int d = dimension();
        double[] x = new double[d];
        double[] g = new double[d];
        for (int iteration = 0; iteration < 100; iteration++) {
            valueAndGradient(x, g);
            double largest = 0;
            for (double v : g) {
                largest = Math.max(largest, Math.abs(v));
            }
            if (largest <= 1e-15) {
                return x;
            }
            double[][] h = new double[d][d];
            for (int i = 0; i < rows.length; i++) {
                double p = sigmoid(dot(rows[i], x));
                double w = p * (1 - p) / rows.length;
                for (int j = 0; j < d; j++) {
                    for (int k = 0; k <= j; k++) {
                        h[j][k] += w * rows[i][j] * rows[i][k];
                        h[k][j] = h[j][k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                h[j][j] += lambda;
            }
            RealVector step = new CholeskyDecomposition(new Array2DRowRealMatrix(h)).getSolver()
                    .solve(new ArrayRealVector(g));
            for (int j = 0; j < d; j++) {
                x[j] -= step.getEntry(j);
            }
        }
        throw new AssertionError("Newton did not converge");
    }

    /** The same finite sum without the generalized linear structure. */
    FiniteSum plain() {
        LogisticSum f = this;
        return new FiniteSum() {
            @Override
            public int size() {
                return f.size();
            }

            @Override
            public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] gradOut) {
                return f.valueAndGradient(x, batch, batchSize, gradOut);
            }

            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradOut) {
                return f.valueAndGradient(x, gradOut);
            }

            @Override
            public double value(double[] x) {
                return f.value(x);
            }
        };
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public int dimension() {
        return rows[0].length;
    }

    @Override
    public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] gradOut) {
        double[] g = new double[x.length];
        java.util.Arrays.fill(gradOut, 0.0);
        double value = 0;
        for (int t = 0; t < batchSize; t++) {
            value += sample(x, batch[t], g);
            for (int j = 0; j < x.length; j++) {
                gradOut[j] += g[j];
            }
        }
        for (int j = 0; j < x.length; j++) {
            gradOut[j] /= batchSize;
        }
        return value / batchSize;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        int[] all = new int[size()];
        java.util.Arrays.setAll(all, i -> i);
        return valueAndGradient(x, all, all.length, gradOut);
    }

    @Override
    public double value(double[] x) {
        return valueAndGradient(x, new double[x.length]);
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public double ridge() {
        return lambda;
    }

    @Override
    public double sampleDerivatives(double[] x, int[] batch, int batchSize, double[] derivativesOut) {
        double value = 0;
        for (int t = 0; t < batchSize; t++) {
            double z = dot(rows[batch[t]], x);
            derivativesOut[t] = sigmoid(z) - labels[batch[t]];
            value += softplus(z) - labels[batch[t]] * z;
        }
        return value / batchSize;
    }

    @Override
    public void sampleSum(int[] batch, int batchSize, double[] weights, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int t = 0; t < batchSize; t++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += weights[t] * rows[batch[t]][j];
            }
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }
}
