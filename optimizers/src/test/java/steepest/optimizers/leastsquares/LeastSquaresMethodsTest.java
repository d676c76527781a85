package steepest.optimizers.leastsquares;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Driver;
import steepest.optimizers.Evaluations;
import steepest.optimizers.Observer;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.testing.ExponentialFit;
import steepest.optimizers.testing.Quadratic;
import steepest.optimizers.testing.Runs;

/**
 * Gauss–Newton and Levenberg–Marquardt: quadratic convergence on a zero-residual problem (Dennis and
 * Schnabel, Theorem 10.2.1; Moré 1978, §4), one step on linear least squares, the minimizer of a
 * noisy fit against commons-math3's own Levenberg–Marquardt (an independent translation of MINPACK),
 * the counting of residual and Jacobian evaluations, and refusal where there are no residuals.
 */
class LeastSquaresMethodsTest {

    /** Rounding floor below which errors no longer follow the theory. */
    private static final double FLOOR = 1e-12;

    /**
     * Near x* the error must square at every step: e_{k+1} &lt;= C·e_k², checked as
     * log e_{k+1} / log e_k &gt;= 1.8 for every step that starts below 10⁻² and ends above the floor.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gauss-newton", "levenberg-marquardt:ftol=0,xtol=0,gtol=0",
        "levenberg-marquardt:x_scale=1,ftol=0,xtol=0,gtol=0"})
    void convergesQuadraticallyOnAZeroResidualProblem(String spec) {
        ExponentialFit f = new ExponentialFit(12, 0);
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[] {1, 0},
                StoppingRules.iterations(100).withGradientTolerance(1e-15));
        double[] errors = trace.errors(ExponentialFit.TRUTH);
        int checked = 0;
        StringBuilder measured = new StringBuilder();
        for (int k = 1; k < errors.length; k++) {
            if (errors[k - 1] < 1e-2 && errors[k] > FLOOR) {
                double ratio = Math.log(errors[k]) / Math.log(errors[k - 1]);
                measured.append(String.format(" %.2e→%.2e (%.2f)", errors[k - 1], errors[k], ratio));
                assertTrue(ratio >= 1.8, spec + ": log-error ratio " + ratio + measured);
                checked++;
            }
        }
        assertTrue(checked >= 1, spec + ": a step in the quadratic regime" + measured);
        assertTrue(errors[errors.length - 1] <= 1e-12, spec + ": final error " + errors[errors.length - 1]);
        assertTrue(trace.result().termination().converged(), trace.result().termination().token());
    }

    /**
     * On r = Ax − b both take the Gauss–Newton step, which solves the problem: one step, the
     * least-squares solution of commons-math3's QR, and MINPACK's count (two residual evaluations,
     * two Jacobians: at x₀ and at the solution, where the scaled gradient vanishes).
     */
    @ParameterizedTest
    @ValueSource(strings = {"gauss-newton", "levenberg-marquardt"})
    void solvesLinearLeastSquaresInOneStep(String spec) {
        double[][] a = {{1, 2}, {3, -1}, {0.5, 4}, {-2, 1}};
        double[] b = {1, -2, 3, 0.5};
        Linear f = new Linear(a, b);
        RunResult result = run(BuiltinOptimizers.asCatalog().create(spec), f, new double[] {5, 5},
                StoppingRules.iterations(1).withGradientTolerance(1e-12));
        RealMatrix m = new Array2DRowRealMatrix(a);
        double[] expected = new org.apache.commons.math3.linear.QRDecomposition(m).getSolver()
                .solve(new ArrayRealVector(b)).toArray();
        assertArrayEquals(expected, result.x(), 1e-12);
        assertEquals(1, result.last().iteration());
        Evaluations evaluations = result.last().evaluations();
        assertEquals(2, evaluations.functions(), "residual evaluations: x0 and the trial");
        assertEquals(2, evaluations.gradients(), "Jacobians: at x0 and at the solution");
    }

    /**
     * A noisy fit (f* &gt; 0): our minimizer against commons-math3's LevenbergMarquardtOptimizer with
     * MINPACK's settings (factor 100, scaling by column norms), both to relative tolerances 1e-10.
     */
    @Test
    void levenbergMarquardtFindsTheMinimizerCommonsMathFinds() {
        ExponentialFit f = new ExponentialFit(30, 0.05);
        RunResult ours = run(BuiltinOptimizers.asCatalog().create("levenberg-marquardt:ftol=1e-10,xtol=1e-10,gtol=1e-10"), f,
                new double[] {1, 0}, StoppingRules.iterations(200));
        LeastSquaresOptimizer.Optimum theirs = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-10).withParameterRelativeTolerance(1e-10).withOrthoTolerance(1e-10)
                .optimize(new LeastSquaresBuilder().start(new double[] {1, 0}).maxEvaluations(1000).maxIterations(1000)
                        .model(point -> {
                            double[] x = point.toArray();
                            double[] r = new double[f.residualCount()];
                            double[][] j = new double[f.residualCount()][2];
                            f.residuals(x, r);
                            f.jacobian(x, j);
                            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(r), new Array2DRowRealMatrix(j));
                        }).target(new double[f.residualCount()]).build());
        assertTrue(ours.termination().converged(), ours.termination().token());
        assertArrayEquals(theirs.getPoint().toArray(), ours.x(), 1e-8);
        assertEquals(0.5 * theirs.getCost() * theirs.getCost(), ours.last().value(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gauss-newton", "levenberg-marquardt"})
    void isRefusedWhereTheProblemHasNoResiduals(String spec) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run(BuiltinOptimizers.asCatalog().create(spec), Quadratic.logSpaced(3, 10), new double[3],
                        StoppingRules.iterations(1)));
        assertEquals("the optimizer needs residuals and their Jacobian (a sum of squares), which the problem does not"
                + " offer", refused.getMessage());
    }

    /**
     * The search reports f and ∇f = 2c·Jᵀr at every iterate (∇f from R and Qᵀr, so to rounding
     * relative to ‖J‖·‖r‖), so recording needs no evaluation.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gauss-newton", "levenberg-marquardt"})
    void reportedValueAndGradientAreTheObjectives(String spec) {
        ExponentialFit f = new ExponentialFit(20, 0.1);
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[] {1, 0}, 5);
        assertTrue(trace.iterates().size() >= 4, "at least three iterations recorded");
        double[] r = new double[20];
        double[][] j = new double[20][2];
        for (int k = 0; k < trace.iterates().size(); k++) {
            double[] x = trace.iterates().get(k);
            double[] g = new double[2];
            double value = f.valueAndGradient(x, g);
            f.residuals(x, r);
            f.jacobian(x, j);
            double scale = new Array2DRowRealMatrix(j).getFrobeniusNorm() * new ArrayRealVector(r).getNorm();
            assertEquals(value, trace.records().get(k).value(), 1e-14 * value);
            assertEquals(Math.hypot(g[0], g[1]), trace.records().get(k).gradientNorm(), 1e-13 * scale);
        }
    }

    private static RunResult run(Optimizer optimizer, steepest.optimizers.Objective f, double[] x0, StoppingRules rules) {
        return Driver.run(optimizer, f, x0, new java.util.SplittableRandom(0), rules, RecordSchedule.endsOnly(),
                Observer.NONE);
    }

    /** r = Ax − b, f = ½‖r‖². */
    private record Linear(double[][] a, double[] b) implements steepest.optimizers.Residuals {
        @Override
        public int dimension() {
            return a[0].length;
        }

        @Override
        public int residualCount() {
            return b.length;
        }

        @Override
        public double squaresScale() {
            return 0.5;
        }

        @Override
        public void residuals(double[] x, double[] out) {
            jacobianVector(x, x, out);
            for (int i = 0; i < b.length; i++) {
                out[i] -= b[i];
            }
        }

        @Override
        public void jacobian(double[] x, double[][] out) {
            for (int i = 0; i < b.length; i++) {
                System.arraycopy(a[i], 0, out[i], 0, a[i].length);
            }
        }

        @Override
        public void jacobianVector(double[] x, double[] v, double[] out) {
            for (int i = 0; i < b.length; i++) {
                double sum = 0;
                for (int j = 0; j < v.length; j++) {
                    sum += a[i][j] * v[j];
                }
                out[i] = sum;
            }
        }

        @Override
        public void jacobianTransposeVector(double[] x, double[] u, double[] out) {
            java.util.Arrays.fill(out, 0.0);
            for (int i = 0; i < b.length; i++) {
                for (int j = 0; j < out.length; j++) {
                    out[j] += a[i][j] * u[i];
                }
            }
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double[] r = new double[b.length];
            residuals(x, r);
            jacobianTransposeVector(x, r, g);
            return 0.5 * dot(r, r);
        }

        @Override
        public double value(double[] x) {
            double[] r = new double[b.length];
            residuals(x, r);
            return 0.5 * dot(r, r);
        }

        private static double dot(double[] u, double[] v) {
            double sum = 0;
            for (int i = 0; i < u.length; i++) {
                sum += u[i] * v[i];
            }
            return sum;
        }
    }
}
