package steepest.optimizers.variance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Capability;
import steepest.optimizers.Driver;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Objective;
import steepest.optimizers.Observer;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.Search;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.firstorder.MiniBatch;
import steepest.optimizers.spec.SpecException;

/**
 * The catalog's svrg, saga, sag and sarah against textbook versions written here from the papers
 * (whole sample gradients, the mean of the table recomputed from scratch every step), on both paths
 * of the methods; their costs; their refusal of problems that are not finite sums; bad keys.
 */
class VarianceReductionTest {

    private static final int SAMPLES = 20;
    private static final LogisticSum PROBLEM = LogisticSum.synthetic(SAMPLES, 4, 0.05, 8);
    private static final double LEARNING_RATE = 0.05;
    private static final int STEPS = 150;
    /** Same operations in another order: rounding only, over STEPS steps. */
    private static final double ROUNDING = 1e-11;

    /**
     * After STEPS steps from 0 with the same seed, the catalog's method and the textbook one agree
     * to rounding. The structured path of saga and sag evaluates the ridge's gradient exactly, which
     * the textbook version with {@code exactRidge} does too.
     */
    @ParameterizedTest(name = "{0}, structure={1}")
    @CsvSource({
        "'svrg:m=30,snapshot=random,replacement=true',true", "'svrg:m=30,snapshot=random,replacement=true',false",
        "'svrg:batch=4',true", "'svrg:batch=4',false",
        "'sarah:m=25,snapshot=random',true", "'sarah:m=25,snapshot=random',false",
        "'sarah:batch=3,replacement=true',true", "'sarah:batch=3,replacement=true',false",
        "'saga:replacement=true',true", "'saga:replacement=true',false",
        "'saga:batch=5,replacement=true,init=zero',true", "'saga:batch=5,replacement=true,init=zero',false",
        "'sag:batch=6',true", "'sag:batch=6',false",
        "'sag:batch=5,replacement=true,init=full',true", "'sag:batch=5,replacement=true,init=full',false",
    })
    void agreesWithTheTextbookAlgorithm(String spec, boolean structure) {
        String full = spec.replace(":", ":lr=" + LEARNING_RATE + ",");
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(full);
        FiniteSum f = structure ? PROBLEM : PROBLEM.plain();
        Search search = optimizer.start(new Oracle(f), new double[4], new SplittableRandom(17));
        for (int k = 0; k < STEPS; k++) {
            search.step();
        }
        double[] expected = textbook(full, structure, new SplittableRandom(17));
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], search.x()[j], ROUNDING * (1 + Math.abs(expected[j])), full + " coordinate " + j);
        }
    }

    /** Sample gradients per epoch: snapshots and tables cost n, steps b or 2b, as documented. */
    @ParameterizedTest(name = "{0}, structure={1}")
    @CsvSource({
        "'svrg:batch=2,m=7',true,7,34", "'svrg:batch=2,m=7',false,7,48",
        "'sarah:batch=2,m=7',true,7,44", "'sarah:batch=2,m=7',false,7,44",
        "'saga:batch=3',true,5,35", "'saga:batch=3,init=zero',false,5,15",
        "'sag:batch=3',false,5,15",
    })
    void countsSampleGradients(String spec, boolean structure, int steps, long expected) {
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(spec);
        Oracle oracle = new Oracle(structure ? PROBLEM : PROBLEM.plain());
        Search search = optimizer.start(oracle, new double[4], new SplittableRandom(1));
        for (int k = 0; k < steps; k++) {
            search.step();
        }
        assertEquals(expected, oracle.evaluations().sampleGradients(), spec);
        assertEquals(expected / (double) SAMPLES, oracle.epochs(), 1e-15, spec);
    }

    /** m defaults to ⌈2n/b⌉: the second snapshot of svrg comes after that many steps. */
    @Test
    void defaultEpochIsTwoPassesOfBatches() {
        Oracle oracle = new Oracle(PROBLEM);
        Search search = BuiltinOptimizers.asCatalog().create("svrg:batch=3,replacement=true").start(oracle, new double[4], new SplittableRandom(1));
        int m = (2 * SAMPLES + 2) / 3;
        for (int k = 0; k < m + 1; k++) {
            search.step();
        }
        assertEquals(2L * SAMPLES + 3L * (m + 1), oracle.evaluations().sampleGradients());
    }

    /** Each method needs a finite sum: the driver refuses another problem, naming the capability. */
    @ParameterizedTest
    @ValueSource(strings = {"svrg", "saga", "sag", "sarah"})
    void refusesProblemsThatAreNotFiniteSums(String spec) {
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(spec);
        assertEquals(Set.of(Capability.FINITE_SUM), optimizer.requirements());
        Objective quadratic = new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = x[0];
                g[1] = x[1];
                return 0.5 * (x[0] * x[0] + x[1] * x[1]);
            }

            @Override
            public double value(double[] x) {
                return valueAndGradient(x, new double[2]);
            }
        };
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Driver.run(optimizer,
                quadratic, new double[2], new SplittableRandom(0), StoppingRules.iterations(5),
                RecordSchedule.endsOnly(), Observer.NONE));
        assertTrue(refused.getMessage().contains(Capability.FINITE_SUM.description()), refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "svrg:m=0|optimizer 'svrg': m must be >= 1, got 0",
        "sarah:m=-5|optimizer 'sarah': m must be >= 1, got -5",
        "svrg:m=1.5|optimizer 'svrg': m='1.5' is not an integer",
        "saga:batch=0|optimizer 'saga': batch must be >= 1, got 0",
        "sag:lr=0|optimizer 'sag': lr must be > 0, got 0.0",
        "svrg:snapshot=best|optimizer 'svrg': snapshot='best' is not one of last, random",
        "saga:init=ones|optimizer 'saga': init='ones' is not one of full, zero",
        "saga:m=10|optimizer 'saga'",
        "sarah:init=full|optimizer 'sarah'",
        "svrg:schedule=cosine|optimizer 'svrg': schedule=cosine requires t_max",
    })
    void badInputNamesTheKey(String spec, String message) {
        SpecException error = assertThrows(SpecException.class, () -> BuiltinOptimizers.asCatalog().create(spec));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }

    /** The same seed gives the same iterates bit for bit. */
    @ParameterizedTest
    @ValueSource(strings = {"svrg:snapshot=random", "saga:batch=3,replacement=true", "sag", "sarah:snapshot=random"})
    void sameSeedSameIterates(String spec) {
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(spec);
        double[][] runs = new double[2][];
        for (int r = 0; r < 2; r++) {
            Search search = optimizer.start(new Oracle(PROBLEM), new double[4], new SplittableRandom(99));
            for (int k = 0; k < 100; k++) {
                search.step();
            }
            runs[r] = search.x().clone();
        }
        assertArrayEquals(runs[0], runs[1]);
    }

    /** The textbook methods, straight from the papers' pseudo-code, drawing from the same stream. */
    private static double[] textbook(String spec, boolean structure, RandomGenerator random) {
        String name = spec.substring(0, spec.indexOf(':'));
        int batchSize = integer(spec, "batch", 1);
        boolean replacement = spec.contains("replacement=true");
        MiniBatch.Draws draws = new MiniBatch(batchSize, replacement).draws(SAMPLES, random);
        int m = integer(spec, "m", (int) Math.ceil(2.0 * SAMPLES / batchSize));
        boolean randomSnapshot = spec.contains("snapshot=random");
        return switch (name) {
            case "svrg" -> svrg(draws, batchSize, m, randomSnapshot, random);
            case "sarah" -> sarah(draws, batchSize, m, randomSnapshot, random);
            default -> table(draws, batchSize, name.equals("saga"), !spec.contains("init=zero")
                    && (name.equals("saga") || spec.contains("init=full")), structure);
        };
    }

    /** Johnson and Zhang, Algorithm 1 (options I and II), with batches. */
    private static double[] svrg(MiniBatch.Draws draws, int b, int m, boolean option2, RandomGenerator random) {
        double[] x = new double[4];
        double[] snapshot = null;
        double[] mu = new double[4];
        double[] chosen = null;
        int[] batch = new int[b];
        int chosenStep = -1;
        for (int k = 0; k < STEPS; k++) {
            int t = k % m;
            if (t == 0) {
                snapshot = x.clone();
                PROBLEM.valueAndGradient(snapshot, mu);
                chosenStep = option2 ? random.nextInt(m) : -1;
            }
            if (t == chosenStep) {
                chosen = x.clone();
            }
            int size = draws.next(batch);
            double[] g = mu.clone();
            addBatchDifference(g, x, snapshot, batch, size);
            step(x, g);
            if (t == m - 1 && option2) {
                x = chosen.clone();
            }
        }
        return x;
    }

    /** Nguyen et al., Algorithm 1, with batches and the choice of the last or a random iterate. */
    private static double[] sarah(MiniBatch.Draws draws, int b, int m, boolean randomOutput, RandomGenerator random) {
        double[] x = new double[4];
        double[] previous = null;
        double[] v = new double[4];
        double[] chosen = null;
        int[] batch = new int[b];
        int chosenStep = -1;
        for (int k = 0; k < STEPS; k++) {
            int t = k % m;
            if (t == 0) {
                PROBLEM.valueAndGradient(x, v);
                chosenStep = randomOutput ? random.nextInt(m + 1) : -1;
            } else {
                int size = draws.next(batch);
                addBatchDifference(v, x, previous, batch, size);
            }
            if (t == chosenStep) {
                chosen = x.clone();
            }
            previous = x.clone();
            step(x, v);
            if (t == m - 1 && randomOutput && chosenStep < m) {
                x = chosen.clone();
            }
        }
        return x;
    }

    /**
     * SAGA (Defazio et al. 2014) and SAG (Schmidt et al. 2017) with batches; with {@code exactRidge} the
     * table holds the data terms' gradients and λx is added at the current point.
     */
    private static double[] table(MiniBatch.Draws draws, int b, boolean saga, boolean fill, boolean exactRidge) {
        double[] x = new double[4];
        double[][] table = new double[SAMPLES][4];
        if (fill) {
            for (int i = 0; i < SAMPLES; i++) {
                table[i] = stored(x, i, exactRidge);
            }
        }
        int[] batch = new int[b];
        for (int k = 0; k < STEPS; k++) {
            int size = draws.next(batch);
            double[] g = saga ? mean(table) : new double[4];
            double[][] fresh = new double[size][];
            for (int s = 0; s < size; s++) {
                fresh[s] = stored(x, batch[s], exactRidge);
                for (int j = 0; j < 4 && saga; j++) {
                    g[j] += (fresh[s][j] - table[batch[s]][j]) / size;
                }
            }
            for (int s = 0; s < size; s++) {
                table[batch[s]] = fresh[s];
            }
            if (!saga) {
                g = mean(table);
            }
            for (int j = 0; j < 4 && exactRidge; j++) {
                g[j] += PROBLEM.lambda * x[j];
            }
            step(x, g);
        }
        return x;
    }

    /** g ← g + (1/|B|) Σ_{i∈B} [∇fᵢ(x) − ∇fᵢ(y)], the correction of SVRG's and SARAH's estimates. */
    private static void addBatchDifference(double[] g, double[] x, double[] y, int[] batch, int size) {
        for (int s = 0; s < size; s++) {
            double[] at = gradient(x, batch[s]);
            double[] before = gradient(y, batch[s]);
            for (int j = 0; j < 4; j++) {
                g[j] += (at[j] - before[j]) / size;
            }
        }
    }

    private static double[] stored(double[] x, int i, boolean exactRidge) {
        double[] g = gradient(x, i);
        for (int j = 0; j < 4 && exactRidge; j++) {
            g[j] -= PROBLEM.lambda * x[j];
        }
        return g;
    }

    private static double[] mean(double[][] table) {
        double[] mean = new double[4];
        for (double[] row : table) {
            for (int j = 0; j < 4; j++) {
                mean[j] += row[j] / SAMPLES;
            }
        }
        return mean;
    }

    private static double[] gradient(double[] x, int i) {
        double[] g = new double[4];
        PROBLEM.sample(x, i, g);
        return g;
    }

    private static void step(double[] x, double[] g) {
        for (int j = 0; j < 4; j++) {
            x[j] -= LEARNING_RATE * g[j];
        }
    }

    private static int integer(String spec, String key, int absent) {
        return Arrays.stream(spec.substring(spec.indexOf(':') + 1).split(",")).filter(p -> p.startsWith(key + "="))
                .mapToInt(p -> Integer.parseInt(p.substring(key.length() + 1))).findFirst().orElse(absent);
    }
}
