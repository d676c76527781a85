package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;

/**
 * Replays torch.optim's trajectories: every case of {@code fixtures/torch/cases.csv} (written by
 * {@code src/test/python/torch_fixtures.py} with torch 1.13 in float64) is run from its spec through
 * the catalog, the driver and {@link GradientMethod} exactly as a user runs it, and every iterate,
 * every learning rate a step used, every momentum a cycling scheduler set and (ASGD) every averaged
 * iterate {@code ax} must match torch's to a mixed relative error of 1e-10.
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

        /** The fixture's rows k = 0..iterations. */
        Trajectory trajectory() {
            return Trajectory.parse(lines(name + ".csv"), iterations);
        }
    }

    /**
     * A fixture's columns by name: lr and momentum (NaN where empty), x_k and, for ASGD, ax_k (null
     * where empty).
     */
    record Trajectory(double[] rates, double[] momenta, List<double[]> iterates, List<double[]> averages) {

        static Trajectory parse(List<String> lines, int iterations) {
            List<String> header = List.of(lines.get(0).split(",", -1));
            int d = (int) header.stream().filter(h -> h.matches("x\\d+")).count();
            int x0 = header.indexOf("x0");
            int ax0 = header.indexOf("ax0");
            double[] rates = new double[iterations + 1];
            double[] momenta = new double[iterations + 1];
            List<double[]> iterates = new ArrayList<>();
            List<double[]> averages = new ArrayList<>();
            for (String line : lines.subList(1, iterations + 2)) {
                String[] cells = line.split(",", -1);
                int k = Integer.parseInt(cells[0]);
                rates[k] = number(cells[header.indexOf("lr")]);
                momenta[k] = header.contains("momentum") ? number(cells[header.indexOf("momentum")]) : Double.NaN;
                iterates.add(vector(cells, x0, d));
                averages.add(ax0 < 0 || cells[ax0].isEmpty() ? null : vector(cells, ax0, d));
            }
            return new Trajectory(rates, momenta, iterates, averages);
        }

        private static double number(String cell) {
            return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        }

        private static double[] vector(String[] cells, int from, int d) {
            double[] v = new double[d];
            for (int i = 0; i < d; i++) {
                v[i] = Double.parseDouble(cells[from + i]);
            }
            return v;
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
    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < actual.length; i++) {
            assertClose(expected[i], actual[i], what + ", coordinate " + i);
        }
    }

    /** Asserts one value to the mixed tolerance; NaN (no value) must meet NaN. */
    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), what + ": expected " + expected + ", got " + actual);
            return;
        }
        if (!(Math.abs(actual - expected) <= TOLERANCE * (1 + Math.abs(expected)))) {
            fail(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** What a run shows after each recorded step: x_k, the rate and momentum that step used, ax_k. */
    record Observed(List<double[]> iterates, List<Double> rates, List<Double> momenta, List<double[]> averages) {
    }

    /** Runs {@code spec} through the catalog and the driver, recording what each step used. */
    static Observed run(String spec, Objective objective, double[] x0, int iterations) {
        GradientMethod method = (GradientMethod) BuiltinOptimizers.asCatalog().create(spec);
        GradientMethod.Run[] run = new GradientMethod.Run[1];
        Optimizer capturing = (oracle, start, random) -> {
            run[0] = (GradientMethod.Run) method.start(oracle, start, random);
            return run[0];
        };
        Observed observed = new Observed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Driver.run(capturing, objective, x0, new SplittableRandom(0), StoppingRules.iterations(iterations),
                RecordSchedule.everyIteration(), (record, x) -> {
                    observed.iterates().add(x.clone());
                    observed.rates().add(run[0].learningRate());
                    observed.momenta().add(run[0].momentum());
                    double[] ax = run[0].averagedIterate();
                    observed.averages().add(ax == null ? null : ax.clone());
                });
        assertEquals(iterations + 1, observed.iterates().size());
        return observed;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("torchCases")
    void replaysTorchTrajectory(Case c) {
        Trajectory expected = c.trajectory();
        Observed ours = run(c.spec(), TestProblems.named(c.problem()), TestProblems.start(c.problem()), c.iterations());
        for (int k = 0; k <= c.iterations(); k++) {
            assertClose(expected.iterates().get(k), ours.iterates().get(k), "x_" + k);
            assertClose(expected.rates()[k], ours.rates().get(k), "lr of step " + k);
            assertClose(expected.momenta()[k], ours.momenta().get(k), "momentum of step " + k);
            double[] ax = expected.averages().get(k);
            if (ax == null) {
                assertNull(ours.averages().get(k), "ax_" + k);
            } else {
                assertClose(ax, ours.averages().get(k), "ax_" + k);
            }
        }
    }
}
