package steepest.problems.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import steepest.optimizers.Checks;
import steepest.optimizers.Memory;

/**
 * Seeded synthetic data sets, kept in the {@link SharedCache} like the bundled ones: the same
 * parameters give the same data, bit for bit, on every run and JDK.
 *
 * <p><b>Features.</b> Entry x_rj is non-zero with probability {@code density}, independently, and
 * then s_j·N(0, 1) with column scales s_j = κ^{−j/(2(d−1))} log-spaced from 1 down to κ^{−1/2}; the
 * feature covariance E[xxᵀ] = density·diag(s²) thus has condition number κ = {@code cond}. The
 * positions of the non-zeros are drawn by geometric skipping, so a row costs O(its non-zeros) and
 * d = 10⁵ with density 10⁻³ is cheap; storage is sparse when {@code density} &lt; 1/4 (see {@link
 * Storage#AUTO}), dense otherwise, and both hold the same numbers.
 *
 * <p><b>Targets.</b> A planted model w* (K rows for K classes) with N(0, 1) entries, scaled so that
 * each score z* = ⟨x, w*⟩ has unit variance. Regression: y = z* + noise·N(0, 1). Classification:
 * y = 1[z* ≥ 0] for two classes, argmax_k z*_k for K; then with probability {@code noise} the label
 * is redrawn uniformly from the other classes (a flip, for two).
 *
 * <p><b>Two spirals</b> (Lang and Witbrock, "Learning to tell two spirals apart", Proc. 1988
 * Connectionist Models Summer School): class c ∈ {0, 1}, t ~ U(0, 1), the point
 * t·(cos(4πt + cπ), sin(4πt + cπ)) plus noise·N(0, I₂): two interleaved spirals of two turns that
 * no linear model separates.
 */
public final class Synthetic {

    /**
     * The parameters of a linear-model data set; the record is its cache key.
     *
     * @param n        samples, &gt;= 1
     * @param d        features, &gt;= 1
     * @param cond     condition number κ &gt;= 1 of the feature covariance
     * @param density  probability in (0, 1] that an entry is non-zero
     * @param noise    regression noise standard deviation, or classification label-noise
     *                 probability in [0, 1]
     * @param classes  0 for a real-valued target, else the number of classes K &gt;= 2
     * @param seed     the seed of the data
     */
    public record Spec(int n, int d, double cond, double density, double noise, int classes, long seed) {

        /** Validates every parameter, naming its spec key. */
        public Spec {
            Checks.atLeast("n", n, 1);
            Checks.atLeast("d", d, 1);
            Checks.finite("cond", cond);
            Checks.inClosed("cond", cond, 1, Double.MAX_VALUE);
            if (!(density > 0 && density <= 1)) {
                throw new IllegalArgumentException("density must be in (0, 1], got " + density);
            }
            Checks.finite("noise", noise);
            Checks.nonNegative("noise", noise);
            if (classes != 0) {
                Checks.atLeast("classes", classes, 2);
                Checks.inClosed("noise", noise, 0, 1);
            }
        }

        /** Whether the target is a class label. */
        public boolean classification() {
            return classes > 0;
        }
    }

    private record SpiralKey(int n, double noise, long seed) {
    }

    private Synthetic() {
    }

    /** The data set of {@code spec} (cached). */
    public static Dataset linear(Spec spec) {
        requireMemory(spec);
        return SharedCache.get(spec, Dataset.class, () -> generate(spec));
    }

    /**
     * Refuses a set that cannot fit the heap before generating it: dense rows are built as n arrays
     * of d and then copied into one n·d array; sparse rows (below density 1/4) as growing lists of
     * column indices and values, each up to twice its final size, then copied to exact arrays.
     */
    private static void requireMemory(Spec spec) {
        double entries = (double) spec.n() * spec.d();
        String what = "dataset=synthetic with n=" + spec.n() + ", d=" + spec.d();
        if (Storage.AUTO.sparse(spec.n(), spec.d(), (long) Math.ceil(spec.density() * entries))) {
            double nonZeros = spec.density() * entries;
            Memory.requireArrayLength(what + ", density=" + spec.density(), nonZeros);
            Memory.require(what + ", density=" + spec.density(), 3 * 12 * nonZeros + Memory.doubles(2.0 * spec.n()));
        } else {
            Memory.requireArrayLength(what, entries);
            Memory.require(what, Memory.doubles(2 * entries + 2.0 * spec.n()));
        }
    }

    /**
     * The two-spirals classification set (cached).
     *
     * @param n     points, &gt;= 2, split evenly between the classes (the first gets the odd one)
     * @param noise standard deviation of the Gaussian jitter, &gt;= 0
     * @param seed  the seed
     */
    public static Dataset spirals(int n, double noise, long seed) {
        Checks.atLeast("n", n, 2);
        Checks.finite("noise", noise);
        Checks.nonNegative("noise", noise);
        Memory.require("dataset=spirals with n=" + n, Memory.doubles(3.0 * n));
        return SharedCache.get(new SpiralKey(n, noise, seed), Dataset.class, () -> generateSpirals(n, noise, seed));
    }

    private static Dataset generate(Spec spec) {
        int n = spec.n();
        int d = spec.d();
        int outputs = Math.max(1, spec.classes() == 2 ? 1 : spec.classes());
        SplittableRandom root = new SplittableRandom(spec.seed());
        GaussianStream modelStream = new GaussianStream(root.split());
        GaussianStream dataStream = new GaussianStream(root.split());
        double[] scale = new double[d];
        double variance = 0;
        for (int j = 0; j < d; j++) {
            scale[j] = d == 1 ? 1.0 : Math.pow(spec.cond(), -0.5 * j / (d - 1));
            variance += spec.density() * scale[j] * scale[j];
        }
        double[] planted = new double[outputs * d];
        double norm = 1.0 / Math.sqrt(variance);
        for (int i = 0; i < planted.length; i++) {
            planted[i] = modelStream.next() * norm;
        }
        boolean sparse = Storage.AUTO.sparse(n, d, (long) Math.ceil(spec.density() * n * (double) d));
        double[][] dense = sparse ? null : new double[n][d];
        IntList rowStart = new IntList();
        IntList columns = new IntList();
        DoubleList values = new DoubleList();
        rowStart.add(0);
        double[] scores = new double[outputs];
        double[] targets = new double[n];
        double logMiss = spec.density() < 1 ? Math.log1p(-spec.density()) : 0;
        for (int r = 0; r < n; r++) {
            Arrays.fill(scores, 0.0);
            for (int j = nextColumn(-1, logMiss, dataStream); j < d; j = nextColumn(j, logMiss, dataStream)) {
                double v = scale[j] * dataStream.next();
                for (int k = 0; k < outputs; k++) {
                    scores[k] += v * planted[k * d + j];
                }
                if (sparse) {
                    columns.add(j);
                    values.add(v);
                } else {
                    dense[r][j] = v;
                }
            }
            rowStart.add(columns.size());
            targets[r] = target(spec, scores, dataStream);
        }
        FeatureMatrix features = sparse
                ? SparseMatrix.adopt(n, d, rowStart.toArray(), columns.toArray(), values.toArray())
                : DenseMatrix.ofRows(dense);
        return new Dataset(spec.toString(), features, targets);
    }

    /** The next non-zero column after {@code j}: every column at density 1, else a geometric skip. */
    private static int nextColumn(int j, double logMiss, GaussianStream stream) {
        if (logMiss == 0) {
            return j + 1;
        }
        double skip = Math.floor(Math.log1p(-stream.uniform()) / logMiss);
        return skip >= Integer.MAX_VALUE - 1 - j ? Integer.MAX_VALUE : j + 1 + (int) skip;
    }

    private static double target(Spec spec, double[] scores, GaussianStream stream) {
        if (!spec.classification()) {
            return scores[0] + spec.noise() * stream.next();
        }
        int label;
        if (scores.length == 1) {
            label = scores[0] >= 0 ? 1 : 0;
        } else {
            label = 0;
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[label]) {
                    label = k;
                }
            }
        }
        if (spec.noise() > 0 && stream.uniform() < spec.noise()) {
            int other = stream.uniformInt(spec.classes() - 1);
            label = other >= label ? other + 1 : other;
        }
        return label;
    }

    private static Dataset generateSpirals(int n, double noise, long seed) {
        GaussianStream stream = new GaussianStream(new SplittableRandom(seed));
        double[] points = new double[2 * n];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double t = stream.uniform();
            double angle = 4 * Math.PI * t + c * Math.PI;
            points[2 * i] = t * Math.cos(angle) + noise * stream.next();
            points[2 * i + 1] = t * Math.sin(angle) + noise * stream.next();
            labels[i] = c;
        }
        return new Dataset("spirals:n=" + n + ",noise=" + noise + ",seed=" + seed, new DenseMatrix(n, 2, points),
                labels);
    }
}
