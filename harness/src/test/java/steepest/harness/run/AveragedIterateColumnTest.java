package steepest.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiments;
import steepest.harness.experiment.Study;
import steepest.harness.store.CellOutcome;
import steepest.optimizers.Driver;
import steepest.optimizers.Optimizer;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.problems.Problem;

/** ASGD's averaged iterate ax is reported beside x: the trace column f_averaged is f(ax), uncounted. */
class AveragedIterateColumnTest {

    @Test
    void tracesOfAsgdCarryFAtTheAveragedIterate() {
        Study study = Experiments.study("asgd.yaml", """
                name: asgd
                problems: ["quadratic:d=5,cond=10"]
                optimizers: ["asgd:lr=0.05,t0=10", "sgd:lr=0.05"]
                budget: {iterations: 50}
                record: {every: 10}
                """);
        Cell asgd = study.cells().get(0);
        CellOutcome outcome = CellRunner.run(study, asgd);
        assertEquals(List.of("f_averaged"), outcome.extraColumns());
        assertTrue(Double.isNaN(outcome.extras().get(0)[0]), "no average before the first step");
        assertEquals(outcome.trace().get(1).value(), outcome.extras().get(1)[0], "ax = x until step t0");

        Problem problem = study.problem(asgd.problem()).build();
        Optimizer optimizer = study.optimizer(asgd.optimizer()).build();
        RunResult direct = Driver.run(optimizer, problem.objective(), problem.start(), new SplittableRandom(asgd.rngSeed()),
                StoppingRules.iterations(50), RecordSchedule.endsOnly(), (record, x) -> { });
        double expected = problem.objective().value(direct.averagedIterate());
        assertEquals(expected, outcome.extras().get(outcome.extras().size() - 1)[0]);
        assertTrue(expected != outcome.trace().get(outcome.trace().size() - 1).value(), "the average lags x");

        assertEquals(List.of(), CellRunner.run(study, study.cells().get(1)).extraColumns(), "no column for sgd");
    }
}
