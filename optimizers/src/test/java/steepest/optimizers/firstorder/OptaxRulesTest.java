package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Driver;
import steepest.optimizers.Objective;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.ParameterBlock;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;

/**
 * The optax rules against naive scalar implementations written here from the papers' pseudocode,
 * with optax's documented departures from it switched in (named at each reference), and against
 * the limits the papers state. Sources: Chen et al., "Symbolic discovery of optimization
 * algorithms", 2023, algorithm 2 (Lion); You et al., "Large batch optimization for deep learning",
 * ICLR 2020, algorithm 2 (LAMB); Zhuang et al., "AdaBelief optimizer", NeurIPS 2020, algorithm 2;
 * Zaheer et al., "Adaptive methods for nonconvex optimization", NeurIPS 2018, algorithm 2 (Yogi);
 * Shazeer and Stern, "Adafactor", ICML 2018, algorithms 4 and 5; optax's {@code optax/_src/alias.py},
 * {@code transform.py} and {@code factorized.py} for its defaults and departures.
 */
class OptaxRulesTest {

    /** Mixed tolerance per iterate against the scalar references. */
    static final double TOLERANCE = 1e-12;
    /**
     * Steps compared. Up to here the two implementations agree to a few units of 1e-16; later, with
     * the iterates at the minimum, Yogi (sign(v − g²) of a v that has converged to g²) and factored
     * Adafactor (steps relative to the parameter scale) keep moving by amounts that amplify rounding
     * by about 20% per step, so any two orderings of the same arithmetic part (measured: 1e-14 at
     * step 125, 1e-11 at 200).
     */
    static final int STEPS = 100;

    /** One naive step of a reference: x ← x + Δ(x, g), with the learning rate of step t (1-based). */
    interface Reference {
        void step(double[] x, double[] g, int t);
    }

    // ---- the references -------------------------------------------------------------------------

    /**
     * Lion, Chen et al. algorithm 2: c = β1 m + (1 − β1) g; x ← x − η(sign c + λx);
     * m ← β2 m + (1 − β2) g.
     */
    static Reference lion(double lr, double b1, double b2, double wd, int d) {
        double[] m = new double[d];
        return (x, g, t) -> {
            double[] update = new double[d];
            for (int i = 0; i < d; i++) {
                update[i] = Math.signum(b1 * m[i] + (1 - b1) * g[i]) + wd * x[i];
                m[i] = b2 * m[i] + (1 - b2) * g[i];
            }
            for (int i = 0; i < d; i++) {
                x[i] -= lr * update[i];
            }
        };
    }

    /**
     * LAMB, You et al. algorithm 2 with φ the identity and one layer per parameter block: Adam's
     * ratio r = m̂/(√v̂ + ε) (optax adds ε_root inside the root), u = r + λx, x_B ← x_B −
     * η‖x_B‖/‖u_B‖ u_B (optax: ratio 1 when a norm is zero).
     */
    static Reference lamb(double lr, double b1, double b2, double eps, double epsRoot, double wd,
                          List<ParameterBlock> blocks) {
        int d = blocks.get(blocks.size() - 1).end();
        double[] m = new double[d];
        double[] v = new double[d];
        return (x, g, t) -> {
            double[] u = new double[d];
            for (int i = 0; i < d; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                u[i] = mHat / (Math.sqrt(vHat + epsRoot) + eps) + wd * x[i];
            }
            for (ParameterBlock block : blocks) {
                double xNorm = 0;
                double uNorm = 0;
                for (int i = block.offset(); i < block.end(); i++) {
                    xNorm += x[i] * x[i];
                    uNorm += u[i] * u[i];
                }
                xNorm = Math.sqrt(xNorm);
                uNorm = Math.sqrt(uNorm);
                double trust = xNorm > 0 && uNorm > 0 ? xNorm / uNorm : 1;
                for (int i = block.offset(); i < block.end(); i++) {
                    x[i] -= lr * trust * u[i];
                }
            }
        };
    }

    /**
     * AdaBelief, Zhuang et al. algorithm 2: m ← β1 m + (1 − β1) g; s ← β2 s + (1 − β2)(g − m)² + ε;
     * x ← x − η m̂ / (√ŝ + ε), with optax's two epsilons (eps outside, eps_root in s) and decoupled
     * weight decay λx added to the update.
     */
    static Reference adabelief(double lr, double b1, double b2, double eps, double epsRoot, double wd, int d) {
        double[] m = new double[d];
        double[] s = new double[d];
        return (x, g, t) -> {
            for (int i = 0; i < d; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                s[i] = b2 * s[i] + (1 - b2) * (g[i] - m[i]) * (g[i] - m[i]) + epsRoot;
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double sHat = s[i] / (1 - Math.pow(b2, t));
                x[i] -= lr * (mHat / (Math.sqrt(sHat) + eps) + wd * x[i]);
            }
        };
    }

    /**
     * Yogi, Zaheer et al. algorithm 2: m ← β1 m + (1 − β1) g; v ← v − (1 − β2) sign(v − g²) g²;
     * x ← x − η m / (√v + ε); with optax's departures: both moments start at v_init, and both are
     * bias-corrected (ε_root inside the root).
     */
    static Reference yogi(double lr, double b1, double b2, double eps, double epsRoot, double init, int d) {
        double[] m = new double[d];
        double[] v = new double[d];
        java.util.Arrays.fill(m, init);
        java.util.Arrays.fill(v, init);
        return (x, g, t) -> {
            for (int i = 0; i < d; i++) {
                double g2 = g[i] * g[i];
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = v[i] - (1 - b2) * Math.signum(v[i] - g2) * g2;
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                x[i] -= lr * mHat / (Math.sqrt(vHat + epsRoot) + eps);
            }
        };
    }

    /**
     * Adafactor, Shazeer and Stern algorithms 4 (factored: R = V1, C = 1ᵀV, V̂ = RC / 1ᵀR, here with
     * sums as in the paper) and 5 (update clipping by RMS(U)/d, relative step max(ε2, RMS(X))·ρ),
     * β̂2t = 1 − t^(−c), ε1 added to G²; optax's parameters: η in place of ρ_t, ε2 = 10⁻³, a block is
     * factored when its smaller side is at least minDim, optional momentum (EMA of the updates) and
     * weight decay added unscaled.
     */
    static Reference adafactor(double lr, int minDim, double c, double threshold, double momentum, double wd,
                               double eps1, List<ParameterBlock> blocks) {
        int d = blocks.get(blocks.size() - 1).end();
        double[][] r = new double[blocks.size()][];
        double[][] col = new double[blocks.size()][];
        double[] v = new double[d];
        double[] mom = new double[d];
        return (x, g, t) -> {
            double beta = 1 - Math.pow(t, -c);
            double[] update = new double[d];
            for (int b = 0; b < blocks.size(); b++) {
                ParameterBlock block = blocks.get(b);
                int rows = block.rows();
                int cols = block.columns();
                boolean factor = rows > 1 && cols > 1 && Math.min(rows, cols) >= minDim;
                double[] u = new double[rows * cols];
                if (factor) {
                    if (r[b] == null) {
                        r[b] = new double[rows];
                        col[b] = new double[cols];
                    }
                    double[] rowSums = new double[rows];
                    double[] colSums = new double[cols];
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < cols; j++) {
                            double gg = g[block.offset() + i * cols + j];
                            rowSums[i] += gg * gg + eps1;
                            colSums[j] += gg * gg + eps1;
                        }
                    }
                    double total = 0;
                    for (int i = 0; i < rows; i++) {
                        r[b][i] = beta * r[b][i] + (1 - beta) * rowSums[i];
                        total += r[b][i];
                    }
                    for (int j = 0; j < cols; j++) {
                        col[b][j] = beta * col[b][j] + (1 - beta) * colSums[j];
                    }
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < cols; j++) {
                            double vHat = r[b][i] * col[b][j] / total;
                            u[i * cols + j] = g[block.offset() + i * cols + j] / Math.sqrt(vHat);
                        }
                    }
                } else {
                    for (int k = 0; k < u.length; k++) {
                        int i = block.offset() + k;
                        v[i] = beta * v[i] + (1 - beta) * (g[i] * g[i] + eps1);
                        u[k] = g[i] / Math.sqrt(v[i]);
                    }
                }
                double uRms = rms(u, 0, u.length);
                double xRms = rms(x, block.offset(), block.size());
                double clip = Math.max(1, uRms / threshold);
                double alpha = lr * Math.max(1e-3, xRms);
                for (int k = 0; k < u.length; k++) {
                    update[block.offset() + k] = alpha * u[k] / clip;
                }
            }
            for (int i = 0; i < d; i++) {
                if (momentum > 0) {
                    mom[i] = momentum * mom[i] + (1 - momentum) * update[i];
                    update[i] = mom[i];
                }
                x[i] -= update[i] + wd * x[i];
            }
        };
    }

    private static double rms(double[] a, int from, int n) {
        double sum = 0;
        for (int i = from; i < from + n; i++) {
            sum += a[i] * a[i];
        }
        return Math.sqrt(sum / n);
    }

    // ---- the comparison --------------------------------------------------------------------------

    static List<double[]> referenceRun(Reference reference, Objective f, double[] x0, int steps) {
        List<double[]> iterates = new ArrayList<>();
        double[] x = x0.clone();
        double[] g = new double[x.length];
        iterates.add(x.clone());
        for (int t = 1; t <= steps; t++) {
            f.valueAndGradient(x, g);
            reference.step(x, g, t);
            iterates.add(x.clone());
        }
        return iterates;
    }

    static List<double[]> ourRun(String spec, Objective f, double[] x0, int steps) {
        List<double[]> iterates = new ArrayList<>();
        Driver.run(BuiltinOptimizers.asCatalog().create(spec), f, x0, new SplittableRandom(0), StoppingRules.iterations(steps),
                RecordSchedule.everyIteration(), (record, x) -> iterates.add(x.clone()));
        return iterates;
    }

    static Stream<Arguments> cases() {
        Objective rosenbrock = TestProblems.named("rosenbrock");
        double[] r0 = TestProblems.start("rosenbrock");
        Objective quadratic = TestProblems.named("quadratic");
        double[] q0 = TestProblems.start("quadratic");
        Objective blocks = new BlockQuadratic();
        double[] b0 = BlockQuadratic.start();
        List<ParameterBlock> one = List.of(ParameterBlock.vector(0, 2));
        List<ParameterBlock> blocked = BlockQuadratic.BLOCKS;
        int n = BlockQuadratic.DIMENSION;
        return Stream.of(
                Arguments.of("lion", rosenbrock, r0, lion(1e-4, 0.9, 0.99, 1e-3, 2)),
                Arguments.of("lion:lr=0.003,beta1=0.8,beta2=0.95,weight_decay=0.1", quadratic, q0,
                        lion(0.003, 0.8, 0.95, 0.1, 10)),
                Arguments.of("lion:lr=0.01,weight_decay=0", blocks, b0, lion(0.01, 0.9, 0.99, 0, n)),
                Arguments.of("lamb:lr=0.01", rosenbrock, r0, lamb(0.01, 0.9, 0.999, 1e-6, 0, 0, one)),
                Arguments.of("lamb:lr=0.01,beta1=0.8,beta2=0.99,eps=1e-4,eps_root=1e-8,weight_decay=0.05", blocks, b0,
                        lamb(0.01, 0.8, 0.99, 1e-4, 1e-8, 0.05, blocked)),
                Arguments.of("adabelief:lr=0.01", rosenbrock, r0, adabelief(0.01, 0.9, 0.999, 1e-16, 1e-16, 0, 2)),
                Arguments.of("adabelief:lr=0.01,beta1=0.8,beta2=0.99,eps=1e-8,eps_root=0,weight_decay=0.1", quadratic,
                        q0, adabelief(0.01, 0.8, 0.99, 1e-8, 0, 0.1, 10)),
                Arguments.of("adabelief:lr=0.01,eps_root=0.01", quadratic, q0,
                        adabelief(0.01, 0.9, 0.999, 1e-16, 0.01, 0, 10)),
                Arguments.of("yogi", rosenbrock, r0, yogi(1e-2, 0.9, 0.999, 1e-3, 0, 1e-6, 2)),
                Arguments.of("yogi:lr=0.05,eps_root=0.01", quadratic, q0, yogi(0.05, 0.9, 0.999, 1e-3, 0.01, 1e-6, 10)),
                Arguments.of("yogi:lr=0.05,beta1=0.5,beta2=0.9,eps=1e-6,eps_root=1e-8,initial_accumulator_value=0.1",
                        quadratic, q0, yogi(0.05, 0.5, 0.9, 1e-6, 1e-8, 0.1, 10)),
                Arguments.of("adafactor", rosenbrock, r0, adafactor(1e-2, 128, 0.8, 1, 0, 0, 1e-30, one)),
                Arguments.of("adafactor", blocks, b0, adafactor(1e-2, 128, 0.8, 1, 0, 0, 1e-30, blocked)),
                Arguments.of("adafactor:lr=0.05,min_dim_size_to_factor=2", blocks, b0,
                        adafactor(0.05, 2, 0.8, 1, 0, 0, 1e-30, blocked)),
                Arguments.of("adafactor:lr=0.05,min_dim_size_to_factor=2,decay_rate=0.5,clipping_threshold=inf,"
                        + "momentum=0.9,weight_decay_rate=0.001,eps=1e-20", blocks, b0,
                        adafactor(0.05, 2, 0.5, Double.POSITIVE_INFINITY, 0.9, 0.001, 1e-20, blocked)),
                Arguments.of("adafactor:lr=0.05,factored=false,clipping_threshold=1.5", blocks, b0,
                        adafactor(0.05, Integer.MAX_VALUE, 0.8, 1.5, 0, 0, 1e-30, blocked)),
                Arguments.of("adafactor:lr=0.05,min_dim_size_to_factor=2,eps=0.01", blocks, b0,
                        adafactor(0.05, 2, 0.8, 1, 0, 0, 0.01, blocked)),
                Arguments.of("adafactor:lr=0.05,factored=false,eps=0.01", blocks, b0,
                        adafactor(0.05, Integer.MAX_VALUE, 0.8, 1, 0, 0, 0.01, blocked)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void matchesTheScalarReference(String spec, Objective f, double[] x0, Reference reference) {
        List<double[]> expected = referenceRun(reference, f, x0, STEPS);
        List<double[]> ours = ourRun(spec, f, x0, STEPS);
        assertEquals(expected.size(), ours.size());
        for (int k = 0; k <= STEPS; k++) {
            for (int i = 0; i < x0.length; i++) {
                double e = expected.get(k)[i];
                double a = ours.get(k)[i];
                if (!(Math.abs(a - e) <= TOLERANCE * (1 + Math.abs(e)))) {
                    fail(spec + ", x_" + k + "[" + i + "]: expected " + e + ", got " + a);
                }
            }
        }
        assertTrue(Math.abs(expected.get(STEPS)[0] - x0[0]) > 1e-6, "the run should move");
    }

    // ---- the papers' limits ------------------------------------------------------------------------

    /** Lion (without weight decay): every entry of every update is exactly ±η or 0 (Chen et al. §2). */
    @Test
    void lionMovesEveryCoordinateByExactlyTheLearningRate() {
        double lr = 1.0 / 1024;
        List<double[]> run = ourRun("lion:lr=" + lr + ",weight_decay=0", new BlockQuadratic(), BlockQuadratic.start(),
                50);
        for (int k = 1; k < run.size(); k++) {
            for (int i = 0; i < BlockQuadratic.DIMENSION; i++) {
                double step = Math.abs(run.get(k)[i] - run.get(k - 1)[i]);
                assertTrue(step == 0 || Math.abs(step - lr) <= 1e-15, "step " + k + ", coordinate " + i + ": " + step);
            }
        }
    }

    /** LAMB moves every block by exactly η·‖x_B‖ (the trust ratio; You et al. §3). */
    @Test
    void lambMovesEveryBlockByTheLearningRateTimesItsNorm() {
        double lr = 0.01;
        List<double[]> run = ourRun("lamb:lr=" + lr + ",weight_decay=0.01", new BlockQuadratic(), BlockQuadratic.start(),
                30);
        for (int k = 1; k < run.size(); k++) {
            for (ParameterBlock block : BlockQuadratic.BLOCKS) {
                double step = 0;
                double norm = 0;
                for (int i = block.offset(); i < block.end(); i++) {
                    double delta = run.get(k)[i] - run.get(k - 1)[i];
                    step += delta * delta;
                    norm += run.get(k - 1)[i] * run.get(k - 1)[i];
                }
                assertEquals(lr * Math.sqrt(norm), Math.sqrt(step), 1e-12 * Math.sqrt(norm), "step " + k + ", " + block);
            }
        }
    }

    /**
     * AdaBelief's large step where the gradient is steady (Zhuang et al. §2.2, "large gradient,
     * small curvature"): for a constant gradient g, m_i = (1 − β1^i)g, so the belief is
     * s_t = Σ_{i&lt;=t} β2^{t−i}(1 − β2)(β1^i g)² (ε_root = 0), and step t is η·g/(√(s_t/(1 − β2^t)) + ε)
     * with m̂_t = g. After 100 steps it is over a hundred times Adam's, whose step stays η.
     */
    @Test
    void adaBeliefStridesWhereTheGradientIsSteady() {
        double g = 3;
        double lr = 0.001;
        double b1 = 0.9;
        double b2 = 0.9;
        double eps = 1e-8;
        Objective linear = new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                gradient[0] = g;
                return g * x[0];
            }

            @Override
            public double value(double[] x) {
                return g * x[0];
            }
        };
        List<double[]> belief = ourRun("adabelief:lr=" + lr + ",beta2=" + b2 + ",eps=" + eps + ",eps_root=0", linear,
                new double[] {0}, 100);
        for (int t = 1; t <= 100; t++) {
            double s = 0;
            for (int i = 1; i <= t; i++) {
                s += Math.pow(b2, t - i) * (1 - b2) * Math.pow(Math.pow(b1, i) * g, 2);
            }
            double expected = lr * g / (Math.sqrt(s / (1 - Math.pow(b2, t))) + eps);
            assertEquals(expected, belief.get(t - 1)[0] - belief.get(t)[0], 1e-10 * expected, "step " + t);
        }
        List<double[]> adam = ourRun("adam:lr=" + lr + ",beta2=" + b2, linear, new double[] {0}, 100);
        double adamStep = adam.get(99)[0] - adam.get(100)[0];
        double beliefStep = belief.get(99)[0] - belief.get(100)[0];
        assertEquals(lr, adamStep, 1e-9);
        assertTrue(beliefStep > 100 * adamStep, "AdaBelief's step " + beliefStep + " vs Adam's " + adamStep);
    }

    /**
     * Yogi's additive second moment (Zaheer et al. eq. 4): with a constant gradient g, β1 = 0 and
     * v below g², v_t = v_0 + t(1 − β2)g², linear in t (Adam's approaches g² geometrically), so step
     * t is η g / (√(v_t / (1 − β2^t)) + ε).
     */
    @Test
    void yogiSecondMomentGrowsLinearly() {
        double g = 2;
        double lr = 0.01;
        double b2 = 0.999;
        double v0 = 1e-6;
        double eps = 1e-3;
        Objective linear = new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                gradient[0] = g;
                return g * x[0];
            }

            @Override
            public double value(double[] x) {
                return g * x[0];
            }
        };
        List<double[]> run = ourRun("yogi:lr=" + lr + ",beta1=0", linear, new double[] {0}, 300);
        for (int t = 1; t <= 300; t++) {
            double v = v0 + t * (1 - b2) * g * g;
            double expected = lr * g / (Math.sqrt(v / (1 - Math.pow(b2, t))) + eps);
            double step = run.get(t - 1)[0] - run.get(t)[0];
            assertEquals(expected, step, 1e-12 * expected, "step " + t);
        }
    }

    /**
     * Adafactor's factored second moment is exact for a rank-one G² (Shazeer and Stern §3), so the
     * first step of a factored block is η·max(10⁻³, RMS(x_B))·sign(g) entry by entry (RMS(u) = 1: no
     * clipping), as the unfactored vector's is.
     */
    @Test
    void adafactorFirstStepIsTheSignScaledByTheBlockRms() {
        double[] a = {1, -2, 0.5};
        double[] b = {3, 1, -0.25, 2};
        Objective rankOne = new Objective() {
            @Override
            public int dimension() {
                return 12;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double f = 0;
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 4; j++) {
                        g[i * 4 + j] = a[i] * b[j];
                        f += a[i] * b[j] * x[i * 4 + j];
                    }
                }
                return f;
            }

            @Override
            public double value(double[] x) {
                return valueAndGradient(x, new double[12]);
            }
        };
        Objective factoredRankOne = new BlockedView(rankOne, List.of(new ParameterBlock(0, 3, 4)));
        double[] x0 = new double[12];
        for (int i = 0; i < 12; i++) {
            x0[i] = 0.1 * (i + 1);
        }
        double rms = Math.sqrt(java.util.Arrays.stream(x0).map(v -> v * v).sum() / 12);
        for (Objective f : List.of(factoredRankOne, rankOne)) {
            List<double[]> run = ourRun("adafactor:lr=0.05,min_dim_size_to_factor=3", f, x0, 1);
            for (int k = 0; k < 12; k++) {
                double g = a[k / 4] * b[k % 4];
                assertEquals(-0.05 * rms * Math.signum(g), run.get(1)[k] - x0[k], 1e-14, "entry " + k);
            }
        }
    }

    /** An objective seen with parameter blocks. */
    record BlockedView(Objective inner, List<ParameterBlock> parameterBlocks)
            implements Objective, steepest.optimizers.ParameterBlocks {
        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            return inner.valueAndGradient(x, g);
        }

        @Override
        public double value(double[] x) {
            return inner.value(x);
        }
    }
}
