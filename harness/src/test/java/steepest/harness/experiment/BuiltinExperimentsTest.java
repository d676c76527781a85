package steepest.harness.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in experiment validates in full (each spec built once) and describes itself. */
class BuiltinExperimentsTest {

    static Stream<String> builtins() {
        return ExperimentSource.builtinNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtins")
    void loadsValidatesAndDescribesItself(String name) {
        Experiment experiment = Experiments.load(name);
        assertEquals(name, experiment.name());
        assertFalse(experiment.description().isBlank());
        assertEquals(experiment.description(), ExperimentSource.describe(name));
        assertFalse(experiment.cells().isEmpty());
        ReportSettingsParser.of(name + ".yaml", ExperimentSource.of(name).text());
    }

    @org.junit.jupiter.api.Test
    void restrictedOptimizersRunOnlyOnTheirProblems() {
        Experiment nonsmooth = Experiments.load("nonsmooth");
        List<Experiment.Pair> pairs = nonsmooth.pairs();
        assertEquals(2 + 1 + 2 + 1 + 2, pairs.size(), "const and sqrt on both, one Polyak each, ISTA and FISTA on the Lasso");
        assertTrue(pairs.stream().filter(p -> p.optimizer().startsWith("ista")).allMatch(p -> p.problem().startsWith("lasso")));
    }
}
