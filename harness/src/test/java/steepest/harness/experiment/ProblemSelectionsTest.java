package steepest.harness.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.problems.Problem;
import steepest.problems.Tag;

/** Suite and catalog items of an experiment's problem list: what they expand to, and bad input named by field. */
class ProblemSelectionsTest {

    private static List<String> problems(String item) {
        return Experiments.parse("s.yaml", "name: s\nproblems:\n  - " + item + "\noptimizers: [gd]\n").problems();
    }

    private static void assertError(String item, String expected) {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> Experiments.parse("s.yaml", "name: s\nproblems:\n  - " + item + "\noptimizers: [gd]\n"));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aSuiteExpandsDimensionMajorAsCocoOrdersItsProblems() {
        List<String> expected = new ArrayList<>();
        for (int d : new int[] {2, 5}) {
            for (int f : new int[] {1, 3, 4}) {
                for (int i = 1; i <= 2; i++) {
                    expected.add("bbob:f=" + f + ",d=" + d + ",instance=" + i);
                }
            }
        }
        assertEquals(expected, problems("{suite: bbob, functions: [1, 3-4], dimensions: [2, 5], instances: 1-2}"));
    }

    @Test
    void rangesAndListsMixAndFunctionsDefaultToAll() {
        List<String> specs = problems("{suite: bbob, dimensions: 3, instances: [1-5, 51-60]}");
        assertEquals(24 * 15, specs.size());
        assertEquals("bbob:f=1,d=3,instance=51", specs.get(5));
        assertEquals("bbob:f=24,d=3,instance=60", specs.get(specs.size() - 1));
    }

    /** COCO's groups: f10-f14 are the unimodal functions with high conditioning. */
    @Test
    void aSuiteItemsTagsKeepTheFunctionsCarryingThem() {
        assertEquals(List.of("bbob:f=10,d=2,instance=1", "bbob:f=11,d=2,instance=1", "bbob:f=12,d=2,instance=1",
                        "bbob:f=13,d=2,instance=1", "bbob:f=14,d=2,instance=1"),
                problems("{suite: bbob, dimensions: [2], instances: 1, tags: [bbob-ill-conditioned]}"));
        assertEquals(List.of("bbob:f=1,d=2,instance=1", "bbob:f=5,d=2,instance=1", "bbob:f=13,d=2,instance=1"),
                problems("{suite: bbob, dimensions: [2], instances: 1, tags: [convex]}"),
                "sphere, linear slope and sharp ridge are the convex ones");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{suite: bbob, functions: 25, dimensions: [2], instances: 1}|s.yaml:3: problems[0].functions: bbob function 25 is outside 1..24",
        "{suite: bbob, functions: [1, 0], dimensions: [2], instances: 1}|s.yaml:3: problems[0].functions[1]: bbob function 0 is outside 1..24",
        "{suite: bbob, functions: 20-30, dimensions: [2], instances: 1}|s.yaml:3: problems[0].functions: bbob function 30 is outside 1..24",
        "{suite: bbob, dimensions: [1, 2], instances: 1}|s.yaml:3: problems[0].dimensions[0]: dimension 1 is outside 2..1000",
        "{suite: bbob, dimensions: [2], instances: 0-3}|s.yaml:3: problems[0].instances: instance 0 is outside 1..100000",
        "{suite: bbob, dimensions: [2], instances: 5-1}|s.yaml:3: problems[0].instances: the range 5-1 is empty (write low-high)",
        "{suite: bbob, dimensions: [2], instances: [1-3, 2]}|s.yaml:3: problems[0].instances[1]: instance 2 is given twice",
        "{suite: bbob, dimensions: [2], instances: one}|s.yaml:3: problems[0].instances: 'one' is not a number",
        "{suite: bbob, instances: 1}|s.yaml:3: problems[0]: the field 'dimensions' is required",
        "{suite: bbbob, dimensions: [2], instances: 1}|s.yaml:3: problems[0].suite: unknown suite 'bbbob'; valid suites: bbob",
        "{suite: bbob, dimensions: [2], instances: 1, tags: [convx]}|s.yaml:3: problems[0].tags[0]: unknown tag 'convx'; valid tags: convex, strongly-convex, smooth, nonsmooth, separable, multimodal, constrained, finite-sum, scalable, bbob-separable, bbob-moderate, bbob-ill-conditioned, bbob-multimodal, bbob-weakly-structured",
        "{suite: bbob, functions: 1-5, dimensions: [2], instances: 1, tags: [bbob-moderate]}|s.yaml:3: problems[0].tags: no bbob function of those given carries the tags [bbob-moderate]",
        "{suite: bbob, dimensions: [2], instances: 1, d: 3}|s.yaml:3: problems[0].d: unknown field; valid fields here: dimensions, functions, instances, suite, tags",
        "{catalog: mgg, n: 10}|s.yaml:3: problems[0].catalog: no problem is named 'mgg' or 'mgg-...'; give a family such as mgh or bbob, or all",
        "{catalog: mgh, nn: 10}|s.yaml:3: problems[0].nn: no selected problem has the key 'nn'",
        "{catalog: mgh, n: [10, 20]}|s.yaml:3: problems[0].n: a catalog item's key takes one value, given to every selected problem that has it",
        "{catalog: mgh, tags: [bbob-moderate]}|s.yaml:3: problems[0]: no problem of 'mgh' carries the tags [bbob-moderate]",
        "{suite: bbob, catalog: mgh}|s.yaml:3: problems[0]: give either suite or catalog, not both"})
    void badInputIsOneLineNamingTheField(String item, String message) {
        assertError(item, message);
    }

    @Test
    void theCellLimitHoldsBeforeASuiteIsExpanded() {
        ExperimentException e = assertThrows(ExperimentException.class, () -> Experiments.parse("s.yaml",
                "name: s\nproblems:\n  - {suite: bbob, dimensions: 2-1000, instances: 1-100000}\noptimizers: [gd, adam]\n"));
        assertEquals("s.yaml: (document): 4795200000 cells (2397600000 problems x 2 optimizers x 1 seeds) exceed the"
                + " limit of 1000000; raise it with --max-cells", e.getMessage());
    }

    /**
     * MGH's variable-dimension problems of the paper whose entries are scalable (O(n) memory): 21
     * extended Rosenbrock, 22 extended Powell, 23 penalty I, 25 variably dimensioned, 28 discrete
     * boundary value, 30 Broyden tridiagonal, 31 Broyden banded; those that refuse n = 1000 (Watson's
     * n &lt;= 31, the linear functions' m &gt;= n with m = 20) are left out rather than failing.
     */
    @Test
    void aCatalogItemSelectsAFamilysEntriesWhoseInstancesCarryTheTags() {
        List<String> specs = problems("{catalog: mgh, tags: [scalable], n: 1000}");
        assertEquals(List.of("mgh-extended-rosenbrock:n=1000,start=1", "mgh-extended-powell:n=1000,start=1",
                "mgh-penalty-1:n=1000,start=1", "mgh-variably-dimensioned:n=1000,start=1",
                "mgh-discrete-boundary-value:n=1000,start=1", "mgh-broyden-tridiagonal:n=1000,start=1",
                "mgh-broyden-banded:n=1000,start=1"), specs);
        for (String spec : specs) {
            Problem problem = Experiments.catalogs().problems().create(spec);
            assertEquals(1000, problem.dimension(), spec);
            assertTrue(problem.tags().contains(Tag.SCALABLE), spec);
        }
        assertEquals(35, problems("{catalog: mgh}").size(), "without tags or keys: the whole family");
    }

    @Test
    void tagsAreThoseOfTheInstanceWithTheGivenKeys() {
        List<String> strongly = problems("{catalog: quadratic, tags: [strongly-convex], d: 3}");
        assertEquals(List.of("quadratic:d=3,cond=100", "quadratic-rotated:d=3,cond=100,seed=0"), strongly);
        assertEquals(List.of("noisy:problem=(bbob:f=13,d=2,instance=1),kind=gaussian,sigma=0.1,df=5,value=false"),
                problems("{catalog: noisy, tags: [nonsmooth], problem: \"(bbob:f=13)\"}"),
                "a noisy problem carries the wrapped one's tags");
    }
}
