package steepest.optimizers.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.testing.Quadratic;
import steepest.optimizers.testing.Runs;

/**
 * Rates of gradient descent on f = ½ Σ λᵢ(xᵢ − 1)², λ log-spaced in [1, κ] (Nesterov, "Introductory
 * Lectures on Convex Optimization", 2004, §2.1.5): with the fixed step 1/L the error in coordinate i
 * contracts by exactly 1 − λᵢ/L, so ‖x_{k+1} − x*‖/‖x_k − x*‖ → 1 − 1/κ.
 */
class GradientDescentRateTest {

    private static final double KAPPA = 100;
    /** Absolute rounding of xᵢ − 1 near xᵢ = 1, over 10 coordinates. */
    private static final double ROUNDING = 10 * Math.ulp(1.0);

    @Test
    void fixedStepOneOverLContractsTheErrorByOneMinusOneOverKappa() {
        Quadratic f = Quadratic.logSpaced(10, KAPPA);
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create("gd:lr=" + 1 / KAPPA), f, new double[10], 2000);
        double[] errors = trace.errors(f.center());
        int k = errors.length - 1;
        double contraction = errors[k] / errors[k - 1];
        assertEquals(1 - 1 / KAPPA, contraction, 1e-6, "the second-slowest mode, 1 − κ^{1/9}/κ, has died out");
        for (int j = 1; j <= k; j++) {
            assertTrue(errors[j] <= (1 - 1 / KAPPA) * errors[j - 1] + ROUNDING, "never slower than 1 − 1/κ, k = " + j);
        }
    }

    /**
     * Gradient descent with either line search decreases f at every step and, after 400 steps,
     * ends below the fixed step 1/L, whose f − f* contracts by (1 − 1/κ)² per step at worst.
     */
    @Test
    void lineSearchesAreAtLeastAsFastAsTheFixedStep() {
        Quadratic f = Quadratic.logSpaced(10, KAPPA);
        StoppingRules rules = StoppingRules.iterations(400);
        double fixed = Runs.run(BuiltinOptimizers.asCatalog().create("gd:lr=" + 1 / KAPPA), f, new double[10], rules)
                .result().last().value();
        for (String spec : new String[] {"gd-ls", "gd-ls:search=wolfe"}) {
            Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[10], rules);
            assertEquals(Termination.MAX_ITERATIONS, trace.result().termination());
            assertTrue(trace.result().last().value() < fixed, spec + ": " + trace.result().last().value() + " vs " + fixed);
            double[] values = trace.values();
            for (int j = 1; j < values.length; j++) {
                assertTrue(values[j] <= values[j - 1], spec + " is a descent method");
            }
        }
    }
}
