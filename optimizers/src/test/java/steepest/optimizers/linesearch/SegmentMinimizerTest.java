package steepest.optimizers.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentMinimizerTest {

    @Test
    void quadraticIsMinimizedExactlyByOneSecantStep() {
        ScalarFunction quadratic = new ScalarFunction("3(a-0.3)^2", a -> 3 * (a - 0.3) * (a - 0.3), a -> 6 * (a - 0.3));
        LineFunction phi = quadratic.line();
        new SegmentMinimizer().minimize(phi, 1.0);
        assertEquals(2, phi.evaluations(), "the far end, then the root of the linear φ'");
        assertEquals(0.3, phi.step(), 1e-15);
    }

    @Test
    void minimizerBeyondTheSegmentGivesItsEnd() {
        ScalarFunction quadratic = new ScalarFunction("(a-5)^2", a -> (a - 5) * (a - 5), a -> 2 * (a - 5));
        LineFunction phi = quadratic.line();
        new SegmentMinimizer().minimize(phi, 1.0);
        assertEquals(1, phi.evaluations());
        assertEquals(1.0, phi.step());
    }

    @Test
    void convexNonQuadraticReachesStationarityWithinTheTolerance() {
        ScalarFunction exp = new ScalarFunction("e^(3a) - 6a", a -> Math.exp(3 * a) - 6 * a, a -> 3 * Math.exp(3 * a) - 6);
        LineFunction phi = exp.line();
        SegmentMinimizer minimizer = new SegmentMinimizer();
        minimizer.minimize(phi, 2.0);
        double scale = Math.max(3, 3 * Math.exp(6) - 6);
        assertTrue(Math.abs(phi.slope()) <= minimizer.tolerance() * scale, "φ'(γ) = " + phi.slope());
        assertEquals(Math.log(2) / 3, phi.step(), 1e-6);
        assertTrue(phi.evaluations() <= minimizer.maxEvaluations());
    }
}
