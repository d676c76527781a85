package steepest.optimizers.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The interpolants' minimizers on polynomials whose stationary points are known in closed form. */
class InterpolationTest {

    private static final double TOLERANCE = 1e-15;

    /** p = α³ − 3α is its own interpolant: the local minimizer is 1, from either order of the ends. */
    @Test
    void cubicThroughACubicFindsItsLocalMinimizer() {
        assertEquals(1.0, Interpolation.cubic(0, 0, -3, 2, 2, 9), TOLERANCE);
        assertEquals(1.0, Interpolation.cubic(2, 2, 9, 0, 0, -3), TOLERANCE);
        assertEquals(1.0, Interpolation.cubic(0.5, -1.375, -2.25, 3, 18, 24), TOLERANCE);
    }

    /**
     * p = α − 3α² + 3α³ has p' = (3α − 1)² ≥ 0: the radicand d₁² − p'(a)p'(b) is exactly 0 and the
     * formula gives the stationary inflection 1/3; p = α³ + α has no stationary point: NaN.
     */
    @Test
    void cubicWithADoubleRootGivesItAndOneWithoutStationaryPointsGivesNaN() {
        assertEquals(1.0 / 3, Interpolation.cubic(0, 0, 1, 1, 1, 4), TOLERANCE);
        assertTrue(Double.isNaN(Interpolation.cubic(0, 0, 1, 1, 2, 4)));
    }

    /** The zero of the line through (1, −2) and (3, 2) is 2; through (0.5, −1) and (4, 6), 1. */
    @Test
    void secantFindsTheZeroOfTheLineThroughTwoSlopes() {
        assertEquals(2.0, Interpolation.secant(1, -2, 3, 2), TOLERANCE);
        assertEquals(1.0, Interpolation.secant(0.5, -1, 4, 6), TOLERANCE);
        assertTrue(Double.isNaN(Interpolation.secant(0, -1, 1, -1)), "parallel: no zero");
    }

    /**
     * (α − 1)² from (0.5, 0.25, −1) and 3 ↦ 4: minimizer 1; 2(α − 2)² + 1 from (0.5, 5.5, −6) and
     * 4 ↦ 9: 2. Data below the tangent (concave) have no minimizer: NaN, as has an infinite value.
     */
    @Test
    void quadraticFindsTheMinimizerOfThePositiveCurvatureParabola() {
        assertEquals(1.0, Interpolation.quadratic(0.5, 0.25, -1, 3, 4), TOLERANCE);
        assertEquals(2.0, Interpolation.quadratic(0.5, 5.5, -6, 4, 9), TOLERANCE);
        assertEquals(2.0, Interpolation.quadratic(4, 9, 8, 0.5, 5.5), TOLERANCE);
        assertTrue(Double.isNaN(Interpolation.quadratic(0, 0, -1, 1, -2)));
        assertTrue(Double.isNaN(Interpolation.quadratic(0, 0, -1, 1, Double.POSITIVE_INFINITY)));
        assertTrue(Double.isNaN(Interpolation.quadratic(0, 0, -1, 1, -1)), "linear data: zero curvature");
    }
}
