package steepest.optimizers.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.TwiceDifferentiable;
import steepest.optimizers.testing.ExtendedRosenbrock;
import steepest.optimizers.testing.Quadratic;
import steepest.optimizers.testing.Runs;

class NewtonTest {

    /** Rounding floor below which errors no longer follow the theory. */
    private static final double FLOOR = 1e-13;

    /**
     * Quadratic convergence (Nocedal and Wright, Theorem 3.5) where its constant is known:
     * f(x) = Σᵢ exp(aᵢᵀx) − aᵢᵀx with A invertible has x* = 0 and f* = n, and since Newton's method is
     * affine invariant, z = Ax follows the separable recursion zᵢ ← zᵢ − 1 + e^{−zᵢ}, whose error
     * obeys |z_{k+1}| ≈ |z_k|²/2. So once ‖z_k‖ &lt; 0.1 the log-error must at least double at every
     * step down to the rounding floor.
     */
    @Test
    void logErrorAtLeastDoublesPerStepNearTheMinimizer() {
        ExponentialSum f = new ExponentialSum(new double[][] {{2, 1, 0}, {-1, 1, 1}, {0.5, 0, 1}});
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create("newton"), f, new double[] {0.3, -0.2, 0.4},
                StoppingRules.iterations(50).withGradientTolerance(1e-15));
        int checked = 0;
        StringBuilder measured = new StringBuilder();
        double previous = f.transformedError(trace.iterates().get(0));
        for (int k = 1; k < trace.iterates().size(); k++) {
            double error = f.transformedError(trace.iterates().get(k));
            if (previous < 0.1 && error > FLOOR) {
                double ratio = Math.log(error) / Math.log(previous);
                measured.append(String.format(" %.2e→%.2e (log ratio %.2f)", previous, error, ratio));
                assertTrue(ratio >= 2, "log-error ratio " + ratio + " at k = " + k + ":" + measured);
                checked++;
            }
            previous = error;
        }
        assertTrue(checked >= 2, "at least two steps in the quadratic regime:" + measured);
    }

    /**
     * On Rosenbrock from (−1.2, 1) the constant is larger: the last steps above the rounding floor
     * go 3.9e-3 → 3.0e-5 → 1.6e-8, e_{k+1}/e_k² = 2.0 and 17.8; the ratio must stay bounded (here by
     * 50) while the error falls to 10⁻¹³ or below.
     */
    @Test
    void errorRatioToTheSquareStaysBoundedOnRosenbrock() {
        ExtendedRosenbrock f = new ExtendedRosenbrock(2);
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create("newton"), f, f.start(),
                StoppingRules.iterations(100).withGradientTolerance(1e-14));
        double[] errors = trace.errors(new double[] {1, 1});
        int checked = 0;
        for (int k = 0; k + 1 < errors.length; k++) {
            if (errors[k] < 1e-2 && errors[k + 1] > FLOOR) {
                assertTrue(errors[k + 1] <= 50 * errors[k] * errors[k], "e_{k+1}/e_k² at k = " + k + ": "
                        + errors[k + 1] / (errors[k] * errors[k]));
                checked++;
            }
        }
        assertTrue(checked >= 2);
        assertTrue(errors[errors.length - 1] <= FLOOR);
        assertEquals(Termination.GRADIENT_TOLERANCE, trace.result().termination());
    }

    @Test
    void solvesAQuadraticInOneStep() {
        Quadratic f = Quadratic.logSpaced(20, 1e6);
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("newton"), f, new double[20], 1).result();
        assertArrayEquals(f.center(), result.x(), 1e-9);
        assertEquals(1, result.last().evaluations().hessians());
    }

    /**
     * f(x, y) = x⁴/4 − x²/2 + y²/2 from (0.1, 1), where ∂²f/∂x² = 3x² − 1 &lt; 0: the pure Newton step
     * would go to the saddle (0, 0); the shifted Hessian gives a descent direction, and the run
     * reaches a minimizer (±1, 0), f* = −1/4.
     */
    @Test
    void indefiniteHessianIsShiftedSoNewtonDescendsToAMinimizer() {
        TwiceDifferentiable f = new DoubleWell();
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("newton"), f, new double[] {0.1, 1},
                StoppingRules.iterations(100).withGradientTolerance(1e-12)).result();
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertEquals(1.0, Math.abs(result.x()[0]), 1e-12);
        assertEquals(0.0, result.x()[1], 1e-12);
        assertEquals(-0.25, result.last().value(), 1e-15);
    }

    @Test
    void newtonCgUsesOnlyHessianVectorProductsAndConvergesInHighDimension() {
        ExtendedRosenbrock f = new ExtendedRosenbrock(10_000);
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("newton-cg"), f, f.start(),
                StoppingRules.iterations(500).withGradientTolerance(1e-9)).result();
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertEquals(0, result.last().evaluations().hessians());
        assertTrue(result.last().evaluations().hessianVectorProducts() > 0);
        for (double xi : result.x()) {
            assertEquals(1.0, xi, 1e-9);
        }
    }

    @Test
    void newtonCgFallsBackToSteepestDescentAtNegativeCurvature() {
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("newton-cg"), new DoubleWell(), new double[] {0.1, 1},
                StoppingRules.iterations(100).withGradientTolerance(1e-12)).result();
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertEquals(1.0, Math.abs(result.x()[0]), 1e-12);
    }

    /** f(x) = Σᵢ exp(aᵢᵀx) − aᵢᵀx, minimized at 0 for invertible A. */
    private record ExponentialSum(double[][] a) implements TwiceDifferentiable {
        @Override
        public int dimension() {
            return a.length;
        }

        /** ‖Ax‖₂, the error in the coordinates where Newton's recursion separates. */
        double transformedError(double[] x) {
            double sum = 0;
            for (double[] row : a) {
                double z = row[0] * x[0] + row[1] * x[1] + row[2] * x[2];
                sum += z * z;
            }
            return Math.sqrt(sum);
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            java.util.Arrays.fill(g, 0);
            double f = 0;
            for (double[] row : a) {
                double z = 0;
                for (int j = 0; j < x.length; j++) {
                    z += row[j] * x[j];
                }
                f += Math.exp(z) - z;
                for (int j = 0; j < x.length; j++) {
                    g[j] += (Math.exp(z) - 1) * row[j];
                }
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            java.util.Arrays.fill(out, 0);
            for (double[] row : a) {
                double z = 0;
                double av = 0;
                for (int j = 0; j < x.length; j++) {
                    z += row[j] * x[j];
                    av += row[j] * v[j];
                }
                for (int j = 0; j < x.length; j++) {
                    out[j] += Math.exp(z) * av * row[j];
                }
            }
        }
    }

    private static final class DoubleWell implements TwiceDifferentiable {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            g[0] = x[0] * x[0] * x[0] - x[0];
            g[1] = x[1];
            return value(x);
        }

        @Override
        public double value(double[] x) {
            return Math.pow(x[0], 4) / 4 - x[0] * x[0] / 2 + x[1] * x[1] / 2;
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            out[0] = (3 * x[0] * x[0] - 1) * v[0];
            out[1] = v[1];
        }
    }
}
