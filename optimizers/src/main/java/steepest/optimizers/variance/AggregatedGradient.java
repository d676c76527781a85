package steepest.optimizers.variance;

import java.util.Objects;
import java.util.random.RandomGenerator;
import steepest.optimizers.Oracle;
import steepest.optimizers.firstorder.MiniBatch;
import steepest.optimizers.firstorder.Sampling;

/**
 * The incremental aggregated gradient estimates of SAGA and SAG, which keep the last gradient
 * Tᵢ = ∇fᵢ(φᵢ) seen for every sample (a {@link GradientTable}) and their mean T̄. Step k draws a
 * batch B_k and estimates
 * <pre>
 *   SAGA:  g_k = (1/b) Σ_{i∈B_k} [∇fᵢ(x_k) − Tᵢ] + T̄          (unbiased: E[g_k] = ∇f(x_k))
 *   SAG:   g_k = T̄ + (1/n) Σ_{i∈B_k} [∇fᵢ(x_k) − Tᵢ]          (the new mean; biased)
 * </pre>
 * then replaces Tᵢ by ∇fᵢ(x_k) for i ∈ B_k. With the plain step x_{k+1} = x_k − η g_k (how the
 * catalog composes it), b = 1 and sampling with replacement these are SAGA (Defazio, Bach and
 * Lacoste-Julien, "SAGA: a fast incremental gradient method with support for non-strongly convex
 * composite objectives", NIPS 2014, §2, without the prox) and SAG (Schmidt, Le Roux and Bach,
 * "Minimizing finite sums with the stochastic average gradient", Math. Program. 162(1), 2017);
 * the two differ only in the coefficient, 1/b or 1/n, of the fresh gradients, which Defazio et al.
 * discuss as one family with SVRG.
 * The mini-batch SAGA estimate is the one analysed by Gazagnadou, Gower and Salmon, "Optimal
 * mini-batch and step sizes for SAGA", ICML 2019.
 *
 * <p>Cost, counted by the oracle: b sample gradients per step, and n once for a
 * {@link TableStart#FULL} table. Memory: n·K numbers on a
 * {@link steepest.optimizers.GeneralizedLinearSum} (whose ridge gradient λx is then evaluated
 * exactly instead of stored, as Schmidt et al. §4 recommend), n·d otherwise. T̄ is updated
 * incrementally, so it carries the rounding of the updates (relative drift of order √k·ε after k
 * steps).
 *
 * @param batches the batches B_k (size b, with or without replacement)
 * @param variant SAGA or SAG
 * @param start   the table before the first step ({@code init})
 */
public record AggregatedGradient(MiniBatch batches, Variant variant, TableStart start) implements Sampling {

    /** Which estimate. */
    public enum Variant {
        /** Defazio, Bach and Lacoste-Julien (2014): unbiased. */
        SAGA,
        /** Le Roux, Schmidt and Bach (2012), Schmidt, Le Roux and Bach (2017): the table's mean. */
        SAG
    }

    /** Requires every part. */
    public AggregatedGradient {
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(start, "start");
    }

    @Override
    public Estimator start(Oracle oracle, RandomGenerator random) {
        return new Run(oracle, random);
    }

    @Override
    public boolean needsFiniteSum() {
        return true;
    }

    private final class Run implements Estimator {
        private final MiniBatch.Draws draws;
        private final GradientTable table;
        private final int[] batch;
        private boolean started;

        Run(Oracle oracle, RandomGenerator random) {
            this.draws = batches.draws(oracle.sampleCount(), random);
            this.table = GradientTable.of(oracle, batches.batchSize());
            this.batch = new int[batches.batchSize()];
        }

        @Override
        public double estimate(double[] x, double[] gradOut) {
            if (!started) {
                started = true;
                if (start == TableStart.FULL) {
                    double value = table.fill(x);
                    if (!Double.isFinite(value)) {
                        return value;
                    }
                }
            }
            int size = draws.next(batch);
            return table.step(x, batch, size, variant == Variant.SAGA, gradOut);
        }
    }
}
