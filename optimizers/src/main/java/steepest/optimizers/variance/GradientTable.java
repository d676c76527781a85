package steepest.optimizers.variance;

import java.util.Arrays;
import steepest.optimizers.Capability;
import steepest.optimizers.Oracle;

/**
 * The table of SAG and SAGA: one stored gradient Tᵢ per sample and their mean T̄, spent and counted
 * through the {@link Oracle}. A step evaluates the batch's sample gradients at x, writes the
 * estimate
 * <pre>
 *   SAGA:  g = (1/b) Σ_t [∇f_{i_t}(x) − T_{i_t}] + T̄         SAG:  g = T̄ after the update,
 * </pre>
 * and sets T_{i_t} ← ∇f_{i_t}(x) (once per distinct index, so a batch drawn with replacement may
 * repeat one), updating T̄ by the changes. On a {@link steepest.optimizers.GeneralizedLinearSum} a
 * stored gradient is the sample's K loss derivatives (n·K numbers, T̄ kept as the mean of their rows)
 * and the ridge's gradient λx is exact at the current point; otherwise every Tᵢ is a vector of the
 * dimension d (n·d numbers). The table starts at zero or, after {@link #fill}, at the gradients of
 * the start.
 */
abstract sealed class GradientTable {

    /** The implementation that suits the oracle's objective. */
    static GradientTable of(Oracle oracle, int batchCapacity) {
        return oracle.offers(Capability.GENERALIZED_LINEAR) ? new Scalars(oracle, batchCapacity)
                : new Vectors(oracle, batchCapacity);
    }

    /**
     * Stores every sample's gradient at x and their mean: n sample gradients, counted.
     *
     * @param x the point. Not modified.
     * @return the value at x (the data terms' mean on a generalized linear sum), not finite when x
     *     has diverged
     */
    abstract double fill(double[] x);

    /**
     * One step of the table with the first {@code size} indices of {@code batch}.
     *
     * @param x        the point. Not modified.
     * @param batch    the indices. Not modified.
     * @param unbiased SAGA's estimate if true, SAG's if false
     * @param out      receives the estimate. Modified.
     * @return the batch value at x (the data terms' mean on a generalized linear sum)
     */
    abstract double step(double[] x, int[] batch, int size, boolean unbiased, double[] out);

    /**
     * The estimate from the summed changes of the step, and T̄ moved by the changes of the entries.
     *
     * @param changes  Σ_t [∇f_{i_t}(x) − T_{i_t}] over every drawn index (repeats counted). Not modified.
     * @param replaced Σ over the replaced entries of (new − old) (each index once). Not modified.
     * @param mean     T̄. Modified.
     * @param ridge    λ, whose gradient λx is added exactly (0 when T holds whole gradients)
     */
    static void combine(double[] changes, double[] replaced, double[] mean, int size, int samples, boolean unbiased,
                        double ridge, double[] x, double[] out) {
        double perBatch = 1.0 / size;
        double perSample = 1.0 / samples;
        for (int j = 0; j < out.length; j++) {
            double shift = replaced[j] * perSample;
            double estimate = unbiased ? changes[j] * perBatch + mean[j] : mean[j] + shift;
            mean[j] += shift;
            out[j] = estimate + ridge * x[j];
        }
    }

    /** K loss derivatives per sample. */
    static final class Scalars extends GradientTable {
        private final Oracle oracle;
        private final int outputs;
        private final int samples;
        private final double ridge;
        private final double[] table;
        private final double[] mean;
        private final double[] derivatives;
        private final double[] drawn;
        private final double[] replacedWeights;
        private final double[] changes;
        private final double[] replaced;

        Scalars(Oracle oracle, int batchCapacity) {
            this.oracle = oracle;
            this.outputs = oracle.linearOutputs();
            this.samples = oracle.sampleCount();
            this.ridge = oracle.linearRidge();
            this.table = new double[samples * outputs];
            this.mean = new double[oracle.dimension()];
            this.derivatives = new double[batchCapacity * outputs];
            this.drawn = new double[batchCapacity * outputs];
            this.replacedWeights = new double[batchCapacity * outputs];
            this.changes = new double[oracle.dimension()];
            this.replaced = new double[oracle.dimension()];
        }

        @Override
        double fill(double[] x) {
            int[] every = new int[samples];
            Arrays.setAll(every, i -> i);
            double value = oracle.sampleDerivatives(x, every, samples, table);
            oracle.sampleSum(every, samples, table, mean);
            for (int j = 0; j < mean.length; j++) {
                mean[j] /= samples;
            }
            return value;
        }

        @Override
        double step(double[] x, int[] batch, int size, boolean unbiased, double[] out) {
            double value = oracle.sampleDerivatives(x, batch, size, derivatives);
            for (int t = 0; t < size; t++) {
                int entry = batch[t] * outputs;
                for (int k = 0; k < outputs; k++) {
                    drawn[t * outputs + k] = derivatives[t * outputs + k] - table[entry + k];
                }
            }
            boolean repeats = false;
            for (int t = 0; t < size; t++) {
                int entry = batch[t] * outputs;
                for (int k = 0; k < outputs; k++) {
                    int slot = t * outputs + k;
                    replacedWeights[slot] = derivatives[slot] - table[entry + k];
                    table[entry + k] = derivatives[slot];
                    repeats |= replacedWeights[slot] != drawn[slot];
                }
            }
            oracle.sampleSum(batch, size, replacedWeights, replaced);
            if (repeats) {
                oracle.sampleSum(batch, size, drawn, changes);
            }
            combine(repeats ? changes : replaced, replaced, mean, size, samples, unbiased, ridge, x, out);
            return value;
        }
    }

    /** A whole gradient per sample, from single-sample batch calls. */
    static final class Vectors extends GradientTable {
        private final Oracle oracle;
        private final int samples;
        private final double[][] table;
        private final double[] mean;
        private final double[][] gradients;
        private final int[] single = new int[1];
        private final double[] changes;
        private final double[] replaced;

        Vectors(Oracle oracle, int batchCapacity) {
            this.oracle = oracle;
            this.samples = oracle.sampleCount();
            this.table = new double[samples][oracle.dimension()];
            this.mean = new double[oracle.dimension()];
            this.gradients = new double[batchCapacity][oracle.dimension()];
            this.changes = new double[oracle.dimension()];
            this.replaced = new double[oracle.dimension()];
        }

        @Override
        double fill(double[] x) {
            double value = 0;
            Arrays.fill(mean, 0.0);
            for (int i = 0; i < samples; i++) {
                single[0] = i;
                value += oracle.batchValueAndGradient(x, single, 1, table[i]);
                for (int j = 0; j < mean.length; j++) {
                    mean[j] += table[i][j];
                }
            }
            for (int j = 0; j < mean.length; j++) {
                mean[j] /= samples;
            }
            return value / samples;
        }

        @Override
        double step(double[] x, int[] batch, int size, boolean unbiased, double[] out) {
            double value = 0;
            for (int t = 0; t < size; t++) {
                single[0] = batch[t];
                value += oracle.batchValueAndGradient(x, single, 1, gradients[t]);
            }
            Arrays.fill(changes, 0.0);
            Arrays.fill(replaced, 0.0);
            for (int t = 0; t < size; t++) {
                double[] entry = table[batch[t]];
                double[] gradient = gradients[t];
                for (int j = 0; j < entry.length; j++) {
                    changes[j] += gradient[j] - entry[j];
                }
            }
            for (int t = 0; t < size; t++) {
                double[] entry = table[batch[t]];
                double[] gradient = gradients[t];
                for (int j = 0; j < entry.length; j++) {
                    replaced[j] += gradient[j] - entry[j];
                    entry[j] = gradient[j];
                }
            }
            combine(changes, replaced, mean, size, samples, unbiased, 0, x, out);
            return value / size;
        }
    }
}
