package steepest.reports.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A critical-difference diagram (Demšar, "Statistical comparisons of classifiers over multiple data
 * sets", JMLR 7, 2006, Fig. 1): optimizers placed on an axis of average ranks over problems (1 =
 * best), the critical difference of the Nemenyi test as a bar, and thick bars joining the groups
 * of optimizers that do not differ significantly.
 *
 * @param title              the chart title (empty: none)
 * @param labels             the optimizers' names
 * @param averageRanks       their average ranks, each in [1, k] for k optimizers (a copy is kept)
 * @param criticalDifference the critical difference, positive and finite
 * @param groups             groups of two or more indices into {@code labels} (copied)
 */
public record CriticalDifferenceFigure(String title, List<String> labels, double[] averageRanks, double criticalDifference,
                                       List<List<Integer>> groups) {

    /** Validates the ranks, the difference and the groups; copies everything. */
    public CriticalDifferenceFigure {
        Objects.requireNonNull(title, "title");
        labels = List.copyOf(labels);
        String what = "critical-difference figure '" + title + "'";
        Checks.sameLength(what, labels.size(), "averageRanks", averageRanks.length);
        Checks.finite(what, "averageRanks", averageRanks);
        for (double rank : averageRanks) {
            if (rank < 1 || rank > labels.size()) {
                throw new IllegalArgumentException(what + " has an average rank " + rank + " outside [1, " + labels.size()
                        + "]");
            }
        }
        if (!(criticalDifference > 0) || !Double.isFinite(criticalDifference)) {
            throw new IllegalArgumentException(what + " has critical difference " + criticalDifference);
        }
        groups = groups.stream().map(List::copyOf).toList();
        int count = labels.size();
        for (List<Integer> group : groups) {
            if (group.size() < 2 || new HashSet<>(group).size() != group.size()
                    || group.stream().anyMatch(i -> i < 0 || i >= count)) {
                throw new IllegalArgumentException(what + " has a group " + group + " that is not two or more distinct"
                        + " optimizers");
            }
        }
        averageRanks = averageRanks.clone();
    }

    /** The average ranks (a copy). */
    @Override
    public double[] averageRanks() {
        return averageRanks.clone();
    }
}
