package steepest.problems.bbob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Objective;
import steepest.optimizers.spec.SpecException;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;
import steepest.problems.Tag;

/**
 * The bbob functions' instances, tags, bad input and subgradients: f_opt and x_opt against the optima
 * that COCO's own regression values determine ({@code coco-bbob-derived-optima.csv}, solved by
 * {@code coco_bbob_fixture.py}); the groups against COCO's classification (INRIA RR-6829, table of
 * contents, and COCO's {@code coco_problem_set_type}); convex functions' subgradient inequality.
 */
class BbobFunctionTest {

    private static final int[] NONSMOOTH = {5, 7, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24};

    @Test
    void optimaMatchThoseSolvedFromCocosValues() {
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("coco-bbob-derived-optima.csv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";");
                int function = Integer.parseInt(fields[0]);
                int instance = Integer.parseInt(fields[1]);
                int dimension = Integer.parseInt(fields[2]);
                double fopt = Double.parseDouble(fields[3]);
                double[] xopt = Arrays.stream(fields[4].split(" ")).mapToDouble(Double::parseDouble).toArray();
                Problem problem = BbobFunction.of(function).problem(dimension, instance);
                String label = "f" + function + " instance " + instance + " d=" + dimension;
                // COCO's f_opt has two decimals; the solved value carries the data's rounding.
                assertEquals(fopt, problem.optimalValue(), 1e-9 * (1 + Math.abs(fopt)), label + ": f_opt");
                assertEquals(Math.round(100 * fopt) / 100.0, problem.optimalValue(), 0, label + ": f_opt to two decimals");
                assertArrayEquals(xopt, Arrays.copyOf(problem.minimizer(), xopt.length), 1e-12, label + ": x_opt");
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(75, rows);
    }

    @Test
    void groupsAreCocos() {
        Tag[] groups = {Tag.BBOB_SEPARABLE, Tag.BBOB_MODERATE, Tag.BBOB_ILL_CONDITIONED, Tag.BBOB_MULTIMODAL,
                Tag.BBOB_WEAKLY_STRUCTURED};
        Set<Tag> allGroups = EnumSet.copyOf(Arrays.asList(groups));
        int[] firstOfGroup = {1, 6, 10, 15, 20, 25};
        for (int g = 0; g < groups.length; g++) {
            for (int f = firstOfGroup[g]; f < firstOfGroup[g + 1]; f++) {
                BbobFunction function = BbobFunction.of(f);
                assertEquals(f, function.number());
                assertEquals(groups[g], function.group(), "group of f" + f);
                Set<Tag> carried = EnumSet.copyOf(function.tags());
                carried.retainAll(allGroups);
                assertEquals(Set.of(groups[g]), carried, "f" + f + " carries exactly its group");
            }
        }
    }

    @Test
    void smoothAndNonsmoothAreTaggedAsDocumented() {
        Set<Integer> nonsmooth = Arrays.stream(NONSMOOTH).boxed().collect(java.util.stream.Collectors.toSet());
        for (BbobFunction function : BbobFunction.values()) {
            boolean kinked = nonsmooth.contains(function.number());
            assertEquals(kinked, function.tags().contains(Tag.NONSMOOTH), "f" + function.number() + " nonsmooth");
            assertEquals(!kinked, function.tags().contains(Tag.SMOOTH), "f" + function.number() + " smooth");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 10, 20, 40})
    void everyInstanceStartsAtTheOriginAndAttainsFoptAtXopt(int dimension) {
        for (BbobFunction function : BbobFunction.values()) {
            for (int instance : new int[] {1, 5, 51, 60}) {
                Problem problem = function.problem(dimension, instance);
                assertArrayEquals(new double[dimension], problem.start(), "start of f" + function.number());
                double f = problem.objective().value(problem.minimizer());
                double fopt = problem.optimalValue();
                assertEquals(fopt, f, 1e-12 * Math.max(1, Math.abs(fopt)), "f(x_opt) of f" + function.number()
                        + " instance " + instance + " d=" + dimension);
            }
        }
    }

    @Test
    void f17AndF18ShareTheirInstance() {
        Problem f17 = BbobFunction.of(17).problem(10, 4);
        Problem f18 = BbobFunction.of(18).problem(10, 4);
        assertEquals(f17.optimalValue(), f18.optimalValue());
        assertArrayEquals(f17.minimizer(), f18.minimizer());
    }

    @Test
    void badInputIsOneLineNamingTheKey() {
        assertBad("bbob:f=25", "f=25");
        assertBad("bbob:f=0", "f=0");
        assertBad("bbob:d=1", "d=1");
        assertBad("bbob:instance=0", "instance=0");
        assertBad("bbob:instance=100001", "instance=100001");
        assertBad("bbob:d=1001", "d=1001");
        assertBad("bbob:f=2.5", "f='2.5'");
    }

    private static void assertBad(String spec, String named) {
        SpecException e = assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec), spec);
        assertTrue(e.getMessage().startsWith("problem 'bbob': "), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** For the convex f5 and f13, f(y) >= f(x) + g·(y − x) at random x, y and on their kinks. */
    @ParameterizedTest
    @ValueSource(ints = {5, 13})
    void convexFunctionsReturnSubgradients(int number) {
        Problem problem = BbobFunction.of(number).problem(5, 2);
        Objective f = problem.objective();
        SplittableRandom random = new SplittableRandom(number);
        double[] xStar = problem.minimizer();
        for (int k = 0; k < 200; k++) {
            double[] x = k % 2 == 0 ? xStar.clone() : random.doubles(5, -6, 6).toArray();
            if (k % 4 == 1) {
                // on a kink: a face of the slope, or (through x_opt) the sharp ridge's line
                x[0] = xStar[0];
            }
            double[] g = new double[5];
            double fx = f.valueAndGradient(x, g);
            for (int m = 0; m < 20; m++) {
                double[] y = random.doubles(5, -6, 6).toArray();
                double linear = fx;
                for (int i = 0; i < 5; i++) {
                    linear += g[i] * (y[i] - x[i]);
                }
                assertTrue(f.value(y) >= linear - 1e-9 * (1 + Math.abs(linear)),
                        "f" + number + ": the returned g is not a subgradient at " + Arrays.toString(x));
            }
        }
    }

    @Test
    void sharpRidgeGradientOnTheRidgeIsTheLeastNormSubgradient() {
        Problem problem = BbobFunction.of(13).problem(4, 1);
        double[] g = new double[4];
        problem.objective().valueAndGradient(problem.minimizer(), g);
        assertArrayEquals(new double[4], g, 0, "0 at x_opt, on the ridge");
    }

    @Test
    void oscillationIsIdentityAtOneAndHasSlopeOneAtItsKink() {
        double[] slope = new double[1];
        assertEquals(1, Transforms.oscillate(1, slope, 0), 0);
        assertEquals(1 + 0.49 * (1 + 0.79), slope[0], 1e-15);
        assertEquals(0, Transforms.oscillate(0, slope, 0), 0);
        assertEquals(1, slope[0], 0);
        assertEquals(-1, Transforms.oscillate(-1, slope, 0), 0);
        assertEquals(1 + 0.49 * (0.55 + 0.31), slope[0], 1e-15);
    }
}
