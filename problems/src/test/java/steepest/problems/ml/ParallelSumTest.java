package steepest.problems.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.DataParallel;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.FisherInformation;
import steepest.optimizers.Objective;
import steepest.optimizers.ThreadShare;
import steepest.optimizers.TwiceDifferentiable;
import steepest.problems.Differences;
import steepest.problems.BuiltinProblems;
import steepest.problems.data.Datasets;
import steepest.problems.data.SparseMatrix;
import steepest.problems.data.Storage;

/**
 * Data-parallel full evaluations of every linear model ({@link DataParallel}): on data large
 * enough to form several chunks, f, ∇f, ∇²f·v and F·v have the same bits on 1, 2, 3 and 7 threads
 * (the count changed between evaluations of one objective, as the harness may), and agree with one
 * serial loop over the rows in order (the batch call over every index, which is the full
 * evaluation's code before the chunking) up to the reordering of the sums. Data that form one chunk
 * give exactly the serial loop's bits on any thread count.
 */
class ParallelSumTest {

    private static final int[] THREADS = {1, 2, 3, 7};
    /** Sums over the same terms in another order. */
    private static final double REORDERED = 1e-12;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(6, r -> {
        Thread thread = new Thread(r, "parallel-sum-test");
        thread.setDaemon(true);
        return thread;
    });

    @AfterAll
    static void shutDown() {
        POOL.shutdownNow();
    }

    /** Every full evaluation the objective offers, at fixed w and v, concatenated. */
    private static double[] fullEvaluations(Objective f, double[] w, double[] v) {
        int n = f.dimension();
        double[] out = new double[2 + 3 * n];
        double[] gradient = new double[n];
        out[0] = f.valueAndGradient(w, gradient);
        out[1] = f.value(w);
        System.arraycopy(gradient, 0, out, 2, n);
        if (f instanceof TwiceDifferentiable twice) {
            double[] product = new double[n];
            twice.hessianVector(w, v, product);
            System.arraycopy(product, 0, out, 2 + n, n);
        }
        if (f instanceof FisherInformation fisher) {
            double[] product = new double[n];
            fisher.fisherVector(w, v, product);
            System.arraycopy(product, 0, out, 2 + 2 * n, n);
        }
        return out;
    }

    private static int chunkCount(Objective f) {
        LinearModel model = f instanceof Lasso lasso ? lasso.leastSquares() : (LinearModel) f;
        return model.chunks.count();
    }

    /** Models on synthetic data of 40 000 rows (softmax 20 000), built without the catalog's optimum solve. */
    enum Large {
        LOGREG_DENSE(d -> new LogisticRegression(data(d, 30, 1, 2, TargetEncoding.BINARY_01), 1e-3)),
        LOGREG_SPARSE(d -> new LogisticRegression(data(d, 200, 0.1, 2, TargetEncoding.BINARY_01), 1e-3)),
        SOFTMAX(d -> new SoftmaxRegression(data(d / 2, 20, 1, 4, TargetEncoding.MULTICLASS), 1e-3)),
        LEAST_SQUARES(d -> new LeastSquares(data(d, 30, 1, 0, TargetEncoding.REGRESSION), 1e-3)),
        SVM_HINGE(d -> new HingeSvm(data(d, 30, 1, 2, TargetEncoding.BINARY_SIGNED), 1e-3)),
        SVM_SQUARED_HINGE(d -> new SquaredHingeSvm(data(d, 30, 1, 2, TargetEncoding.BINARY_SIGNED), 1e-3)),
        HUBER(d -> new HuberRegression(data(d, 30, 1, 0, TargetEncoding.REGRESSION), 1e-3, 0.5)),
        LASSO(d -> new Lasso(data(d, 30, 1, 0, TargetEncoding.REGRESSION), 1e-2));

        private final java.util.function.IntFunction<Objective> build;

        Large(java.util.function.IntFunction<Objective> build) {
            this.build = build;
        }

        Objective build() {
            return build.apply(40_000);
        }

        private static PreparedData data(int n, int d, double density, int classes, TargetEncoding encoding) {
            return new DataSpec("synthetic", "", Datasets.Format.AUTO, Storage.AUTO, "auto", true, 0, 0, n, d, 10,
                    density, 0.1, classes).prepare(encoding, "test");
        }
    }

    @ParameterizedTest
    @EnumSource(Large.class)
    void fullEvaluationsHaveTheSameBitsOnAnyNumberOfThreads(Large model) {
        Objective f = model.build();
        assertTrue(chunkCount(f) > 7, model + " forms " + chunkCount(f) + " chunks; the test needs more than 7");
        if (model == Large.LOGREG_SPARSE) {
            assertInstanceOf(SparseMatrix.class, ((LinearModel) f).data().train(), "stored sparse");
        }
        double[] w = Differences.gaussian(f.dimension(), 0.3, 1);
        double[] v = Differences.gaussian(f.dimension(), 1.0, 2);
        DataParallel parallel = assertInstanceOf(DataParallel.class, f);
        double[] serial = fullEvaluations(f, w, v);
        for (int threads : THREADS) {
            parallel.useThreads(new ThreadShare(POOL, threads));
            assertArrayEquals(bits(serial), bits(fullEvaluations(f, w, v)), model + " on " + threads + " threads");
        }
        parallel.useThreads(ThreadShare.SERIAL);
        assertArrayEquals(bits(serial), bits(fullEvaluations(f, w, v)), model + " back on one thread");

        FiniteSum sum = (FiniteSum) f;
        double[] inOrder = new double[f.dimension()];
        double value = sum.valueAndGradient(w, identity(sum.size()), sum.size(), inOrder);
        assertEquals(value, serial[0], REORDERED * (1 + Math.abs(value)), model + " f against the serial loop");
        double[] gradient = Arrays.copyOfRange(serial, 2, 2 + f.dimension());
        assertEquals(0.0, Differences.relativeError(gradient, inOrder), REORDERED, model + " gradient");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "logreg:dataset=breast_cancer",
        "softmax:dataset=iris",
        "least-squares:dataset=diabetes",
        "svm-hinge:dataset=breast_cancer",
        "lasso:dataset=diabetes",
    })
    void dataOfOneChunkGiveTheSerialLoopsBitsOnAnyNumberOfThreads(String spec) {
        FiniteSum f = (FiniteSum) BuiltinProblems.asCatalog().create(spec).objective();
        assertEquals(1, chunkCount(f), spec);
        double[] w = Differences.gaussian(f.dimension(), 0.3, 3);
        double[] expected = new double[f.dimension()];
        double expectedValue = f.valueAndGradient(w, identity(f.size()), f.size(), expected);
        for (int threads : THREADS) {
            ((DataParallel) f).useThreads(new ThreadShare(POOL, threads));
            double[] gradient = new double[f.dimension()];
            assertEquals(Double.doubleToRawLongBits(expectedValue),
                    Double.doubleToRawLongBits(f.valueAndGradient(w, gradient)), spec);
            assertArrayEquals(bits(expected), bits(gradient), spec + " on " + threads + " threads");
        }
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }
}
