package steepest.reports.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import steepest.reports.model.Grid;

/**
 * Level sets of a sampled function by marching squares (Lorensen and Cline's marching cubes in two
 * dimensions). In each grid cell the level crosses the edges whose end samples lie on either side
 * of it, at the linearly interpolated point; the crossings are joined into segments, and segments
 * sharing an edge crossing into polylines. A saddle cell (opposite corners on the same side) is
 * resolved by the mean of its four samples. Cells with an undefined (NaN) sample are skipped.
 */
final class ContourLines {

    /** For each of the 16 corner patterns, pairs of cell edges (0 bottom, 1 right, 2 top, 3 left) joined by a segment. */
    private static final int[][] SEGMENTS = {
        {}, {3, 0}, {0, 1}, {3, 1}, {1, 2}, {3, 0, 1, 2}, {0, 2}, {3, 2},
        {2, 3}, {0, 2}, {0, 1, 2, 3}, {1, 2}, {3, 1}, {0, 1}, {3, 0}, {},
    };

    private ContourLines() {
    }

    /**
     * The polylines of the set {f = level}, each as {x[], y[]}; a closed one repeats its first
     * point at the end.
     */
    static List<double[][]> trace(Grid grid, double level) {
        double[] xs = grid.x();
        double[] ys = grid.y();
        int nx = xs.length;
        Map<Long, double[]> crossings = new HashMap<>();
        Map<Long, List<Long>> neighbours = new LinkedHashMap<>();
        for (int j = 0; j + 1 < ys.length; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double a = grid.at(i, j);
                double b = grid.at(i + 1, j);
                double c = grid.at(i + 1, j + 1);
                double d = grid.at(i, j + 1);
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
                    continue;
                }
                int pattern = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                int[] pairs = SEGMENTS[pattern];
                if ((pattern == 5 || pattern == 10) && (a + b + c + d) / 4 > level) {
                    // The table cuts off the two corners above the level, right when the centre is
                    // below; with the centre above, the two corners below are cut off instead.
                    pairs = SEGMENTS[15 - pattern];
                }
                for (int k = 0; k < pairs.length; k += 2) {
                    long from = edge(i, j, pairs[k], nx);
                    long to = edge(i, j, pairs[k + 1], nx);
                    crossings.computeIfAbsent(from, e -> crossing(grid, e, level));
                    crossings.computeIfAbsent(to, e -> crossing(grid, e, level));
                    neighbours.computeIfAbsent(from, e -> new ArrayList<>(2)).add(to);
                    neighbours.computeIfAbsent(to, e -> new ArrayList<>(2)).add(from);
                }
            }
        }
        List<double[][]> lines = new ArrayList<>();
        // Open polylines start at a crossing with one neighbour; what is left are closed loops.
        for (boolean open : new boolean[] {true, false}) {
            for (Long start : List.copyOf(neighbours.keySet())) {
                List<Long> next = neighbours.get(start);
                if (next != null && !next.isEmpty() && (!open || next.size() == 1)) {
                    lines.add(walk(start, neighbours, crossings));
                }
            }
        }
        return lines;
    }

    /** Follows segments from {@code start}, removing them, until the line ends or closes. */
    private static double[][] walk(long start, Map<Long, List<Long>> neighbours, Map<Long, double[]> crossings) {
        List<double[]> points = new ArrayList<>();
        long current = start;
        points.add(crossings.get(current));
        while (true) {
            List<Long> next = neighbours.get(current);
            if (next == null || next.isEmpty()) {
                break;
            }
            long following = next.remove(0);
            neighbours.get(following).remove(Long.valueOf(current));
            points.add(crossings.get(following));
            current = following;
        }
        double[][] line = new double[2][points.size()];
        for (int k = 0; k < points.size(); k++) {
            line[0][k] = points.get(k)[0];
            line[1][k] = points.get(k)[1];
        }
        return line;
    }

    /**
     * A key for edge {@code side} of cell (i, j): horizontal edges from sample (i, j) to (i + 1, j)
     * are even, vertical edges from (i, j) to (i, j + 1) odd.
     */
    private static long edge(int i, int j, int side, int nx) {
        return switch (side) {
            case 0 -> 2L * ((long) j * nx + i);
            case 1 -> 2L * ((long) j * nx + i + 1) + 1;
            case 2 -> 2L * ((long) (j + 1) * nx + i);
            default -> 2L * ((long) j * nx + i) + 1;
        };
    }

    /** Where the level crosses edge {@code key}, by linear interpolation between its end samples. */
    private static double[] crossing(Grid grid, long key, double level) {
        double[] xs = grid.x();
        double[] ys = grid.y();
        int nx = xs.length;
        long sample = key / 2;
        int i = (int) (sample % nx);
        int j = (int) (sample / nx);
        boolean vertical = key % 2 == 1;
        int i1 = vertical ? i : i + 1;
        int j1 = vertical ? j + 1 : j;
        double v0 = grid.at(i, j);
        double v1 = grid.at(i1, j1);
        double t = (level - v0) / (v1 - v0);
        return new double[] {xs[i] + t * (xs[i1] - xs[i]), ys[j] + t * (ys[j1] - ys[j])};
    }
}
