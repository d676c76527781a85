package steepest.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiments;
import steepest.harness.experiment.Study;
import steepest.harness.results.Status;
import steepest.harness.store.CellOutcome;
import steepest.optimizers.Termination;

/** One cell: the exact initial value of a noisy problem, and a budget per dimension. */
class CellRunnerTest {

    private static List<CellOutcome> run(String yaml) {
        Study study = Experiments.study("c.yaml", yaml);
        return study.cells().stream().map(cell -> CellRunner.run(study, cell)).toList();
    }

    /**
     * A relative target needs f(x0), which a noisy problem with value noise cannot give before the
     * run hands it its stream: it is the exact objective's. For the quadratic ½xᵀAx − bᵀx from
     * x0 = 0, f(x0) = 0 and f* = −½ Σ 1/λᵢ &lt; 0, so the target is f* + 0.5·(0 − f*), met by the exact f.
     */
    @Test
    void theInitialValueOfANoisyProblemIsTheExactOne() {
        CellOutcome outcome = run("""
                name: c
                problems: ["noisy:problem=(quadratic:d=4,cond=10),sigma=0.01,value=true"]
                optimizers: [gd:lr=0.05]
                budget: {iterations: 2000}
                stop: {target_reduction: 0.5}
                """).get(0);
        assertEquals("", outcome.error());
        assertEquals(Status.CONVERGED, outcome.status());
        assertEquals(Termination.TARGET_REACHED, outcome.termination());
        assertEquals(0, outcome.trace().get(0).value(), "f(x0) of the exact quadratic at x0 = 0");
        double last = outcome.trace().get(outcome.trace().size() - 1).value();
        assertTrue(last - outcome.optimalValue() <= 0.5 * (0 - outcome.optimalValue()), "the exact f met the target");
    }

    /** gd with a tiny step never converges: each cell spends exactly 25·d gradients. */
    @Test
    void aBudgetPerDimensionGivesEachCellItsDimensionTimesIt() {
        List<CellOutcome> outcomes = run("""
                name: c
                problems: [{suite: bbob, functions: 1, dimensions: [2, 5, 10], instances: 1}]
                optimizers: [gd:lr=1e-9]
                budget: {gradient_evaluations_per_dimension: 25}
                """);
        for (CellOutcome outcome : outcomes) {
            Cell cell = outcome.cell();
            double gradients = outcome.trace().get(outcome.trace().size() - 1).evaluations().gradients();
            assertEquals(25.0 * outcome.dimension(), gradients, cell.problem());
            assertEquals(Termination.MAX_EVALUATIONS, outcome.termination(), cell.problem());
        }
        assertEquals(List.of(2, 5, 10), outcomes.stream().map(CellOutcome::dimension).toList());
    }
}
