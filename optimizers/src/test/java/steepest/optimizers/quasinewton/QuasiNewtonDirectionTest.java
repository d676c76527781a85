package steepest.optimizers.quasinewton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import steepest.optimizers.Oracle;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.testing.Quadratic;

/**
 * Differential tests: the directions of {@link Bfgs} (in-place expanded update) and {@link Lbfgs}
 * (two-loop recursion) against the dense textbook formula H⁺ = (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ applied
 * with matrices (commons-math3), for random curvature pairs with sᵀy &gt; 0.
 */
class QuasiNewtonDirectionTest {

    private static final int N = 6;
    private static final double TOLERANCE = 1e-10;

    @Test
    void lbfgsTwoLoopEqualsTheDenseUpdateOfTheLastMPairsFromGammaI() {
        SplittableRandom random = new SplittableRandom(11);
        int memory = 3;
        DirectionRule.State state = new Lbfgs(memory).start(new Oracle(Quadratic.logSpaced(N, 10)));
        double[][] s = new double[5][];
        double[][] y = new double[5][];
        for (int k = 0; k < 5; k++) {
            s[k] = gaussian(random);
            y[k] = positiveCurvature(s[k], random);
            feed(state, s[k], y[k]);
        }
        double gamma = dot(s[4], y[4]) / dot(y[4], y[4]);
        RealMatrix h = MatrixUtils.createRealIdentityMatrix(N).scalarMultiply(gamma);
        for (int k = 5 - memory; k < 5; k++) {
            h = update(h, s[k], y[k]);
        }
        double[] g = gaussian(random);
        assertArrayEquals(h.operate(new ArrayRealVector(g)).mapMultiply(-1).toArray(), direction(state, g), TOLERANCE);
    }

    @Test
    void bfgsEqualsTheDenseUpdateFromTheScaledIdentity() {
        SplittableRandom random = new SplittableRandom(12);
        DirectionRule.State state = new Bfgs(true).start(new Oracle(Quadratic.logSpaced(N, 10)));
        RealMatrix h = null;
        for (int k = 0; k < 4; k++) {
            double[] s = gaussian(random);
            double[] y = positiveCurvature(s, random);
            feed(state, s, y);
            if (h == null) {
                h = MatrixUtils.createRealIdentityMatrix(N).scalarMultiply(dot(s, y) / dot(y, y));
            }
            h = update(h, s, y);
        }
        double[] g = gaussian(random);
        assertArrayEquals(h.operate(new ArrayRealVector(g)).mapMultiply(-1).toArray(), direction(state, g), TOLERANCE);
    }

    @Test
    void bfgsWithIdentityStartAppliesTheUpdatesToI() {
        SplittableRandom random = new SplittableRandom(14);
        DirectionRule.State state = new Bfgs(false).start(new Oracle(Quadratic.logSpaced(N, 10)));
        RealMatrix h = MatrixUtils.createRealIdentityMatrix(N);
        for (int k = 0; k < 3; k++) {
            double[] s = gaussian(random);
            double[] y = positiveCurvature(s, random);
            feed(state, s, y);
            h = update(h, s, y);
        }
        double[] g = gaussian(random);
        assertArrayEquals(h.operate(new ArrayRealVector(g)).mapMultiply(-1).toArray(), direction(state, g), TOLERANCE);
    }

    @Test
    void pairFailingTheCurvatureConditionIsSkippedAndResetForgetsTheMemory() {
        SplittableRandom random = new SplittableRandom(13);
        for (DirectionRule rule : new DirectionRule[] {new Lbfgs(5), new Bfgs(true), new Bfgs(false)}) {
            DirectionRule.State state = rule.start(new Oracle(Quadratic.logSpaced(N, 10)));
            double[] s = gaussian(random);
            double[] y = positiveCurvature(s, random);
            feed(state, s, y);
            double[] g = gaussian(random);
            double[] before = direction(state, g);
            double[] negative = y.clone();
            for (int i = 0; i < N; i++) {
                negative[i] = -y[i];
            }
            feed(state, s, negative);
            assertArrayEquals(before, direction(state, g), 0.0, rule + ": sᵀy < 0 is skipped");
            assertTrue(state.reset());
            double[] steepest = direction(state, g);
            for (int i = 0; i < N; i++) {
                assertEquals(-g[i], steepest[i], 0.0, rule + ": after a reset the direction is −g");
            }
            assertFalse(state.reset(), rule + ": nothing left to forget");
        }
    }

    /**
     * With fewer pairs than its memory, L-BFGS applies the pairs it has, from γI with γ of the
     * newest; here fed from a non-zero x, so s = x_{k+1} − x_k and y = ∇f_{k+1} − ∇f_k are differences.
     */
    @Test
    void lbfgsWithAPartlyFilledMemoryEqualsTheDenseUpdateOfItsPairs() {
        SplittableRandom random = new SplittableRandom(15);
        for (DirectionRule rule : new DirectionRule[] {new Lbfgs(3), new Bfgs(true)}) {
            DirectionRule.State state = rule.start(new Oracle(Quadratic.logSpaced(N, 10)));
            double[] s0 = gaussian(random);
            double[] y0 = positiveCurvature(s0, random);
            double[] s1 = gaussian(random);
            double[] y1 = positiveCurvature(s1, random);
            double[] x = gaussian(random);
            feedFrom(state, x, s0, y0);
            feedFrom(state, x, s1, y1);
            double[] first = rule instanceof Lbfgs ? s1 : s0;
            double[] firstY = rule instanceof Lbfgs ? y1 : y0;
            RealMatrix h = MatrixUtils.createRealIdentityMatrix(N).scalarMultiply(dot(first, firstY) / dot(firstY, firstY));
            h = update(update(h, s0, y0), s1, y1);
            double[] g = gaussian(random);
            assertArrayEquals(h.operate(new ArrayRealVector(g)).mapMultiply(-1).toArray(), direction(state, g), TOLERANCE,
                    rule.toString());
        }
    }

    /**
     * The first trial step is 1 once the memory holds a pair; while it is empty it is
     * {@link steepest.optimizers.descent.InitialStep}'s: 1/‖d‖ = 0.2 for d = −(3, 4) at first, and
     * after an accepted step α = 0.5 whose pair was skipped (y = 0), with f unchanged,
     * α_{k−1}·∇f_{k−1}ᵀd_{k−1} / ∇f_kᵀd_k = 0.5·(−25)/(−25) = 0.5.
     */
    @Test
    void firstTrialStepIsOneWithMemoryAndInitialStepsWithout() {
        for (DirectionRule rule : new DirectionRule[] {new Lbfgs(3), new Bfgs(true), new Bfgs(false)}) {
            DirectionRule.State state = rule.start(new Oracle(Quadratic.logSpaced(2, 10)));
            double[] x = {1, 2};
            double[] g = {3, 4};
            double[] d = new double[2];
            assertEquals(0.2, state.direction(x, 7, g, d), 1e-16, rule.toString());
            assertArrayEquals(new double[] {-3, -4}, d);
            double[] next = {1 - 1.5, 2 - 2};
            state.accept(x, g, next, g.clone(), 0.5, d);
            assertEquals(0.5, state.direction(next, 7, g, d), 1e-16, rule + ": the skipped pair left the memory empty");
            double[] later = {next[0] - 1.5, next[1] - 2};
            state.accept(next, g, later, new double[] {1, 1}, 0.5, d);
            assertEquals(1.0, state.direction(later, 6, new double[] {1, 1}, d), rule + ": a pair is stored");
        }
    }

    /** sᵀy must exceed ε_mach·(−∇fᵀs) strictly, and be finite. */
    @Test
    void curvatureConditionIsStrictAndRelativeToTheSlope() {
        double epsilon = Math.ulp(1.0);
        assertFalse(Curvature.acceptable(10 * epsilon, -10));
        assertTrue(Curvature.acceptable(Math.nextUp(10 * epsilon), -10));
        assertFalse(Curvature.acceptable(0, -10));
        assertFalse(Curvature.acceptable(5 * epsilon, -10));
        assertTrue(Curvature.acceptable(1e-300, 0));
        assertFalse(Curvature.acceptable(Double.POSITIVE_INFINITY, -1));
        assertFalse(Curvature.acceptable(Double.NaN, -1));
    }

    private static void feedFrom(DirectionRule.State state, double[] x, double[] s, double[] y) {
        double[] g = new double[N];
        double[] next = new double[N];
        double[] nextGradient = new double[N];
        for (int i = 0; i < N; i++) {
            g[i] = -s[i] + 0.5 * x[i];
            next[i] = x[i] + s[i];
            nextGradient[i] = g[i] + y[i];
        }
        state.accept(x, g, next, nextGradient, 1.0, s);
    }

    private static void feed(DirectionRule.State state, double[] s, double[] y) {
        double[] zero = new double[N];
        double[] g = new double[N];
        for (int i = 0; i < N; i++) {
            g[i] = -s[i];
        }
        double[] next = new double[N];
        for (int i = 0; i < N; i++) {
            next[i] = g[i] + y[i];
        }
        state.accept(zero, g, s, next, 1.0, s);
    }

    private static double[] direction(DirectionRule.State state, double[] g) {
        double[] d = new double[N];
        state.direction(new double[N], 0, g, d);
        return d;
    }

    private static RealMatrix update(RealMatrix h, double[] s, double[] y) {
        RealVector sv = new ArrayRealVector(s);
        RealVector yv = new ArrayRealVector(y);
        double rho = 1 / sv.dotProduct(yv);
        RealMatrix identity = MatrixUtils.createRealIdentityMatrix(N);
        RealMatrix left = identity.subtract(sv.outerProduct(yv).scalarMultiply(rho));
        RealMatrix right = identity.subtract(yv.outerProduct(sv).scalarMultiply(rho));
        return left.multiply(h).multiply(right).add(sv.outerProduct(sv).scalarMultiply(rho));
    }

    private static double[] gaussian(SplittableRandom random) {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** y = B s with B a random symmetric positive definite matrix, so sᵀy &gt; 0. */
    private static double[] positiveCurvature(double[] s, SplittableRandom random) {
        RealMatrix g = new Array2DRowRealMatrix(N, N);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                g.setEntry(i, j, random.nextGaussian());
            }
        }
        RealMatrix b = g.transpose().multiply(g).add(MatrixUtils.createRealIdentityMatrix(N));
        return b.operate(s);
    }

    private static double dot(double[] a, double[] b) {
        return new ArrayRealVector(a).dotProduct(new ArrayRealVector(b));
    }
}
