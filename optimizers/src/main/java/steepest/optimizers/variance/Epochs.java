package steepest.optimizers.variance;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import steepest.optimizers.Checks;
import steepest.optimizers.firstorder.MiniBatch;

/**
 * The epochs of SVRG and SARAH, written once for both: their length m (spec key {@code m}) and, in
 * a run, the count t of inner steps and where an epoch ends ({@link Snapshot}). With
 * {@link Snapshot#RANDOM} an epoch draws, as it starts, the inner step t uniform in
 * {0, ..., c − 1} whose iterate it keeps, and returns there after its m steps (t = m, a choice SARAH
 * has, is where the epoch ends anyway); with {@link Snapshot#LAST} it goes on from x_m. Each method
 * keeps its own estimate; this class only counts, draws and restarts.
 */
final class Epochs {

    /** The default m is this many passes' worth of batches, ⌈2n/b⌉ (Johnson and Zhang's m = 2n). */
    static final int DEFAULT_PASSES = 2;

    private final RandomGenerator random;
    private final int steps;
    private final int choices;
    private final double[] chosen;
    private int inner;
    private int chosenStep;

    /**
     * The epochs of one run.
     *
     * @param steps     m &gt;= 1
     * @param choices   c, the inner iterates an epoch may end at: m for SVRG (x_0 ... x_{m−1}), m + 1
     *                  for SARAH (w_0 ... w_m)
     * @param snapshot  where an epoch ends
     * @param dimension n, the length of an iterate
     * @param random    the run's stream, drawn from once per epoch with {@link Snapshot#RANDOM}
     */
    Epochs(int steps, int choices, Snapshot snapshot, int dimension, RandomGenerator random) {
        this.random = random;
        this.steps = steps;
        this.choices = choices;
        this.chosen = snapshot == Snapshot.RANDOM ? new double[dimension] : null;
    }

    /** Requires every setting and a given m to be &gt;= 1, naming the key. */
    static void check(MiniBatch batches, OptionalInt length, Snapshot snapshot) {
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(length, "epochLength");
        Objects.requireNonNull(snapshot, "snapshot");
        length.ifPresent(m -> Checks.atLeast("m", m, 1));
    }

    /** m as given, or ⌈2n/b⌉. */
    static int length(OptionalInt given, int samples, int batchSize) {
        return given.orElse(Math.max(1, (int) Math.ceil((double) DEFAULT_PASSES * samples / batchSize)));
    }

    /** Whether the coming step is the first of an epoch, t = 0. */
    boolean starting() {
        return inner == 0;
    }

    /** At the start of an epoch: draws the inner step whose iterate it ends at ({@link Snapshot#RANDOM} only). */
    void drawEnd() {
        if (chosen != null) {
            chosenStep = random.nextInt(choices);
        }
    }

    /**
     * Sees the iterate x_t of this step, keeps it when t is the drawn step, and counts the step.
     *
     * @param x the iterate. Not modified.
     */
    void visit(double[] x) {
        if (chosen != null && inner == chosenStep) {
            System.arraycopy(x, 0, chosen, 0, x.length);
        }
        inner++;
    }

    /**
     * After the update of an epoch's last step, returns x to the kept iterate (unless that is x_m
     * itself) and starts the next epoch; otherwise does nothing.
     *
     * @param x the new iterate. Modified at the end of an epoch with {@link Snapshot#RANDOM}.
     */
    void afterUpdate(double[] x) {
        if (inner == steps) {
            inner = 0;
            if (chosen != null && chosenStep < steps) {
                System.arraycopy(chosen, 0, x, 0, x.length);
            }
        }
    }
}
