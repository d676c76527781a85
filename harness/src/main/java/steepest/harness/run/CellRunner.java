package steepest.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;
import steepest.optimizers.Driver;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Optimizers;
import steepest.optimizers.RunResult;
import steepest.problems.Problem;
import steepest.problems.Problems;

/**
 * Runs one cell: builds its problem and optimizer from their specs, seeds its random stream from the
 * cell alone, and drives it under the experiment's rules, collecting the recorded iterations. An
 * error inside the cell is caught and reported as a failed cell, so one bad cell does not stop the
 * experiment.
 */
public final class CellRunner {

    private CellRunner() {
    }

    /** Runs {@code cell} of {@code experiment}. */
    public static CellOutcome run(Experiment experiment, Cell cell) {
        double optimalValue = Double.NaN;
        int samples = 0;
        List<IterationRecord> trace = new ArrayList<>();
        try {
            Problem problem = Problems.catalog().create(cell.problem());
            optimalValue = problem.optimalValue();
            samples = problem.objective() instanceof FiniteSum sum ? sum.size() : 0;
            Optimizer optimizer = Optimizers.catalog().create(cell.optimizer());
            RunResult result = Driver.run(optimizer, problem.objective(), problem.start(),
                    new SplittableRandom(cell.rngSeed()), experiment.rules(optimalValue),
                    experiment.recording().schedule(), (record, x) -> trace.add(record));
            return new CellOutcome(cell, CellOutcome.Status.of(result.termination()), result.termination(),
                    optimalValue, samples, trace, "");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new CellOutcome(cell, CellOutcome.Status.FAILED, null, optimalValue, samples, trace, message);
        }
    }
}
