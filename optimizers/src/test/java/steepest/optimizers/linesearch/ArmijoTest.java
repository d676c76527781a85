package steepest.optimizers.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArmijoTest {

    static Stream<ScalarFunction> functions() {
        return Stream.of(ScalarFunction.moreThuente1(), ScalarFunction.moreThuente2(), ScalarFunction.moreThuente3(),
                ScalarFunction.yanaiOzawaKaneko(0.001, 0.001));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void acceptedStepSatisfiesSufficientDecreaseFromAnyInitialStep(ScalarFunction f) {
        for (double alpha0 : new double[] {1e-3, 1e-1, 10, 1e3}) {
            LineFunction phi = f.line();
            assertTrue(new Armijo().search(phi, alpha0));
            double alpha = phi.step();
            assertTrue(f.value().applyAsDouble(alpha)
                    <= f.value().applyAsDouble(0) + Armijo.DEFAULT_C1 * alpha * f.derivative().applyAsDouble(0),
                    "alpha0 = " + alpha0 + " gave " + alpha);
            assertTrue(alpha <= alpha0, "backtracking never grows the step");
        }
    }

    @Test
    void rejectedStepIsReplacedByTheSafeguardedQuadraticMinimizer() {
        ScalarFunction quadratic = new ScalarFunction("(a-1)^2", a -> (a - 1) * (a - 1), a -> 2 * (a - 1));
        LineFunction phi = quadratic.line();
        assertTrue(new Armijo().search(phi, 10));
        assertEquals(2, phi.evaluations(), "the interpolating quadratic is φ itself, minimized at 1 (inside [1, 5])");
        assertEquals(1.0, phi.step(), 1e-15);
        LineFunction far = quadratic.line();
        assertTrue(new Armijo().search(far, 1000));
        assertEquals(4, far.evaluations(), "1000 → 100 → 10 → 1: each cut clamped to 0.1α until 1 is inside [0.1α, 0.5α]");
        assertEquals(1.0, far.step(), 1e-15);
    }

    @Test
    void nonFiniteValueHalvesTheStep() {
        ScalarFunction partial = new ScalarFunction("NaN beyond 2", a -> a > 2 ? Double.NaN : (a - 1) * (a - 1),
                a -> a > 2 ? Double.NaN : 2 * (a - 1));
        LineFunction phi = partial.line();
        assertTrue(new Armijo().search(phi, 3.5));
        assertEquals(1.75, phi.step(), "3.5 → NaN → 1.75, which decreases φ enough");
    }

    @Test
    void inconsistentGradientFailsWithinTheBudget() {
        ScalarFunction lying = new ScalarFunction("f = a, f' = -1", a -> a, a -> -1);
        LineFunction phi = lying.line();
        Armijo armijo = new Armijo();
        assertFalse(armijo.search(phi, 1.0));
        assertTrue(phi.evaluations() <= armijo.maxEvaluations());
    }
}
