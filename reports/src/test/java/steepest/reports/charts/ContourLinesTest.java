package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import steepest.reports.model.Grid;

class ContourLinesTest {

    /** Grid spacing of the samples below: 4 / 40. */
    private static final double H = 0.1;

    @Test
    void levelSetsOfTheParaboloidAreClosedCirclesWithinTheGridSpacing() {
        Grid grid = Grid.sample((x, y) -> x * x + y * y, -2, 2, 41, -2, 2, 41);
        for (double radius : new double[] {0.5, 1.0, 1.7}) {
            List<double[][]> lines = ContourLines.trace(grid, radius * radius);
            assertEquals(1, lines.size(), "one connected level set at r = " + radius);
            double[][] circle = lines.get(0);
            int n = circle[0].length;
            assertEquals(circle[0][0], circle[0][n - 1], 0, "closed");
            assertEquals(circle[1][0], circle[1][n - 1], 0, "closed");
            boolean[] octants = new boolean[8];
            for (int i = 0; i < n; i++) {
                double r = Math.hypot(circle[0][i], circle[1][i]);
                assertEquals(radius, r, H, "point " + i + " lies on the circle of radius " + radius);
                double angle = Math.atan2(circle[1][i], circle[0][i]) + Math.PI;
                octants[Math.min(7, (int) (angle / (Math.PI / 4)))] = true;
                if (i > 0) {
                    double step = Math.hypot(circle[0][i] - circle[0][i - 1], circle[1][i] - circle[1][i - 1]);
                    assertTrue(step <= Math.sqrt(2) * H + 1e-12, "consecutive points share a cell");
                }
            }
            for (boolean visited : octants) {
                assertTrue(visited, "the level set goes all the way round");
            }
        }
    }

    @Test
    void aLinearFunctionHasOneStraightOpenLevelLineFromEdgeToEdge() {
        Grid grid = Grid.sample((x, y) -> x + 2 * y, 0, 1, 11, 0, 1, 11);
        List<double[][]> lines = ContourLines.trace(grid, 1.25);
        assertEquals(1, lines.size());
        double[][] line = lines.get(0);
        for (int i = 0; i < line[0].length; i++) {
            // Linear interpolation is exact for a linear function.
            assertEquals(1.25, line[0][i] + 2 * line[1][i], 1e-12);
        }
        double[] first = {line[0][0], line[1][0]};
        double[] last = {line[0][line[0].length - 1], line[1][line[0].length - 1]};
        assertTrue(onEdge(first) && onEdge(last), "starts and ends on the grid's boundary");
    }

    private static boolean onEdge(double[] p) {
        return Math.abs(p[0]) < 1e-12 || Math.abs(p[0] - 1) < 1e-12 || Math.abs(p[1]) < 1e-12 || Math.abs(p[1] - 1) < 1e-12;
    }

    @Test
    void aSaddleCellIsResolvedByItsCentre() {
        // One cell: 1 at lower left and upper right, -1 at the other corners; the centre's mean is 0.
        Grid grid = new Grid(new double[] {-1, 1}, new double[] {-1, 1}, new double[][] {{1, -1}, {-1, 1}});
        // Level 0.5 is above the centre, so the two corners above it are cut off; e.g. on the bottom
        // edge 1 -> -1 the level is a quarter of the way: x = -0.5.
        assertEquals(Set.of(Set.of(List.of(-0.5, -1.0), List.of(-1.0, -0.5)), Set.of(List.of(0.5, 1.0), List.of(1.0, 0.5))),
                segments(ContourLines.trace(grid, 0.5)));
        // Level -0.5 is below the centre: the corners below it are cut off.
        assertEquals(Set.of(Set.of(List.of(0.5, -1.0), List.of(1.0, -0.5)), Set.of(List.of(-1.0, 0.5), List.of(-0.5, 1.0))),
                segments(ContourLines.trace(grid, -0.5)));
    }

    private static Set<Set<List<Double>>> segments(List<double[][]> lines) {
        Set<Set<List<Double>>> segments = new HashSet<>();
        for (double[][] line : lines) {
            assertEquals(2, line[0].length, "one segment per line");
            segments.add(Set.of(List.of(line[0][0], line[1][0]), List.of(line[0][1], line[1][1])));
        }
        return segments;
    }

    @Test
    void cellsWithAnUndefinedSampleAreSkipped() {
        double nan = Double.NaN;
        Grid grid = new Grid(new double[] {0, 1, 2}, new double[] {0, 1}, new double[][] {{0, 1, nan}, {0, 1, 2}});
        List<double[][]> lines = ContourLines.trace(grid, 0.5);
        assertEquals(1, lines.size());
        for (double x : lines.get(0)[0]) {
            assertEquals(0.5, x, 1e-12);
        }
        assertTrue(ContourLines.trace(grid, 1.5).isEmpty(), "the only crossing of 1.5 is in the undefined cell");
    }
}
