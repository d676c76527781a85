package steepest.harness.run;

import java.util.Arrays;
import steepest.optimizers.Observation;

/**
 * The cost to reach a ladder of targets, measured at every observed iterate: target τ is reached
 * at the first iterate with f(x) − f* &lt;= τ·(f(x₀) − f*), the convergence test of Moré and Wild,
 * "Benchmarking derivative-free optimization algorithms", SIAM J. Optim. 20(1), 2009. A target never
 * reached is censored (NaN), never a number. Problems without a known f* have no ladder.
 */
public final class TargetLadder {

    /** The relative reductions τ of the initial gap. */
    private static final double[] TARGETS = {1e-1, 1e-2, 1e-4, 1e-6, 1e-8};

    private final double optimalValue;
    private final double[] gradients = new double[TARGETS.length];
    private final double[] seconds = new double[TARGETS.length];
    private double initialGap = Double.NaN;

    /** A ladder for a problem with optimal value {@code optimalValue} (NaN: unknown). */
    public TargetLadder(double optimalValue) {
        this.optimalValue = optimalValue;
        Arrays.fill(gradients, Double.NaN);
        Arrays.fill(seconds, Double.NaN);
    }

    /** The targets' labels, e.g. {@code 1e-6}. */
    public static java.util.List<String> labels() {
        return Arrays.stream(TARGETS).mapToObj(TargetLadder::label).toList();
    }

    /** The CSV column names, two per target: {@code gevals_to_1e-2,time_to_1e-2,...}. */
    public static String header() {
        StringBuilder header = new StringBuilder();
        for (double target : TARGETS) {
            String name = label(target);
            header.append(",gevals_to_").append(name).append(",time_to_").append(name);
        }
        return header.substring(1);
    }

    /** Notes an observed iterate, in iteration order; reads its costs only when it reaches a target. */
    public void offer(Observation record) {
        if (Double.isNaN(optimalValue)) {
            return;
        }
        double gap = record.value() - optimalValue;
        if (Double.isNaN(initialGap)) {
            initialGap = gap;
        }
        for (int i = 0; i < TARGETS.length; i++) {
            if (Double.isNaN(gradients[i]) && gap <= TARGETS[i] * initialGap) {
                gradients[i] = record.evaluations().gradients();
                seconds[i] = record.elapsedNanos() * 1e-9;
            }
        }
    }

    /** Gradient evaluations to reach each target (NaN: censored). */
    public double[] gradientEvaluations() {
        return gradients.clone();
    }

    /** Seconds to reach each target (NaN: censored). */
    public double[] times() {
        return seconds.clone();
    }

    private static String label(double target) {
        return String.format(java.util.Locale.ROOT, "%.0e", target).replace("e-0", "e-");
    }
}
