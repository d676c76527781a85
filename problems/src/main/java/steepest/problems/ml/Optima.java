package steepest.problems.ml;

import java.util.Arrays;
import java.util.SplittableRandom;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.proximal.L1Norm;
import steepest.problems.data.FeatureMatrix;

/**
 * Computes f* and x* of the convex linear models to machine precision when that is affordable, so
 * problems can state their optimum. Each solver returns an {@link Optimum} only with a certificate,
 * and {@link Optimum#UNKNOWN} otherwise:
 *
 * <ul>
 *   <li>smooth models with λ &gt; 0 (λ-strongly convex): inexact Newton-CG with Armijo backtracking
 *       (Nocedal and Wright, "Numerical Optimization", 2nd ed., 2006, Algorithm 7.1, forcing term
 *       min(0.5, √‖g‖)), certified by ‖∇f(x*)‖₂ ≤ {@value #GRADIENT_TOLERANCE}, which bounds
 *       f(x*) − f* ≤ ‖∇f‖²/(2λ);</li>
 *   <li>the Lasso: cyclic coordinate descent with soft-thresholding (Friedman, Hastie and
 *       Tibshirani, "Regularization paths for generalized linear models via coordinate descent",
 *       J. Stat. Softw. 33(1), 2010), certified by a minimum-norm subgradient of norm
 *       ≤ {@value #GRADIENT_TOLERANCE};</li>
 *   <li>the hinge-loss SVM with λ &gt; 0: dual coordinate descent (Hsieh, Chang, Lin, Keerthi and
 *       Sundararajan, "A dual coordinate descent method for large-scale linear SVM", ICML 2008,
 *       Algorithm 1, over the dual of min ½‖w‖² + C Σ hinge with C = 1/(λn)), certified by a
 *       duality gap f(w) − λ·D(α) ≤ {@value #DUALITY_GAP}, which bounds f(w) − f*.</li>
 * </ul>
 *
 * Affordable means at most {@value #WORK_LIMIT} multiply-adds as estimated by
 * (stored entries × outputs) × parameters, a bound on the data passes Newton-CG needs.
 */
final class Optima {

    static final double GRADIENT_TOLERANCE = 1e-9;
    static final double DUALITY_GAP = 1e-13;
    static final double WORK_LIMIT = 1e9;

    private static final int NEWTON_ITERATIONS = 100;
    private static final int LINE_SEARCH_HALVINGS = 60;
    private static final double ARMIJO = 1e-4;
    private static final int SWEEPS = 100_000;
    private static final int GAP_CHECK_EPOCHS = 10;

    private Optima() {
    }

    /** Whether solving {@code model} to machine precision is within {@link #WORK_LIMIT}. */
    static boolean affordable(LinearModel model) {
        double pass = (double) model.data().train().storedEntries() * model.outputs();
        return pass * model.dimension() <= WORK_LIMIT;
    }

    /** Newton-CG from w = 0; requires λ &gt; 0. */
    static Optimum newton(SmoothLinearModel f) {
        if (!(f.lambda() > 0) || !affordable(f)) {
            return Optimum.UNKNOWN;
        }
        int p = f.dimension();
        double[] w = new double[p];
        double[] g = new double[p];
        double[] step = new double[p];
        double[] trial = new double[p];
        double[] residual = new double[p];
        double[] direction = new double[p];
        double[] product = new double[p];
        double value = f.valueAndGradient(w, g);
        for (int iteration = 0; iteration < NEWTON_ITERATIONS; iteration++) {
            double gradientNorm = Vectors.norm2(g);
            if (gradientNorm <= GRADIENT_TOLERANCE) {
                return new Optimum(value, w);
            }
            conjugateGradient(f, w, g, Math.min(0.5, Math.sqrt(gradientNorm)) * gradientNorm, step, residual,
                    direction, product);
            double slope = Vectors.dot(g, step);
            double t = 1;
            boolean accepted = false;
            for (int halving = 0; halving < LINE_SEARCH_HALVINGS && !accepted; halving++) {
                Vectors.addScaled(w, t, step, trial);
                accepted = f.value(trial) <= value + ARMIJO * t * slope;
                t *= 0.5;
            }
            if (!accepted) {
                return Optimum.UNKNOWN;
            }
            System.arraycopy(trial, 0, w, 0, p);
            value = f.valueAndGradient(w, g);
        }
        return Optimum.UNKNOWN;
    }

    /** Solves ∇²f(w)·s = −g by conjugate gradients until ‖residual‖ ≤ tolerance. */
    private static void conjugateGradient(SmoothLinearModel f, double[] w, double[] g, double tolerance,
                                          double[] step, double[] residual, double[] direction, double[] product) {
        int p = g.length;
        Arrays.fill(step, 0.0);
        for (int j = 0; j < p; j++) {
            residual[j] = -g[j];
            direction[j] = -g[j];
        }
        double rr = Vectors.dot(residual, residual);
        for (int k = 0; k < 10 * p && Math.sqrt(rr) > tolerance; k++) {
            f.hessianVector(w, direction, product);
            double curvature = Vectors.dot(direction, product);
            double alpha = rr / curvature;
            Vectors.axpy(alpha, direction, step);
            Vectors.axpy(-alpha, product, residual);
            double next = Vectors.dot(residual, residual);
            for (int j = 0; j < p; j++) {
                direction[j] = residual[j] + next / rr * direction[j];
            }
            rr = next;
        }
    }

    /**
     * Cyclic coordinate descent on the Lasso from w = 0, over a copy of X's non-zeros by columns
     * (compressed sparse columns), so that sparse data stay sparse; zeros add nothing to the sums.
     */
    static Optimum lasso(Lasso model) {
        LeastSquares smooth = model.leastSquares();
        if (!affordable(smooth)) {
            return Optimum.UNKNOWN;
        }
        PreparedData data = smooth.data();
        FeatureMatrix x = data.train();
        int n = x.rows();
        int d = x.cols();
        double lambda = ((L1Norm) model.regularizer()).lambda();
        int[] columnStart = new int[d + 1];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            x.copyRow(i, row, 0);
            for (int j = 0; j < d; j++) {
                if (row[j] != 0) {
                    columnStart[j + 1]++;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            columnStart[j + 1] += columnStart[j];
        }
        int[] rows = new int[columnStart[d]];
        double[] values = new double[columnStart[d]];
        int[] next = Arrays.copyOf(columnStart, d);
        for (int i = 0; i < n; i++) {
            x.copyRow(i, row, 0);
            for (int j = 0; j < d; j++) {
                if (row[j] != 0) {
                    rows[next[j]] = i;
                    values[next[j]++] = row[j];
                }
            }
        }
        double[] residual = data.trainTargets();
        double[] curvature = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
                sum += values[k] * values[k];
            }
            curvature[j] = sum / n;
        }
        double[] w = new double[d];
        double[] g = new double[d];
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            double largest = 0;
            for (int j = 0; j < d; j++) {
                if (curvature[j] == 0) {
                    continue;
                }
                double correlation = 0;
                for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
                    correlation += values[k] * residual[rows[k]];
                }
                double rho = correlation / n + curvature[j] * w[j];
                double updated = Math.copySign(Math.max(Math.abs(rho) - lambda, 0.0), rho) / curvature[j];
                double delta = updated - w[j];
                if (delta != 0) {
                    for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
                        residual[rows[k]] -= delta * values[k];
                    }
                    w[j] = updated;
                    largest = Math.max(largest, Math.abs(delta) * Math.sqrt(curvature[j]));
                }
            }
            if (largest <= 1e-3 * GRADIENT_TOLERANCE) {
                double value = model.valueAndGradient(w, g);
                return Vectors.norm2(g) <= GRADIENT_TOLERANCE ? new Optimum(value, w) : Optimum.UNKNOWN;
            }
        }
        return Optimum.UNKNOWN;
    }

    /**
     * Dual coordinate descent on the hinge-loss SVM from α = 0: each step maximizes the dual
     * D(α) = Σα − ½‖w(α)‖², w(α) = Σ αᵢyᵢxᵢ, over one αᵢ ∈ [0, C] in closed form, in a seeded random
     * order per epoch.
     */
    static Optimum hinge(HingeSvm model) {
        if (!(model.lambda() > 0) || !affordable(model)) {
            return Optimum.UNKNOWN;
        }
        PreparedData data = model.data();
        FeatureMatrix x = data.train();
        double[] y = data.trainTargets();
        int n = x.rows();
        int d = x.cols();
        double c = 1.0 / (model.lambda() * n);
        double[] alpha = new double[n];
        double[] w = new double[d];
        double[] squaredNorms = new double[n];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            x.copyRow(i, row, 0);
            squaredNorms[i] = Vectors.dot(row, row);
        }
        int[] all = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
            order[i] = i;
        }
        double[] weights = new double[n];
        int[] one = new int[1];
        double[] value = new double[1];
        SplittableRandom random = new SplittableRandom(0);
        for (int epoch = 1; epoch <= SWEEPS; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                if (squaredNorms[i] == 0) {
                    continue;
                }
                one[0] = i;
                x.multiplyRows(one, 0, 1, w, value, 0);
                double gradient = y[i] * value[0] - 1;
                double updated = Math.min(Math.max(alpha[i] - gradient / squaredNorms[i], 0), c);
                if (updated != alpha[i]) {
                    value[0] = (updated - alpha[i]) * y[i];
                    x.addWeightedRows(one, 0, 1, value, 0, w);
                    alpha[i] = updated;
                }
            }
            if (epoch % GAP_CHECK_EPOCHS == 0) {
                Arrays.fill(w, 0.0);
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    weights[i] = alpha[i] * y[i];
                    sum += alpha[i];
                }
                x.addWeightedRows(all, 0, n, weights, 0, w);
                double primal = model.value(w);
                double dual = model.lambda() * (sum - 0.5 * Vectors.dot(w, w));
                if (primal - dual <= DUALITY_GAP) {
                    return new Optimum(primal, w);
                }
            }
        }
        return Optimum.UNKNOWN;
    }
}
