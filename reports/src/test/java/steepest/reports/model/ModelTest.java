package steepest.reports.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static void rejects(String fragment, Runnable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' names " + fragment);
    }

    @Test
    void recordsCopyTheirArraysInAndOut() {
        double[] x = {1, 2};
        double[] y = {3, 4};
        Series series = new Series("adam:lr=1e-3", "Adam", x, y);
        x[0] = 99;
        series.y()[0] = 99;
        assertArrayEquals(new double[] {1, 2}, series.x());
        assertArrayEquals(new double[] {3, 4}, series.y());
        assertEquals("Adam", new Series("Adam", x, y).styleKey(), "the label is the style key by default");
        double[][] z = {{1, 2}, {3, 4}};
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1}, z);
        z[1][1] = 99;
        grid.z()[0][0] = 99;
        assertEquals(4, grid.at(1, 1));
        assertEquals(1, grid.at(0, 0));
    }

    @Test
    void invalidDataAreRejectedNamingWhatIsWrong() {
        double[] two = {1, 2};
        rejects("3 y values", () -> new Series("s", two, new double[] {1, 2, 3}));
        rejects("x decreasing", () -> new QuantileBand("k", "b", new double[] {2, 1}, two, two, two));
        rejects("lower 3.0 > upper 1.0", () -> new QuantileBand("k", "b", two, two, new double[] {3, 1},
                new double[] {1, 2}));
        rejects("not increasing", () -> new Grid(new double[] {0, 0}, two, new double[][] {two, two}));
        rejects("min 2.0 >= max 1.0", () -> new Axis("a", false, 2, 1));
        rejects("positive bounds", () -> new Axis("a", true, 0, Double.NaN));
        rejects("fractions outside [0, 1]", () -> new StepCurve("k", "c", two, new double[] {0.5, 1.5}));
        rejects("not flagged as diverged", () -> new SensitivityCurve("k", "c", two, new double[] {1, Double.NaN},
                new boolean[] {false, false}));
        rejects("0 <= lower <= median <= upper", () -> new TargetBar("k", "b", 5, 6, 7));
        rejects("positive finite budget", () -> new TimeToTargetFigure("t", Axis.log("c"), Double.POSITIVE_INFINITY,
                List.of()));
        rejects("linear axes", () -> new ContourFigure("t", Axis.log("x"), Axis.linear("y"),
                new Grid(two, two, new double[][] {two, two}), two, List.of(), List.of()));
        rejects("not finite", () -> new Point(Double.NaN, 0));
    }

    @Test
    void contourLevelsAreSpacedAsAsked() {
        assertArrayEquals(new double[] {0, 0.5, 1}, ContourLevels.linear(0, 1, 3), 1e-15);
        assertArrayEquals(new double[] {0.01, 0.1, 1, 10}, ContourLevels.logarithmic(0.01, 10, 4), 1e-12);
        // Samples 1 (the minimum), 2, 3 and 1001: the spread is 1000, the smallest positive rise 1;
        // 3 levels are the first 3 of 4 log-spaced rises from 1 to 1000 (1, 10, 100), above the minimum.
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{1, 2}, {3, 1001}});
        assertArrayEquals(new double[] {2, 11, 101}, ContourLevels.aboveMinimum(grid, 3), 1e-9);
    }

    @Test
    void aStepCurveIsRightContinuous() {
        StepCurve curve = new StepCurve("k", "c", new double[] {1, 2}, new double[] {0.25, 0.75});
        assertEquals(0, curve.valueAt(0.999));
        assertEquals(0.25, curve.valueAt(1));
        assertEquals(0.75, curve.valueAt(2));
        assertTrue(new TargetBar("k", "b", Double.POSITIVE_INFINITY, 10, Double.POSITIVE_INFINITY).censored());
    }
}
