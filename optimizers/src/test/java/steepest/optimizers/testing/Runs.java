package steepest.optimizers.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import steepest.optimizers.Driver;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Objective;
import steepest.optimizers.Optimizer;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;

/** Runs an optimizer through the real {@link Driver} and keeps every iterate, for tests. */
public final class Runs {

    private Runs() {
    }

    /** What a run recorded: one row and one iterate per iteration, and how it ended. */
    public record Trace(List<IterationRecord> records, List<double[]> iterates, RunResult result) {

        /** f(x_k) for k = 0..K. */
        public double[] values() {
            return records.stream().mapToDouble(IterationRecord::value).toArray();
        }

        /** The gap at x_k for k = 0..K. */
        public double[] gaps() {
            return records.stream().mapToDouble(IterationRecord::gap).toArray();
        }

        /** ‖x_k − x*‖₂ for k = 0..K. */
        public double[] errors(double[] minimizer) {
            return iterates.stream().mapToDouble(x -> {
                double sum = 0;
                for (int i = 0; i < x.length; i++) {
                    sum += (x[i] - minimizer[i]) * (x[i] - minimizer[i]);
                }
                return Math.sqrt(sum);
            }).toArray();
        }
    }

    /** Runs at most {@code iterations} iterations with the given rules, recording every one. */
    public static Trace run(Optimizer optimizer, Objective objective, double[] x0, StoppingRules rules) {
        List<IterationRecord> records = new ArrayList<>();
        List<double[]> iterates = new ArrayList<>();
        RunResult result = Driver.run(optimizer, objective, x0, new SplittableRandom(1), rules,
                RecordSchedule.everyIteration(), (record, x) -> {
                    records.add(record);
                    iterates.add(x.clone());
                });
        return new Trace(records, iterates, result);
    }

    /** Runs exactly {@code iterations} iterations unless the method stops itself. */
    public static Trace run(Optimizer optimizer, Objective objective, double[] x0, long iterations) {
        return run(optimizer, objective, x0, StoppingRules.iterations(iterations));
    }
}
