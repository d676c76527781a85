package steepest.optimizers.subgradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import steepest.optimizers.Objective;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RunResult;
import steepest.optimizers.Termination;
import steepest.optimizers.testing.Runs;

/**
 * The subgradient method on f(x) = Σ wᵢ|xᵢ − cᵢ| (non-smooth, f* = 0 at c), whose subgradients
 * are bounded by G = ‖w‖₂; R = ‖x₀ − c‖₂. Bounds from Boyd, Xiao and Mutapcic, "Subgradient
 * methods" (2003), §2.2 and §5.
 */
class SubgradientMethodTest {

    private static final double[] WEIGHTS = {1, 2, 0.5, 3};
    private static final double[] CENTER = {1, -1, 2, 0.5};
    private static final double[] START = {-2, 3, 0, 4};

    @Test
    void reportedIterateIsTheBestOneEvaluatedSoFar() {
        WeightedL1 f = new WeightedL1();
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create("subgradient:step=const,lr=0.3"), f, START, 200);
        double[] reported = trace.values();
        int evaluations = 0;
        for (int k = 1; k < reported.length; k++) {
            evaluations = (int) trace.records().get(k).evaluations().gradients();
            double best = f.logged.subList(0, evaluations).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            assertEquals(best, reported[k], 0.0, "x() must be the best iterate at k = " + k);
        }
        boolean rawIncreased = false;
        for (int j = 1; j < f.logged.size(); j++) {
            rawIncreased |= f.logged.get(j) > f.logged.get(j - 1);
        }
        assertTrue(rawIncreased, "the raw iterates are not monotone (else the test would prove nothing)");
    }

    /** Polyak's step: f_best − f* &lt;= RG/√(k + 1). */
    @Test
    void polyakStepMeetsItsBound() {
        double[] values = Runs.run(BuiltinOptimizers.asCatalog().create("subgradient:step=polyak,f_star=0"), new WeightedL1(), START,
                500).values();
        double bound = norm(difference(START, CENTER)) * norm(WEIGHTS);
        for (int k = 1; k < values.length; k++) {
            assertTrue(values[k] <= bound / Math.sqrt(k + 1), "k = " + k + ": " + values[k]);
        }
    }

    /** α_k = η/√(k + 1): f_best − f* &lt;= (R² + G²Σα²)/(2Σα) over the steps taken. */
    @Test
    void squareRootStepMeetsItsBound() {
        double eta = 0.5;
        double[] values = Runs.run(BuiltinOptimizers.asCatalog().create("subgradient:step=sqrt,lr=" + eta), new WeightedL1(), START,
                2000).values();
        double r2 = Math.pow(norm(difference(START, CENTER)), 2);
        double g2 = Math.pow(norm(WEIGHTS), 2);
        double sum = 0;
        double squares = 0;
        for (int k = 1; k < values.length; k++) {
            double alpha = eta / Math.sqrt(k);
            sum += alpha;
            squares += alpha * alpha;
            assertTrue(values[k] <= (r2 + g2 * squares) / (2 * sum), "k = " + k);
        }
        assertTrue(values[values.length - 1] < 0.05);
    }

    @Test
    void polyakStepEndsWhenTheKnownOptimumIsReached() {
        Objective abs = new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = Math.signum(x[0]) == 0 ? 1 : Math.signum(x[0]);
                return Math.abs(x[0]);
            }

            @Override
            public double value(double[] x) {
                return Math.abs(x[0]);
            }
        };
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("subgradient:step=polyak,f_star=0"), abs, new double[] {3},
                10).result();
        assertEquals(Termination.TARGET_REACHED, result.termination());
        assertArrayEquals(new double[] {0}, result.x());
    }

    /** Records f at every point the method evaluates. */
    private static final class WeightedL1 implements Objective {
        final List<Double> logged = new ArrayList<>();

        @Override
        public int dimension() {
            return WEIGHTS.length;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = value(x);
            for (int i = 0; i < x.length; i++) {
                g[i] = WEIGHTS[i] * Math.signum(x[i] - CENTER[i]);
            }
            logged.add(f);
            return f;
        }

        @Override
        public double value(double[] x) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                f += WEIGHTS[i] * Math.abs(x[i] - CENTER[i]);
            }
            return f;
        }
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double norm(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
