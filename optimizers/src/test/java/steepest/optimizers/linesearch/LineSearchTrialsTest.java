package steepest.optimizers.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import steepest.optimizers.Oracle;

/**
 * The line searches' trial steps on functions where every trial can be derived by hand from the
 * documented rules: the extrapolation bounds [αᵢ + 1.1Δ, αᵢ + 4Δ], acceptance at equality of
 * each condition, the evaluation budget, the approximate Wolfe conditions' value band ε|φ(0)|, and
 * the line function's rounding tests.
 */
class LineSearchTrialsTest {

    /** The steps a search evaluates (the value at 0 that aiming reads is not a trial). */
    private static List<Double> trials(DoubleUnaryOperator value, DoubleUnaryOperator slope, LineSearch search,
                                       double alpha0, boolean expectAccepted) {
        List<Double> trials = new ArrayList<>();
        ScalarFunction f = new ScalarFunction("f", a -> {
            trials.add(a);
            return value.applyAsDouble(a);
        }, slope);
        LineFunction phi = f.line();
        trials.clear();
        assertEquals(expectAccepted, search.search(phi, alpha0), "accepted after " + trials);
        assertEquals(trials.size(), phi.evaluations());
        return trials;
    }

    /**
     * φ = (α − 10)², c₂ = 0.1, α₀ = 1: φ'(1) = −18 fails curvature (|φ'| &lt;= 2); the cubic through
     * (0, 100, −20) and (1, 81, −18) is φ itself, minimized at 10, clamped to [2.1, 5]: 5. Then
     * Δ = 4 allows [9.4, 21] and the interpolant's 10 is taken, where φ' = 0.
     */
    @Test
    void bracketingExtrapolatesByTheCubicWithinItsBounds() {
        assertEquals(List.of(1.0, 5.0, 10.0),
                trials(a -> (a - 10) * (a - 10), a -> 2 * (a - 10), new StrongWolfe(1e-4, 0.1), 1, true));
    }

    /**
     * φ = −α: the cubic through two points of a line has no minimizer, so each trial is the upper
     * bound αᵢ + 4Δ: from α₀ = 2, 2, 10, 42, 170, ..., 2(4^{k+1} − 1)/3, until the 20 trials are spent.
     */
    @Test
    void unboundedDecreaseExtrapolatesByFourWidthsUntilTheBudgetIsSpent() {
        List<Double> expected = new ArrayList<>();
        for (int k = 0; k < StrongWolfe.DEFAULT_MAX_EVALUATIONS; k++) {
            expected.add(2 * (Math.pow(4, k + 1) - 1) / 3);
        }
        assertEquals(expected, trials(a -> -a, a -> -1, new StrongWolfe(1e-4, 0.9), 2, false));
    }

    /**
     * The rounding regime starts where the linear model's decrease α|φ'(0)| equals ε|φ(0)|: with
     * φ(0) = 1 and φ'(0) = −1, at α = 10⁻⁶ exactly. There a constant φ (no visible decrease) with
     * φ'(α) = 10⁶α − 1 = 0 passes the approximate conditions, though not Armijo's.
     */
    @Test
    void roundingRegimeIncludesItsBoundary() {
        assertEquals(List.of(1e-6), trials(a -> 1, a -> 1e6 * a - 1, new StrongWolfe(1e-4, 0.9), 1e-6, true));
    }

    /** φ = (α − 4)², c₂ = 0.5: at α₀ = 2, |φ'(2)| = 4 = 0.5·|φ'(0)|, accepted at once. */
    @Test
    void curvatureConditionHoldsAtEquality() {
        assertEquals(List.of(2.0), trials(a -> (a - 4) * (a - 4), a -> 2 * (a - 4), new StrongWolfe(1e-4, 0.5), 2, true));
    }

    /**
     * φ = α² − 2α, c₁ = ½: φ(1) − φ(0) = −1 = c₁·1·φ'(0), accepted by Armijo at equality.
     */
    @Test
    void sufficientDecreaseHoldsAtEquality() {
        assertEquals(List.of(1.0), trials(a -> a * a - 2 * a, a -> 2 * a - 2, new Armijo(0.5, 10), 1, true));
    }

    /**
     * φ = −α decreases everywhere but reports φ'(α) = +1 for α &gt; 0: the first trial passes
     * sufficient decrease and fails curvature with a positive slope, and every zoom trial then
     * lowers φ while claiming a positive slope, so no step is accepted: the search fails within its
     * budget (here the bracket shrinks to rounding first), and a budget of 3 is spent exactly.
     */
    @Test
    void zoomSpendsExactlyTheRemainingBudget() {
        List<Double> spent = trials(a -> -a, a -> a > 0 ? 1 : -1, new StrongWolfe(1e-4, 0.9), 1, false);
        assertTrue(spent.size() <= StrongWolfe.DEFAULT_MAX_EVALUATIONS);
        StrongWolfe small = new StrongWolfe(1e-4, 0.9, 3);
        assertEquals(3, trials(a -> -a, a -> a > 0 ? 1 : -1, small, 1, false).size());
    }

    /** A step too small to change x (10²⁰ + 1 = 10²⁰) fails at once, in either search. */
    @Test
    void stepBelowRoundingFailsWithOneEvaluation() {
        for (LineSearch search : List.of(new StrongWolfe(1e-4, 0.9), new Armijo())) {
            ScalarFunction f = new ScalarFunction("-x", x -> -x, x -> -1);
            LineFunction phi = new LineFunction(new Oracle(f));
            phi.aim(new double[] {1e20}, -1e20, new double[] {1}, -1);
            assertFalse(search.search(phi, 1.0));
            assertFalse(phi.moved());
            assertEquals(1, phi.evaluations());
        }
    }

    /**
     * In the rounding regime (α·|φ'(0)| &lt;= 10⁻⁶·|φ(0)| = 10⁻³) a value up to ε|φ(0)| = 10⁻³ above
     * φ(0) passes the approximate condition: φ(α) = 1000 + 5·10⁻⁴ beyond 0 (noise), with exact
     * slope 10⁻⁴(α − 1), is accepted at α₀ = 1, where φ' = 0; a value 2·10⁻³ above is not.
     */
    @Test
    void approximateWolfeAcceptsValuesWithinTheBandAndNoHigher() {
        DoubleUnaryOperator slope = a -> 1e-4 * (a - 1);
        assertEquals(List.of(1.0), trials(a -> a == 0 ? 1000 : 1000 + 5e-4, slope, new StrongWolfe(1e-4, 0.9), 1, true));
        List<Double> above = trials(a -> a == 0 ? 1000 : 1000 + 2e-3, slope, new StrongWolfe(1e-4, 0.9), 1, false);
        assertTrue(above.size() > 1, "the first trial is rejected: " + above);
    }

    /**
     * The approximate condition's slope bound holds at equality: with φ(0) = 1, φ'(0) = −2 and
     * α = 5·10⁻⁷ (in the rounding regime, on its boundary), a constant φ whose slope is exactly
     * (2c₁ − 1)·φ'(0) = 1.9996 passes it and, with c₂ = 0.99999, the curvature condition too.
     */
    @Test
    void approximateSlopeBoundHoldsAtEquality() {
        double bound = (2 * 1e-4 - 1) * -2;
        assertEquals(List.of(5e-7), trials(a -> 1, a -> a == 0 ? -2 : bound, new StrongWolfe(1e-4, 0.99999), 5e-7, true));
    }

    /**
     * Zoom's curvature test holds at equality: φ is +∞ beyond 2, so from α₀ = 3 the bracket [0, 3]
     * has no finite value at its far end and zoom bisects to 1.5, where φ = (α − 1.5)² has decreased
     * and the slope is set to exactly c₂·|φ'(0)| = 0.1·3.
     */
    @Test
    void zoomAcceptsCurvatureAtEquality() {
        double bound = 0.1 * 3;
        assertEquals(List.of(3.0, 1.5), trials(a -> a > 2 ? Double.NaN : (a - 1.5) * (a - 1.5),
                a -> a > 2 ? Double.NaN : a == 1.5 ? bound : 2 * (a - 1.5), new StrongWolfe(1e-4, 0.1), 3, true));
    }

    /**
     * In the bracketing phase a trial that decreases f enough but less than the previous trial ends
     * the bracketing: φ = −α up to 1, then rising (−1 + (α − 1)/8) while the reported slope stays −1.
     * From α₀ = 1 the extrapolation goes to 5, where φ = −0.5 ≥ φ(1) = −1: zoom on [1, 5] follows,
     * not a further extrapolation to 21.
     */
    @Test
    void aHigherValueThanThePreviousTrialEndsTheBracketing() {
        List<Double> spent = trials(a -> a <= 1 ? -a : -1 + (a - 1) / 8, a -> -1, new StrongWolfe(1e-4, 0.1), 1, false);
        assertEquals(List.of(1.0, 5.0), spent.subList(0, 2));
        assertTrue(spent.get(2) > 1 && spent.get(2) < 5, "the third trial zooms inside [1, 5]: " + spent);
    }

    /**
     * In the rounding regime zoom steps by the secant of φ', and bisects where that zero is not
     * strictly inside the bracket: φ = 1000 up to 5 and 1001 beyond (a jump f cannot attribute),
     * slope −10⁻⁴ except 0 at α₀ = 8. The secant of [0, 8] is 8 itself (an end): bisect to 4; 4
     * passes, so [4, 8] with equal slopes has no secant zero: bisect to 6, which fails; then 5.
     */
    @Test
    void secantStepOutsideTheBracketBisects() {
        List<Double> spent = trials(a -> a < 5 ? 1000 : 1001, a -> a == 8 ? 0 : -1e-4, new StrongWolfe(1e-4, 0.9), 8,
                false);
        assertEquals(List.of(8.0, 4.0, 6.0, 5.0), spent.subList(0, 4));
    }

    /**
     * Near 10¹⁶ (ulp 2) steps below 1 do not move x: a zoom whose trial rounds to the origin fails
     * there. f(x) = x − 10¹⁶ rises while its reported slope is −1, so α₀ = 3 (x = 10¹⁶ + 4) fails
     * sufficient decrease and zoom on [0, 3] shrinks toward 0 until a trial leaves x unchanged.
     */
    @Test
    void zoomTrialThatDoesNotMoveXFails() {
        ScalarFunction f = new ScalarFunction("x - 1e16", x -> x - 1e16, x -> -1);
        LineFunction phi = new LineFunction(new Oracle(f));
        phi.aim(new double[] {1e16}, 0, new double[] {1}, -1);
        assertFalse(new StrongWolfe(1e-4, 0.9).search(phi, 3));
        assertFalse(phi.moved(), "the last trial left x where it was");
        assertTrue(phi.evaluations() < StrongWolfe.DEFAULT_MAX_EVALUATIONS);
    }

    @Test
    void equalConstantsAreRejected() {
        assertEquals("c1 must be < c2, got c1=0.5, c2=0.5",
                assertThrows(IllegalArgumentException.class, () -> new StrongWolfe(0.5, 0.5)).getMessage());
        assertEquals("maxEvaluations must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new StrongWolfe(0.1, 0.5, 0)).getMessage());
        assertEquals("c1 must be in (0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new Armijo(1, 10)).getMessage());
    }

    /** α₀ is used when finite and &gt; 0; 0, negatives, NaN and +∞ mean 1. */
    @Test
    void initialStepIsSanitized() {
        assertEquals(0.5, LineSearch.sanitize(0.5));
        assertEquals(Double.MIN_VALUE, LineSearch.sanitize(Double.MIN_VALUE));
        assertEquals(Double.MAX_VALUE, LineSearch.sanitize(Double.MAX_VALUE));
        for (double bad : new double[] {0, -0.0, -2, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals(1.0, LineSearch.sanitize(bad), "α₀ = " + bad);
        }
    }

    /**
     * Two steps give the same point when x + a·d and x + b·d round alike: a step equals itself at
     * any scale; on d = 4.9·10⁻³²⁴ (the least subnormal) the steps 1 and 1.4 round to the same
     * point, 1 and 2 do not; near 10¹⁶ (ulp 2) a step of 0.5 rounds to the origin.
     */
    @Test
    void samePointComparesRoundedPoints() {
        LineFunction phi = new LineFunction(new Oracle(new ScalarFunction("x", x -> x, x -> 1)));
        phi.aim(new double[] {1}, 1, new double[] {3}, 3);
        assertTrue(phi.samePoint(2, 2));
        assertFalse(phi.samePoint(2, -2));
        phi.aim(new double[] {0}, 0, new double[] {Double.MIN_VALUE}, Double.MIN_VALUE);
        assertTrue(phi.samePoint(1, 1.4));
        assertFalse(phi.samePoint(1, 2));
        phi.aim(new double[] {1e16}, 1e16, new double[] {1}, 1);
        assertTrue(phi.samePoint(0, 0.5));
        assertFalse(phi.samePoint(0, 4));
    }
}
