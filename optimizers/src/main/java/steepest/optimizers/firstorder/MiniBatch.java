package steepest.optimizers.firstorder;

import java.util.random.RandomGenerator;
import steepest.optimizers.Checks;
import steepest.optimizers.Oracle;

/**
 * The mean gradient over a batch B of b sample indices of a finite sum f = (1/n) Σᵢ fᵢ,
 * ∇f_B(x) = (1/b) Σ_{i∈B} ∇fᵢ(x), an unbiased estimate of ∇f(x); b = 1 is stochastic gradient
 * descent. Counted through {@link Oracle#batchValueAndGradient} as b/n gradient evaluations and b
 * sample gradients.
 *
 * <ul>
 *   <li>With replacement: every step draws b indices independently and uniformly from [0, n)
 *       (a batch may repeat an index).</li>
 *   <li>Without replacement: every epoch is a fresh uniform permutation of [0, n), cut into
 *       consecutive batches of b; the last batch of an epoch holds the n mod b indices left over
 *       when b does not divide n (torch's {@code DataLoader(shuffle=True, drop_last=False)}), so
 *       every sample is used exactly once per epoch of ⌈n/b⌉ steps.</li>
 * </ul>
 * The permutation is drawn by Fisher–Yates shuffling (Knuth, TAOCP vol. 2, algorithm 3.4.2 P) from
 * the run's own random stream only, so a run is a function of its seed.
 *
 * @param batchSize   b &gt;= 1 ({@code batch}); without replacement at most n
 * @param replacement draw with replacement ({@code replacement})
 */
public record MiniBatch(int batchSize, boolean replacement) implements Sampling {

    /** Validates, naming the spec key. */
    public MiniBatch {
        Checks.atLeast("batch", batchSize, 1);
    }

    /**
     * @throws IllegalArgumentException if sampling without replacement and b exceeds the number of
     *                                  samples n
     */
    @Override
    public Estimator start(Oracle oracle, RandomGenerator random) {
        Draws draws = draws(oracle.sampleCount(), random);
        int[] batch = new int[batchSize];
        return new Estimator() {
            @Override
            public double estimate(double[] x, double[] gradOut) {
                return oracle.batchValueAndGradient(x, batch, draws.next(batch), gradOut);
            }

            @Override
            public boolean completedEpoch() {
                return draws.completedEpoch();
            }
        };
    }

    @Override
    public boolean needsFiniteSum() {
        return true;
    }

    /**
     * The batches of one run over n samples, drawn from the run's own random stream. Estimators
     * that need the indices themselves (the variance-reduced ones) draw them here, so that every
     * method samples alike.
     *
     * @param samples n, the number of samples
     * @throws IllegalArgumentException if sampling without replacement and b exceeds n
     */
    public Draws draws(int samples, RandomGenerator random) {
        if (!replacement && batchSize > samples) {
            throw new IllegalArgumentException("batch=" + batchSize + " exceeds the " + samples
                    + " samples of the problem (sampling without replacement)");
        }
        return replacement ? new WithReplacement(random, samples) : new Epochs(random, samples);
    }

    /** The index stream of one run. */
    public interface Draws {

        /**
         * Writes the next batch into the front of {@code batchOut}.
         *
         * @param batchOut at least b entries. Modified.
         * @return the batch's size: b, or fewer for the last batch of an epoch without replacement
         */
        int next(int[] batchOut);

        /**
         * Whether the last batch completed a pass over the data: with replacement, when the samples
         * drawn since the last completed epoch reach n; without, at the end of each permutation.
         */
        boolean completedEpoch();
    }

    /** Independent uniform draws. */
    private final class WithReplacement implements Draws {
        private final RandomGenerator random;
        private final int samples;
        private long drawn;
        private boolean completed;

        WithReplacement(RandomGenerator random, int samples) {
            this.random = random;
            this.samples = samples;
        }

        @Override
        public int next(int[] batchOut) {
            for (int k = 0; k < batchSize; k++) {
                batchOut[k] = random.nextInt(samples);
            }
            drawn += batchSize;
            completed = drawn >= samples;
            if (completed) {
                drawn -= samples;
            }
            return batchSize;
        }

        @Override
        public boolean completedEpoch() {
            return completed;
        }
    }

    /** Consecutive slices of a permutation reshuffled at the start of every epoch. */
    private final class Epochs implements Draws {
        private final RandomGenerator random;
        private final int[] permutation;
        private int next;

        Epochs(RandomGenerator random, int samples) {
            this.random = random;
            this.permutation = new int[samples];
            for (int i = 0; i < samples; i++) {
                permutation[i] = i;
            }
            this.next = samples;
        }

        @Override
        public int next(int[] batchOut) {
            if (next == permutation.length) {
                shuffle();
                next = 0;
            }
            int size = Math.min(batchSize, permutation.length - next);
            System.arraycopy(permutation, next, batchOut, 0, size);
            next += size;
            return size;
        }

        @Override
        public boolean completedEpoch() {
            return next == permutation.length;
        }

        /** Fisher–Yates: every permutation equally likely. */
        private void shuffle() {
            for (int i = permutation.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = permutation[i];
                permutation[i] = permutation[j];
                permutation[j] = swap;
            }
        }
    }
}
