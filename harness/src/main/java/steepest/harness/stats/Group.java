package steepest.harness.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import steepest.harness.store.CsvTable;

/**
 * The runs of one (problem, optimizer) pair across seeds, read from a summary: final gaps, statuses
 * and the cost to reach each target of the ladder, with censored costs (never reached) as +∞ so that
 * medians and success rates treat them honestly.
 *
 * @param problem   the problem spec
 * @param optimizer the optimizer spec
 * @param dimension the problem's dimension
 * @param finalValues f at the end of each run (NaN when the run failed)
 * @param finalGaps f − f* at the end of each run (NaN when f* is unknown or the run failed)
 * @param statuses  each run's status token
 * @param gradientsTo for each target label ({@code 1e-6}), the gradient evaluations to reach it per run (+∞: never)
 * @param secondsTo   for each target label, the seconds to reach it per run (+∞: never)
 */
public record Group(String problem, String optimizer, int dimension, double[] finalValues, double[] finalGaps,
                    List<String> statuses,
                    Map<String, double[]> gradientsTo, Map<String, double[]> secondsTo) {

    /** The target labels of the summary's ladder, in order, e.g. 1e-1 ... 1e-8. */
    public static List<String> targets(CsvTable summary) {
        return summary.header().stream().filter(h -> h.startsWith("gevals_to_")).map(h -> h.substring(10)).toList();
    }

    /** Groups the rows of {@code summary} by (problem, optimizer), in order of first appearance. */
    public static List<Group> of(CsvTable summary) {
        Map<List<String>, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < summary.rows().size(); i++) {
            Map<String, String> row = summary.row(i);
            rows.computeIfAbsent(List.of(row.get("problem"), row.get("optimizer")), k -> new ArrayList<>()).add(i);
        }
        double[] values = summary.numbers("f");
        double[] gaps = summary.numbers("gap_to_opt");
        double[] dimensions = summary.numbers("dimension");
        List<String> targets = targets(summary);
        List<Group> groups = new ArrayList<>();
        rows.forEach((key, indices) -> {
            Map<String, double[]> gradients = new LinkedHashMap<>();
            Map<String, double[]> seconds = new LinkedHashMap<>();
            for (String target : targets) {
                gradients.put(target, censored(summary.numbers("gevals_to_" + target), indices));
                seconds.put(target, censored(summary.numbers("time_to_" + target), indices));
            }
            groups.add(new Group(key.get(0), key.get(1), (int) dimensions[indices.get(0)],
                    indices.stream().mapToDouble(i -> values[i]).toArray(),
                    indices.stream().mapToDouble(i -> gaps[i]).toArray(),
                    indices.stream().map(i -> summary.row(i).get("status")).toList(), gradients, seconds));
        });
        return groups;
    }

    private static double[] censored(double[] column, List<Integer> indices) {
        return indices.stream().mapToDouble(i -> Double.isNaN(column[i]) ? Double.POSITIVE_INFINITY : column[i]).toArray();
    }

    /** The number of runs. */
    public int runs() {
        return statuses.size();
    }

    /** The fraction of runs that reached {@code target} (relative reduction of the initial gap). */
    public double successRate(String target) {
        double[] costs = gradientsTo.get(target);
        if (costs == null) {
            throw new IllegalArgumentException("no target '" + target + "' in the ladder " + gradientsTo.keySet());
        }
        return (double) Arrays.stream(costs).filter(Double::isFinite).count() / costs.length;
    }

    /** The fraction of runs whose status is {@code converged}. */
    public double convergedRate() {
        return (double) statuses.stream().filter("converged"::equals).count() / statuses.size();
    }

    /** The median gradient evaluations to reach {@code target}, +∞ when most runs never did. */
    public double medianGradientsTo(String target) {
        return Quantiles.median(gradientsTo.get(target));
    }
}
