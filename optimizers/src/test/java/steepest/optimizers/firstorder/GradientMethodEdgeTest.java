package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Driver;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Observer;
import steepest.optimizers.Oracle;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;

/**
 * The first-order loop at its edges, each against a value derived by hand: plain SGD's weight decay,
 * the end of a warm-up, a gradient estimate that stops being finite, the whole data set as one
 * mini-batch without replacement, and the number of random draws a reshuffle takes.
 */
class GradientMethodEdgeTest {

    /** x ← x − η(g + λx) on f = ½‖x‖²: g = x, so x₁ = (1 − η(1 + λ))x₀, exactly representable here. */
    @Test
    void plainSgdAddsCoupledWeightDecayToTheGradient() {
        UpdateRule.State state = new Sgd(0.25, 0, 0, false, 1).start(2);
        double[] x = {4, -8};
        state.applyInPlace(x, x.clone(), 0.25);
        assertArrayEquals(new double[] {2, -4}, x, "1 − 0.25·(1 + 1) = 0.5");
        state.applyInPlace(x, new double[] {0, 0}, 0.5);
        assertArrayEquals(new double[] {1, -2}, x, "zero gradient: decay alone, 1 − 0.5·1 = 0.5");
    }

    /**
     * For k ≥ w the warm-up hands over: η_k = after(η, k − w), so η_w = after(η, 0) = η for every
     * schedule here. The ramp's own formula at k = w, s + (1 − s)·w/w, rounds to 0.9999999999999998
     * for s = 0.3, w = 3, so the hand-over must not be evaluated by it.
     */
    @Test
    void warmUpHandsOverToTheScheduleExactlyAtItsLastStep() {
        Schedule.State warmup = new Schedule.Warmup(3, 0.3, Schedule.CONSTANT).start(0.5);
        assertEquals(0.15, warmup.learningRate(), 1e-16);
        for (int k = 0; k < 3; k++) {
            warmup.advance(1, true);
        }
        assertEquals(0.5, warmup.learningRate());
    }

    /**
     * A finite sum of n = 2 copies of f(x) = x² for x &lt; 1 and +∞ beyond: from x₀ = 0.5 with lr = 1,
     * x₁ = 0.5 − 1·1 = −0.5, x₂ = 0.5, ... stays finite; with lr = 1.5, x₁ = 0.5 − 1.5 = −1 and
     * x₂ = −1 + 3 = 2, where the estimate is +∞: the run ends as diverged after iteration 2, at x₂,
     * without applying that non-finite step.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"full", "with replacement", "without replacement"})
    void nonFiniteEstimateEndsTheRunAsDivergedBeforeStepping(String sampling) {
        Sampling estimator = switch (sampling) {
            case "full" -> new FullBatch();
            case "with replacement" -> new MiniBatch(1, true);
            default -> new MiniBatch(1, false);
        };
        GradientMethod method = new GradientMethod(Sgd.plain(1.5), estimator, Schedule.CONSTANT, Clipping.NONE);
        RunResult result = Driver.run(method, new Wall(), new double[] {0.5}, new SplittableRandom(1),
                StoppingRules.iterations(50), RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.DIVERGED, result.termination());
        assertEquals(3, result.last().iteration(), "x₂ = 2 is reached by step 2; step 3 finds its estimate infinite");
        assertArrayEquals(new double[] {2}, result.x());
    }

    /** b = n without replacement is allowed, and each step's batch is then all n samples: full-batch GD. */
    @Test
    void batchOfEverySampleWithoutReplacementIsFullBatchDescent() {
        TestProblems.LeastSquares f = new TestProblems.LeastSquares(6, 3, 0.1, 5);
        double[] miniBatch = run(new MiniBatch(6, false), f);
        double[] full = run(new FullBatch(), f);
        for (int i = 0; i < 3; i++) {
            assertEquals(full[i], miniBatch[i], 1e-14 * (1 + Math.abs(full[i])), "coordinate " + i);
        }
    }

    private static double[] run(Sampling sampling, FiniteSum f) {
        return Driver.run(new GradientMethod(Sgd.plain(0.3), sampling, Schedule.CONSTANT, Clipping.NONE), f,
                new double[] {1, -1, 0.5}, new SplittableRandom(2), StoppingRules.iterations(20),
                RecordSchedule.endsOnly(), Observer.NONE).x();
    }

    /**
     * Durstenfeld's Fisher–Yates shuffle of n items swaps positions n − 1, ..., 1, each with a
     * uniform draw: n − 1 draws per epoch, never one for position 0 (which has no choice left).
     */
    @Test
    void reshufflingAnEpochTakesOneDrawPerPositionButTheFirst() {
        int samples = 5;
        TestProblems.LeastSquares f = new TestProblems.LeastSquares(samples, 2, 0, 3);
        CountingRandom random = new CountingRandom(new SplittableRandom(4));
        Sampling.Estimator estimator = new MiniBatch(samples, false).start(new Oracle(f), random);
        double[] g = new double[2];
        for (int epoch = 1; epoch <= 3; epoch++) {
            estimator.estimate(new double[2], g);
            assertEquals(epoch * (samples - 1L), random.draws, "after epoch " + epoch);
        }
    }

    /** A generator that counts its bounded integer draws. */
    private static final class CountingRandom implements RandomGenerator {
        private final RandomGenerator inner;
        private long draws;

        CountingRandom(RandomGenerator inner) {
            this.inner = inner;
        }

        @Override
        public long nextLong() {
            return inner.nextLong();
        }

        @Override
        public int nextInt(int bound) {
            draws++;
            return inner.nextInt(bound);
        }
    }

    /** n = 2 identical samples fᵢ(x) = x² for x &lt; 1, +∞ from 1 on (gradient 2x or NaN). */
    private static final class Wall implements FiniteSum {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] gradOut) {
            return valueAndGradient(x, gradOut);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradOut) {
            boolean inside = x[0] < 1;
            gradOut[0] = inside ? 2 * x[0] : Double.NaN;
            return inside ? x[0] * x[0] : Double.POSITIVE_INFINITY;
        }

        @Override
        public double value(double[] x) {
            return x[0] < 1 ? x[0] * x[0] : Double.POSITIVE_INFINITY;
        }
    }
}
