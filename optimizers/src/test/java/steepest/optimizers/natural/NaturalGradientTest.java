package steepest.optimizers.natural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.testing.LogisticRegression;
import steepest.optimizers.testing.Runs;

class NaturalGradientTest {

    private static final int D = 5;
    /** CG to 10⁻¹³ in d = 5 leaves differences at the level of rounding in the solve. */
    private static final double TOLERANCE = 1e-10;
    /**
     * Loss curves of the two parameterizations agree to the accuracy of the two solves, which the
     * rescaling's conditioning (A spans singular values from about 0.1 to 6) limits; measured
     * 9.2e-11 relative over 20 steps.
     */
    private static final double INVARIANCE = 1e-9;

    /**
     * For L2-regularized logistic regression the Fisher information (with the prior's λI) equals
     * the Hessian, so one natural-gradient step with lr = 1 and no damping is one Newton step,
     * w₁ = w₀ − H(w₀)⁻¹∇f(w₀), computed here independently with an LU solve of the dense Hessian.
     * Our {@code newton} takes the same first step (the unit step passes its Wolfe test).
     */
    @Test
    void oneStepWithUnitRateAndExactFisherIsOneNewtonStep() {
        LogisticRegression f = LogisticRegression.synthetic(300, D, 0.1, new SplittableRandom(8));
        double[] w0 = {0.2, -0.1, 0.05, 0.3, -0.2};
        double[] gradient = new double[D];
        f.valueAndGradient(w0, gradient);
        double[] step = new LUDecomposition(new Array2DRowRealMatrix(f.denseHessian(w0))).getSolver()
                .solve(new ArrayRealVector(gradient)).toArray();
        double[] newton = new ArrayRealVector(w0).subtract(new ArrayRealVector(step)).toArray();
        RunResult natural = Runs.run(BuiltinOptimizers.asCatalog().create("natural-gradient:lr=1,damping=0,cg_tol=1e-13"), f, w0, 1)
                .result();
        assertArrayEquals(newton, natural.x(), TOLERANCE);
        assertEquals(1, natural.last().evaluations().gradients());
        assertTrue(natural.last().evaluations().hessianVectorProducts() <= D, "CG needs at most d Fisher products");
        assertArrayEquals(newton, Runs.run(BuiltinOptimizers.asCatalog().create("newton"), f, w0, 1).result().x(), TOLERANCE);
    }

    /**
     * Reparameterizing by features X·A (A invertible, w = A·w') leaves the natural-gradient loss
     * curve unchanged (Amari 1998, §5): 20 steps of lr = 0.5 from w = 0 agree to 10⁻⁹ relative.
     * Gradient descent with the same rate does not (its curves differ by more than 1%; measured: the
     * rescaled run diverges, 44-fold).
     */
    @Test
    void naturalGradientIsInvariantToLinearRescalingOfTheFeaturesAndGradientDescentIsNot() {
        LogisticRegression original = LogisticRegression.synthetic(300, D, 0, new SplittableRandom(9));
        double[][] a = {{3, 0.5, 0, 0, 0}, {0, 0.2, 0.1, 0, 0}, {0, 0, 1, 2, 0}, {0, 0, 0, 5, -1}, {0, 0, 0, 0, 0.5}};
        LogisticRegression rescaled = original.transformed(a);
        String natural = "natural-gradient:lr=0.5,damping=0,cg_tol=1e-13";
        double[] before = Runs.run(BuiltinOptimizers.asCatalog().create(natural), original, new double[D], 20).values();
        double[] after = Runs.run(BuiltinOptimizers.asCatalog().create(natural), rescaled, new double[D], 20).values();
        for (int k = 0; k <= 20; k++) {
            assertEquals(before[k], after[k], INVARIANCE * before[k], "natural gradient, loss at k = " + k);
        }
        assertTrue(before[20] < before[0] - 0.05, "and it does decrease the loss");
        double[] gdBefore = Runs.run(BuiltinOptimizers.asCatalog().create("gd:lr=0.5"), original, new double[D], 20).values();
        double[] gdAfter = Runs.run(BuiltinOptimizers.asCatalog().create("gd:lr=0.5"), rescaled, new double[D], 20).values();
        double largest = 0;
        for (int k = 0; k <= 20; k++) {
            largest = Math.max(largest, Math.abs(gdBefore[k] - gdAfter[k]) / gdBefore[k]);
        }
        assertTrue(largest > 0.01, "gradient descent curves differ by at most " + largest);
    }

    @Test
    void convergesToTheRegularizedMinimizer() {
        LogisticRegression f = LogisticRegression.synthetic(300, D, 0.1, new SplittableRandom(8));
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("natural-gradient"), f, new double[D],
                StoppingRules.iterations(50).withGradientTolerance(1e-12)).result();
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        assertTrue(result.last().iteration() <= 10, "Newton-like convergence: " + result.last().iteration());
    }
}
