package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.optimizers.descent.LineSearchMethod;
import steepest.optimizers.firstorder.GradientMethod;
import steepest.optimizers.firstorder.Sgd;
import steepest.optimizers.linesearch.StrongWolfe;
import steepest.optimizers.quasinewton.Lbfgs;

/**
 * The iterates whose f the driver learns for free ({@link Observer#observesEveryIteration()}): a
 * full-batch gradient step reveals f(x_{k−1}), evaluated at its start, one step late; a line-search
 * method knows f(x_k) at its own iterate. On f(x) = Σ ½cᵢxᵢ² − xᵢ from 0, gradient descent's iterates
 * have the closed form xᵢ(k) = (1 − (1 − ηcᵢ)^k)/cᵢ.
 */
class FreeIteratesTest {

    private static final double[] CURVATURE = {1, 10, 100};
    private final TestObjectives.Separable quadratic = new TestObjectives.Separable(CURVATURE);

    /** What one check call saw. */
    private record Seen(long iteration, double value, double gradientNorm, double gap, Evaluations evaluations,
                        long elapsedNanos, double[] x) {
    }

    /** Records every check; whether it asks for free iterates is the parameter. */
    private static final class Recorder implements Observer {
        final List<Seen> seen = new ArrayList<>();
        private final boolean checks;
        private final boolean everyIteration;

        Recorder(boolean checks, boolean everyIteration) {
            this.checks = checks;
            this.everyIteration = everyIteration;
        }

        @Override
        public void record(IterationRecord record, double[] x) {
        }

        @Override
        public boolean observesChecks() {
            return checks;
        }

        @Override
        public boolean observesEveryIteration() {
            return everyIteration;
        }

        @Override
        public void check(Observation o, double[] x) {
            seen.add(new Seen(o.iteration(), o.value(), o.gradientNorm(), o.gap(), o.evaluations(), o.elapsedNanos(),
                    x == null ? null : x.clone()));
        }
    }

    private static double f(double[] x) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            f += 0.5 * CURVATURE[i] * x[i] * x[i] - x[i];
        }
        return f;
    }

    private static double gradientDescentValue(double lr, long k) {
        double[] x = new double[CURVATURE.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (1 - Math.pow(1 - lr * CURVATURE[i], k)) / CURVATURE[i];
        }
        return f(x);
    }

    @Test
    void aFullBatchStepRevealsTheValueAtItsStartOneStepLate() {
        double lr = 0.015;
        int steps = 30;
        Recorder recorder = new Recorder(true, true);
        Driver.run(GradientMethod.batch(Sgd.plain(lr)), quadratic, new double[3], new SplittableRandom(1),
                StoppingRules.iterations(steps), RecordSchedule.endsOnly(), recorder);
        assertEquals(steps, recorder.seen.size(), "x_0 .. x_{n-1}, each revealed by the step that starts there");
        long previousNanos = 0;
        for (int k = 0; k < steps; k++) {
            Seen seen = recorder.seen.get(k);
            assertEquals(k, seen.iteration());
            double expected = gradientDescentValue(lr, k);
            assertEquals(expected, seen.value(), 1e-14 * Math.abs(expected) + 1e-15, "f(x_" + k + ")");
            assertEquals(k, seen.evaluations().gradients(), "the gradients spent to reach x_" + k);
            assertEquals(k, seen.evaluations().functions());
            assertNull(seen.x(), "x_{k-1} is gone by the time its value is known");
            assertTrue(Double.isNaN(seen.gradientNorm()) && Double.isNaN(seen.gap()), "nothing else is free");
            assertTrue(seen.elapsedNanos() >= previousNanos, "elapsed time does not go back");
            previousNanos = seen.elapsedNanos();
        }
        assertTrue(previousNanos > 0, "thirty steps take time");
    }

    @Test
    void aLineSearchMethodRevealsTheValueAtItsOwnIterate() {
        int steps = 8;
        Recorder recorder = new Recorder(true, true);
        RunResult result = Driver.run(new LineSearchMethod(new Lbfgs(5), new StrongWolfe(1e-4, 0.9)), quadratic,
                new double[3], new SplittableRandom(1), StoppingRules.iterations(steps), RecordSchedule.endsOnly(), recorder);
        long taken = result.last().iteration();
        assertEquals(taken, recorder.seen.size(), "every iterate after the start");
        double previousGradients = 0;
        for (int k = 0; k < recorder.seen.size(); k++) {
            Seen seen = recorder.seen.get(k);
            assertEquals(k + 1, seen.iteration());
            assertNotNull(seen.x());
            assertEquals(f(seen.x()), seen.value(), 1e-15 * (1 + Math.abs(seen.value())), "f at the iterate handed over");
            assertTrue(seen.evaluations().gradients() > previousGradients, "each step spends a gradient at least");
            previousGradients = seen.evaluations().gradients();
        }
        Seen last = recorder.seen.get(recorder.seen.size() - 1);
        assertEquals(result.last().value(), last.value(), "the last free value is the last recorded one");
        assertEquals(result.last().evaluations(), last.evaluations());
    }

    @Test
    void aNoisyObjectivesValuesAreNotTheTrueOnesSoNoneIsHandedOver() {
        StochasticObjective noisy = new StochasticObjective() {
            @Override
            public Objective exact() {
                return quadratic;
            }

            @Override
            public void start(java.util.random.RandomGenerator random) {
            }

            @Override
            public int dimension() {
                return quadratic.dimension();
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                return quadratic.valueAndGradient(x, g) + 1;
            }

            @Override
            public double value(double[] x) {
                return quadratic.value(x) + 1;
            }
        };
        Recorder recorder = new Recorder(true, true);
        Driver.run(GradientMethod.batch(Sgd.plain(0.015)), noisy, new double[3], new SplittableRandom(1),
                StoppingRules.iterations(20), RecordSchedule.endsOnly(), recorder);
        assertTrue(recorder.seen.isEmpty(), "the search's values are draws, not f: the recorder observes f itself");
    }

    @Test
    void nothingIsHandedOverUnlessTheObserverAsksForChecksAndEveryIteration() {
        for (Recorder recorder : List.of(new Recorder(true, false), new Recorder(false, true))) {
            Driver.run(GradientMethod.batch(Sgd.plain(0.015)), quadratic, new double[3], new SplittableRandom(1),
                    StoppingRules.iterations(20), RecordSchedule.endsOnly(), recorder);
            assertTrue(recorder.seen.isEmpty(), "no tolerance, so no check, and no free iterate asked for");
        }
    }
}
