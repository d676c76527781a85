package steepest.harness.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;

/**
 * The order in which the {@link Runner} starts the pending cells of a run: longest expected first
 * (LPT, Graham's longest-processing-time rule: R. L. Graham, "Bounds on multiprocessing timing
 * anomalies", SIAM J. Appl. Math. 17(2), 1969), so that a heavy cell is not the last to start and
 * the end of a run is not one thread finishing it while the others idle. The order changes no result:
 * a cell's files depend on the cell alone, and summary.csv is written in cell order.
 *
 * <p>Cells are grouped by (problem, optimizer), whose seeds cost alike; a group's cells start in
 * cell order. Groups are ranked by their {@link CostModel} estimate, largest first; groups of a
 * problem not built yet (size unknown) come before every other, one group per problem at a time
 * (the first group of each such problem, then the second, ...), so that each problem's size is
 * learned early. Ties keep cell order. The ranking is recomputed when the count of events (a
 * problem sized, a cell finished) reaches 1, 2, 4, 8, ...: early, when estimates change most, and
 * O(log cells) times in all, so ranking costs O(groups · log groups · log cells) over a run; and,
 * while at most {@value #SMALL} groups remain, whenever a problem is sized, so that a small
 * experiment (where one misplaced heavy cell costs most) places a problem's cells as soon as its
 * size is known.
 *
 * <p>Thread-safe: every method holds the schedule's lock, for microseconds.
 */
final class Schedule {

    /** Unknown sizes first, one group per problem at a time; then the largest estimate; then cell order. */
    private static final Comparator<Group> RANKING = Comparator.comparing(Group::sized)
            .thenComparingInt(g -> g.sized() ? 0 : g.ordinal)
            .thenComparingDouble(g -> g.sized() ? -g.estimate : 0)
            .thenComparingInt(g -> g.members[0]);

    /** Up to this many open groups, every problem sized re-ranks them. */
    static final int SMALL = 1024;

    private final List<Cell> cells;
    private final CostModel model;
    private Group[] ranked;
    private int head;
    private long events;
    private long nextRanking = 1;

    /**
     * @param pending the cells to run, in cell order
     * @param budget  the experiment's per-cell budget (for the cost model)
     */
    Schedule(List<Cell> pending, Experiment.Budget budget) {
        this.cells = List.copyOf(pending);
        this.model = new CostModel(budget);
        Map<String, Map<String, List<Integer>>> members = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            members.computeIfAbsent(cell.problem(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(cell.optimizer(), o -> new ArrayList<>()).add(i);
        }
        List<Group> all = new ArrayList<>();
        members.forEach((problem, byOptimizer) -> {
            int ordinal = 0;
            for (Map.Entry<String, List<Integer>> entry : byOptimizer.entrySet()) {
                all.add(new Group(problem, entry.getKey(), ordinal++,
                        entry.getValue().stream().mapToInt(Integer::intValue).toArray()));
            }
        });
        ranked = all.toArray(new Group[0]);
        rank();
    }

    /** The next cell to start, or null when every cell has started. */
    synchronized Cell next() {
        while (head < ranked.length) {
            Group group = ranked[head];
            if (group.next < group.members.length) {
                return cells.get(group.members[group.next++]);
            }
            head++;
        }
        return null;
    }

    /** Learns the size of a cell's problem, built by the cell. */
    synchronized void sized(Cell cell, int dimension, int samples) {
        if (model.sized(cell.problem(), dimension, samples)) {
            if (ranked.length - head <= SMALL) {
                events++;
                rank();
            } else {
                event();
            }
        }
    }

    /** Learns how long a cell took. */
    synchronized void finished(Cell cell, double seconds) {
        model.finished(cell.problem(), cell.optimizer(), seconds);
        event();
    }

    /**
     * The expected cost of a cell whose problem is sized (seconds once a cell has finished, work
     * units before: comparable among the cells of one run at one time).
     */
    synchronized double expected(Cell cell) {
        return model.expected(cell.problem(), cell.optimizer());
    }

    private void event() {
        if (++events >= nextRanking) {
            nextRanking *= 2;
            rank();
        }
    }

    /** Sorts the groups that still have cells to start by the current estimates. */
    private void rank() {
        Group[] open = Arrays.stream(ranked, head, ranked.length).filter(g -> g.next < g.members.length)
                .toArray(Group[]::new);
        for (Group group : open) {
            group.estimate = model.expected(group.problem, group.optimizer);
        }
        Arrays.sort(open, RANKING);
        ranked = open;
        head = 0;
    }

    /** The pending cells of one (problem, optimizer) pair, as positions in the pending list. */
    private static final class Group {
        private final String problem;
        private final String optimizer;
        /** Its place among the groups of its problem. */
        private final int ordinal;
        private final int[] members;
        private int next;
        private double estimate;

        Group(String problem, String optimizer, int ordinal, int[] members) {
            this.problem = problem;
            this.optimizer = optimizer;
            this.ordinal = ordinal;
            this.members = members;
        }

        /** Whether its problem's size was known at the last ranking. */
        boolean sized() {
            return !Double.isNaN(estimate);
        }
    }
}
