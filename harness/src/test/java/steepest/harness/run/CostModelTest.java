package steepest.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import steepest.harness.experiment.Experiment;

class CostModelTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double TOLERANCE = 1e-12;
    private static final Experiment.Budget ITERATIONS = new Experiment.Budget(500, INF, INF, INF);

    @Test
    void priorIsBudgetedPassesTimesThePassOfTheProblem() {
        CostModel model = new CostModel(ITERATIONS);
        assertTrue(Double.isNaN(model.expected("p", "gd")), "unknown until the problem is sized");
        assertTrue(model.sized("p", 1000, 0));
        assertFalse(model.sized("p", 7, 0), "the first size stays");
        assertTrue(model.sized("logreg", 21, 4000));
        assertEquals(500 * (1000 + CostModel.PER_ITERATION), model.expected("p", "gd"), TOLERANCE);
        assertEquals(500 * (21.0 * 4000 + CostModel.PER_ITERATION), model.expected("logreg", "gd"), TOLERANCE);
    }

    @Test
    void theSmallestFiniteBudgetBoundsThePassesAndEpochsCountForFiniteSumsOnly() {
        CostModel model = new CostModel(new Experiment.Budget(Long.MAX_VALUE, 300, 2, INF));
        model.sized("sum", 10, 100);
        model.sized("analytic", 10, 0);
        assertEquals(2 * (10.0 * 100 + CostModel.PER_ITERATION), model.expected("sum", "sgd"), TOLERANCE);
        assertEquals(300 * (10 + CostModel.PER_ITERATION), model.expected("analytic", "sgd"), TOLERANCE);

        CostModel timeOnly = new CostModel(new Experiment.Budget(Long.MAX_VALUE, INF, INF, 5));
        timeOnly.sized("analytic", 10, 0);
        assertEquals(CostModel.UNBOUNDED_PASSES * (10 + CostModel.PER_ITERATION), timeOnly.expected("analytic", "gd"),
                TOLERANCE);
    }

    /**
     * In a world where a cell takes exactly work(p) · r_o seconds (no problem corrections), the
     * optimizers' rates are recovered exactly, so an unseen pair is predicted exactly.
     */
    @Test
    void recoversOptimizerRatesWhenTheWorkModelHolds() {
        CostModel model = new CostModel(ITERATIONS);
        int[] dimensions = {2, 100, 10_000};
        for (int i = 0; i < dimensions.length; i++) {
            model.sized("p" + i, dimensions[i], 0);
        }
        double gd = 1e-9;
        double newton = 4e-8;
        model.finished("p0", "gd", work(dimensions[0]) * gd);
        model.finished("p1", "gd", work(dimensions[1]) * gd);
        model.finished("p0", "newton", work(dimensions[0]) * newton);
        assertEquals(work(dimensions[2]) * newton, model.expected("p2", "newton"), 1e-9 * work(dimensions[2]) * newton);
        assertEquals(work(dimensions[2]) * gd, model.expected("p2", "gd"), 1e-9 * work(dimensions[2]) * gd);
        assertEquals(work(dimensions[1]) * newton, model.expected("p1", "newton"), 1e-9 * work(dimensions[1]) * newton);
    }

    private static double work(int dimension) {
        return 500 * (dimension + CostModel.PER_ITERATION);
    }

    @Test
    void aPairWithFinishedSeedsIsEstimatedByTheirMeanTime() {
        CostModel model = new CostModel(ITERATIONS);
        model.sized("p", 2, 0);
        model.finished("p", "gd", 1.0);
        model.finished("p", "gd", 3.0);
        assertEquals(2.0, model.expected("p", "gd"), TOLERANCE);
    }

    @Test
    void aProblemSlowerThanItsWorkRaisesItsOtherPairs() {
        CostModel model = new CostModel(ITERATIONS);
        model.sized("slow", 50, 0);
        model.sized("fast", 50, 0);
        model.finished("slow", "gd", 10.0);
        model.finished("fast", "gd", 1.0);
        model.finished("fast", "adam", 1.0);
        assertTrue(model.expected("slow", "adam") > 2 * model.expected("fast", "adam"),
                model.expected("slow", "adam") + " against " + model.expected("fast", "adam"));
    }

    @Test
    void estimatesStopAtTheTimeBudget() {
        CostModel model = new CostModel(new Experiment.Budget(1000, INF, INF, 2.0));
        model.sized("small", 2, 0);
        model.sized("huge", 1_000_000, 0);
        model.finished("small", "gd", 0.5);
        assertEquals(2.0, model.expected("huge", "gd"), TOLERANCE);
    }
}
