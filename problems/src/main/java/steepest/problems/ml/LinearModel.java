package steepest.problems.ml;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import steepest.optimizers.Checks;
import steepest.optimizers.Chunks;
import steepest.optimizers.DataParallel;
import steepest.optimizers.ThreadShare;
import steepest.problems.HeldOutMetrics;
import steepest.problems.data.FeatureMatrix;

/**
 * A regularized linear model as a finite sum: with the n×d design matrix X (rows xᵢ) and K outputs
 * whose coefficients are the K blocks w_k of a flat parameter vector w of length K·d,
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ fᵢ(w),   fᵢ(w) = ℓ(zᵢ, yᵢ) + (λ/2)‖w‖²,   zᵢ = (⟨xᵢ, w_1⟩, ..., ⟨xᵢ, w_K⟩),
 *   ∇f(w) = (1/n) Σᵢ xᵢ ⊗ ∂ℓ/∂z(zᵢ, yᵢ) + λw.
 * </pre>
 *
 * <p>Every sample term carries the whole ridge term, so the mean over a batch B is an unbiased
 * estimate of f and its gradient of ∇f; the ridge applies to every coefficient, the intercept's
 * included. A subclass supplies the loss ℓ of one block of rows ({@link #lossBlock}); this class owns
 * the one loop over the data: for each block of {@value #BLOCK} rows it computes the scores, asks
 * for the losses and their derivatives, and folds the same rows into the gradient while they are in
 * cache, so X is read once per evaluation ({@link FeatureMatrix}). Scratch buffers are allocated
 * once per objective: serial evaluations allocate nothing. Not thread-safe (one objective per run).
 *
 * <p><b>Threads</b> ({@link DataParallel}). The full evaluations (f, ∇f and, in
 * {@link SmoothLinearModel}, ∇²f·v) sweep the training rows in fixed {@link Chunks} whose
 * boundaries depend only on n, the stored entries and K·d; each chunk sums its losses and its
 * gradient from zero into its own buffers, on whichever of the objective's threads claims it, and
 * the partial sums are added in chunk order. The result has the same bits on 1 or 64 threads. Data
 * that form a single chunk (fewer than about {@value Chunks#MIN_WORK} stored entries times K, which
 * covers every bundled data set) are summed in one serial loop over the rows, exactly as before the
 * chunking; larger data are summed in a different order than one serial loop would, which changes
 * results in the last bits only (a relative 1e-15 per chunk boundary). Batch calls stay serial.
 *
 * <p>Held-out metrics ({@link HeldOutMetrics}), when the data have a test set: {@code test_loss},
 * the mean data loss (1/m) Σ ℓ(zᵢ, yᵢ) over the test rows without the regularizer, and
 * {@code test_accuracy} for classifiers (a binary model predicts the positive class when z &gt;= 0,
 * a multiclass one argmax_k z_k) or {@code test_rmse}, ((1/m) Σ (zᵢ − yᵢ)²)^{1/2}, for regression.
 * Without a test set there are no metrics.
 */
public abstract class LinearModel implements InputGradients, HeldOutMetrics, DataParallel {

    /** Rows per block: their scores, losses and gradient fold share the L1 cache. */
    protected static final int BLOCK = 16;

    private final PreparedData data;
    final FeatureMatrix train;
    final double[] trainTargets;
    private final FeatureMatrix test;
    private final double[] testTargets;
    final int[] trainRows;
    private final int[] testRows;
    private final int cols;
    private final int outputs;
    private final double lambda;

    /** Block scratch: scores, loss derivatives (or curvature products), targets, directional scores. */
    final double[] scores;
    final double[] derivatives;
    final double[] blockTargets;
    final double[] directions;

    /**
     * Per-output views of flat vectors for the matrix kernels, which take whole arrays: with one
     * output the view holds the caller's array itself; with K the blocks are copied into scratch.
     */
    private final double[][] pointView;
    private final double[][] directionView;
    private final double[][] accumulatorView;
    private final double[][] pointBlocks;
    private final double[][] directionBlocks;
    private final double[][] accumulatorBlocks;
    private final double[] row;

    /** The fixed chunks of a full sweep, the buffers of each (made on first use) and the threads. */
    final Chunks chunks;
    private Lane[] lanes;
    private volatile ThreadShare threads = ThreadShare.SERIAL;
    /** The objective's own block buffers: batch sweeps, and full sweeps of data that form one chunk. */
    final Lane own;

    /**
     * @param data    the prepared data. Not modified.
     * @param outputs K &gt;= 1, the scores per sample
     * @param lambda  λ &gt;= 0, the ridge weight ({@code lambda} in specs)
     */
    protected LinearModel(PreparedData data, int outputs, double lambda) {
        Checks.finite("lambda", lambda);
        Checks.nonNegative("lambda", lambda);
        this.data = data;
        this.train = data.train();
        this.trainTargets = data.trainTargets();
        this.test = data.test();
        this.testTargets = data.testTargets();
        this.trainRows = identity(train.rows());
        this.testRows = test == null ? null : identity(test.rows());
        this.cols = train.cols();
        this.outputs = outputs;
        this.lambda = lambda;
        this.scores = new double[outputs * BLOCK];
        this.derivatives = new double[outputs * BLOCK];
        this.blockTargets = new double[BLOCK];
        this.directions = new double[outputs * BLOCK];
        this.pointView = new double[1][];
        this.directionView = new double[1][];
        this.accumulatorView = new double[1][];
        this.pointBlocks = outputs == 1 ? null : new double[outputs][cols];
        this.directionBlocks = outputs == 1 ? null : new double[outputs][cols];
        this.accumulatorBlocks = outputs == 1 ? null : new double[outputs][cols];
        this.row = new double[cols];
        this.own = new Lane(scores, derivatives, blockTargets, directions, null);
        this.chunks = Chunks.of(train.rows(), BLOCK, (double) train.storedEntries() * outputs / train.rows(),
                outputs * cols);
    }

    /**
     * The block buffers of one sweep over rows (layout of {@link #lossBlock}): the objective's own,
     * or one chunk's, which also holds the chunk's partial gradient and loss.
     */
    static final class Lane {
        final double[] scores;
        final double[] derivatives;
        final double[] targets;
        final double[] directions;
        /** K accumulator blocks of length d for a chunk's partial sum (null for the objective's own). */
        final double[][] partial;
        double loss;

        Lane(double[] scores, double[] derivatives, double[] targets, double[] directions, double[][] partial) {
            this.scores = scores;
            this.derivatives = derivatives;
            this.targets = targets;
            this.directions = directions;
            this.partial = partial;
        }

        Lane(int outputs, int cols) {
            this(new double[outputs * BLOCK], new double[outputs * BLOCK], new double[BLOCK],
                    new double[outputs * BLOCK], new double[outputs][cols]);
        }
    }

    /** A sweep over the training rows [from, to) into a lane, folding into {@code acc} unless null. */
    @FunctionalInterface
    interface Sweep {
        /** @return the sum of the rows' losses (0 for a curvature sweep) */
        double over(Lane lane, int from, int to, double[][] acc);
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * The sum of the losses of one block of rows, Σ_t ℓ(z_t, y_t), and their derivatives.
     *
     * @param scores         z: output k of row t at {@code k·BLOCK + t}. Not modified.
     * @param targets        y_t for t &lt; count. Not modified.
     * @param count          rows in the block, in [1, BLOCK]
     * @param derivativesOut receives ∂ℓ/∂z_k of row t at {@code k·BLOCK + t}. Modified.
     * @return Σ_t ℓ(z_t, y_t)
     */
    protected abstract double lossBlock(double[] scores, double[] targets, int count, double[] derivativesOut);

    /** The prepared data the model is fitted to. */
    public PreparedData data() {
        return data;
    }

    /** The ridge weight λ. */
    public double lambda() {
        return lambda;
    }

    /** The number of outputs K (coefficient blocks). */
    public int outputs() {
        return outputs;
    }

    @Override
    public int dimension() {
        return outputs * cols;
    }

    @Override
    public int size() {
        return train.rows();
    }

    @Override
    public void useThreads(ThreadShare share) {
        threads = Objects.requireNonNull(share, "share");
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradOut) {
        return evaluate(w, trainRows, trainRows.length, gradOut);
    }

    @Override
    public double value(double[] w) {
        return evaluate(w, trainRows, trainRows.length, null);
    }

    @Override
    public double valueAndGradient(double[] w, int[] batch, int batchSize, double[] gradOut) {
        if (batchSize < 1 || batchSize > batch.length) {
            throw new IllegalArgumentException("batchSize must be in [1, " + batch.length + "], got " + batchSize);
        }
        return evaluate(w, batch, batchSize, gradOut);
    }

    /**
     * The batch mean of fᵢ and, when {@code gradOut} is not null, its gradient; the full training
     * set ({@code rows == trainRows}) is swept in chunks when it forms more than one.
     */
    private double evaluate(double[] w, int[] rows, int count, double[] gradOut) {
        double[][] coefficients = coefficientBlocks(w);
        double[][] accumulators = gradOut == null ? null : accumulators(gradOut);
        double loss = rows == trainRows && chunks.count() > 1
                ? inChunks(accumulators, (lane, from, to, acc) -> lossSweep(lane, trainRows, from, to, coefficients, acc))
                : lossSweep(own, rows, 0, count, coefficients, accumulators);
        double squares = 0;
        for (double v : w) {
            squares += v * v;
        }
        if (gradOut != null) {
            finish(gradOut, count, w);
        }
        return loss / count + 0.5 * lambda * squares;
    }

    /**
     * Σ ℓ over {@code rows[from .. to)} at the coefficient blocks {@code point}, block by block,
     * folding the loss derivatives into {@code acc} when it is not null.
     */
    private double lossSweep(Lane lane, int[] rows, int from, int to, double[][] point, double[][] acc) {
        double loss = 0;
        for (int offset = from; offset < to; offset += BLOCK) {
            int m = Math.min(BLOCK, to - offset);
            score(train, rows, offset, m, point, lane.scores);
            gather(trainTargets, rows, offset, m, lane.targets);
            loss += lossBlock(lane.scores, lane.targets, m, lane.derivatives);
            if (acc != null) {
                fold(train, rows, offset, m, lane.derivatives, acc);
            }
        }
        return loss;
    }

    /**
     * Runs {@code sweep} over every chunk of the training rows on the objective's threads, each
     * into its own lane, then adds the lanes' partial sums in chunk order into {@code accumulators}
     * (zeroed, or null when the sweep folds nothing).
     *
     * @return the lanes' losses summed in chunk order
     */
    final double inChunks(double[][] accumulators, Sweep sweep) {
        Lane[] chunkLanes = lanes();
        chunks.forEach(threads, c -> {
            Lane lane = chunkLanes[c];
            if (accumulators != null) {
                for (double[] block : lane.partial) {
                    Arrays.fill(block, 0.0);
                }
            }
            lane.loss = sweep.over(lane, chunks.start(c), chunks.end(c), accumulators == null ? null : lane.partial);
        });
        double loss = 0;
        for (Lane lane : chunkLanes) {
            loss += lane.loss;
            if (accumulators != null) {
                for (int k = 0; k < outputs; k++) {
                    double[] into = accumulators[k];
                    double[] from = lane.partial[k];
                    for (int j = 0; j < cols; j++) {
                        into[j] += from[j];
                    }
                }
            }
        }
        return loss;
    }

    private Lane[] lanes() {
        if (lanes == null) {
            lanes = new Lane[chunks.count()];
            for (int c = 0; c < lanes.length; c++) {
                lanes[c] = new Lane(outputs, cols);
            }
        }
        return lanes;
    }

    /** The K coefficient blocks of a flat vector (the vector itself when K = 1). */
    final double[][] blocks(double[] flat, double[][] view, double[][] scratch) {
        if (outputs == 1) {
            view[0] = flat;
            return view;
        }
        for (int k = 0; k < outputs; k++) {
            System.arraycopy(flat, k * cols, scratch[k], 0, cols);
        }
        return scratch;
    }

    /** Zeroed accumulators for a gradient-like output (the output itself when K = 1). */
    final double[][] accumulators(double[] out) {
        if (outputs == 1) {
            Arrays.fill(out, 0.0);
            accumulatorView[0] = out;
            return accumulatorView;
        }
        for (double[] block : accumulatorBlocks) {
            Arrays.fill(block, 0.0);
        }
        return accumulatorBlocks;
    }

    /** out ← (accumulated sum)/count + λ·x, gathering K accumulator blocks into out. */
    final void finish(double[] out, int count, double[] x) {
        if (outputs > 1) {
            for (int k = 0; k < outputs; k++) {
                System.arraycopy(accumulatorBlocks[k], 0, out, k * cols, cols);
            }
        }
        double inverse = 1.0 / count;
        for (int j = 0; j < out.length; j++) {
            out[j] = out[j] * inverse + lambda * x[j];
        }
    }

    /** The coefficient blocks of w, for scores. */
    final double[][] coefficientBlocks(double[] w) {
        return blocks(w, pointView, pointBlocks);
    }

    /** The blocks of a direction v, for the directional scores of a curvature product. */
    final double[][] directionBlocksOf(double[] v) {
        return blocks(v, directionView, directionBlocks);
    }

    /** Scores of a block for every output: {@code out[k·BLOCK + t] = ⟨x_{rows[offset+t]}, w_k⟩}. */
    final void score(FeatureMatrix x, int[] rows, int offset, int m, double[][] w, double[] out) {
        for (int k = 0; k < outputs; k++) {
            x.multiplyRows(rows, offset, m, w[k], out, k * BLOCK);
        }
    }

    /** Folds a block into {@code acc}: {@code acc_k += Σ_t weights[k·BLOCK + t]·x_{rows[offset+t]}}. */
    final void fold(FeatureMatrix x, int[] rows, int offset, int m, double[] weights, double[][] acc) {
        for (int k = 0; k < outputs; k++) {
            x.addWeightedRows(rows, offset, m, weights, k * BLOCK, acc[k]);
        }
    }

    /** Copies the block's targets into {@code out}. */
    final void gather(double[] targets, int[] rows, int offset, int m, double[] out) {
        for (int t = 0; t < m; t++) {
            out[t] = targets[rows[offset + t]];
        }
    }

    @Override
    public int featureCount() {
        return data.features();
    }

    @Override
    public void sampleFeatures(int sample, double[] out) {
        train.copyRow(sample, row, 0);
        System.arraycopy(row, 0, out, 0, data.features());
    }

    @Override
    public double sampleTarget(int sample) {
        return trainTargets[sample];
    }

    /**
     * For a linear model ∂ℓ/∂x = Σ_k (∂ℓ/∂z_k)·w_k restricted to the feature coordinates.
     */
    @Override
    public double inputGradient(double[] w, double[] input, double target, double[] gradOut) {
        int features = data.features();
        for (int k = 0; k < outputs; k++) {
            int base = k * cols;
            double z = data.intercept() ? w[base + features] : 0.0;
            for (int j = 0; j < features; j++) {
                z += input[j] * w[base + j];
            }
            scores[k * BLOCK] = z;
        }
        blockTargets[0] = target;
        double loss = lossBlock(scores, blockTargets, 1, derivatives);
        Arrays.fill(gradOut, 0, features, 0.0);
        for (int k = 0; k < outputs; k++) {
            double c = derivatives[k * BLOCK];
            for (int j = 0; j < features; j++) {
                gradOut[j] += c * w[k * cols + j];
            }
        }
        return loss;
    }

    @Override
    public List<String> testMetricNames() {
        if (test == null) {
            return List.of();
        }
        return List.of("test_loss", data.classes() == 0 ? "test_rmse" : "test_accuracy");
    }

    @Override
    public void testMetrics(double[] w, double[] out) {
        if (test == null) {
            return;
        }
        int m = testRows.length;
        double[][] coefficients = coefficientBlocks(w);
        double loss = 0;
        double second = 0;
        for (int offset = 0; offset < m; offset += BLOCK) {
            int count = Math.min(BLOCK, m - offset);
            score(test, testRows, offset, count, coefficients, scores);
            gather(testTargets, testRows, offset, count, blockTargets);
            loss += lossBlock(scores, blockTargets, count, derivatives);
            for (int t = 0; t < count; t++) {
                second += data.classes() == 0 ? squaredError(t) : correct(t);
            }
        }
        out[0] = loss / m;
        out[1] = data.classes() == 0 ? Math.sqrt(second / m) : second / m;
    }

    private double squaredError(int t) {
        double r = scores[t] - blockTargets[t];
        return r * r;
    }

    private double correct(int t) {
        if (outputs == 1) {
            return (scores[t] >= 0) == (blockTargets[t] > 0) ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < outputs; k++) {
            if (scores[k * BLOCK + t] > scores[best * BLOCK + t]) {
                best = k;
            }
        }
        return best == blockTargets[t] ? 1 : 0;
    }
}
