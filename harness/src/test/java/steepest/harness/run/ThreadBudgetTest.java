package steepest.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import steepest.harness.experiment.Cell;
import steepest.optimizers.Chunks;
import steepest.optimizers.DataParallel;
import steepest.optimizers.ThreadShare;

class ThreadBudgetTest {

    private final Executor helpers = Runnable::run;
    private final Map<Cell, Double> costs = new HashMap<>();

    /** A data-parallel objective that records the shares it is handed. */
    private static final class Recording implements DataParallel {
        final List<ThreadShare> shares = new ArrayList<>();

        @Override
        public void useThreads(ThreadShare share) {
            shares.add(share);
        }

        int threads() {
            return shares.isEmpty() ? 1 : shares.get(shares.size() - 1).threads();
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double value(double[] x) {
            return 0.5 * x[0] * x[0];
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradOut) {
            gradOut[0] = x[0];
            return 0.5 * x[0] * x[0];
        }
    }

    private Cell cell(int index, double cost) {
        Cell cell = new Cell(index, "logreg", "gd", 0, 0);
        costs.put(cell, cost);
        return cell;
    }

    private ThreadBudget budget(int threads) {
        return new ThreadBudget(threads, helpers, costs::get);
    }

    @Test
    void cellsFirstThenIdleThreadsJoinTheLargestRunningCell() {
        ThreadBudget budget = budget(4);
        Recording large = new Recording();
        Recording small = new Recording();
        ThreadBudget.Share largeShare = budget.join(cell(0, 3.0), large);
        ThreadBudget.Share smallShare = budget.join(cell(1, 1.0), small);
        assertEquals(List.of(), large.shares, "every worker still holds its thread: no spare threads");
        assertEquals(List.of(), small.shares);

        budget.retire();
        budget.retire();
        // Two spare threads, one at a time to the largest cost per thread held: 3/1 > 1/1, then 3/2 > 1/1.
        assertEquals(3, large.threads());
        assertEquals(1, small.threads());
        assertEquals(3, largeShare.threads());
        assertSame(helpers, large.shares.get(0).executor());

        budget.leave(largeShare);
        // The large cell ended: its worker retires too, and the small cell now holds every thread.
        budget.retire();
        assertEquals(4, small.threads());
        assertEquals(4, smallShare.threads());
        budget.leave(smallShare);
    }

    @Test
    void twoLargeCellsSplitTheSpareThreadsByTheirExpectedCosts() {
        ThreadBudget budget = budget(8);
        Recording a = new Recording();
        Recording b = new Recording();
        budget.join(cell(0, 2.0), a);
        budget.join(cell(1, 1.0), b);
        for (int i = 0; i < 6; i++) {
            budget.retire();
        }
        // Six spare threads, each to the larger cost per thread held (ties to the earlier cell): a 2, 3, b 2, a 4, 5, b 3.
        assertEquals(5, a.threads());
        assertEquals(3, b.threads());
    }

    @Test
    void aCellWhoseShareFallsToOneRunsSerially() {
        ThreadBudget budget = budget(3);
        Recording first = new Recording();
        Recording second = new Recording();
        budget.join(cell(0, 5.0), first);
        budget.retire();
        assertEquals(2, first.threads());
        // The third worker's cell was still being built; it is larger and takes the spare thread.
        budget.join(cell(1, 50.0), second);
        assertEquals(1, first.threads());
        assertSame(ThreadShare.SERIAL, first.shares.get(first.shares.size() - 1));
        assertEquals(2, second.threads());
    }

    @Test
    void aCellHoldsAtMostAsManyThreadsAsAPartitionHasChunks() {
        ThreadBudget budget = budget(100);
        Recording only = new Recording();
        budget.join(cell(0, 1.0), only);
        for (int i = 0; i < 99; i++) {
            budget.retire();
        }
        assertEquals(Chunks.MAX_COUNT, only.threads());
    }

    @Test
    void oneThreadIsTheWholeBudget() {
        ThreadBudget budget = budget(1);
        Recording first = new Recording();
        Recording second = new Recording();
        budget.leave(budget.join(cell(0, 1.0), first));
        budget.leave(budget.join(cell(1, 1.0), second));
        budget.retire();
        assertEquals(List.of(), first.shares);
        assertEquals(List.of(), second.shares);
    }
}
