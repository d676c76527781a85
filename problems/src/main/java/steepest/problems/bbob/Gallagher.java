package steepest.problems.bbob;

import java.util.Arrays;
import java.util.Comparator;

/**
 * f21 and f22, Gallagher's Gaussian peaks (101 and 21 peaks): f(x) = T_osz(10 − maxₖ wₖ
 * exp(−‖Dₖ^(1/2) (R x − yₖ)‖²/(2n)))² + f_pen(x) + f_opt. Peak 0 (weight 10) sits at x_opt; the
 * others have weights evenly spaced in [1.1, 9.1] and random centres yₖ (in the rotated space);
 * Dₖ = diag(cₖ^(πₖ(j)/(n−1) − 1/2)) with πₖ a random permutation, c₀ = √1000 (f21) or 1000 (f22)
 * and cₖ = 1000^(π(k)/(peaks−2)); all drawn from the function's seed exactly as COCO draws them.
 *
 * <p>Not differentiable where two peaks tie for the maximum. Gradient of the peak that attains it
 * (the first such, as COCO's max keeps the earlier on ties): Rᵀ(2 T T'(10 − m) · m Dₖ(R x − yₖ)/n)
 * + ∇f_pen, m the peak's value; at x_opt T(0) = 0 makes it 0; where every peak underflows to 0, f is
 * flat and the gradient 0. Hansen et al., INRIA RR-6829, f21, f22 (COCO: f_gallagher.c).
 */
final class Gallagher extends BbobObjective {

    private final double[] optimum;
    private final LinearMap rotation;
    private final double[][] centers;
    private final double[][] scales;
    private final double[] weights;
    private final double[] rotated;
    private final double[] backward;
    private final double[] slope = new double[1];

    /**
     * @param function 21 (101 peaks) or 22 (21 peaks)
     */
    Gallagher(int function, int n, int instance) {
        super(n, LegacyRandom.optimalValue(function, instance));
        int peaks = function == 21 ? 101 : 21;
        double spread = function == 21 ? 10 : 9.8;
        double shift = spread / 2;
        double firstCondition = function == 21 ? Math.sqrt(1000.) : 1000.;
        long seed = LegacyRandom.seed(function, instance);
        double[][] r = LegacyRandom.rotation(n, seed);
        this.rotation = new LinearMap.Dense(r);

        int[] order = sortedIndices(LegacyRandom.uniform(peaks - 1, seed));
        double[] conditions = new double[peaks];
        this.weights = new double[peaks];
        conditions[0] = firstCondition;
        weights[0] = 10;
        for (int k = 1; k < peaks; k++) {
            conditions[k] = Math.pow(1000., (double) order[k - 1] / (peaks - 2));
            weights[k] = (double) (k - 1) / (peaks - 2) * (9.1 - 1.1) + 1.1;
        }
        this.scales = new double[peaks][n];
        for (int k = 0; k < peaks; k++) {
            int[] permutation = sortedIndices(LegacyRandom.uniform(n, seed + 1000L * k));
            for (int j = 0; j < n; j++) {
                scales[k][j] = Math.pow(conditions[k], (double) permutation[j] / (n - 1) - 0.5);
            }
        }
        double[] u = LegacyRandom.uniform(n * peaks, seed);
        this.optimum = new double[n];
        this.centers = new double[peaks][n];
        for (int i = 0; i < n; i++) {
            optimum[i] = 0.8 * (spread * u[i] - shift);
            for (int k = 0; k < peaks; k++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += r[i][j] * (spread * u[k * n + j] - shift);
                }
                centers[k][i] = k == 0 ? 0.8 * sum : sum;
            }
        }
        this.rotated = new double[n];
        this.backward = new double[n];
    }

    /** The indices 0..m−1 ordered by increasing value (COCO's qsort of (value, index) pairs). */
    private static int[] sortedIndices(double[] values) {
        return java.util.stream.IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble(i -> values[i])).mapToInt(Integer::intValue).toArray();
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        rotation.apply(x, rotated);
        double factor = -0.5 / n;
        double best = 0;
        int winner = -1;
        for (int k = 0; k < centers.length; k++) {
            double[] center = centers[k];
            double[] scale = scales[k];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double d = rotated[j] - center[j];
                sum += scale[j] * d * d;
            }
            double peak = weights[k] * Math.exp(factor * sum);
            if (peak > best) {
                best = peak;
                winner = k;
            }
        }
        double gap = 10. - best;
        double oscillated = Transforms.oscillate(gap, gradOut == null ? null : slope, 0);
        if (gradOut != null) {
            if (winner < 0) {
                Arrays.fill(gradOut, 0);
            } else {
                double outer = 2 * oscillated * slope[0] * best / n;
                double[] center = centers[winner];
                double[] scale = scales[winner];
                for (int j = 0; j < n; j++) {
                    backward[j] = outer * scale[j] * (rotated[j] - center[j]);
                }
                rotation.applyTransposed(backward, gradOut);
            }
        }
        return oscillated * oscillated + Transforms.penalty(x, 5, 1, gradOut) + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
