package steepest.problems.conformance;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import steepest.optimizers.Capability;
import steepest.optimizers.Driver;
import steepest.optimizers.Objective;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.Search;
import steepest.optimizers.StoppingRules;

/**
 * The checks an optimizer must pass before it is benchmarked, on the strongly convex
 * {@link VerificationQuadratic} (which offers every capability), each returning a {@link Finding}:
 * <ul>
 *   <li>{@code deterministic}: two runs with the same seed give the same bits, iterate for iterate;</li>
 *   <li>{@code capabilities}: a run on a view of the problem that offers only the capabilities the
 *       optimizer declares in {@code requirements()} makes no call that needs another;</li>
 *   <li>{@code progress}: within {@value #BUDGET} iterations it brings f − f* to at most half of
 *       f(x₀) − f*, from x₀ = 0;</li>
 *   <li>{@code allocation}: bytes allocated per step after a warm-up (a warning above
 *       {@value #ALLOCATION_WARNING} bytes, never a failure).</li>
 * </ul>
 */
public final class OptimizerConformance {

    /** The iteration budget of the progress check. */
    public static final int BUDGET = 5000;
    /** Bytes per step above which the allocation check warns. */
    public static final long ALLOCATION_WARNING = 16;
    private static final long SEED = 42;
    private static final int DETERMINISM_ITERATIONS = 200;
    private static final int WARM_UP = 2000;
    private static final int MEASURED = 2000;

    private OptimizerConformance() {
    }

    /**
     * Every check of an optimizer.
     *
     * @param another builds a second instance of the same spec
     */
    public static List<Finding> all(Optimizer optimizer, Supplier<Optimizer> another) {
        VerificationQuadratic problem = new VerificationQuadratic(SEED);
        List<Finding> findings = new ArrayList<>();
        findings.add(deterministic(optimizer, another.get(), problem));
        findings.add(capabilities(optimizer, problem));
        findings.add(progress(optimizer, problem));
        findings.add(allocation(optimizer, problem));
        return findings;
    }

    static Finding deterministic(Optimizer first, Optimizer second, VerificationQuadratic problem) {
        try {
            List<double[]> a = path(first, problem);
            List<double[]> b = path(second, problem);
            for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
                if (!Arrays.equals(a.get(k), b.get(k))) {
                    return Finding.fail("deterministic", "two runs with seed " + SEED + " differ at iteration " + k);
                }
            }
            if (a.size() != b.size()) {
                return Finding.fail("deterministic", "two runs with seed " + SEED + " stop after " + (a.size() - 1)
                        + " and " + (b.size() - 1) + " iterations");
            }
            return Finding.pass("deterministic", "identical bits over " + (a.size() - 1) + " iterations in two runs");
        } catch (RuntimeException e) {
            return Finding.fail("deterministic", "the run failed: " + describe(e));
        }
    }

    /** Every iterate of a run of {@value #DETERMINISM_ITERATIONS} iterations, with f appended. */
    private static List<double[]> path(Optimizer optimizer, Objective objective) {
        List<double[]> iterates = new ArrayList<>();
        Driver.run(optimizer, objective, new double[objective.dimension()], new SplittableRandom(SEED),
                StoppingRules.iterations(DETERMINISM_ITERATIONS), RecordSchedule.everyIteration(), (record, x) -> {
                    double[] row = Arrays.copyOf(x, x.length + 1);
                    row[x.length] = record.value();
                    iterates.add(row);
                });
        return iterates;
    }

    static Finding capabilities(Optimizer optimizer, VerificationQuadratic problem) {
        Objective restricted = restrictedTo(problem, optimizer.requirements());
        try {
            Driver.run(optimizer, restricted, new double[problem.dimension()], new SplittableRandom(SEED),
                    StoppingRules.iterations(DETERMINISM_ITERATIONS), RecordSchedule.endsOnly(), (record, x) -> { });
        } catch (UnsupportedOperationException e) {
            return Finding.fail("capabilities", "calls what it does not declare in requirements(): " + e.getMessage());
        } catch (RuntimeException e) {
            return Finding.fail("capabilities", "the run failed: " + describe(e));
        }
        List<String> declared = optimizer.requirements().stream().map(Capability::description).toList();
        return Finding.pass("capabilities", declared.isEmpty() ? "uses values and gradients only"
                : "uses only what it declares: " + String.join(", ", declared));
    }

    /** A view of {@code problem} that implements Objective and the declared capabilities' interfaces only. */
    private static Objective restrictedTo(VerificationQuadratic problem, java.util.Set<Capability> declared) {
        List<Class<?>> interfaces = new ArrayList<>(List.of(Objective.class));
        for (Capability capability : declared) {
            interfaces.add(capability.type());
        }
        return (Objective) Proxy.newProxyInstance(OptimizerConformance.class.getClassLoader(),
                interfaces.toArray(Class<?>[]::new), (proxy, method, arguments) -> {
                    try {
                        return method.invoke(problem, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static Finding progress(Optimizer optimizer, VerificationQuadratic problem) {
        double[] start = new double[problem.dimension()];
        double initialGap = problem.value(start) - problem.optimalValue();
        try {
            RunResult result = Driver.run(optimizer, problem, start, new SplittableRandom(SEED),
                    StoppingRules.iterations(BUDGET), RecordSchedule.endsOnly(), (record, x) -> { });
            double gap = result.last().value() - problem.optimalValue();
            String measured = String.format(Locale.ROOT, "f - f* from %.3g to %.3g in %d iterations (%s)", initialGap, gap,
                    result.last().iteration(), result.termination().token());
            return gap <= 0.5 * initialGap ? Finding.pass("progress", measured)
                    : Finding.fail("progress", measured + "; needs at most half the initial gap within " + BUDGET
                            + " iterations on a strongly convex quadratic (condition number about 3)");
        } catch (RuntimeException e) {
            return Finding.fail("progress", "the run failed: " + describe(e));
        }
    }

    /**
     * Bytes allocated inside step() per step, summed around each call (so a run's start-up state is
     * not counted), after {@value #WARM_UP} warm-up steps; runs that stop are restarted from seeded
     * points, so methods that converge in a few steps are measured too.
     */
    static Finding allocation(Optimizer optimizer, VerificationQuadratic problem) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        SplittableRandom random = new SplittableRandom(SEED);
        try {
            Search search = restart(optimizer, problem, random);
            int steps = 0;
            int fruitless = 0;
            long bytes = 0;
            for (int k = 0; k < WARM_UP + MEASURED; k++) {
                long before = threads.getThreadAllocatedBytes(thread);
                boolean moved = search.step();
                long spent = threads.getThreadAllocatedBytes(thread) - before;
                if (k >= WARM_UP) {
                    bytes += spent;
                    steps++;
                }
                if (!moved) {
                    if (++fruitless > MEASURED) {
                        return Finding.skip("allocation", "every run stops at once on the test problem");
                    }
                    search = restart(optimizer, problem, random);
                }
            }
            double perStep = (double) bytes / steps;
            String measured = String.format(Locale.ROOT, "%.1f bytes per step over %d steps", perStep, steps);
            return perStep > ALLOCATION_WARNING ? new Finding("allocation", Verdict.WARN, measured
                    + " (allocation-free steps keep timings clean)") : Finding.pass("allocation", measured);
        } catch (RuntimeException e) {
            return Finding.fail("allocation", "the run failed: " + describe(e));
        }
    }

    /** A new run from a seeded point in the box. */
    private static Search restart(Optimizer optimizer, VerificationQuadratic problem, SplittableRandom random) {
        double[] start = new double[problem.dimension()];
        for (int j = 0; j < start.length; j++) {
            start[j] = 2 * random.nextDouble() - 1;
        }
        return optimizer.start(new Oracle(problem), start, random.split());
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
