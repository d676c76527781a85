package steepest.optimizers.testing;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import steepest.optimizers.FisherInformation;
import steepest.optimizers.TwiceDifferentiable;

/**
 * L2-regularized binary logistic regression written for the optimizers' tests:
 * f(w) = (1/n) Σᵢ [log(1 + e^{zᵢ}) − yᵢzᵢ] + (λ/2)‖w‖², z = Xw. Its Hessian is
 * (1/n) Xᵀ diag(pᵢ(1 − pᵢ)) X + λI with p = σ(z); the Fisher information of the model with the
 * Gaussian prior that λ encodes is the same matrix, since the expected outer product of the score
 * under the model's own labels equals the Hessian of the log-likelihood for a canonical-link GLM.
 * So Newton's step and the undamped natural-gradient step coincide.
 */
public final class LogisticRegression implements TwiceDifferentiable, FisherInformation {

    private final double[][] features;
    private final double[] labels;
    private final double lambda;

    /** Rows of X and labels in {0, 1}, kept by reference. */
    public LogisticRegression(double[][] features, double[] labels, double lambda) {
        this.features = features;
        this.labels = labels;
        this.lambda = lambda;
    }

    /**
     * A seeded data set: Gaussian features with per-feature scales, labels drawn from the model with
     * a fixed true w plus 10% flipped labels (so the unregularized optimum is finite).
     */
    public static LogisticRegression synthetic(int samples, int dimension, double lambda, RandomGenerator random) {
        double[][] x = new double[samples][dimension];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            double z = 0;
            for (int j = 0; j < dimension; j++) {
                x[i][j] = random.nextGaussian() * (1 + j);
                z += x[i][j] * (j % 2 == 0 ? 0.5 : -0.3) / (1 + j);
            }
            boolean positive = random.nextDouble() < 1 / (1 + Math.exp(-z));
            y[i] = positive ^ random.nextDouble() < 0.1 ? 1 : 0;
        }
        return new LogisticRegression(x, y, lambda);
    }

    /** The same model on features X·A (rows xᵢᵀA), A square. */
    public LogisticRegression transformed(double[][] a) {
        int d = a.length;
        double[][] x = new double[features.length][d];
        for (int i = 0; i < features.length; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    sum += features[i][k] * a[k][j];
                }
                x[i][j] = sum;
            }
        }
        return new LogisticRegression(x, labels, lambda);
    }

    /** The dense Hessian (1/n) Xᵀ diag(p(1 − p)) X + λI, computed directly. */
    public double[][] denseHessian(double[] w) {
        int d = dimension();
        double[][] h = new double[d][d];
        for (int i = 0; i < labels.length; i++) {
            double p = sigmoid(dot(features[i], w));
            double weight = p * (1 - p) / labels.length;
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    h[j][k] += weight * features[i][j] * features[i][k];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            h[j][j] += lambda;
        }
        return h;
    }

    @Override
    public int dimension() {
        return features[0].length;
    }

    @Override
    public double valueAndGradient(double[] w, double[] g) {
        Arrays.fill(g, 0.0);
        double f = 0;
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            double zi = dot(features[i], w);
            f += softplus(zi) - labels[i] * zi;
            double r = (sigmoid(zi) - labels[i]) / n;
            for (int j = 0; j < g.length; j++) {
                g[j] += r * features[i][j];
            }
        }
        double penalty = 0;
        for (int j = 0; j < g.length; j++) {
            g[j] += lambda * w[j];
            penalty += w[j] * w[j];
        }
        return f / n + 0.5 * lambda * penalty;
    }

    @Override
    public double value(double[] w) {
        return valueAndGradient(w, new double[w.length]);
    }

    @Override
    public void hessianVector(double[] w, double[] v, double[] out) {
        fisherVector(w, v, out);
    }

    @Override
    public void fisherVector(double[] w, double[] v, double[] out) {
        Arrays.fill(out, 0.0);
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            double p = sigmoid(dot(features[i], w));
            double weight = p * (1 - p) * dot(features[i], v) / n;
            for (int j = 0; j < out.length; j++) {
                out[j] += weight * features[i][j];
            }
        }
        for (int j = 0; j < out.length; j++) {
            out[j] += lambda * v[j];
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }
}
