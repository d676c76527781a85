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

    /**
     * COCO's protocol: 24 functions x dimensions 2, 5, 10, 20 x instances 1-5, a budget of 1000
     * gradient evaluations per dimension; every problem's instance carries its COCO group as a tag,
     * by which runtimes aggregate: f1-f5 separable, f6-f9 moderate, f10-f14 ill-conditioned,
     * f15-f19 multimodal, f20-f24 weakly structured (Hansen et al., INRIA RR-6829).
     */
    @org.junit.jupiter.api.Test
    void bbobRunsCocosProtocolAndItsProblemsCarryTheirGroups() {
        Experiment bbob = Experiments.load("bbob");
        assertEquals(24 * 4 * 5, bbob.problems().size());
        assertEquals(6, bbob.optimizers().size());
        assertEquals(1000, bbob.budget().gradientEvaluationsPerDimension());
        assertEquals(1e-8, bbob.tolerances().targetGap());
        java.util.List<steepest.problems.Tag> groups = java.util.List.of(steepest.problems.Tag.BBOB_SEPARABLE,
                steepest.problems.Tag.BBOB_MODERATE, steepest.problems.Tag.BBOB_ILL_CONDITIONED,
                steepest.problems.Tag.BBOB_MULTIMODAL, steepest.problems.Tag.BBOB_WEAKLY_STRUCTURED);
        int[] firstOfGroup = {1, 6, 10, 15, 20, 25};
        for (String spec : bbob.problems()) {
            int f = Integer.parseInt(spec.replaceAll("^bbob:f=(\\d+),.*", "$1"));
            int group = 0;
            while (f >= firstOfGroup[group + 1]) {
                group++;
            }
            java.util.Set<steepest.problems.Tag> tags = Experiments.catalogs().problems().create(spec).tags();
            assertEquals(java.util.Set.of(groups.get(group)),
                    tags.stream().filter(groups::contains).collect(java.util.stream.Collectors.toSet()), spec);
        }
    }

    @org.junit.jupiter.api.Test
    void restrictedOptimizersRunOnlyOnTheirProblems() {
        Experiment nonsmooth = Experiments.load("nonsmooth");
        List<Experiment.Pair> pairs = nonsmooth.pairs();
        assertEquals(2 + 1 + 2 + 1 + 2, pairs.size(), "const and sqrt on both, one Polyak each, ISTA and FISTA on the Lasso");
        assertTrue(pairs.stream().filter(p -> p.optimizer().startsWith("ista")).allMatch(p -> p.problem().startsWith("lasso")));
    }
}
