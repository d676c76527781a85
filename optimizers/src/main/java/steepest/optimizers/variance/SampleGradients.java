package steepest.optimizers.variance;

import steepest.optimizers.Capability;
import steepest.optimizers.Oracle;

/**
 * Full gradients and differences of batch gradients at two points, the two quantities SVRG and
 * SARAH combine, spent and counted through the {@link Oracle}:
 * <pre>
 *   full:        ∇f(x)                                            (n sample gradients)
 *   difference:  δ = (1/b) Σ_t [∇f_{i_t}(x) − ∇f_{i_t}(y)]        (2b, or b against the reference)
 * </pre>
 * On a {@link steepest.optimizers.GeneralizedLinearSum} a difference is one weighted sum of the
 * batch's rows with weights c_t(x) − c_t(y), plus λ(x − y); a full gradient also stores every
 * sample's K derivatives at its point, the reference (n·K numbers), so that differences against it
 * cost b sample gradients instead of 2b. On any other finite sum, a difference is two batch
 * gradients. Both give the same numbers up to rounding.
 */
abstract sealed class SampleGradients {

    /** The implementation that suits the oracle's objective. */
    static SampleGradients of(Oracle oracle, int batchCapacity) {
        return oracle.offers(Capability.GENERALIZED_LINEAR) ? new Linear(oracle, batchCapacity)
                : new General(oracle);
    }

    /**
     * ∇f(x) into {@code out}, counted as one full gradient; x becomes the reference point of
     * {@link #differenceFromReference}.
     *
     * @param x   the point. Not modified.
     * @param out receives ∇f(x). Modified.
     * @return f(x), or for a generalized linear sum the mean of its data terms (NaN or infinite
     *     when the point has diverged)
     */
    abstract double full(double[] x, double[] out);

    /**
     * δ at x against the reference point y of the last {@link #full}.
     *
     * @param x     the point. Not modified.
     * @param y     the reference point. Not modified.
     * @param batch the batch's indices (the first {@code size}). Not modified.
     * @param out   receives δ. Modified.
     * @return the batch value at x (the data terms' mean for a generalized linear sum)
     */
    abstract double differenceFromReference(double[] x, double[] y, int[] batch, int size, double[] out);

    /** δ at x and any y, both evaluated; arguments as for {@link #differenceFromReference}. */
    abstract double difference(double[] x, double[] y, int[] batch, int size, double[] out);

    /** Loss derivatives times rows, the reference's derivatives stored: O(n·K) memory. */
    static final class Linear extends SampleGradients {
        private final Oracle oracle;
        private final int outputs;
        private final double ridge;
        private final double[] atX;
        private final double[] atY;
        private final double[] weights;
        private int[] everySample;
        private double[] allDerivatives;

        Linear(Oracle oracle, int batchCapacity) {
            this.oracle = oracle;
            this.outputs = oracle.linearOutputs();
            this.ridge = oracle.linearRidge();
            this.atX = new double[batchCapacity * outputs];
            this.atY = new double[batchCapacity * outputs];
            this.weights = new double[batchCapacity * outputs];
        }

        @Override
        double full(double[] x, double[] out) {
            int n = oracle.sampleCount();
            if (everySample == null) {
                everySample = new int[n];
                for (int i = 0; i < n; i++) {
                    everySample[i] = i;
                }
                allDerivatives = new double[n * outputs];
            }
            double value = oracle.sampleDerivatives(x, everySample, n, allDerivatives);
            oracle.sampleSum(everySample, n, allDerivatives, out);
            double inverse = 1.0 / n;
            for (int j = 0; j < out.length; j++) {
                out[j] = out[j] * inverse + ridge * x[j];
            }
            return value;
        }

        @Override
        double differenceFromReference(double[] x, double[] y, int[] batch, int size, double[] out) {
            double value = oracle.sampleDerivatives(x, batch, size, atX);
            for (int t = 0; t < size; t++) {
                int from = batch[t] * outputs;
                for (int k = 0; k < outputs; k++) {
                    weights[t * outputs + k] = atX[t * outputs + k] - allDerivatives[from + k];
                }
            }
            combine(x, y, batch, size, out);
            return value;
        }

        @Override
        double difference(double[] x, double[] y, int[] batch, int size, double[] out) {
            double value = oracle.sampleDerivatives(x, batch, size, atX);
            oracle.sampleDerivatives(y, batch, size, atY);
            for (int t = 0; t < size * outputs; t++) {
                weights[t] = atX[t] - atY[t];
            }
            combine(x, y, batch, size, out);
            return value;
        }

        /** out ← (1/b) Σ_t weights_t·a_t + λ(x − y). */
        private void combine(double[] x, double[] y, int[] batch, int size, double[] out) {
            oracle.sampleSum(batch, size, weights, out);
            double inverse = 1.0 / size;
            for (int j = 0; j < out.length; j++) {
                out[j] = out[j] * inverse + ridge * (x[j] - y[j]);
            }
        }
    }

    /** Batch gradients of any finite sum. */
    static final class General extends SampleGradients {
        private final Oracle oracle;
        private final double[] atY;

        General(Oracle oracle) {
            this.oracle = oracle;
            this.atY = new double[oracle.dimension()];
        }

        @Override
        double full(double[] x, double[] out) {
            return oracle.valueAndGradient(x, out);
        }

        @Override
        double differenceFromReference(double[] x, double[] y, int[] batch, int size, double[] out) {
            return difference(x, y, batch, size, out);
        }

        @Override
        double difference(double[] x, double[] y, int[] batch, int size, double[] out) {
            double value = oracle.batchValueAndGradient(x, batch, size, out);
            oracle.batchValueAndGradient(y, batch, size, atY);
            for (int j = 0; j < out.length; j++) {
                out[j] -= atY[j];
            }
            return value;
        }
    }
}
