package steepest.optimizers.variance;

import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import steepest.optimizers.Oracle;
import steepest.optimizers.firstorder.MiniBatch;
import steepest.optimizers.firstorder.Sampling;

/**
 * The stochastic variance-reduced gradient (SVRG) estimate of Johnson and Zhang, "Accelerating
 * stochastic gradient descent using predictive variance reduction", NIPS 2013, Algorithm 1 (with
 * mini-batches): epochs of m steps; at the start of an epoch the snapshot x̃ is the current iterate
 * and μ = ∇f(x̃) its full gradient; step k of the epoch estimates
 * <pre>
 *   g_k = (1/b) Σ_{i∈B_k} [∇fᵢ(x_k) − ∇fᵢ(x̃)] + μ,
 * </pre>
 * an unbiased estimate of ∇f(x_k) whose variance vanishes as x_k and x̃ approach x*. With the
 * plain step x_{k+1} = x_k − η g_k (how the catalog composes it) this is SVRG; the schedule,
 * clipping and update rule of the {@link steepest.optimizers.firstorder.GradientMethod} apply as to
 * any estimate. With {@link Snapshot#RANDOM} (option II) the epoch ends by returning to x_t, t drawn
 * uniformly from {0, ..., m − 1} at the epoch's start; with {@link Snapshot#LAST} (option I) it goes
 * on from x_m.
 *
 * <p>Cost, counted by the oracle: n sample gradients for each snapshot, then 2b per step, or b on a
 * {@link steepest.optimizers.GeneralizedLinearSum}, whose derivatives at x̃ are kept from the
 * snapshot's pass (n·K numbers). The default m = ⌈2n/b⌉ is the paper's experimental choice for
 * convex problems (m = 2n with b = 1), so an epoch costs 3 passes over the data on linear models
 * and 5 otherwise.
 *
 * @param batches     the batches B_k (size b, with or without replacement)
 * @param epochLength m &gt;= 1 ({@code m}); empty for ⌈2n/b⌉
 * @param snapshot    where an epoch ends ({@code snapshot})
 */
public record Svrg(MiniBatch batches, OptionalInt epochLength, Snapshot snapshot) implements Sampling {

    /** Validates, naming the spec key. */
    public Svrg {
        Epochs.check(batches, epochLength, snapshot);
    }

    /** m for a finite sum of n samples: as given, or ⌈2n/b⌉. */
    public int epochLength(int samples) {
        return Epochs.length(epochLength, samples, batches.batchSize());
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
        private final SampleGradients samples;
        private final int[] batch;
        private final Epochs epochs;
        private final double[] reference;
        private final double[] referenceGradient;

        Run(Oracle oracle, RandomGenerator random) {
            int dimension = oracle.dimension();
            int steps = epochLength(oracle.sampleCount());
            this.draws = batches.draws(oracle.sampleCount(), random);
            this.samples = SampleGradients.of(oracle, batches.batchSize());
            this.batch = new int[batches.batchSize()];
            this.epochs = new Epochs(steps, steps, snapshot, dimension, random);
            this.reference = new double[dimension];
            this.referenceGradient = new double[dimension];
        }

        @Override
        public double estimate(double[] x, double[] gradOut) {
            if (epochs.starting()) {
                System.arraycopy(x, 0, reference, 0, x.length);
                double value = samples.full(reference, referenceGradient);
                if (!Double.isFinite(value)) {
                    return value;
                }
                epochs.drawEnd();
            }
            epochs.visit(x);
            int size = draws.next(batch);
            double value = samples.differenceFromReference(x, reference, batch, size, gradOut);
            for (int j = 0; j < gradOut.length; j++) {
                gradOut[j] += referenceGradient[j];
            }
            return value;
        }

        @Override
        public void afterUpdate(double[] x) {
            epochs.afterUpdate(x);
        }
    }
}
