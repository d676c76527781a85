package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.linalg.Vectors;

/**
 * The Driver's contract with a {@link StochasticObjective}: the run's stream reaches it before the
 * search starts, the same seed gives the same bits (all but the wall time), different seeds different runs, and every
 * recorded f and ‖∇f‖ is the exact objective's at the recorded iterate, never a noisy draw (also for
 * methods whose search reports its own value and gradient, and with the oracle's memo in play).
 */
class StochasticObjectiveTest {

    private static final double SIGMA = 0.5;
    private final TestObjectives.Separable quadratic = new TestObjectives.Separable(1, 10, 100);

    /** The quadratic with N(0, σ²) added to every gradient entry and to the value. */
    private final class Noisy implements StochasticObjective {
        private RandomGenerator noise;
        private int starts;

        @Override
        public Objective exact() {
            return quadratic;
        }

        @Override
        public void start(RandomGenerator random) {
            starts++;
            noise = new SplittableRandom(random.nextLong());
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradOut) {
            double f = quadratic.valueAndGradient(x, gradOut);
            for (int i = 0; i < gradOut.length; i++) {
                gradOut[i] += SIGMA * noise.nextGaussian();
            }
            return f + SIGMA * noise.nextGaussian();
        }

        @Override
        public double value(double[] x) {
            return quadratic.value(x) + SIGMA * noise.nextGaussian();
        }
    }

    private record Row(IterationRecord record, double[] x) {
    }

    private List<Row> run(String optimizer, Noisy objective, long seed) {
        List<Row> rows = new ArrayList<>();
        Driver.run(BuiltinOptimizers.asCatalog().create(optimizer), objective, new double[] {1, 1, 1}, new SplittableRandom(seed),
                StoppingRules.iterations(50), RecordSchedule.everyIteration(), (r, x) -> rows.add(new Row(r, x.clone())));
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd:lr=0.005", "adam:lr=0.01", "gd-ls:search=armijo", "lbfgs"})
    void recordsTheExactObjectiveAtEveryIterate(String optimizer) {
        Noisy objective = new Noisy();
        List<Row> rows = run(optimizer, objective, 11);
        assertEquals(1, objective.starts, "started once, before the search");
        assertTrue(rows.size() > 1);
        double[] g = new double[3];
        for (Row row : rows) {
            double f = quadratic.valueAndGradient(row.x(), g);
            assertEquals(f, row.record().value(), 0, optimizer + ": recorded f at iteration " + row.record().iteration());
            assertEquals(Vectors.norm2(g), row.record().gradientNorm(), 0, optimizer + ": recorded gradient norm");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd:lr=0.005", "lbfgs"})
    void sameSeedSameBitsOtherSeedOtherRun(String optimizer) {
        List<Row> first = run(optimizer, new Noisy(), 5);
        List<Row> again = run(optimizer, new Noisy(), 5);
        List<Row> other = run(optimizer, new Noisy(), 6);
        assertEquals(first.size(), again.size());
        for (int k = 0; k < first.size(); k++) {
            assertArrayEquals(first.get(k).x(), again.get(k).x(), 0, "iterate " + k);
            IterationRecord a = first.get(k).record();
            IterationRecord b = again.get(k).record();
            assertEquals(Double.doubleToLongBits(a.value()), Double.doubleToLongBits(b.value()), "f of row " + k);
            assertEquals(Double.doubleToLongBits(a.gradientNorm()), Double.doubleToLongBits(b.gradientNorm()),
                    "gradient norm of row " + k);
            assertEquals(a.evaluations(), b.evaluations(), "evaluations of row " + k);
        }
        assertFalse(Arrays.equals(first.get(first.size() - 1).x(), other.get(other.size() - 1).x()),
                "another seed draws other noise");
    }

    @Test
    void theOptimizerNeverReceivesTheObservedExactGradient() {
        // Gradient descent evaluates at x_k right after the Driver observed x_k: with a deterministic
        // objective the oracle serves that observation from its memo; here it must not.
        Noisy objective = new Noisy();
        Oracle oracle = new Oracle(objective);
        objective.start(new SplittableRandom(1));
        double[] x = {0.3, 0.2, 0.1};
        double[] exact = new double[3];
        oracle.observe(x, exact);
        double[] seen = new double[3];
        oracle.valueAndGradient(x, seen);
        double[] expected = new double[3];
        quadratic.valueAndGradient(x, expected);
        assertArrayEquals(expected, exact, 0, "the observation is exact");
        assertFalse(Arrays.equals(exact, seen), "the optimizer's evaluation is its own noisy draw");
        assertEquals(1, oracle.evaluations().gradients(), 0, "and counted");
    }

    @Test
    void exactOfAPlainObjectiveIsItself() {
        assertTrue(StochasticObjective.exactOf(quadratic) == quadratic);
        Noisy noisy = new Noisy();
        assertTrue(StochasticObjective.exactOf(noisy) == quadratic);
        assertThrows(NullPointerException.class, () -> noisy.value(new double[3]), "no stream before start");
    }
}
