package steepest.harness.run;

import java.util.Arrays;
import steepest.harness.experiment.Targets;
import steepest.harness.results.TargetCosts;
import steepest.optimizers.Observation;

/**
 * Records the cost to reach each target of the ladder ({@link Targets}) as a cell runs, at every
 * observed iterate: recorded rows and tolerance checks alike. A target never reached is censored
 * (NaN), never a number. Problems without a known f* have no ladder.
 */
public final class TargetLadder {

    private static final double[] REDUCTIONS = Targets.reductions();

    private final double optimalValue;
    private final double[] gradients = new double[REDUCTIONS.length];
    private final double[] seconds = new double[REDUCTIONS.length];
    private double initialGap = Double.NaN;

    /** A ladder for a problem with optimal value {@code optimalValue} (NaN: unknown). */
    public TargetLadder(double optimalValue) {
        this.optimalValue = optimalValue;
        Arrays.fill(gradients, Double.NaN);
        Arrays.fill(seconds, Double.NaN);
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
        for (int i = 0; i < REDUCTIONS.length; i++) {
            if (Double.isNaN(gradients[i]) && gap <= REDUCTIONS[i] * initialGap) {
                gradients[i] = record.evaluations().gradients();
                seconds[i] = record.elapsedNanos() * 1e-9;
            }
        }
    }

    /** The costs so far. */
    public TargetCosts costs() {
        return new TargetCosts(Targets.labels(), gradients, seconds);
    }
}
