package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import steepest.reports.model.Axis;
import steepest.reports.model.ProfileFigure;
import steepest.reports.model.StepCurve;
import steepest.reports.style.LegendPlacement;

/** The geometry behind the charts: staircases, subdivision, decade labels, legend placement. */
class GeometryTest {

    @Test
    void aProfileIsDrawnAsStepsRisingAtEachBreakpoint() {
        StepCurve curve = new StepCurve("gd", "gd", new double[] {1, 4, 5}, new double[] {0.4, 0.6, 0.8});
        double[][] steps = ProfileChart.staircase(curve, 1, 8);
        assertArrayEquals(new double[] {1, 4, 4, 5, 5, 8}, steps[0]);
        assertArrayEquals(new double[] {0.4, 0.4, 0.6, 0.6, 0.8, 0.8}, steps[1]);
        // From a left end before the first breakpoint the curve starts at 0; breakpoints past the right end are cut.
        double[][] cut = ProfileChart.staircase(curve, 0.5, 4.5);
        assertArrayEquals(new double[] {0.5, 1, 1, 4, 4, 4.5}, cut[0]);
        assertArrayEquals(new double[] {0, 0, 0.4, 0.4, 0.6, 0.6}, cut[1]);
    }

    @Test
    void subdivisionKeepsEverySegmentWithinOneStepInOneDirection() {
        // A 100 x 100 chart over [0, 1]^2: one data unit is 100 chart units.
        AxisScale linear = new AxisScale(Axis.linear("x"), 0, 1);
        Mapping mapping = new Mapping(linear, linear, new double[] {0, 1, 0, 1}, 100, 100);
        double[][] fine = mapping.subdivide(new double[][] {{0, 1, 1}, {0, 0.3, 1}}, 0.5);
        // The diagonal (100 by 30 units) needs ceil(30 / 0.5) = 60 pieces; the vertical one needs none.
        assertEquals(60 + 1 + 1, fine[0].length);
        for (int i = 1; i < fine[0].length; i++) {
            double dx = Math.abs(fine[0][i] - fine[0][i - 1]) * 100;
            double dy = Math.abs(fine[1][i] - fine[1][i - 1]) * 100;
            assertTrue(Math.min(dx, dy) <= 0.5 + 1e-9, "segment " + i);
        }
    }

    @Test
    void wideLogAxesAreLabelledInPowersOfTenNarrowOnesAreLeftToXChart() {
        assertEquals("10⁻¹²", AxisScale.decade(-12));
        assertEquals("10⁰", AxisScale.decade(0));
        assertEquals("10³", AxisScale.decade(3.0000000000001));
        assertEquals("", AxisScale.decade(0.5));
        AxisScale wide = new AxisScale(Axis.log("f"), -12, 0.4);
        assertEquals(-3, wide.toChart(-3), "drawn over log10 values");
        AxisScale narrow = new AxisScale(Axis.log("tau"), 0, 0.8);
        assertEquals(1000, narrow.toChart(3), 1e-9, "drawn by XChart's log axis");
        assertFalse(AxisScale.fits(0, Axis.log("f")));
        assertTrue(AxisScale.fits(0, Axis.linear("f")));
    }

    @Test
    void theLegendGoesToTheFirstCornerItHidesNothingIn() {
        LegendSpot spot = new LegendSpot(new double[] {0, 1, 0, 1});
        // A line along the top edge and down the right one: every corner but the bottom left is crossed.
        spot.line(new double[][] {{0, 1, 1}, {1, 1, 0}});
        assertEquals(LegendPlacement.INSIDE_BOTTOM_LEFT,
                spot.choose(LegendPlacement.INSIDE_TOP_RIGHT, LegendPlacement.OUTSIDE_RIGHT, 0.3, 0.3));
        LegendSpot full = new LegendSpot(new double[] {0, 1, 0, 1});
        full.polygon(new double[][] {{0, 1, 1, 0}, {0, 0, 1, 1}});
        assertEquals(LegendPlacement.OUTSIDE_BELOW,
                full.choose(LegendPlacement.INSIDE_TOP_RIGHT, LegendPlacement.OUTSIDE_BELOW, 0.3, 0.3));
        LegendSpot empty = new LegendSpot(new double[] {0, 1, 0, 1});
        assertEquals(LegendPlacement.INSIDE_BOTTOM_RIGHT,
                empty.choose(LegendPlacement.INSIDE_BOTTOM_RIGHT, LegendPlacement.OUTSIDE_RIGHT, 0.3, 0.3));
    }

    @Test
    void aPerformanceProfileStartsAtOneOnALogAxis() {
        assertEquals(new Axis("performance ratio τ", true, 1, Double.NaN),
                ProfileFigure.performance("", List.of()).xAxis());
    }
}
