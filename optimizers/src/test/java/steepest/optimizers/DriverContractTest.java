package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import steepest.optimizers.firstorder.Clipping;
import steepest.optimizers.firstorder.GradientMethod;
import steepest.optimizers.firstorder.MiniBatch;
import steepest.optimizers.firstorder.Schedule;
import steepest.optimizers.firstorder.Sgd;

/**
 * The driver's contract, each rule at the iterate where it must fire: when tolerances and budgets
 * stop a run (at equality, too), which iterations are recorded and checked, what observers of
 * checks see, and that divergence and a search's own reason outrank the rest. Expected iterations
 * come from the closed form of gradient descent on a separable quadratic or from scripted searches
 * whose iterates are fixed in advance.
 */
class DriverContractTest {

    private static final double[] CURVATURE = {1, 10, 100};
    private static final double LR = 0.01;
    private final TestObjectives.Separable quadratic = new TestObjectives.Separable(CURVATURE);
    /** The same quadratic as a plain objective, not a finite sum: its tolerance checks are not timed. */
    private final Objective plain = new Objective() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            return quadratic.valueAndGradient(x, g);
        }

        @Override
        public double value(double[] x) {
            return quadratic.value(x);
        }
    };

    /** ‖∇f(x_k)‖ for GD from 0: gᵢ = −(1 − η cᵢ)^k, so ‖g‖ = √Σ(1 − η cᵢ)^{2k}. */
    private static double gradientNorm(long k) {
        double sum = 0;
        for (double c : CURVATURE) {
            sum += Math.pow(1 - LR * c, 2 * k);
        }
        return Math.sqrt(sum);
    }

    /** f(x_k) for GD from 0: xᵢ = (1 − (1 − η cᵢ)^k)/cᵢ, f = Σ ½cᵢxᵢ² − xᵢ. */
    private static double value(long k) {
        double f = 0;
        for (double c : CURVATURE) {
            double x = (1 - Math.pow(1 - LR * c, k)) / c;
            f += 0.5 * c * x * x - x;
        }
        return f;
    }

    /** The first k with ‖∇f(x_k)‖ &lt;= tolerance, from the closed form. */
    private static long firstBelow(double tolerance) {
        long k = 0;
        while (gradientNorm(k) > tolerance) {
            k++;
        }
        assertTrue(gradientNorm(k - 1) > 1.001 * tolerance && gradientNorm(k) < 0.999 * tolerance,
                "the threshold is not within rounding of an iterate");
        return k;
    }

    private static StoppingRules rules(long iterations, double gradients, double epochs, double seconds,
                                       double gradientTolerance, double target, double gap, long checkEvery) {
        return new StoppingRules(iterations, gradients, epochs, seconds, gradientTolerance, target, gap, checkEvery);
    }

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void gradientToleranceStopsAtTheFirstCheckedIterateBelowIt() {
        long first = firstBelow(1e-3);
        List<IterationRecord> rows = new ArrayList<>();
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(LR)), plain, new double[3],
                new SplittableRandom(1), StoppingRules.iterations(100_000).withGradientTolerance(1e-3),
                RecordSchedule.every(7), (r, x) -> rows.add(r));
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertEquals(first, result.last().iteration());
        assertTrue(first % 7 != 0 && result.last().elapsedNanos() > 0,
                "a check-only iteration whose check ends the run is timed when it is recorded");
        List<Long> expected = new ArrayList<>();
        for (long k = 0; k < first; k += 7) {
            expected.add(k);
        }
        expected.add(first);
        assertEquals(expected, rows.stream().map(IterationRecord::iteration).toList());
        for (IterationRecord row : rows) {
            long k = row.iteration();
            assertEquals(value(k), row.value(), 1e-12, "f at " + k);
            assertEquals(gradientNorm(k), row.gradientNorm(), 1e-12, "norm at " + k);
            assertEquals(k, row.evaluations().gradients());
        }
    }

    /**
     * Checked every 5 iterations and recorded every 7, the tolerance is seen at the first multiple
     * of 5 or 7 at or after the closed form's iteration; observers of checks see the checks that
     * record nothing, with the closed form's f and ‖∇f‖.
     */
    @Test
    void tolerancesAreCheckedEveryIntervalAndAtEveryRecordedRow() {
        long first = firstBelow(1e-3);
        long stop = first;
        while (stop % 5 != 0 && stop % 7 != 0) {
            stop++;
        }
        List<Long> checks = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        Observer observer = new Observer() {
            @Override
            public void record(IterationRecord record, double[] x) {
                rows.add(record.iteration());
            }

            @Override
            public boolean observesChecks() {
                return true;
            }

            @Override
            public void check(Observation o, double[] x) {
                long k = o.iteration();
                checks.add(k);
                assertEquals(value(k), o.value(), 1e-12);
                assertEquals(gradientNorm(k), o.gradientNorm(), 1e-12);
                assertTrue(Double.isNaN(o.gap()), "gradient descent has no certificate");
                assertEquals(k, o.evaluations().gradients());
                assertTrue(o.elapsedNanos() > 0, "elapsed " + o.elapsedNanos());
                assertEquals(x[0], (1 - Math.pow(1 - LR, k)), 1e-12);
            }
        };
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(LR)), plain, new double[3],
                new SplittableRandom(1), rules(100_000, INF, INF, INF, 1e-3, Double.NEGATIVE_INFINITY, 0, 5),
                RecordSchedule.every(7), observer);
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertEquals(stop, result.last().iteration());
        for (long k : checks) {
            assertTrue(k % 5 == 0 && k % 7 != 0, "check-only iteration " + k);
        }
        assertEquals((stop - 1) / 5 - (stop - 1) / 35, checks.size());
        assertEquals(stop, (long) rows.get(rows.size() - 1));
    }

    @Test
    void aZeroIterationBudgetRecordsTheStartAndStepsNever() {
        List<IterationRecord> rows = new ArrayList<>();
        RunResult result = Driver.run(new Scripted(), quadratic, new double[3], new SplittableRandom(1),
                StoppingRules.iterations(0), RecordSchedule.everyIteration(), (r, x) -> rows.add(r));
        assertEquals(Termination.MAX_ITERATIONS, result.termination());
        assertEquals(1, rows.size());
        assertEquals(0, result.last().iteration());
    }

    /** Each gradient evaluation is one iteration of GD: a budget of 5 ends the run at iteration 5 exactly. */
    @Test
    void gradientBudgetEndsTheRunAtTheStepThatSpendsIt() {
        RunResult result = Driver.run(GradientMethod.batch(Sgd.plain(LR)), quadratic, new double[3],
                new SplittableRandom(1), rules(100, 5, INF, INF, 0, Double.NEGATIVE_INFINITY, 0, 1),
                RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.MAX_EVALUATIONS, result.termination());
        assertEquals(5, result.last().iteration());
        assertEquals(5.0, result.last().evaluations().gradients());
    }

    /** Mini-batches of 2 of the 3 samples: 2/3 of an epoch per step, so a budget of 2 epochs ends step 3 exactly. */
    @Test
    void epochBudgetEndsTheRunAtTheStepThatReachesIt() {
        GradientMethod method = new GradientMethod(Sgd.plain(LR), new MiniBatch(2, true), Schedule.CONSTANT,
                Clipping.NONE);
        RunResult result = Driver.run(method, quadratic, new double[3], new SplittableRandom(1),
                rules(100, INF, 2, INF, 0, Double.NEGATIVE_INFINITY, 0, 1), RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.MAX_EVALUATIONS, result.termination());
        assertEquals(3, result.last().iteration());
        assertEquals(6, result.last().evaluations().sampleGradients());
    }

    /** f(x) = x₀ + ½x₁² + ½x₂², gradient (1, x₁, x₂): scripted iterates put f, ‖∇f‖ and the gap exactly on a threshold. */
    private static final Objective LINEAR = new Objective() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            g[0] = 1;
            g[1] = x[1];
            g[2] = x[2];
            return value(x);
        }

        @Override
        public double value(double[] x) {
            return x[0] + 0.5 * x[1] * x[1] + 0.5 * x[2] * x[2];
        }
    };

    @Test
    void targetValueIsReachedAtEquality() {
        RunResult result = Driver.run(new Scripted(new double[] {2, 0, 0}, new double[] {-3, 0, 0}), LINEAR,
                new double[] {5, 0, 0}, new SplittableRandom(1), StoppingRules.iterations(10).withTargetValue(2),
                RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.TARGET_REACHED, result.termination());
        assertEquals(1, result.last().iteration());
    }

    /** ‖(1, 0, 0)‖ = 1 from the first step on: a tolerance of exactly 1 is met at iteration 1, not before (‖(1, 3, 4)‖ = √26). */
    @Test
    void gradientToleranceIsMetAtEquality() {
        RunResult result = Driver.run(new Scripted(new double[] {0, 0, 0}, new double[] {-1, 0, 0}), LINEAR,
                new double[] {0, 3, 4}, new SplittableRandom(1), StoppingRules.iterations(10).withGradientTolerance(1),
                RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertEquals(1, result.last().iteration());
        assertEquals(1.0, result.last().gradientNorm());
    }

    @Test
    void gapToleranceIsMetAtEquality() {
        Scripted search = new Scripted(new double[] {1, 0, 0}, new double[] {2, 0, 0}, new double[] {3, 0, 0});
        search.gaps = new double[] {0.5, 0.25, 0.125};
        RunResult result = Driver.run(search, LINEAR, new double[3], new SplittableRandom(1),
                rules(10, INF, INF, INF, 0, Double.NEGATIVE_INFINITY, 0.25, 1), RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.GAP_TOLERANCE, result.termination());
        assertEquals(2, result.last().iteration());
        assertEquals(0.25, result.last().gap());
    }

    /**
     * f blows up past f(x₀) + 10²⁰·max(1, |f(x₀)|): from f(x₀) = 0 the threshold is 10²⁰ itself, which
     * does not count; the next double above it does. From f(x₀) = −3 it is 3·10²⁰ − 3, i.e. 3·10²⁰.
     */
    @Test
    void blowUpIsAValueStrictlyAboveTheThreshold() {
        assertEquals(Termination.MAX_ITERATIONS, endOf(0, 1e20));
        assertEquals(Termination.DIVERGED, endOf(0, Math.nextUp(1e20)));
        assertEquals(Termination.MAX_ITERATIONS, endOf(-3, 3e20));
        assertEquals(Termination.DIVERGED, endOf(-3, Math.nextUp(3e20)));
        assertEquals(Termination.MAX_ITERATIONS, endOf(0.5, 1e20), "0.5 + 1e20·1 rounds to 1e20");
    }

    private static Termination endOf(double start, double next) {
        return Driver.run(new Scripted(new double[] {next, 0, 0}), LINEAR, new double[] {start, 0, 0},
                new SplittableRandom(1), StoppingRules.iterations(1), RecordSchedule.endsOnly(), Observer.NONE)
                .termination();
    }

    /** A search that ends itself as diverged keeps that reason even where f meets the target. */
    @Test
    void aSearchsOwnDivergenceOutranksATargetReachedAtTheSameIterate() {
        Scripted search = new Scripted(new double[] {-10, 0, 0});
        search.end = Termination.DIVERGED;
        RunResult result = Driver.run(search, LINEAR, new double[3], new SplittableRandom(1),
                rules(100, INF, INF, INF, 0, -5, 0, 10), RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.DIVERGED, result.termination());
        assertEquals(2, result.last().iteration());
        assertArrayEquals(new double[] {-10, 0, 0}, result.x());
    }

    /** A converged reason found at the iterate where the search stops outranks the search's failure. */
    @Test
    void aToleranceMetWhereTheSearchStopsOutranksItsFailure() {
        Scripted search = new Scripted(new double[] {-10, 0, 0});
        RunResult result = Driver.run(search, LINEAR, new double[3], new SplittableRandom(1),
                rules(100, INF, INF, INF, 0, -5, 0, 10), RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.TARGET_REACHED, result.termination());
        assertEquals(2, result.last().iteration());
    }

    /**
     * Wall time excludes observing and recording: with an observer that sleeps 100 ms per row and an
     * objective that sleeps 100 ms per evaluation (only the driver's observations evaluate here), the
     * run's own time stays far below one sleep although the run takes over a second.
     */
    @Test
    void wallTimeExcludesObservationAndRecording() {
        Sleepy f = new Sleepy(3, 100);
        List<IterationRecord> rows = new ArrayList<>();
        Driver.run(new Scripted(new double[] {1, 0, 0}, new double[] {2, 0, 0}, new double[] {3, 0, 0}), f,
                new double[3], new SplittableRandom(1), StoppingRules.iterations(3), RecordSchedule.everyIteration(),
                (r, x) -> {
                    rows.add(r);
                    sleep(100);
                });
        assertEquals(4, rows.size());
        for (IterationRecord row : rows) {
            assertTrue(row.elapsedNanos() >= 0 && row.elapsedNanos() < 90_000_000L, "elapsed " + row.elapsedNanos());
        }
    }

    /**
     * Gradient descent evaluates at x_k at the start of step k + 1, which the oracle serves from the
     * driver's observation of x_k: that evaluation's time is then the run's. With 200 ms per
     * evaluation, row k has spent the time of the first k evaluations (as measured, so that a slow
     * sleep on a loaded machine is accounted for), and not much more.
     */
    @Test
    void anObservationTheOptimizerReusesIsChargedToTheRun() {
        Sleepy f = new Sleepy(3, 200);
        List<IterationRecord> rows = new ArrayList<>();
        Driver.run(GradientMethod.batch(Sgd.plain(LR)), f, new double[3], new SplittableRandom(1),
                StoppingRules.iterations(3), RecordSchedule.everyIteration(), (r, x) -> rows.add(r));
        assertEquals(4, f.durations.size(), "four observations; the three steps are served from them");
        long charged = 0;
        for (IterationRecord row : rows) {
            long elapsed = row.elapsedNanos();
            assertTrue(elapsed >= charged && elapsed < charged + 100_000_000L,
                    "row " + row.iteration() + ": " + elapsed + " ns, evaluations " + charged + " ns");
            charged += f.durations.get((int) row.iteration());
        }
    }

    /**
     * Where a tolerance check records no row, the driver reads the clock only from dimension 1024 on
     * (or for finite sums), and then excludes the check's evaluation; below that, the evaluation is
     * the optimizer's. A scripted search never reuses an observation, so with 100 ms per evaluation
     * and four check-only iterations, the run's time is about 0 s at d = 1024 and 0.4 s at d = 3.
     */
    @Test
    void checksAreTimedAndExcludedFromDimension1024OnOrForFiniteSums() {
        assertTrue(checkedRunNanos(new Sleepy(1024, 100)) < 100_000_000L);
        assertTrue(checkedRunNanos(new SleepySum(3, 100)) < 100_000_000L);
        Sleepy small = new Sleepy(1023, 100);
        long elapsed = checkedRunNanos(small);
        long checks = small.durations.subList(1, 5).stream().mapToLong(Long::longValue).sum();
        assertTrue(elapsed >= checks && elapsed < checks + 100_000_000L, elapsed + " ns, checks " + checks + " ns");
    }

    private static long checkedRunNanos(Objective f) {
        List<Double> values = new ArrayList<>();
        double[][] path = new double[5][f.dimension()];
        for (int k = 0; k < 5; k++) {
            path[k][0] = k + 1;
        }
        RunResult result = Driver.run(new Scripted(path), f, new double[f.dimension()], new SplittableRandom(1),
                StoppingRules.iterations(5).withGradientTolerance(1e-300), RecordSchedule.endsOnly(),
                (r, x) -> values.add(r.value()));
        assertEquals(List.of(0.0, 5.0), values);
        return result.last().elapsedNanos();
    }

    /**
     * A time limit ends the run after at least the limit and at most the allowed overshoot later
     * (5% of the limit, at least 50 ms; the test allows 150 ms more for a loaded machine), whatever
     * the iterations cost: here 2 ms each after 10 instant ones, so a clock read spaced by the
     * early pace alone would come seconds too late.
     */
    @Test
    void timeLimitStopsWithinTheAllowedOvershoot() {
        Optimizer slowing = (oracle, x0, random) -> new Search() {
            private long steps;

            @Override
            public boolean step() {
                if (++steps > 10) {
                    sleep(2);
                }
                return true;
            }

            @Override
            public double[] x() {
                return x0;
            }

            @Override
            public Termination termination() {
                return null;
            }
        };
        RunResult result = Driver.run(slowing, quadratic, new double[3], new SplittableRandom(1),
                rules(Long.MAX_VALUE, INF, INF, 0.3, 0, Double.NEGATIVE_INFINITY, 0, 1), RecordSchedule.endsOnly(),
                Observer.NONE);
        assertEquals(Termination.TIME_LIMIT, result.termination());
        double seconds = result.last().elapsedNanos() * 1e-9;
        assertTrue(seconds >= 0.3 && seconds <= 0.3 + 0.05 + 0.15, seconds + " s");
        assertTrue(result.last().iteration() >= 10, "the clock is read more than once");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Moves through the given iterates, one per step, then stops with {@link #end}; evaluates nothing itself. */
    private static final class Scripted implements Optimizer {
        private final double[][] path;
        private double[] gaps;
        private Termination end = Termination.LINE_SEARCH_FAILED;

        Scripted(double[]... path) {
            this.path = path;
        }

        @Override
        public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
            return new Search() {
                private double[] x = x0.clone();
                private int k;

                @Override
                public boolean step() {
                    if (k == path.length) {
                        return false;
                    }
                    x = path[k++].clone();
                    return true;
                }

                @Override
                public double[] x() {
                    return x;
                }

                @Override
                public double gap() {
                    return gaps == null || k == 0 ? Double.NaN : gaps[k - 1];
                }

                @Override
                public Termination termination() {
                    return k == path.length ? end : null;
                }
            };
        }
    }

    /** f(x) = Σxᵢ, each evaluation sleeping {@code millis}; records how long each evaluation took. */
    private static class Sleepy implements Objective {
        private final int dimension;
        private final long millis;
        final List<Long> durations = new ArrayList<>();

        Sleepy(int dimension, long millis) {
            this.dimension = dimension;
            this.millis = millis;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            long start = System.nanoTime();
            sleep(millis);
            durations.add(System.nanoTime() - start);
            java.util.Arrays.fill(g, 1);
            double f = 0;
            for (double xi : x) {
                f += xi;
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[dimension]);
        }
    }

    /** {@link Sleepy} as a finite sum of one sample. */
    private static final class SleepySum extends Sleepy implements FiniteSum {
        SleepySum(int dimension, long millis) {
            super(dimension, millis);
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] g) {
            return valueAndGradient(x, g);
        }
    }
}
