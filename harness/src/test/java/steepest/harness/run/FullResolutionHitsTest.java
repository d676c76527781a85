package steepest.harness.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.harness.experiment.Experiments;
import steepest.harness.experiment.Study;
import steepest.harness.store.CellOutcome;
import steepest.optimizers.IterationRecord;

/**
 * First hits are taken at full resolution whatever the recording: a cell recorded log-spaced (a
 * handful of rows) reaches every target at the same evaluation count as the same cell recorded at
 * every iteration, for a method that knows f at its iterates (L-BFGS) and for one that evaluates it
 * at the start of its next step (gradient descent); and the trajectory itself is unchanged.
 */
class FullResolutionHitsTest {

    private static CellOutcome run(String optimizer, String record) {
        Study study = Experiments.study("hits.yaml", """
                name: hits
                problems: ["quadratic:d=20,cond=100", rosenbrock:d=2]
                optimizers: ["%s"]
                budget: {iterations: 3000}
                record: %s
                """.formatted(optimizer, record));
        return CellRunner.run(study, study.cells().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gd:lr=0.01", "lbfgs", "adam:lr=0.01", "bfgs"})
    void logSpacedRecordingLosesNoHit(String optimizer) {
        CellOutcome sparse = run(optimizer, "{per_decade: 2}");
        CellOutcome every = run(optimizer, "{every: 1}");
        assertArrayEquals(every.targets().gradients(), sparse.targets().gradients(), "relative ladder, " + optimizer);
        assertArrayEquals(every.absoluteTargets().orElseThrow().gradients(),
                sparse.absoluteTargets().orElseThrow().gradients(), "COCO ladder, " + optimizer);
        List<IterationRecord> rows = every.trace();
        IterationRecord last = rows.get(rows.size() - 1);
        IterationRecord sparseLast = sparse.trace().get(sparse.trace().size() - 1);
        assertEquals(last.value(), sparseLast.value(), "the same trajectory");
        assertEquals(last.evaluations(), sparseLast.evaluations(), "no extra evaluation");
    }

    @Test
    void theHitIsTheFirstIterateBelowTheTarget() {
        CellOutcome every = run("gd:lr=0.01", "{every: 1}");
        double initialGap = every.trace().get(0).value() - every.optimalValue();
        double target = 1e-4 * initialGap;
        IterationRecord first = every.trace().stream().filter(r -> r.value() - every.optimalValue() <= target)
                .findFirst().orElseThrow();
        assertEquals(first.evaluations().gradients(), run("gd:lr=0.01", "{per_decade: 1}").targets().gradientsTo("1e-4"));
    }
}
