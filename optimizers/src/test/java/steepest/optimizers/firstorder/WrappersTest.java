package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Driver;
import steepest.optimizers.Objective;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;

/**
 * Lookahead, Polyak and EMA averaging and schedule-free learning: against independent scalar
 * implementations of the papers' algorithms, against the inner rule's own run (the averages of its
 * recorded iterates), in the limits where a wrapper is its inner rule, and composed with sampling,
 * schedules and clipping. What the driver records (and returns) is the wrapper's reported point.
 */
class WrappersTest {

    static final double TOLERANCE = 1e-12;
    static final int STEPS = 100;

    static List<double[]> run(String spec, Objective f, double[] x0, int steps, long seed) {
        List<double[]> points = new ArrayList<>();
        Driver.run(BuiltinOptimizers.asCatalog().create(spec), f, x0, new SplittableRandom(seed), StoppingRules.iterations(steps),
                RecordSchedule.everyIteration(), (record, x) -> points.add(x.clone()));
        return points;
    }

    static List<double[]> run(String spec, String problem) {
        return run(spec, TestProblems.named(problem), TestProblems.start(problem), STEPS, 0);
    }

    static void assertTrajectories(List<double[]> expected, List<double[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": length");
        for (int k = 0; k < expected.size(); k++) {
            for (int i = 0; i < expected.get(k).length; i++) {
                double e = expected.get(k)[i];
                double a = actual.get(k)[i];
                if (!(Math.abs(a - e) <= TOLERANCE * (1 + Math.abs(e)))) {
                    fail(what + ", x_" + k + "[" + i + "]: expected " + e + ", got " + a);
                }
            }
        }
    }

    /** Heavy-ball SGD as torch defines it (b_1 = g), written out for the references. */
    static final class HeavyBall {
        final double lr;
        final double mu;
        double[] buffer;

        HeavyBall(double lr, double mu) {
            this.lr = lr;
            this.mu = mu;
        }

        void step(double[] x, double[] g) {
            if (buffer == null) {
                buffer = g.clone();
            } else {
                for (int i = 0; i < x.length; i++) {
                    buffer[i] = mu * buffer[i] + g[i];
                }
            }
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * buffer[i];
            }
        }
    }

    /**
     * Zhang et al. algorithm 1 around heavy-ball SGD: k fast steps from the slow weights φ, then
     * φ ← φ + α(θ − φ); the recorded point is φ.
     */
    @Test
    void lookaheadFollowsAlgorithmOne() {
        Objective f = TestProblems.named("rosenbrock");
        double[] theta = TestProblems.start("rosenbrock");
        double[] phi = theta.clone();
        HeavyBall inner = new HeavyBall(1e-3, 0.9);
        double[] g = new double[2];
        List<double[]> expected = new ArrayList<>();
        expected.add(phi.clone());
        for (int t = 1; t <= STEPS; t++) {
            f.valueAndGradient(theta, g);
            inner.step(theta, g);
            if (t % 3 == 0) {
                for (int i = 0; i < 2; i++) {
                    phi[i] = phi[i] + 0.6 * (theta[i] - phi[i]);
                }
                theta = phi.clone();
            }
            expected.add(phi.clone());
        }
        assertTrajectories(expected, run("lookahead:k=3,alpha=0.6,inner=(sgd:lr=1e-3,momentum=0.9)", "rosenbrock"),
                "lookahead");
    }

    /** With α = 1 lookahead changes nothing but when the point is reported: every k-th step, the inner run's. */
    @Test
    void lookaheadWithFullSlowStepIsTheInnerRule() {
        List<double[]> inner = run("adam:lr=0.01", "rosenbrock");
        List<double[]> wrapped = run("lookahead:k=4,alpha=1,inner=(adam:lr=0.01)", "rosenbrock");
        for (int k = 0; k <= STEPS; k++) {
            assertArrayEquals(inner.get(k - k % 4), wrapped.get(k), "x_" + k);
        }
    }

    /** Polyak averaging reports the mean of the inner iterates after step s, from the inner run's own record. */
    @Test
    void polyakReportsTheMeanOfTheInnerIterates() {
        List<double[]> inner = run("sgd:lr=0.005,momentum=0.5", "quadratic");
        List<double[]> averaged = run("polyak:start=10,inner=(sgd:lr=0.005,momentum=0.5)", "quadratic");
        List<double[]> expected = new ArrayList<>();
        for (int k = 0; k <= STEPS; k++) {
            if (k <= 10) {
                expected.add(inner.get(k));
                continue;
            }
            double[] mean = new double[10];
            for (int j = 11; j <= k; j++) {
                for (int i = 0; i < 10; i++) {
                    mean[i] += inner.get(j)[i];
                }
            }
            for (int i = 0; i < 10; i++) {
                mean[i] /= k - 10;
            }
            expected.add(mean);
        }
        assertTrajectories(expected, averaged, "polyak");
    }

    /** EMA averaging: x̄_1 = x_1, x̄_t = βx̄_{t−1} + (1 − β)x_t over the inner run's own iterates. */
    @Test
    void emaReportsTheExponentialAverageOfTheInnerIterates() {
        List<double[]> inner = run("rmsprop:lr=0.01,momentum=0.5", "rosenbrock");
        List<double[]> averaged = run("ema:decay=0.8,inner=(rmsprop:lr=0.01,momentum=0.5)", "rosenbrock");
        List<double[]> expected = new ArrayList<>();
        expected.add(inner.get(0));
        double[] ema = inner.get(1).clone();
        expected.add(ema.clone());
        for (int k = 2; k <= STEPS; k++) {
            for (int i = 0; i < 2; i++) {
                ema[i] = 0.8 * ema[i] + 0.2 * inner.get(k)[i];
            }
            expected.add(ema.clone());
        }
        assertTrajectories(expected, averaged, "ema");
    }

    /**
     * Schedule-Free SGD, Defazio et al. algorithm 1 with weight decay at y and the warm-up weights
     * c_{t+1} = γ_t² / Σ_{i&lt;=t} γ_i² of §4 (γ the scheduled rate; here a linear warm-up): y_t =
     * (1 − β)z_t + βx_t, z_{t+1} = z_t − γ_t(∇f(y_t) + λy_t), x_{t+1} = (1 − c)x_t + c z_{t+1}; the
     * recorded point is x.
     */
    @Test
    void scheduleFreeSgdFollowsAlgorithmOne() {
        Objective f = TestProblems.named("rosenbrock");
        double[] z = TestProblems.start("rosenbrock");
        double[] x = z.clone();
        double[] y = z.clone();
        double[] g = new double[2];
        double beta = 0.9;
        double weightDecay = 0.01;
        double weights = 0;
        List<double[]> expected = new ArrayList<>();
        expected.add(x.clone());
        for (int t = 1; t <= STEPS; t++) {
            double gamma = 2e-3 * (t <= 10 ? 0.1 + 0.9 * (t - 1) / 10 : 1);
            f.valueAndGradient(y, g);
            for (int i = 0; i < 2; i++) {
                z[i] = z[i] - gamma * (g[i] + weightDecay * y[i]);
            }
            weights += gamma * gamma;
            double c = gamma * gamma / weights;
            for (int i = 0; i < 2; i++) {
                x[i] = (1 - c) * x[i] + c * z[i];
                y[i] = (1 - beta) * z[i] + beta * x[i];
            }
            expected.add(x.clone());
        }
        assertTrajectories(expected, run("schedule-free-sgd:lr=2e-3,weight_decay=0.01,warmup=10,warmup_start=0.1",
                "rosenbrock"), "schedule-free-sgd");
    }

    /**
     * Schedule-Free AdamW (Defazio et al. §4; the authors' reference implementation): z moves by the
     * Adam step without first moment, γ g / (√(v/(1 − β2^t)) + ε), after the decay γλy; x and y as
     * for SGD with β = β1.
     */
    /**
     * Schedule-Free's polynomial weighting (Defazio et al. §4, r > 0): c_{t+1} = t^r γ² / Σ_{i&lt;=t} i^r γ²,
     * here r = 1 at a constant rate, no weight decay.
     */
    @Test
    void scheduleFreeWeightsLaterIteratesByTheirStepToThePowerR() {
        Objective f = TestProblems.named("rosenbrock");
        double[] z = TestProblems.start("rosenbrock");
        double[] x = z.clone();
        double[] y = z.clone();
        double[] g = new double[2];
        double beta = 0.9;
        double gamma = 2e-3;
        double weights = 0;
        List<double[]> expected = new ArrayList<>();
        expected.add(x.clone());
        for (int t = 1; t <= STEPS; t++) {
            f.valueAndGradient(y, g);
            for (int i = 0; i < 2; i++) {
                z[i] = z[i] - gamma * g[i];
            }
            weights += t * gamma * gamma;
            double c = t * gamma * gamma / weights;
            for (int i = 0; i < 2; i++) {
                x[i] = (1 - c) * x[i] + c * z[i];
                y[i] = (1 - beta) * z[i] + beta * x[i];
            }
            expected.add(x.clone());
        }
        assertTrajectories(expected, run("schedule-free-sgd:lr=2e-3,r=1", "rosenbrock"), "schedule-free-sgd, r = 1");
    }

    @Test
    void scheduleFreeAdamWFollowsThePaper() {
        Objective f = TestProblems.named("quadratic");
        double[] z = TestProblems.start("quadratic");
        double[] x = z.clone();
        double[] y = z.clone();
        double[] v = new double[10];
        double[] g = new double[10];
        double gamma = 0.02;
        double b1 = 0.9;
        double b2 = 0.99;
        double eps = 1e-8;
        double weightDecay = 0.1;
        double weights = 0;
        List<double[]> expected = new ArrayList<>();
        expected.add(x.clone());
        for (int t = 1; t <= STEPS; t++) {
            f.valueAndGradient(y, g);
            for (int i = 0; i < 10; i++) {
                z[i] -= gamma * weightDecay * y[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                z[i] -= gamma * g[i] / (Math.sqrt(v[i] / (1 - Math.pow(b2, t))) + eps);
            }
            weights += gamma * gamma;
            double c = gamma * gamma / weights;
            for (int i = 0; i < 10; i++) {
                x[i] = (1 - c) * x[i] + c * z[i];
                y[i] = (1 - b1) * z[i] + b1 * x[i];
            }
            expected.add(x.clone());
        }
        assertTrajectories(expected, run("schedule-free-adamw:lr=0.02,beta2=0.99,weight_decay=0.1", "quadratic"),
                "schedule-free-adamw");
    }

    /** β = 0 and unweighted averages: y = z runs the inner rule, and x is its Polyak average. */
    @Test
    void scheduleFreeWithoutInterpolationIsPolyakAveraging() {
        assertTrajectories(run("polyak:inner=(adagrad:lr=0.1)", "rosenbrock"),
                run("schedule-free:momentum=0,weight_lr_power=0,inner=(adagrad:lr=0.1)", "rosenbrock"),
                "schedule-free with beta = 0");
    }

    /**
     * A wrapper composes with the inner spec's sampling, schedule and clipping exactly as the plain
     * method does: with k = 1 and α = 1 lookahead is its inner rule, and so is an average that has
     * not started, mini-batches (same seed), schedule and clipping included.
     */
    @ParameterizedTest
    @ValueSource(strings = {"adam:lr=0.05,batch=4,schedule=cosine,t_max=50,clip_norm=1",
        "sgd:lr=0.05,momentum=0.9,batch=3,replacement=true,schedule=onecycle,max_lr=0.1,total_steps=60",
        "rmsprop:lr=0.01,momentum=0.5,batch=5,schedule=plateau,patience=1,warmup=5,clip_value=0.5"})
    void wrappersComposeWithSamplingScheduleAndClipping(String inner) {
        Objective f = new TestProblems.LeastSquares(40, 6, 0.01, 7);
        double[] x0 = {0.5, -0.5, 1, 0, 0.25, -1};
        List<double[]> plain = run(inner, f, x0, 60, 11);
        assertTrajectories(plain, run("lookahead:k=1,alpha=1,inner=(" + inner + ")", f, x0, 60, 11), "lookahead");
        assertTrajectories(plain, run("polyak:start=1000,inner=(" + inner + ")", f, x0, 60, 11), "polyak, not started");
        assertTrue(Math.abs(plain.get(60)[0] - x0[0]) > 1e-3, "the run should move");
    }

    /** The driver returns the reported point and, for ASGD, the averaged iterate ax (null otherwise). */
    @Test
    void driverReturnsTheReportedPointAndTheAveragedIterate() {
        Objective f = TestProblems.named("quadratic");
        double[] x0 = TestProblems.start("quadratic");
        List<double[]> averaged = new ArrayList<>();
        RunResult ema = Driver.run(BuiltinOptimizers.asCatalog().create("ema:decay=0.5,inner=(sgd:lr=0.01)"), f, x0,
                new SplittableRandom(0), StoppingRules.iterations(20), RecordSchedule.everyIteration(),
                (record, x) -> averaged.add(x.clone()));
        assertArrayEquals(averaged.get(20), ema.x());
        assertNull(ema.averagedIterate());
        RunResult asgd = Driver.run(BuiltinOptimizers.asCatalog().create("asgd:lr=0.01,t0=5"), f, x0, new SplittableRandom(0),
                StoppingRules.iterations(20), RecordSchedule.endsOnly(), (record, x) -> { });
        assertNotNull(asgd.averagedIterate());
        assertTrue(Math.abs(asgd.averagedIterate()[0] - asgd.x()[0]) > 1e-6, "ax is an average, not x");
    }

    /** A run past onecycle's total_steps + 1 updates fails naming total_steps, as torch raises. */
    @Test
    void oneCycleRunPastTotalStepsFailsNamingTheKey() {
        Objective f = TestProblems.named("quadratic");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(
                "sgd:momentum=0.9,schedule=onecycle,max_lr=0.01,total_steps=30", f, TestProblems.start("quadratic"), 32,
                0));
        assertTrue(e.getMessage().contains("total_steps=30"), e.getMessage());
        assertEquals(32, run("sgd:momentum=0.9,schedule=onecycle,max_lr=0.01,total_steps=30", f,
                TestProblems.start("quadratic"), 31, 0).size(), "torch allows total_steps + 1 updates");
    }
}
