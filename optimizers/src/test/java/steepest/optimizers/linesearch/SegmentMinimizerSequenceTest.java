package steepest.optimizers.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact segment search, step for step, against an independent textbook Illinois iteration
 * (Dowell and Jarratt, BIT 11, 1971) written here in the form c = (a·f(b) − b·f(a)) / (f(b) − f(a))
 * on φ': the far end first, then one trial per iteration until |φ'| &lt;= tolerance·max(|φ'(0)|,
 * |φ'(γ_max)|) or the bracket is below rounding, the lower end after the budget; a non-finite trial
 * bisects, and a second trial on the same side halves the kept end's slope.
 */
class SegmentMinimizerSequenceTest {

    /** φ and φ', with +∞ and NaN beyond {@code wall}. */
    record Segment(String name, DoubleUnaryOperator value, DoubleUnaryOperator slope, double wall) {
        double valueAt(double a) {
            return a > wall ? Double.POSITIVE_INFINITY : value.applyAsDouble(a);
        }

        double slopeAt(double a) {
            return a > wall ? Double.NaN : slope.applyAsDouble(a);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        Segment exp = new Segment("e^(3a) - 6a", a -> Math.exp(3 * a) - 6 * a, a -> 3 * Math.exp(3 * a) - 6,
                Double.POSITIVE_INFINITY);
        Segment cubic = new Segment("2.5a^4 - 10a", a -> 2.5 * a * a * a * a - 10 * a, a -> 10 * a * a * a - 10,
                Double.POSITIVE_INFINITY);
        Segment walled = new Segment("(a-0.3)^2, +inf beyond 1", a -> (a - 0.3) * (a - 0.3), a -> 2 * (a - 0.3), 1);
        Segment kink = new Segment("|a - 0.3|", a -> Math.abs(a - 0.3), a -> a < 0.3 ? -1 : 1,
                Double.POSITIVE_INFINITY);
        return Stream.of(Arguments.of(exp, 2.0, 1e-8, 30), Arguments.of(exp, 2.0, 1e-2, 30),
                Arguments.of(exp, 2.0, 1e-12, 4), Arguments.of(cubic, 1.2, 1e-8, 30), Arguments.of(cubic, 1.2, 0.05, 30), Arguments.of(cubic, 1.2, 0.7, 30),
                Arguments.of(walled, 4.0, 1e-8, 30), Arguments.of(kink, 1.0, 1e-8, 200));
    }

    @ParameterizedTest(name = "{0} on [0, {1}], tolerance {2}, budget {3}")
    @MethodSource("cases")
    void trialsAreTheIllinoisIterationsOnTheSlope(Segment f, double maxStep, double tolerance, int budget) {
        List<Double> expected = illinois(f, maxStep, tolerance, budget);
        List<Double> trials = new ArrayList<>();
        ScalarFunction recorded = new ScalarFunction(f.name(), a -> {
            trials.add(a);
            return f.valueAt(a);
        }, f::slopeAt);
        LineFunction phi = recorded.line();
        trials.clear();
        new SegmentMinimizer(tolerance, budget).minimize(phi, maxStep);
        assertEquals(expected.size(), trials.size(), "trials " + trials + ", expected " + expected);
        for (int k = 0; k < trials.size(); k++) {
            assertEquals(expected.get(k), trials.get(k), 1e-12 * (1 + Math.abs(expected.get(k))), "trial " + k);
        }
        assertEquals(trials.get(trials.size() - 1), phi.step(), "the result is the last trial");
        assertTrue(trials.size() <= budget);
    }

    /** The textbook iteration; returns every trial step, the far end first. */
    private static List<Double> illinois(Segment f, double maxStep, double tolerance, int budget) {
        List<Double> trials = new ArrayList<>();
        double a = 0;
        double fa = f.slopeAt(0);
        double b = maxStep;
        trials.add(b);
        double fb = f.slopeAt(b);
        if (fb <= 0) {
            return trials;
        }
        double scale = Math.max(Math.abs(fa), Double.isFinite(fb) ? Math.abs(fb) : 0);
        int side = 0;
        for (int k = 0; k < budget - 2; k++) {
            double c = Double.isFinite(fb) ? (a * fb - b * fa) / (fb - fa) : Double.NaN;
            if (!(c > a && c < b)) {
                c = (a + b) / 2;
            }
            trials.add(c);
            double fc = f.slopeAt(c);
            if (Math.abs(fc) <= tolerance * scale || b - a <= Math.ulp(b)) {
                return trials;
            }
            if (fc < 0) {
                fb = side == -1 ? fb / 2 : fb;
                a = c;
                fa = fc;
                side = -1;
            } else {
                fa = side == 1 ? fa / 2 : fa;
                b = c;
                fb = fc;
                side = 1;
            }
        }
        trials.add(a);
        return trials;
    }

    /** φ'(γ_max) = 0 exactly: γ_max is the minimizer, found with one evaluation. */
    @Test
    void zeroSlopeAtTheFarEndTakesTheFarEnd() {
        ScalarFunction f = new ScalarFunction("(a-1)^2", a -> (a - 1) * (a - 1), a -> 2 * (a - 1));
        LineFunction phi = f.line();
        new SegmentMinimizer().minimize(phi, 1.0);
        assertEquals(1, phi.evaluations());
        assertEquals(1.0, phi.step());
    }

    /**
     * The kink of |γ − 0.3|, with a slope of ±1 that is never 0, is found to rounding: the bracket
     * collapses around it, which ends the search before the budget.
     */
    @Test
    void bracketCollapsingToRoundingEndsTheSearch() {
        ScalarFunction kink = new ScalarFunction("|a - 0.3|", a -> Math.abs(a - 0.3), a -> a < 0.3 ? -1 : 1);
        LineFunction phi = kink.line();
        new SegmentMinimizer(1e-8, 1000).minimize(phi, 1.0);
        assertTrue(phi.evaluations() < 200, "evaluations " + phi.evaluations());
        assertEquals(0.3, phi.step(), 1e-15);
    }

    /**
     * Stationarity holds at equality: φ' = −1 at 0 and +1 at 1 put the first secant step at 0.5,
     * where this convex φ has φ'(0.5) = 0.25 = tolerance·max(|φ'(0)|, |φ'(1)|) for tolerance 0.25.
     */
    @Test
    void stationarityToleranceHoldsAtEquality() {
        ScalarFunction bent = new ScalarFunction("piecewise quadratic", a -> a <= 0.5 ? 1.25 * a * a - a
                : -0.1875 + 0.25 * (a - 0.5) + 0.75 * (a - 0.5) * (a - 0.5), a -> a <= 0.5 ? 2.5 * a - 1 : 0.25 + 1.5 * (a - 0.5));
        LineFunction phi = bent.line();
        new SegmentMinimizer(0.25, 30).minimize(phi, 1.0);
        assertEquals(2, phi.evaluations());
        assertEquals(0.5, phi.step());
    }

    @Test
    void settingsAreValidatedByName() {
        assertEquals("tolerance must be in (0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new SegmentMinimizer(1, 30)).getMessage());
        assertEquals("maxEvaluations must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new SegmentMinimizer(0.1, 1)).getMessage());
    }
}
