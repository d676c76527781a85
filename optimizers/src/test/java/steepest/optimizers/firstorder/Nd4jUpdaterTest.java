package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * Differential tests against nd4j's own updaters ({@code org.nd4j.linalg.learning}, 1.0.0-M2.1), an
 * implementation written independently of torch and of this project. Both sides are fed the same
 * gradient sequence g_1..g_T (independent of x, so the trajectories can be compared step by step)
 * and the same learning rates; nd4j returns an update u_t that is subtracted, x_t = x_{t-1} − u_t.
 *
 * <p>Where the definitions coincide the trajectories must agree to {@link #TOLERANCE}. Where nd4j
 * differs from torch, the difference is stated at the test and asserted: first that it is visible,
 * then that after adjusting for it the two agree.
 */
class Nd4jUpdaterTest {

    /** Mixed tolerance per coordinate: only rounding separates the two implementations. */
    static final double TOLERANCE = 1e-12;
    static final int DIMENSION = 6;
    static final int STEPS = 80;
    /** The value nd4j's AdaGradUpdater fills its sum of squares with (its field {@code epsilon}). */
    static final double ND4J_ADAGRAD_START = 1e-6;

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    /** Gradients with a drift and a scale, so moments do not average out and ε can matter. */
    static double[][] gradients(long seed, double scale) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] g = new double[STEPS][DIMENSION];
        for (double[] row : g) {
            for (int i = 0; i < DIMENSION; i++) {
                row[i] = scale * (random.nextDouble(-1, 2) + 0.1 * i);
            }
        }
        return g;
    }

    static double[] start() {
        double[] x = new double[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            x[i] = 0.5 - 0.3 * i;
        }
        return x;
    }

    /** x_T of our rule, with the learning rate of {@code schedule} at steps k = 0..T−1. */
    static double[] ours(UpdateRule rule, Schedule.ClosedForm schedule, double[][] g) {
        double[] x = start();
        UpdateRule.State state = rule.start(DIMENSION);
        for (int k = 0; k < g.length; k++) {
            state.applyInPlace(x, g[k], schedule.learningRate(rule.learningRate(), k));
        }
        return x;
    }

    /**
     * x_T of nd4j, with the configuration of step k (iteration k = 0..T−1) re-instantiated on the
     * same state view, which keeps the state and lets a test change a setting between steps.
     */
    static double[] nd4j(IntFunction<IUpdater> configAt, double[][] g) {
        return nd4j(configAt, g, false);
    }

    /** As {@link #nd4j(IntFunction, double[][])}, with the state zeroed after nd4j initializes it. */
    static double[] nd4j(IntFunction<IUpdater> configAt, double[][] g, boolean zeroState) {
        INDArray x = Nd4j.createFromArray(start()).reshape(1, DIMENSION);
        long size = configAt.apply(0).stateSize(DIMENSION);
        INDArray view = size == 0 ? null : Nd4j.zeros(DataType.DOUBLE, 1, size);
        for (int k = 0; k < g.length; k++) {
            GradientUpdater<?> updater = configAt.apply(k).instantiate(view, k == 0);
            if (k == 0 && zeroState) {
                view.assign(0);
            }
            INDArray update = Nd4j.createFromArray(g[k].clone()).reshape(1, DIMENSION);
            updater.applyUpdater(update, k, 0);
            x.subi(update);
        }
        return x.toDoubleVector();
    }

    static double maxRelativeDifference(double[] expected, double[] actual) {
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]) / (1 + Math.abs(expected[i])));
        }
        return max;
    }

    static void assertAgree(double[] nd4j, double[] ours) {
        double difference = maxRelativeDifference(nd4j, ours);
        assertTrue(difference <= TOLERANCE, "nd4j and steepest differ by " + difference);
    }

    static void assertDiffer(double[] nd4j, double[] ours, double atLeast) {
        double difference = maxRelativeDifference(nd4j, ours);
        assertTrue(difference >= atLeast, "expected a visible difference, got " + difference);
    }

    @Test
    void plainSgdMatchesSgdUpdater() {
        double[][] g = gradients(1, 1);
        assertAgree(nd4j(k -> new org.nd4j.linalg.learning.config.Sgd(0.05), g),
                ours(Sgd.plain(0.05), Schedule.CONSTANT, g));
    }

    /**
     * nd4j's Nesterovs keeps a velocity with the learning rate inside, v_t = μv_{t-1} − η_t·g_t, and
     * steps x_t = x_{t-1} + (1 + μ)v_t − μv_{t-1}. torch keeps b_t = μb_{t-1} + g_t and steps
     * x_t = x_{t-1} − η_t(g_t + μb_t). With a constant η, v = −ηb and the two are the same method
     * (Sutskever et al. 2013 rewritten); when η changes, nd4j's velocity still carries the old
     * rates while torch rescales the whole buffer by the new one, so the trajectories part.
     */
    @Test
    void nesterovMatchesNesterovsUpdaterOnlyAtConstantLearningRate() {
        double[][] g = gradients(2, 1);
        Sgd nesterov = new Sgd(0.05, 0.9, 0, true, 0);
        assertAgree(nd4j(k -> new Nesterovs(0.05, 0.9), g), ours(nesterov, Schedule.CONSTANT, g));

        Schedule.ClosedForm halving = new Schedule.Step(10, 0.5);
        StepSchedule nd4jHalving = new StepSchedule(ScheduleType.ITERATION, 0.05, 0.5, 10);
        assertAgree(new double[] {halving.learningRate(0.05, 25)}, new double[] {nd4jHalving.valueAt(25, 0)});
        assertDiffer(nd4j(k -> new Nesterovs(nd4jHalving, 0.9), g), ours(nesterov, halving, g), 1e-3);
    }

    /**
     * Same update (ε outside the root), also under a step schedule of η; but nd4j starts the sum of
     * squares at 10⁻⁶ (a constant of {@code AdaGradUpdater}, whatever ε is configured) where torch
     * starts it at {@code initial_accumulator_value} (default 0). The start shows; with
     * initial_accumulator_value = 10⁻⁶ the two agree.
     */
    @Test
    void adaGradMatchesAdaGradUpdaterOnceTheSumStartsAtEpsilon() {
        double[][] g = gradients(3, 1);
        double eps = 1e-2;
        StepSchedule nd4jHalving = new StepSchedule(ScheduleType.ITERATION, 0.1, 0.5, 10);
        Schedule.ClosedForm halving = new Schedule.Step(10, 0.5);
        double[] nd4j = nd4j(k -> new org.nd4j.linalg.learning.config.AdaGrad(nd4jHalving, eps), g);
        assertDiffer(nd4j, ours(new AdaGrad(0.1, 0, 0, 0, eps), halving, g), 1e-6);
        assertAgree(nd4j, ours(new AdaGrad(0.1, 0, 0, ND4J_ADAGRAD_START, eps), halving, g));
    }

    /**
     * Same update for plain RMSProp (nd4j has no centered form and no momentum), but nd4j starts
     * the average of squares at ε where torch starts it at 0; torch has no setting for that, so
     * the adjustment is made on nd4j's side, zeroing its state after initialization.
     */
    @Test
    void rmsPropMatchesRmsPropUpdaterOnceItsAverageStartsAtZero() {
        double[][] g = gradients(4, 1);
        double eps = 1e-2;
        double[] ours = ours(new RmsProp(0.01, 0.9, eps, 0, 0, false), Schedule.CONSTANT, g);
        IntFunction<IUpdater> config = k -> new org.nd4j.linalg.learning.config.RmsProp(0.01, 0.9, eps);
        assertDiffer(nd4j(config, g), ours, 1e-5);
        assertAgree(nd4j(config, g, true), ours);
    }

    /** Same definition; nd4j has no learning rate here, which is torch's lr = 1. */
    @Test
    void adaDeltaMatchesAdaDeltaUpdaterWithUnitLearningRate() {
        double[][] g = gradients(5, 1);
        assertAgree(nd4j(k -> new org.nd4j.linalg.learning.config.AdaDelta(0.95, 1e-6), g),
                ours(new AdaDelta(1.0, 0.95, 1e-6, 0), Schedule.CONSTANT, g));
    }

    /**
     * nd4j adds ε to √v before the bias correction: u_t = η√(1 − β2^t)/(1 − β1^t)·m/(√v + ε), the
     * "efficient" form of Kingma and Ba's §2, while torch adds it after: η/(1 − β1^t)·m/(√v/√(1 − β2^t)
     * + ε). They are the same step when nd4j's ε at step t is torch's ε·√(1 − β2^t). With
     * gradients of size 10⁻⁷, comparable to ε, the difference is visible; adjusted, it vanishes.
     */
    @Test
    void adamMatchesAdamUpdaterOnceEpsilonIsBiasCorrected() {
        double[][] g = gradients(6, 1e-7);
        double eps = 1e-7;
        double[] ours = ours(new Adam(0.01, 0.9, 0.999, eps, 0, false), Schedule.CONSTANT, g);
        assertDiffer(nd4j(k -> new org.nd4j.linalg.learning.config.Adam(0.01, 0.9, 0.999, eps), g), ours, 1e-4);
        assertAgree(nd4j(k -> new org.nd4j.linalg.learning.config.Adam(0.01, 0.9, 0.999,
                eps * Math.sqrt(1 - Math.pow(0.999, k + 1))), g), ours);
    }

    /** AMSGrad: the same maximum of the raw v, and the same ε placement difference as Adam. */
    @Test
    void amsGradMatchesAmsGradUpdaterOnceEpsilonIsBiasCorrected() {
        double[][] g = gradients(7, 1e-7);
        double eps = 1e-7;
        double[] ours = ours(new Adam(0.01, 0.9, 0.99, eps, 0, true), Schedule.CONSTANT, g);
        assertDiffer(nd4j(k -> new AMSGrad(0.01, 0.9, 0.99, eps), g), ours, 1e-4);
        assertAgree(nd4j(k -> new AMSGrad(0.01, 0.9, 0.99, eps * Math.sqrt(1 - Math.pow(0.99, k + 1))), g), ours);
    }

    /**
     * nd4j's AdaMax ignores its ε and adds 10⁻³² after the maximum, u = max(β2u, |g|) + 10⁻³², while
     * torch puts ε inside, u = max(β2u, |g| + ε). With gradients of size 10⁻⁷ and ε = 10⁻⁷ the
     * difference is visible; with torch's ε negligible against |g| (10⁻³⁰⁰) both are
     * u = max(β2u, |g|) to rounding.
     */
    @Test
    void adaMaxMatchesAdaMaxUpdaterWhenEpsilonIsNegligible() {
        double[][] g = gradients(8, 1e-7);
        double[] nd4j = nd4j(k -> new AdaMax(0.01, 0.9, 0.999, 1e-7), g);
        assertDiffer(nd4j, ours(new Adamax(0.01, 0.9, 0.999, 1e-7, 0), Schedule.CONSTANT, g), 1e-4);
        assertAgree(nd4j, ours(new Adamax(0.01, 0.9, 0.999, 1e-300, 0), Schedule.CONSTANT, g));
    }

    /**
     * nd4j's Nadam is Dozat's simplified form without the momentum schedule and without bias
     * correction of v: m_t as Adam's, u_t = η·(β1·m_t + (1 − β1)·g_t)/(1 − β1^t)/(√v_t + ε). torch's
     * NAdam (and ours) uses μ_t = β1(1 − ½·0.96^{tψ}), the products Π and v/(1 − β2^t); no choice of
     * settings maps one onto the other. Asserted: nd4j follows the form stated here (a scalar
     * evaluation of it reproduces nd4j), and ours is a different method. {@link NAdamTest} checks
     * ours against the documented torch formula.
     */
    @Test
    void nadamUpdaterIsDozatsSimplifiedFormNotTorchs() {
        double[][] g = gradients(9, 1);
        double lr = 0.01;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double eps = 1e-8;
        double[] nd4j = nd4j(k -> new Nadam(lr, beta1, beta2, eps), g);
        double[] x = start();
        double[] m = new double[DIMENSION];
        double[] v = new double[DIMENSION];
        for (int t = 1; t <= STEPS; t++) {
            for (int i = 0; i < DIMENSION; i++) {
                double gi = g[t - 1][i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                double nesterov = (beta1 * m[i] + (1 - beta1) * gi) / (1 - Math.pow(beta1, t));
                x[i] -= lr * nesterov / (Math.sqrt(v[i]) + eps);
            }
        }
        assertAgree(nd4j, x);
        assertDiffer(nd4j, ours(new NAdam(lr, beta1, beta2, eps, 0, NAdam.DEFAULT_MOMENTUM_DECAY), Schedule.CONSTANT, g),
                1e-3);
    }
}
