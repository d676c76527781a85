package steepest.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;

class ScheduleTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Experiment.Budget BUDGET = new Experiment.Budget(100, INF, INF, INF);

    /** Problem-major cells of problems × optimizers × seeds, as an experiment orders them. */
    private static List<Cell> grid(List<String> problems, List<String> optimizers, int seeds) {
        List<Cell> cells = new ArrayList<>();
        for (String problem : problems) {
            for (String optimizer : optimizers) {
                for (int s = 0; s < seeds; s++) {
                    cells.add(new Cell(cells.size(), problem, optimizer, s, 0));
                }
            }
        }
        return cells;
    }

    private static List<Integer> drain(Schedule schedule) {
        List<Integer> order = new ArrayList<>();
        for (Cell cell = schedule.next(); cell != null; cell = schedule.next()) {
            order.add(cell.index());
        }
        return order;
    }

    @Test
    void unknownProblemsAreExploredOneGroupPerProblemFirst() {
        List<Cell> cells = grid(List.of("a", "b", "c"), List.of("gd", "adam"), 2);
        Schedule schedule = new Schedule(cells, BUDGET);
        // a/gd (0, 1), b/gd (4, 5), c/gd (8, 9), then the second group of each problem.
        assertEquals(List.of(0, 1, 4, 5, 8, 9, 2, 3, 6, 7, 10, 11), drain(schedule));
        assertNull(schedule.next());
    }

    @Test
    void largestExpectedCellsStartFirstOnceSized() {
        List<Cell> cells = grid(List.of("d10", "d100000", "d1000"), List.of("gd"), 2);
        Schedule schedule = new Schedule(cells, BUDGET);
        List<Integer> order = new ArrayList<>();
        // The first cell of each problem runs and sizes it; the ranking follows the sizes from then on.
        for (int i = 0; i < 3; i++) {
            Cell cell = schedule.next();
            order.add(cell.index());
            schedule.sized(cell, Integer.parseInt(cell.problem().substring(1)), 0);
        }
        assertEquals(List.of(0, 2, 4), order);
        order.addAll(drain(schedule));
        assertEquals(List.of(0, 2, 4, 3, 5, 1), order);
    }

    @Test
    void finishedCellsRefineTheOrder() {
        List<Cell> cells = grid(List.of("x", "y"), List.of("gd"), 3);
        Schedule schedule = new Schedule(cells, BUDGET);
        Cell x = schedule.next();
        schedule.sized(x, 10, 0);
        Cell y = schedule.next();
        schedule.sized(y, 10, 0);
        assertEquals(List.of(0, 3), List.of(x.index(), y.index()));
        // Same size, so cell order; then x turns out a hundred times slower than y: its cells go first.
        schedule.finished(y, 0.01);
        schedule.finished(x, 1.0);
        assertEquals(List.of(1, 2, 4, 5), drain(schedule));
        assertEquals(1.0, schedule.expected(x), 1e-12);
    }

    @Test
    void everyPendingCellStartsExactlyOnce() {
        List<Cell> all = grid(List.of("p", "q", "r", "s"), List.of("gd", "adam", "lbfgs"), 5);
        List<Cell> shard = all.stream().filter(c -> c.index() % 3 == 1).toList();
        Schedule schedule = new Schedule(shard, BUDGET);
        List<Integer> started = new ArrayList<>();
        int sized = 0;
        for (Cell cell = schedule.next(); cell != null; cell = schedule.next()) {
            started.add(cell.index());
            schedule.sized(cell, 1 + (sized++ % 7) * 100, 0);
            schedule.finished(cell, 1e-3 * (cell.index() % 5 + 1));
        }
        assertEquals(shard.stream().map(Cell::index).sorted().toList(), started.stream().sorted().toList());
    }
}
