package steepest.optimizers.variance;

import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import steepest.optimizers.Oracle;
import steepest.optimizers.firstorder.MiniBatch;
import steepest.optimizers.firstorder.Sampling;

/**
 * The recursive gradient estimate of SARAH (Nguyen, Liu, Scheinberg and Takáč, "SARAH: a novel
 * method for machine learning problems using stochastic recursive gradient", ICML 2017,
 * Algorithm 1, with mini-batches): epochs of m steps; step 0 of an epoch takes the full gradient,
 * later steps correct the previous estimate with the change of a batch's gradient,
 * <pre>
 *   v_0 = ∇f(w_0),   v_t = (1/b) Σ_{i∈B_t} [∇fᵢ(w_t) − ∇fᵢ(w_{t−1})] + v_{t−1}   (t = 1, ..., m − 1),
 * </pre>
 * and the plain step w_{t+1} = w_t − η v_t (how the catalog composes it). Unlike SVRG's, the
 * estimate is biased given the past, E[v_t | w_0..w_t] ≠ ∇f(w_t), but its error shrinks along the
 * epoch on strongly convex problems (ibid., Theorem 4). With {@link Snapshot#RANDOM} the epoch
 * ends at w_t with t uniform in {0, ..., m} (the algorithm as stated); with {@link Snapshot#LAST} at
 * w_m. The estimate v_t is kept before the gradient method's clipping sees it.
 *
 * <p>Cost, counted by the oracle: n sample gradients for v_0, then 2b per step (both points are
 * evaluated; on a {@link steepest.optimizers.GeneralizedLinearSum} the two sets of derivatives share
 * one pass over the rows). The default m = ⌈2n/b⌉ is {@link Svrg}'s; SARAH's Theorem 4 asks only
 * that m be large enough for its rate σ_m = 1/(μη(m + 1)) + ηL/(2 − ηL) to be below 1.
 *
 * @param batches     the batches B_t (size b, with or without replacement)
 * @param epochLength m &gt;= 1 ({@code m}); empty for ⌈2n/b⌉
 * @param snapshot    where an epoch ends ({@code snapshot})
 */
public record Sarah(MiniBatch batches, OptionalInt epochLength, Snapshot snapshot) implements Sampling {

    /** Validates, naming the spec key. */
    public Sarah {
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
        private final double[] previous;
        private final double[] recursive;

        Run(Oracle oracle, RandomGenerator random) {
            int dimension = oracle.dimension();
            int steps = epochLength(oracle.sampleCount());
            this.draws = batches.draws(oracle.sampleCount(), random);
            this.samples = SampleGradients.of(oracle, batches.batchSize());
            this.batch = new int[batches.batchSize()];
            this.epochs = new Epochs(steps, steps + 1, snapshot, dimension, random);
            this.previous = new double[dimension];
            this.recursive = new double[dimension];
        }

        @Override
        public double estimate(double[] x, double[] gradOut) {
            double value;
            if (epochs.starting()) {
                value = samples.full(x, recursive);
                epochs.drawEnd();
            } else {
                int size = draws.next(batch);
                value = samples.difference(x, previous, batch, size, gradOut);
                for (int j = 0; j < gradOut.length; j++) {
                    recursive[j] += gradOut[j];
                }
            }
            epochs.visit(x);
            System.arraycopy(x, 0, previous, 0, x.length);
            System.arraycopy(recursive, 0, gradOut, 0, gradOut.length);
            return value;
        }

        @Override
        public void afterUpdate(double[] x) {
            epochs.afterUpdate(x);
        }
    }
}
