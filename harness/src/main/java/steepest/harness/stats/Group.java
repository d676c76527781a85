package steepest.harness.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryRow;

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
                    List<Status> statuses,
                    Map<String, double[]> gradientsTo, Map<String, double[]> secondsTo) {

    /** Groups {@code rows} by (problem, optimizer), in order of first appearance. */
    public static List<Group> of(List<SummaryRow> rows) {
        Map<List<String>, List<SummaryRow>> byPair = new LinkedHashMap<>();
        for (SummaryRow row : rows) {
            byPair.computeIfAbsent(List.of(row.problem(), row.optimizer()), k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        byPair.forEach((key, members) -> {
            Map<String, double[]> gradients = new LinkedHashMap<>();
            Map<String, double[]> seconds = new LinkedHashMap<>();
            for (String target : members.get(0).targets().labels()) {
                gradients.put(target, censored(members.stream().mapToDouble(r -> r.targets().gradientsTo(target))));
                seconds.put(target, censored(members.stream().mapToDouble(r -> r.targets().secondsTo(target))));
            }
            groups.add(new Group(key.get(0), key.get(1), members.get(0).dimension(),
                    members.stream().mapToDouble(SummaryRow::f).toArray(),
                    members.stream().mapToDouble(SummaryRow::gapToOptimum).toArray(),
                    members.stream().map(SummaryRow::status).toList(), gradients, seconds));
        });
        return groups;
    }

    private static double[] censored(DoubleStream costs) {
        return costs.map(c -> Double.isNaN(c) ? Double.POSITIVE_INFINITY : c).toArray();
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
        return (double) statuses.stream().filter(s -> s == Status.CONVERGED).count() / statuses.size();
    }

    /** The median gradient evaluations to reach {@code target}, +∞ when most runs never did. */
    public double medianGradientsTo(String target) {
        return Quantiles.median(gradientsTo.get(target));
    }
}
