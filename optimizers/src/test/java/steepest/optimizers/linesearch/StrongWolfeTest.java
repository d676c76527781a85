package steepest.optimizers.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Oracle;

/**
 * The strong Wolfe search on Moré and Thuente's test functions (ACM TOMS 20(3), 1994, Tables 1–6)
 * with their constants and initial steps 10⁻³, 10⁻¹, 10 and 10³: every returned step must satisfy
 * both conditions, checked here from φ directly.
 */
class StrongWolfeTest {

    static Stream<Arguments> moreThuenteCases() {
        List<Arguments> cases = new ArrayList<>();
        for (double alpha0 : new double[] {1e-3, 1e-1, 10, 1e3}) {
            cases.add(Arguments.of(ScalarFunction.moreThuente1(), 1e-3, 1e-1, alpha0));
            cases.add(Arguments.of(ScalarFunction.moreThuente2(), 1e-1, 1e-1 + 1e-9, alpha0));
            cases.add(Arguments.of(ScalarFunction.moreThuente3(), 1e-1, 1e-1 + 1e-9, alpha0));
            cases.add(Arguments.of(ScalarFunction.yanaiOzawaKaneko(0.001, 0.001), 1e-4, 1e-3, alpha0));
            cases.add(Arguments.of(ScalarFunction.yanaiOzawaKaneko(0.01, 0.001), 1e-4, 1e-3, alpha0));
            cases.add(Arguments.of(ScalarFunction.yanaiOzawaKaneko(0.001, 0.01), 1e-4, 1e-3, alpha0));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, c1={1}, c2={2}, alpha0={3}")
    @MethodSource("moreThuenteCases")
    void acceptedStepSatisfiesBothStrongWolfeConditions(ScalarFunction f, double c1, double c2, double alpha0) {
        LineFunction phi = f.line();
        StrongWolfe search = new StrongWolfe(c1, c2);
        assertTrue(search.search(phi, alpha0), "no step found within " + search.maxEvaluations() + " evaluations");
        double alpha = phi.step();
        double slope0 = f.derivative().applyAsDouble(0);
        double f0 = f.value().applyAsDouble(0);
        assertTrue(f.value().applyAsDouble(alpha) <= f0 + c1 * alpha * slope0, "sufficient decrease at " + alpha);
        assertTrue(Math.abs(f.derivative().applyAsDouble(alpha)) <= c2 * Math.abs(slope0), "curvature at " + alpha);
        assertEquals(f.value().applyAsDouble(alpha), phi.value(), "the accepted point is the last one evaluated");
    }

    @Test
    void firstTrialSatisfyingTheConditionsIsAcceptedWithOneEvaluation() {
        ScalarFunction quadratic = new ScalarFunction("(a-1)^2", a -> (a - 1) * (a - 1), a -> 2 * (a - 1));
        LineFunction phi = quadratic.line();
        assertTrue(new StrongWolfe(1e-4, 0.9).search(phi, 1.0));
        assertEquals(1, phi.evaluations());
        assertEquals(1.0, phi.step());
    }

    @Test
    void nonFiniteValuesBeyondTheMinimizerAreBracketedAway() {
        ScalarFunction partial = new ScalarFunction("NaN beyond 2", a -> a > 2 ? Double.NaN : (a - 1) * (a - 1),
                a -> a > 2 ? Double.NaN : 2 * (a - 1));
        LineFunction phi = partial.line();
        assertTrue(new StrongWolfe(1e-4, 0.1).search(phi, 1e3));
        assertTrue(Math.abs(phi.step() - 1) <= 0.1, "|φ'(α)| <= 0.1·2 means |α − 1| <= 0.1, got " + phi.step());
    }

    /**
     * φ(α) = 1000 + 10⁻¹⁵(α − 1)²: in double precision φ is constant (its variation is below an ulp of
     * 1000), but φ' is exact. The approximate Wolfe conditions find α with |φ'(α)| &lt;= 0.9|φ'(0)|.
     */
    @Test
    void approximateWolfeConditionsDecideWhereFCannotResolveTheDecrease() {
        ScalarFunction flat = new ScalarFunction("1000 + 1e-15 (a-1)^2", a -> 1000 + 1e-15 * (a - 1) * (a - 1),
                a -> 2e-15 * (a - 1));
        for (double alpha0 : new double[] {1e-3, 10, 1e3}) {
            LineFunction phi = flat.line();
            assertTrue(new StrongWolfe(1e-4, 0.9).search(phi, alpha0), "from " + alpha0);
            assertTrue(phi.step() > 0.1 && phi.step() < 1.9, "|φ'(α)| <= 0.9|φ'(0)|, got α = " + phi.step());
        }
        assertFalse(new Armijo().search(flat.line(), 10), "Armijo alone cannot see a decrease here");
    }

    /**
     * φ(α) = f(1 + α) with f(x) = e^{c(x−1)} − 2c(x − 1), c = 1000: from α₀ = 1 the trials overflow or
     * reach 10¹⁰⁸, and interpolating such a value puts the next trial ~10⁻¹⁰⁷ from 0, where 1 + α
     * rounds to 1 (as on Jennrich–Sampson from its standard start). Such a trial would tell nothing
     * new; it is moved inside the bracket instead, and the search finds the step near α* = ln 2 / c.
     */
    @Test
    void trialThatRoundsToABracketEndIsMovedInside() {
        double c = 1000;
        ScalarFunction steep = new ScalarFunction("e^(c(x-1)) - 2c(x-1)", x -> Math.exp(c * (x - 1)) - 2 * c * (x - 1),
                x -> c * Math.exp(c * (x - 1)) - 2 * c);
        LineFunction phi = new LineFunction(new Oracle(steep));
        phi.aim(new double[] {1}, steep.value(new double[] {1}), new double[] {1}, -c);
        StrongWolfe search = new StrongWolfe(1e-4, 0.9);
        assertTrue(search.search(phi, 1.0), "no step within " + phi.evaluations() + " evaluations");
        assertTrue(Math.abs(steep.derivative().applyAsDouble(1 + phi.step())) <= 0.9 * c, "curvature at " + phi.step());
        assertTrue(steep.value().applyAsDouble(1 + phi.step()) < 1, "decrease at " + phi.step());
    }

    /**
     * φ(α) = 1000 + 10⁻¹⁵(α − 1)² + noise of a few ulps: f cannot tell where the minimizer is, φ' is
     * exact and linear. From α₀ = 10 (past the minimizer) the bracket [0, 10] lies in the rounding
     * regime, so the zoom steps to the zero of the secant of φ', α = 1, at once.
     */
    @Test
    void bracketInTheRoundingRegimeIsShrunkBySlopesAlone() {
        ScalarFunction noisy = new ScalarFunction("1000 + 1e-15 (a-1)^2 + noise",
                a -> 1000 + 1e-15 * (a - 1) * (a - 1) + 4 * Math.ulp(1000.0) * Math.sin(1e3 * a), a -> 2e-15 * (a - 1));
        LineFunction phi = noisy.line();
        assertTrue(new StrongWolfe(1e-4, 0.1).search(phi, 10));
        assertEquals(1.0, phi.step(), 1e-12);
        assertEquals(2, phi.evaluations());
    }

    @Test
    void inconsistentGradientFailsWithinTheBudgetWithoutThrowing() {
        ScalarFunction lying = new ScalarFunction("f = a, f' = -1", a -> a, a -> -1);
        LineFunction phi = lying.line();
        StrongWolfe search = new StrongWolfe(1e-4, 0.9);
        assertFalse(search.search(phi, 1.0));
        assertTrue(phi.evaluations() <= search.maxEvaluations(), "used " + phi.evaluations());
    }

    @Test
    void invalidConstantsAreRejectedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StrongWolfe(0.5, 0.4)).getMessage()
                .contains("c1 must be < c2"));
        assertEquals("c2 must be in (0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new StrongWolfe(1e-4, 1.0)).getMessage());
        assertEquals("c1 must be in (0, 1), got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new StrongWolfe(0, 0.9)).getMessage());
    }
}
