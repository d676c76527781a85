package steepest.harness.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentParserTest {

    private static final String VALID = """
            name: small
            seeds: 2
            problems:
              - rosenbrock:d=2
              - {name: quadratic, params: {d: 4, cond: [10, 100]}}
            optimizers:
              - {name: gd, params: {lr: {log: [1e-4, 1e-2], points: 3}}}
            budget: {iterations: 50}
            stop: {gtol: 1e-8}
            record: {every: 5}
            """;

    @Test
    void expandsGridsIntoCanonicalSpecsAndCells() {
        Experiment experiment = Experiments.parse("small.yaml", VALID);
        assertEquals(List.of("rosenbrock:d=2", "quadratic:d=4,cond=10", "quadratic:d=4,cond=100"), experiment.problems());
        assertEquals(List.of("gd:lr=1.0E-4", "gd:lr=0.001", "gd:lr=0.01"), experiment.optimizers());
        assertEquals(List.of(0L, 1L), experiment.seeds());
        List<Cell> cells = experiment.cells();
        assertEquals(3 * 3 * 2, cells.size());
        assertEquals(new Cell(1, "rosenbrock:d=2", "gd:lr=1.0E-4", 1,
                Cell.deriveSeed(0, "rosenbrock:d=2", "gd:lr=1.0E-4", 1)), cells.get(1));
        assertNotEquals(cells.get(0).rngSeed(), cells.get(1).rngSeed());
        assertEquals(50, experiment.budget().iterations());
        assertEquals(1e-8, experiment.tolerances().gradient());
    }

    @Test
    void theHashDependsOnContentNotOnSpelling() {
        String respelled = VALID.replace("{every: 5}", "\n  every: 5").replace("seeds: 2", "seeds: [0, 1]");
        assertEquals(Experiments.parse("a.yaml", VALID).hash(), Experiments.parse("b.yaml", respelled).hash());
        assertNotEquals(Experiments.parse("a.yaml", VALID).hash(),
                Experiments.parse("c.yaml", VALID.replace("iterations: 50", "iterations: 51")).hash());
    }

    @Test
    void aBudgetPerDimensionScalesWithEachCellsDimension() {
        Experiment experiment = Experiments.parse("p.yaml", VALID.replace("{iterations: 50}",
                "{gradient_evaluations_per_dimension: 100, gradient_evaluations: 3000}"));
        assertEquals(100, experiment.budget().gradientEvaluationsPerDimension());
        assertEquals(200, experiment.rules(2, 0, 1).maxGradientEvaluations(), "100 per dimension, d = 2");
        assertEquals(3000, experiment.rules(1000, 0, 1).maxGradientEvaluations(), "the absolute budget is the smaller");
        assertEquals(Long.MAX_VALUE, experiment.rules(2, 0, 1).maxIterations());
        assertError(VALID.replace("{iterations: 50}", "{gradient_evaluations_per_dimension: 0}"),
                "bad.yaml:8: budget.gradient_evaluations_per_dimension: must be > 0, got 0.0");
    }

    /**
     * Experiments without a budget per dimension serialize as before it existed (the four budget
     * fields of the earlier record), so their hashes, and the folders resumed by them, are unchanged;
     * a manifest of that time reads back without one.
     */
    @Test
    void experimentsWithoutABudgetPerDimensionKeepTheirCanonicalForm() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode budget = json.readTree(Experiments.parse("a.yaml", VALID).canonicalJson())
                .get("budget");
        List<String> fields = new java.util.ArrayList<>();
        budget.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("epochs", "gradientEvaluations", "iterations", "timeSeconds"), fields);
        Experiment.Budget old = json.readValue(budget.toString(), Experiment.Budget.class);
        assertEquals(0, old.gradientEvaluationsPerDimension());
        assertEquals(Double.POSITIVE_INFINITY, old.gradientEvaluations(7));
        assertTrue(json.readTree(Experiments.parse("b.yaml", VALID.replace("{iterations: 50}",
                "{gradient_evaluations_per_dimension: 10}")).canonicalJson()).get("budget")
                .has("gradientEvaluationsPerDimension"));
    }

    @Test
    void errorsNameTheFileLineAndField() {
        assertError(VALID.replace("seeds: 2", "seeds: 2\ncolour: red"), "bad.yaml:3: colour: unknown field; valid fields here: ");
        assertError(VALID.replace("rosenbrock:d=2", "rosenbrok:d=2"),
                "bad.yaml:4: problems[0]: unknown problem 'rosenbrok'; valid problems: ");
        assertError(VALID.replace("points: 3", "points: three"), "bad.yaml:7: optimizers[0].params.lr.points: 'three' is not a number");
        assertError(VALID.replace("{iterations: 50}", "{iterations: -5}"), "bad.yaml:8: budget.iterations: must be >= 0, got -5");
        assertError(VALID.replace("cond: [10, 100]", "cond: [10, -1]"),
                "bad.yaml:5: problems[1]: problem 'quadratic': cond must be in [1.0, 1.7976931348623157E308], got -1.0");
        assertError("name: x\nproblems: [rosenbrock\noptimizers: [gd]\n", "bad.yaml:3: not valid YAML: ");
        assertError("name: x\noptimizers: [gd]\n", "bad.yaml: (document): the field 'problems' is required");
    }

    private static void assertError(String yaml, String expectedStart) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> Experiments.parse("bad.yaml", yaml));
        if (!e.getMessage().startsWith(expectedStart)) {
            throw new AssertionError("expected a message starting with\n  " + expectedStart + "\nbut got\n  " + e.getMessage());
        }
    }

    @Test
    void builtinsLoadAndUnknownNamesListThem() {
        assertEquals("quickstart", Experiments.load("quickstart").name());
        ExperimentException e = assertThrows(ExperimentException.class, () -> Experiments.load("quick"));
        assertEquals("no experiment file or built-in experiment named 'quick'; built-in experiments: "
                + String.join(", ", ExperimentSource.builtinNames()), e.getMessage());
        assertTrue(ExperimentSource.builtinNames().containsAll(java.util.List.of("quickstart", "gd-variants",
                "momentum-adaptive", "second-order", "constrained", "natural-gradient", "vanishing-exploding", "nonsmooth",
                "dimension", "feature-importance", "local-optima")), "every experiment issue 7 names is built in");
    }

    @Test
    void aBudgetPastAOneCycleScheduleIsRefused() {
        ExperimentException e = assertThrows(ExperimentException.class, () -> Experiments.parse("one.yaml", """
                name: one
                problems: [rosenbrock:d=2]
                optimizers: ["sgd:schedule=onecycle,max_lr=0.01,total_steps=50"]
                budget: {iterations: 100}
                """));
        assertEquals("one.yaml:4: budget.iterations: 100 iterations exceed the 51 updates optimizer "
                + "'sgd:schedule=onecycle,max_lr=0.01,total_steps=50' allows (its total_steps + 1); raise total_steps or "
                + "lower the budget", e.getMessage());
        Experiments.parse("one.yaml", """
                name: one
                problems: [rosenbrock:d=2]
                optimizers: ["sgd:schedule=onecycle,max_lr=0.01,total_steps=50"]
                budget: {iterations: 51}
                """);
    }

    @Test
    void aOneCycleScheduleNeedsAnIterationBudget() {
        ExperimentException e = assertThrows(ExperimentException.class, () -> Experiments.parse("one.yaml", """
                name: one
                problems: [rosenbrock:d=2]
                optimizers: ["sgd:schedule=onecycle,max_lr=0.01,total_steps=50"]
                budget: {gradient_evaluations: 1000}
                """));
        assertEquals("one.yaml:4: budget: no iterations limit, while optimizer "
                + "'sgd:schedule=onecycle,max_lr=0.01,total_steps=50' allows at most 51 updates (its total_steps + 1); "
                + "set budget.iterations to at most 51", e.getMessage());
    }
}
