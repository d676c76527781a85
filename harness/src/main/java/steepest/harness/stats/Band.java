package steepest.harness.stats;

import java.util.List;
import java.util.TreeSet;

/**
 * The median and a quantile band of several runs' curves (one per seed) on a common grid: at each
 * grid point every run contributes its last recorded value at or before that point (a run that
 * ended keeps its final value). Runs are recorded at different iterations, hence the step
 * interpolation, which never invents a value a run did not reach.
 *
 * @param grid   the abscissae: the union of the runs' recorded abscissae
 * @param median the median across runs at each grid point
 * @param lower  the lower quantile
 * @param upper  the upper quantile
 */
public record Band(double[] grid, double[] median, double[] lower, double[] upper) {

    /**
     * The band of {@code runs} between quantiles {@code low} and {@code high} (0.25 and 0.75 for the
     * interquartile band).
     *
     * @param xs one array of increasing abscissae per run
     * @param ys the matching ordinates
     */
    public static Band of(List<double[]> xs, List<double[]> ys, double low, double high) {
        if (xs.size() != ys.size() || xs.isEmpty()) {
            throw new IllegalArgumentException("need the same positive number of x and y arrays, got "
                    + xs.size() + " and " + ys.size());
        }
        TreeSet<Double> points = new TreeSet<>();
        xs.forEach(x -> {
            for (double v : x) {
                points.add(v);
            }
        });
        double[] grid = points.stream().mapToDouble(Double::doubleValue).toArray();
        double[] median = new double[grid.length];
        double[] lower = new double[grid.length];
        double[] upper = new double[grid.length];
        int[] cursor = new int[xs.size()];
        double[] column = new double[xs.size()];
        for (int g = 0; g < grid.length; g++) {
            for (int r = 0; r < xs.size(); r++) {
                double[] x = xs.get(r);
                while (cursor[r] + 1 < x.length && x[cursor[r] + 1] <= grid[g]) {
                    cursor[r]++;
                }
                column[r] = x.length > 0 && x[cursor[r]] <= grid[g] ? ys.get(r)[cursor[r]] : Double.NaN;
            }
            median[g] = Quantiles.median(column);
            lower[g] = Quantiles.of(column, low);
            upper[g] = Quantiles.of(column, high);
        }
        return new Band(grid, median, lower, upper);
    }
}
