package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Driver;
import steepest.optimizers.Objective;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;

/**
 * Replays torch.optim's trajectories: every case of {@code fixtures/torch/cases.csv} (written by
 * {@code src/test/python/torch_fixtures.py} with torch 1.13 in float64) is run from its spec through
 * the catalog, the driver and {@link GradientMethod} exactly as a user runs it, and every iterate
 * and every scheduled learning rate must match torch's to a mixed relative error of 1e-10.
 */
class TorchGoldenTest {

    /** Per-iterate tolerance, relative to 1 + |expected|. */
    static final double TOLERANCE = 1e-10;
    static final String FIXTURES = "/fixtures/torch/";

    /** One row of cases.csv. */
    record Case(String name, String problem, String reference, int iterations, String spec) {
        @Override
        public String toString() {
            return problem + " " + spec;
        }

        /** Rows k = 0..iterations of (lr, x_k); lr is NaN for k = 0. */
        List<double[]> rows() {
            List<double[]> rows = new ArrayList<>();
            for (String line : lines(name + ".csv").subList(1, iterations + 2)) {
                String[] cells = line.split(",", -1);
                double[] row = new double[cells.length - 1];
                for (int i = 1; i < cells.length; i++) {
                    row[i - 1] = cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static List<Case> cases(String reference) {
        List<Case> cases = new ArrayList<>();
        for (String line : lines("cases.csv").subList(1, lines("cases.csv").size())) {
            String[] cells = line.split(",", 5);
            if (cells[2].equals(reference)) {
                cases.add(new Case(cells[0], cells[1], cells[2], Integer.parseInt(cells[3]), cells[4]));
            }
        }
        return cases;
    }

    static Stream<Case> torchCases() {
        return cases("torch").stream();
    }

    static List<String> lines(String file) {
        InputStream in = TorchGoldenTest.class.getResourceAsStream(FIXTURES + file);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + FIXTURES + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts |actual − expected| &lt;= TOLERANCE·(1 + |expected|) entry by entry. */
    static void assertClose(double[] expected, double[] actual, int from, String what) {
        for (int i = 0; i < actual.length; i++) {
            double e = expected[from + i];
            if (!(Math.abs(actual[i] - e) <= TOLERANCE * (1 + Math.abs(e)))) {
                fail(what + ", coordinate " + i + ": expected " + e + ", got " + actual[i]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("torchCases")
    void replaysTorchTrajectory(Case c) {
        GradientMethod method = (GradientMethod) BuiltinOptimizers.asCatalog().create(c.spec());
        Objective objective = TestProblems.named(c.problem());
        List<double[]> expected = c.rows();
        List<double[]> iterates = new ArrayList<>();
        Driver.run(method, objective, TestProblems.start(c.problem()), new SplittableRandom(0),
                StoppingRules.iterations(c.iterations()), RecordSchedule.everyIteration(),
                (record, x) -> iterates.add(x.clone()));
        assertEquals(c.iterations() + 1, iterates.size());
        for (int k = 0; k <= c.iterations(); k++) {
            assertClose(expected.get(k), iterates.get(k), 1, "x_" + k);
            if (k > 0) {
                double rate = method.schedule().learningRate(method.rule().learningRate(), k - 1);
                assertClose(expected.get(k), new double[] {rate}, 0, "lr of step " + k);
            }
        }
        assertTrue(expected.size() == c.iterations() + 1);
    }
}
