package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedules at the steps where their formulas give exact, hand-computed values; the torch replays
 * ({@link TorchGoldenTest}) check them against torch's own schedulers on whole runs.
 */
class ScheduleTest {

    static final double TOLERANCE = 1e-15;

    static Schedule named(String name) {
        return switch (name) {
            case "step" -> new Schedule.Step(30, 0.5);
            case "exponential" -> new Schedule.Exponential(0.5);
            case "inverse_time" -> new Schedule.InverseTime(0.25);
            case "cosine" -> new Schedule.Cosine(10, 0.25);
            case "poly" -> new Schedule.Polynomial(4, 0.5);
            case "warmup_cosine" -> new Schedule.Warmup(4, 0.25, new Schedule.Cosine(10, 0.25));
            case "multistep" -> new Schedule.MultiStep(List.of(3, 5), 0.5);
            case "linear" -> new Schedule.Linear(0.25, 1, 4);
            case "cosine_restarts" -> new CosineRestarts(4, 2, 0);
            case "cyclic" -> new Cyclic(1, 3, 2, 2, Cyclic.Mode.TRIANGULAR2, 1, false, 0.8, 0.9);
            case "onecycle" -> new OneCycle(1, 10, 0.3, false, 25, 1e4, false, true, 0.85, 0.95);
            default -> Schedule.CONSTANT;
        };
    }

    /** The state of {@code schedule} after k updates with a constant loss, each an epoch. */
    static Schedule.State after(Schedule schedule, double base, long k) {
        Schedule.State state = schedule.start(base);
        for (long i = 0; i < k; i++) {
            state.advance(1, true);
        }
        return state;
    }

    /** η = 2 throughout (ignored by cyclic and onecycle); expected values from the formulas by hand. */
    @ParameterizedTest(name = "{0} at k={1}: {2}")
    @CsvSource({
        "constant,0,2", "constant,1000,2",
        "step,0,2", "step,29,2", "step,30,1", "step,59,1", "step,60,0.5",
        "exponential,0,2", "exponential,3,0.25",
        "inverse_time,0,2", "inverse_time,4,1", "inverse_time,12,0.5",
        "cosine,0,2", "cosine,5,1.125", "cosine,10,0.25", "cosine,15,1.125", "cosine,20,2",
        "poly,0,2", "poly,12,1", "poly,60,0.5",
        "warmup_cosine,0,0.5", "warmup_cosine,2,1.25", "warmup_cosine,4,2", "warmup_cosine,9,1.125",
        "warmup_cosine,14,0.25",
        "multistep,0,2", "multistep,2,2", "multistep,3,1", "multistep,4,1", "multistep,5,0.5", "multistep,100,0.5",
        "linear,0,0.5", "linear,2,1.25", "linear,4,2", "linear,10,2",
        "cosine_restarts,0,2", "cosine_restarts,2,1", "cosine_restarts,4,2", "cosine_restarts,8,1",
        "cosine_restarts,12,2",
        "cyclic,0,1", "cyclic,1,2", "cyclic,2,3", "cyclic,3,2", "cyclic,4,1", "cyclic,5,1.5", "cyclic,6,2",
        "onecycle,0,0.04", "onecycle,1,0.52", "onecycle,2,1", "onecycle,9,0.000004"})
    void ratesFollowTheirFormulas(String schedule, long k, double expected) {
        assertEquals(expected, after(named(schedule), 2, k).learningRate(), TOLERANCE * (1 + expected));
    }

    /** OneCycle's momentum runs opposite to its rate: max, base at the peak, max at the end. */
    @ParameterizedTest(name = "onecycle momentum at k={0}: {1}")
    @CsvSource({"0,0.95", "1,0.9", "2,0.85", "9,0.95"})
    void oneCycleMomentumRunsOppositeToTheRate(long k, double expected) {
        assertEquals(expected, after(named("onecycle"), 2, k).momentum(), TOLERANCE);
    }

    /** torch allows total_steps + 1 updates and raises on the next; so does OneCycle, naming the key. */
    @Test
    void oneCyclePastTotalStepsFailsNamingTheKey() {
        Schedule.State state = after(named("onecycle"), 2, 10);
        assertTrue(Double.isFinite(state.learningRate()));
        state.advance(1, true);
        IllegalStateException e = assertThrows(IllegalStateException.class, state::learningRate);
        assertTrue(e.getMessage().contains("update 12 is past total_steps=10"), e.getMessage());
    }

    /** Without cycle_momentum OneCycle leaves momentum alone (NaN: nothing to set). */
    @Test
    void oneCycleWithoutMomentumCyclingSetsNoMomentum() {
        Schedule plain = new OneCycle(1, 10, 0.3, false, 25, 1e4, false, false, 0.85, 0.95);
        assertTrue(Double.isNaN(after(plain, 2, 3).momentum()));
        assertEquals(OptionalLong.of(11), plain.updateLimit(), "torch allows total_steps + 1 updates");
    }

    /**
     * torch divides by a phase's length; a zero-length phase is refused up front: pct_start·T = 1 (the
     * first phase), pct_start = 1 with two phases (the second), and three phases with 2·pct_start·T − 2
     * = T − 1 (pct_start = 0.75, T = 2: the third).
     */
    @Test
    void oneCycleRefusesAPhaseOfZeroLength() {
        for (double[] bad : new double[][] {{0.25, 4, 0}, {1, 10, 0}, {0.75, 2, 1}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OneCycle(1, (long) bad[1],
                    bad[0], false, 25, 1e4, bad[2] == 1, true, 0.85, 0.95));
            assertTrue(e.getMessage().contains("makes a phase of zero length"), e.getMessage());
        }
        new OneCycle(1, 4, 0.75, false, 25, 1e4, true, true, 0.85, 0.95);
    }

    /** CyclicLR with max_lr = base_lr is allowed (a constant rate), as in torch. */
    @Test
    void cyclicAcceptsEqualBounds() {
        Schedule flat = new Cyclic(0.5, 0.5, 4, 4, Cyclic.Mode.TRIANGULAR, 1, false, 0.8, 0.9);
        assertEquals(0.5, after(flat, 2, 3).learningRate(), 0);
    }

    /**
     * ReduceLROnPlateau's improvement test at its thresholds (torch's is_better): min/rel a < best·(1 − t),
     * min/abs a < best − t, max/rel a > best·(1 + t), max/abs a > best + t, strictly. With patience 0 a
     * loss that does not improve halves the rate at once. Thresholds and losses are exact in binary.
     */
    @ParameterizedTest(name = "maximize={0} relative={1}: best {2}, then {3} improves: {4}")
    @CsvSource({
        "false, true, 8, 6, false", "false, true, 8, 5.5, true",
        "false, false, 10, 9.5, false", "false, false, 10, 9.25, true",
        "true, true, 8, 10, false", "true, true, 8, 10.5, true",
        "true, false, 8, 8.5, false", "true, false, 8, 9, true"})
    void plateauImprovesOnlyPastTheThreshold(boolean maximize, boolean relative, double best, double next,
                                             boolean improves) {
        double threshold = relative ? 0.25 : 0.5;
        Schedule.State state = new Plateau(maximize, 0.5, 0, threshold, relative, 0, 0, 1e-8).start(1);
        state.advance(best, true);
        state.advance(next, true);
        assertEquals(improves ? 1 : 0.5, state.learningRate(), 0);
    }

    /**
     * An epoch of three batches enters as their mean (1, 1, 1.5: 7/6 beats the first epoch's 3; their
     * sum, 3.5, or the sum times the count would not).
     */
    @Test
    void plateauAveragesAnEpochOfThreeBatches() {
        Schedule.State state = new Plateau(false, 0.5, 0, 0, false, 0, 0, 1e-8).start(1);
        state.advance(3, true);
        state.advance(1, false);
        state.advance(1, false);
        state.advance(1.5, true);
        assertEquals(1, state.learningRate(), 0);
    }

    /** A reduction exactly eps is skipped too (torch: old_lr − new_lr > eps). */
    @Test
    void plateauSkipsAReductionOfExactlyEps() {
        Schedule.State state = new Plateau(false, 0.5, 0, 0, true, 0, 0, 0.5).start(1);
        state.advance(1, true);
        state.advance(2, true);
        assertEquals(1, state.learningRate(), 0);
    }

    /**
     * ReduceLROnPlateau's bookkeeping by hand (min, rel threshold 0.1, patience 1, cooldown 1,
     * factor 0.5): 10 improves; 9.5 and 9.4 do not beat 9 (bad 1, 2 &gt; 1: halve, cooldown 1); 9.3
     * counts nothing (cooldown); 9.2 and 9.1 are bad 1, 2: halve again; 1 improves.
     */
    @Test
    void plateauReducesAfterPatienceAndWaitsOutTheCooldown() {
        Plateau plateau = new Plateau(false, 0.5, 1, 0.1, true, 1, 0, 1e-8);
        Schedule.State state = plateau.start(1);
        double[] losses = {10, 9.5, 9.4, 9.3, 9.2, 9.1, 1};
        double[] rates = {1, 1, 0.5, 0.5, 0.5, 0.25, 0.25};
        for (int i = 0; i < losses.length; i++) {
            state.advance(losses[i], true);
            assertEquals(rates[i], state.learningRate(), 0, "after loss " + losses[i]);
        }
    }

    /** With mini-batches the plateau sees one loss per epoch: the mean of the epoch's batch losses. */
    @Test
    void plateauStepsOncePerEpochOnTheMeanBatchLoss() {
        Plateau plateau = new Plateau(false, 0.5, 0, 0, false, 0, 0, 1e-8);
        Schedule.State state = plateau.start(1);
        state.advance(4, false);
        state.advance(2, true);
        assertEquals(1, state.learningRate(), 0);
        state.advance(1, false);
        assertEquals(1, state.learningRate(), 0);
        state.advance(5.5, true);
        assertEquals(0.5, state.learningRate(), 0, "epoch mean 3.25 does not beat 3");
        state.advance(1, false);
        state.advance(1, true);
        assertEquals(0.5, state.learningRate(), 0, "epoch mean 1 improves");
    }

    /** min_lr bounds the reductions, and a reduction smaller than eps is skipped. */
    @Test
    void plateauRespectsMinLrAndEps() {
        Schedule.State floored = new Plateau(false, 0.1, 0, 0, true, 0, 0.3, 1e-8).start(1);
        floored.advance(1, true);
        floored.advance(2, true);
        assertEquals(0.3, floored.learningRate(), 0);
        floored.advance(2, true);
        assertEquals(0.3, floored.learningRate(), 0);
        Schedule.State tiny = new Plateau(false, 0.5, 0, 0, true, 0, 0, 0.6).start(1);
        tiny.advance(1, true);
        tiny.advance(2, true);
        assertEquals(1, tiny.learningRate(), 0, "a reduction of 0.5 < eps = 0.6 is skipped");
    }
}
