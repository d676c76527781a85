package steepest.problems.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import steepest.optimizers.ThreadShare;
import steepest.problems.Differences;
import steepest.problems.BuiltinProblems;

/**
 * The MLP's data-parallel full pass: on a training set of several chunks, f and ∇f have the same
 * bits on 1, 2, 3 and 7 threads and agree with one batch of every row in order (the full pass before
 * the chunking) up to the reordering of the sums; with batch normalization the full pass stays the
 * one-batch pass, bit for bit, whatever the threads.
 */
class MlpThreadsTest {

    private static final int[] THREADS = {1, 2, 3, 7};
    /** Sums over the same terms in another order (partial gemms against one). */
    private static final double REORDERED = 1e-12;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(6, r -> {
        Thread thread = new Thread(r, "mlp-threads-test");
        thread.setDaemon(true);
        return thread;
    });

    @AfterAll
    static void shutDown() {
        POOL.shutdownNow();
    }

    private static Mlp network(String keys) {
        return assertInstanceOf(Mlp.class, BuiltinProblems.asCatalog().create(
                "mlp:dataset=spirals,n=3000,layers=2-16-16-2,activation=tanh," + keys).objective());
    }

    /** f from valueAndGradient, f from value, then ∇f. */
    private static double[] full(Mlp f, double[] theta) {
        double[] out = new double[2 + f.dimension()];
        double[] gradient = new double[f.dimension()];
        out[0] = f.valueAndGradient(theta, gradient);
        out[1] = f.value(theta);
        System.arraycopy(gradient, 0, out, 2, gradient.length);
        return out;
    }

    /** f and ∇f from one batch of every training row in order. */
    private static double[] oneBatch(Mlp f, double[] theta) {
        int[] rows = new int[f.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        double[] out = new double[2 + f.dimension()];
        double[] gradient = new double[f.dimension()];
        out[0] = f.valueAndGradient(theta, rows, rows.length, gradient);
        out[1] = out[0];
        System.arraycopy(gradient, 0, out, 2, gradient.length);
        return out;
    }

    @Test
    void theFullPassHasTheSameBitsOnAnyNumberOfThreads() {
        Mlp f = network("lambda=1e-3");
        assertTrue(f.chunks().count() > 7, f.chunks().count() + " chunks; the test needs more than 7");
        double[] theta = f.initialParameters();
        double[] serial = full(f, theta);
        for (int threads : THREADS) {
            f.useThreads(new ThreadShare(POOL, threads));
            assertArrayEquals(bits(serial), bits(full(f, theta)), threads + " threads");
        }
        double[] batch = oneBatch(f, theta);
        assertEquals(batch[0], serial[0], REORDERED * (1 + Math.abs(batch[0])), "f against one batch");
        assertEquals(0.0, Differences.relativeError(slice(serial), slice(batch)), REORDERED, "gradient");
    }

    @Test
    void withBatchNormalizationTheFullPassIsOneBatchOnAnyNumberOfThreads() {
        Mlp f = network("batchnorm=true");
        double[] theta = f.initialParameters();
        double[] batch = oneBatch(f, theta);
        for (int threads : THREADS) {
            f.useThreads(new ThreadShare(POOL, threads));
            double[] parallel = full(f, theta);
            assertEquals(Double.doubleToRawLongBits(batch[0]), Double.doubleToRawLongBits(parallel[0]), threads + "");
            assertArrayEquals(bits(slice(batch)), bits(slice(parallel)), threads + " threads");
        }
    }

    private static double[] slice(double[] evaluations) {
        return java.util.Arrays.copyOfRange(evaluations, 2, evaluations.length);
    }

    private static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }
}
