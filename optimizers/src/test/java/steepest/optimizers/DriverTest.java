package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.optimizers.firstorder.GradientMethod;
import steepest.optimizers.firstorder.Sgd;

class DriverTest {

    private static final double[] CURVATURE = {1, 10, 100};
    private final TestObjectives.Separable quadratic = new TestObjectives.Separable(CURVATURE);

    private List<IterationRecord> run(Optimizer optimizer, StoppingRules rules, RecordSchedule schedule) {
        List<IterationRecord> rows = new ArrayList<>();
        Driver.run(optimizer, quadratic, new double[3], new SplittableRandom(1), rules, schedule, (r, x) -> rows.add(r));
        return rows;
    }

    @Test
    void rowZeroIsTheStartWithNothingSpentAndRowKHasSpentKGradients() {
        List<IterationRecord> rows = run(GradientMethod.batch(Sgd.plain(0.01)), StoppingRules.iterations(5),
                RecordSchedule.everyIteration());
        assertEquals(6, rows.size());
        assertEquals(0.0, rows.get(0).value(), "f(0) = 0");
        assertEquals(Math.sqrt(3), rows.get(0).gradientNorm(), 1e-15, "grad f(0) = -1 per coordinate");
        assertEquals(Evaluations.NONE, rows.get(0).evaluations());
        for (int k = 0; k < rows.size(); k++) {
            assertEquals(k, rows.get(k).iteration());
            assertEquals(k, rows.get(k).evaluations().gradients());
            assertEquals(k, rows.get(k).evaluations().functions());
        }
    }

    @Test
    void gradientDescentContractsEachCoordinateByOneMinusStepTimesCurvature() {
        double lr = 0.015;
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(lr)), quadratic, new double[3],
                new SplittableRandom(1), StoppingRules.iterations(40), RecordSchedule.endsOnly(), Observer.NONE);
        double[] x = result.x();
        for (int i = 0; i < 3; i++) {
            double optimum = 1 / CURVATURE[i];
            double expected = optimum * (1 - Math.pow(1 - lr * CURVATURE[i], 40));
            assertEquals(expected, x[i], 1e-14 * (1 + Math.abs(expected)), "coordinate " + i);
        }
    }

    @Test
    void stopsOnTheGradientToleranceAndCallsItConverged() {
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(0.01)), quadratic, new double[3],
                new SplittableRandom(1), StoppingRules.iterations(100_000).withGradientTolerance(1e-8),
                RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertTrue(result.last().gradientNorm() <= 1e-8);
        assertTrue(result.termination().converged());
    }

    @Test
    void stopsOnTheTargetValue() {
        double optimum = -0.5 * (1 + 0.1 + 0.01);
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(0.01)), quadratic, new double[3],
                new SplittableRandom(1), StoppingRules.iterations(100_000).withTargetValue(optimum + 1e-6),
                RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.TARGET_REACHED, result.termination());
        assertTrue(result.last().value() - optimum <= 1e-6);
    }

    @Test
    void budgetExhaustionIsNotConvergence() {
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(0.001)), quadratic, new double[3],
                new SplittableRandom(1), StoppingRules.iterations(3).withGradientTolerance(1e-12),
                RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.MAX_ITERATIONS, result.termination());
        assertEquals(3, result.last().iteration());
        assertTrue(!result.termination().converged());
    }

    @Test
    void tooLargeAStepDivergesAndIsRecordedAsSuch() {
        List<IterationRecord> rows = new ArrayList<>();
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(1.0)), quadratic, new double[3],
                new SplittableRandom(1), StoppingRules.iterations(100_000), RecordSchedule.every(1000),
                (r, x) -> rows.add(r));
        assertEquals(Termination.DIVERGED, result.termination());
        assertTrue(result.last().iteration() < 100_000);
        assertEquals(result.last(), rows.get(rows.size() - 1), "the diverged iterate is recorded");
    }

    @Test
    void aSearchThatCannotGoOnEndsWithItsOwnReason() {
        Optimizer stuck = (oracle, x0, random) -> new Search() {
            @Override
            public boolean step() {
                return false;
            }

            @Override
            public double[] x() {
                return x0;
            }

            @Override
            public Termination termination() {
                return Termination.LINE_SEARCH_FAILED;
            }
        };
        RunResult result = Driver.run(stuck, quadratic, new double[3], new SplittableRandom(1),
                StoppingRules.iterations(10), RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.LINE_SEARCH_FAILED, result.termination());
        assertEquals(1, result.last().iteration());
    }

    @Test
    void logSpacedRecordingThinsLaterDecades() {
        List<IterationRecord> rows = run(GradientMethod.batch(Sgd.plain(0.001)), StoppingRules.iterations(1000),
                RecordSchedule.logSpaced(10));
        List<Long> iterations = rows.stream().map(IterationRecord::iteration).toList();
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), iterations.subList(0, 11));
        assertEquals(1000L, iterations.get(iterations.size() - 1));
        assertTrue(iterations.size() <= 11 + 10 + 10 + 1, "about ten rows per decade, got " + iterations.size());
    }

    /** Bytes this thread allocates while running {@code iterations} with a tolerance checked every iteration. */
    private long allocatedByRun(long iterations) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        Driver.run(GradientMethod.batch(Sgd.plain(1e-6)), quadratic, new double[3], new SplittableRandom(1),
                StoppingRules.iterations(iterations).withGradientTolerance(1e-300), RecordSchedule.logSpaced(10), Observer.NONE);
        return threads.getThreadAllocatedBytes(thread) - before;
    }

    @Test
    void checkingToleranceEveryIterationAllocatesNothingPerIteration() {
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            allocatedByRun(2000);
        }
        long extra = allocatedByRun(20_000) - allocatedByRun(2_000);
        // 18 000 more iterations; a record per check would be at least 18 000 x 100 bytes. The log-spaced
        // rows of the longer run (about 10 more) may allocate.
        assertTrue(extra < 16_384, "18000 more iterations allocated " + extra + " bytes");
    }

    @Test
    void wrongStartLengthAndMissingCapabilitiesAreRefusedUpFront() {
        Optimizer needsFisher = new Optimizer() {
            @Override
            public Search start(Oracle oracle, double[] x0, java.util.random.RandomGenerator random) {
                throw new AssertionError("must not start");
            }

            @Override
            public java.util.Set<Capability> requirements() {
                return java.util.Set.of(Capability.FISHER);
            }
        };
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> Driver.run(
                GradientMethod.batch(Sgd.plain(0.1)), quadratic, new double[2], new SplittableRandom(1),
                StoppingRules.iterations(1), RecordSchedule.endsOnly(), Observer.NONE));
        assertEquals("the start has 2 coordinates but the problem has dimension 3", length.getMessage());
        IllegalArgumentException capability = assertThrows(IllegalArgumentException.class, () -> Driver.run(
                needsFisher, quadratic, new double[3], new SplittableRandom(1), StoppingRules.iterations(1),
                RecordSchedule.endsOnly(), Observer.NONE));
        assertEquals("the optimizer needs Fisher-vector products, which the problem does not offer",
                capability.getMessage());
    }
}
