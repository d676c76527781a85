package steepest.problems.nn;

import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import steepest.optimizers.Chunks;
import steepest.optimizers.DataParallel;
import steepest.optimizers.Memory;
import steepest.optimizers.ParameterBlock;
import steepest.optimizers.ParameterBlocks;
import steepest.optimizers.ThreadShare;
import steepest.optimizers.spec.Arguments;
import steepest.problems.Footprint;
import steepest.problems.HeldOutMetrics;
import steepest.problems.Layered;
import steepest.problems.Problem;
import steepest.problems.data.DenseMatrix;
import steepest.problems.data.GaussianStream;
import steepest.problems.data.Storage;
import steepest.problems.ml.DataSpec;
import steepest.problems.ml.InputGradients;
import steepest.problems.ml.PreparedData;
import steepest.problems.ml.TargetEncoding;

/**
 * A multilayer perceptron classifier ({@code mlp}) trained by backpropagation, as a finite sum over
 * the training samples with a flat parameter vector θ. With widths n_0 (inputs), ..., n_L (classes),
 * hidden nonlinearity φ and a batch B of inputs as the rows of A_0,
 *
 * <pre>
 *   Z_l = A_{l−1} W_lᵀ + 1 b_lᵀ,   A_l = φ(Z_l)        (l &lt; L; W_l is n_l × n_{l−1})
 *   Z_L = A_{L−1} W_Lᵀ + 1 b_Lᵀ,   P = softmax(Z_L) row by row,
 *   f_B(θ) = (1/|B|) Σ_{i∈B} [log Σ_k e^{Z_L[i,k]} − Z_L[i, yᵢ]] + (λ/2)‖θ‖²,
 * </pre>
 *
 * and the backward pass (Rumelhart, Hinton and Williams, "Learning representations by
 * back-propagating errors", Nature 323, 1986) Δ_L = (P − Y)/|B|, ∂f/∂W_l = Δ_lᵀ A_{l−1},
 * ∂f/∂b_l = Δ_lᵀ1, Δ_{l−1} = (Δ_l W_l) ⊙ φ'(Z_{l−1}). Both passes are written here; every matrix
 * product is one BLAS gemm through nd4j ({@code Nd4j.gemm}) into preallocated double-precision
 * arrays, and the element-wise work runs in plain Java arrays, copied in bulk to and from the gemm
 * operands (per-entry access to nd4j's direct buffers costs a bounds check and defeats
 * vectorization; a bulk copy is a memcpy). θ holds, layer by
 * layer, W_l row-major and then b_l.
 *
 * <p><b>Batch normalization</b> ({@code batchnorm=true}; Ioffe and Szegedy, "Batch normalization",
 * ICML 2015, Algorithm 1 and §3): every hidden layer computes Ẑ = (Z − μ)/√(σ² + ε) per feature
 * and A = φ(γ ⊙ Ẑ + β), with γ, β in θ in place of the bias (which the centering would cancel).
 * <i>What the statistics are:</i> the batch call normalizes with the mean μ and biased variance σ²
 * of the batch it is given (repeated indices counted as often as they appear), and the backward
 * pass differentiates through them; the full objective is the same computation with the batch of
 * all n training samples, so it equals the batch call over every index. The samples of a batch are
 * then coupled: f is no longer the plain mean of per-sample terms, and a mini-batch gradient is a
 * biased estimate of ∇f, as in practice. Held-out metrics and input gradients use inference mode:
 * the population statistics of the whole training set at θ, held fixed.
 *
 * <p>Implements {@link ParameterBlocks} (per layer the n_l × n_{l−1} matrix W_l, then the vector b_l,
 * or γ_l and β_l), for rules that treat layers separately (LAMB, Adafactor); {@link Layered} (the norm of each layer's block of the gradient: W_l with b_l, or
 * with γ_l and β_l) for plots of vanishing and exploding gradients against depth, activation and
 * initialization; {@link HeldOutMetrics} ({@code test_loss}, the mean cross-entropy, and
 * {@code test_accuracy}); and {@link InputGradients} (∂ℓ/∂x by one more gemm). Initial weights come
 * from {@code seed} through a private {@link GaussianStream}, never from nd4j's global random
 * generator. Not thread-safe: one objective per run.
 *
 * <p><b>Threads</b> ({@link DataParallel}). Without batch normalization the full objective and its
 * gradient run over fixed {@link Chunks} of the training rows (at least {@value #CHUNK_ROWS} rows
 * each, so every gemm stays large enough to pay its call), each chunk's forward and backward pass
 * into its own workspace and partial gradient on whichever of the objective's threads claims it,
 * and the partial losses and gradients are added in chunk order: the same bits on any number of
 * threads. A training set that forms one chunk is evaluated as one batch, exactly as before the
 * chunking; a larger one (digits, 1797 rows, makes 7 chunks) sums in a different order than one
 * gemm over all rows, which changes results in the last bits. With batch normalization the
 * statistics couple every row of the pass, so full evaluations stay on the calling thread.
 */
public final class Mlp implements InputGradients, HeldOutMetrics, Layered, DataParallel, ParameterBlocks {

    /** The variance floor ε of batch normalization. */
    public static final double BATCH_NORM_EPSILON = 1e-5;
    private static final int CACHED_BATCH_SIZES = 4;
    /** The fewest rows in a chunk of the full pass. */
    private static final int CHUNK_ROWS = 256;

    private final MlpConfig config;
    private final PreparedData data;
    private final int[] widths;
    private final int depth;
    private final int dimension;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int[] gammaOffset;
    private final int[] betaOffset;
    private final int[] layerStart;
    private final INDArray[] weights;
    private final DoubleBuffer[] weightBuffers;
    private final double[] trainInputs;
    private final int[] trainLabels;
    private final double[] testInputs;
    private final int[] testLabels;
    private final int[] trainRows;
    private final int[] testRows;
    private final Map<Integer, Workspace> workspaces = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Workspace> eldest) {
            return size() > CACHED_BATCH_SIZES;
        }
    };
    private Workspace recent;
    private final double[] statisticsAt;
    private final double[][] populationMean;
    private final double[][] populationInverseStd;
    private boolean statisticsValid;
    /** The fixed chunks of the full pass, their workspaces (made on first use) and the threads. */
    private final Chunks chunks;
    private ChunkPass[] chunkPasses;
    private volatile ThreadShare threads = ThreadShare.SERIAL;

    /** Training or inference mode of batch normalization. */
    private enum Mode { TRAIN, INFERENCE }

    /**
     * @param data   prepared classification data with {@code config.layers()} input features and
     *               classes; converted to dense storage
     * @param config the architecture
     * @throws IllegalArgumentException naming {@code layers} if the widths do not fit the data
     */
    public Mlp(PreparedData data, MlpConfig config) {
        List<Integer> layers = config.layers();
        if (data.classes() < 2) {
            throw new IllegalArgumentException("mlp needs a class target, got " + data.description());
        }
        if (layers.get(0) != data.features() || layers.get(layers.size() - 1) != data.classes()) {
            throw new IllegalArgumentException("layers=" + config.layersText() + " does not fit " + data.description()
                    + " with " + data.features() + " features and " + data.classes() + " classes; write layers="
                    + data.features() + "-...-" + data.classes());
        }
        requireMemory(config, data.train().rows());
        this.config = config;
        this.data = data;
        this.widths = layers.stream().mapToInt(Integer::intValue).toArray();
        this.depth = widths.length - 1;
        this.weightOffset = new int[depth];
        this.biasOffset = new int[depth];
        this.gammaOffset = new int[depth];
        this.betaOffset = new int[depth];
        this.layerStart = new int[depth + 1];
        int offset = 0;
        for (int l = 0; l < depth; l++) {
            layerStart[l] = offset;
            weightOffset[l] = offset;
            offset += widths[l + 1] * widths[l];
            boolean normalized = normalized(l);
            biasOffset[l] = normalized ? -1 : offset;
            gammaOffset[l] = normalized ? offset : -1;
            betaOffset[l] = normalized ? offset + widths[l + 1] : -1;
            offset += widths[l + 1] * (normalized ? 2 : 1);
        }
        layerStart[depth] = offset;
        this.dimension = offset;
        this.weights = new INDArray[depth];
        this.weightBuffers = new DoubleBuffer[depth];
        long weightsPerRow = 0;
        for (int l = 0; l < depth; l++) {
            weights[l] = Nd4j.create(DataType.DOUBLE, widths[l + 1], widths[l]);
            weightBuffers[l] = weights[l].data().asNioDouble();
            weightsPerRow += (long) widths[l + 1] * widths[l];
        }
        this.trainInputs = ((DenseMatrix) Storage.DENSE.apply(data.train())).toArray();
        this.trainLabels = labels(data.trainTargets());
        this.testInputs = data.hasTest() ? ((DenseMatrix) Storage.DENSE.apply(data.test())).toArray() : null;
        this.testLabels = data.hasTest() ? labels(data.testTargets()) : null;
        this.trainRows = identity(trainLabels.length);
        this.testRows = testLabels == null ? null : identity(testLabels.length);
        this.statisticsAt = new double[dimension];
        this.populationMean = new double[depth][];
        this.populationInverseStd = new double[depth][];
        for (int l = 0; l < depth - 1; l++) {
            populationMean[l] = new double[widths[l + 1]];
            populationInverseStd[l] = new double[widths[l + 1]];
        }
        this.chunks = Chunks.of(trainLabels.length, CHUNK_ROWS, 3.0 * weightsPerRow, dimension);
    }

    /**
     * Refuses a network that cannot be built, before nd4j allocates anything: θ must be one Java
     * array, and so must every layer's activations for the full batch of n training samples (the
     * driver evaluates the full objective); on the heap live θ-sized vectors (the population
     * statistics' point, the problem's and a run's, see {@link Footprint}) and the full batch's
     * pre-activations, outputs and deltas (and normalized values); outside it, nd4j holds the weight
     * matrices and their gradients and the full batch's gemm operands, within JavaCPP's limit
     * ({@link Pointer#maxBytes()}, which follows -Xmx).
     */
    private static void requireMemory(MlpConfig config, int samples) {
        List<Integer> widths = config.layers();
        String what = "layers=" + config.layersText();
        double parameters = 0;
        double weights = 0;
        double units = 0;
        for (int l = 0; l + 1 < widths.size(); l++) {
            double w = (double) widths.get(l) * widths.get(l + 1);
            boolean normalized = config.batchNorm() && l + 2 < widths.size();
            Memory.requireArrayLength(what, w);
            Memory.requireArrayLength(what + " on " + samples + " samples", (double) samples * widths.get(l + 1));
            weights += w;
            parameters += w + widths.get(l + 1) * (normalized ? 2.0 : 1.0);
            units += widths.get(l + 1) * (normalized ? 4.0 : 3.0);
        }
        Memory.requireArrayLength(what, parameters);
        Memory.require(what + " on " + samples + " samples", Memory.doubles(
                (1 + Footprint.PROBLEM_VECTORS + Memory.RUN_VECTORS) * parameters + samples * units));
        double offHeap = Memory.doubles(2 * weights + (double) samples * (2 * widths.get(0) + 4 * units / 3));
        if (offHeap > Pointer.maxBytes()) {
            throw new IllegalArgumentException(what + " on " + samples + " samples needs about "
                    + Memory.describe(offHeap) + " for nd4j, more than the " + Memory.describe(Pointer.maxBytes())
                    + " nd4j may allocate outside the Java heap (it follows -Xmx: give more with JAVA_OPTS=-Xmx<size>)");
        }
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static int[] labels(double[] targets) {
        return Arrays.stream(targets).mapToInt(y -> (int) y).toArray();
    }

    /**
     * The {@code mlp} problem of a spec: the data keys of {@link DataSpec} (family NEURAL) and
     * {@code layers}, {@code activation}, {@code init}, {@code batchnorm}, {@code lambda}; the start
     * is the seeded initialization; f* is unknown (NaN).
     */
    public static Problem problem(Arguments args) {
        DataSpec spec = DataSpec.read(args, DataSpec.Family.NEURAL, NeuralCatalog.DEFAULT_DATASET);
        MlpConfig config = new MlpConfig(args.integers("layers"),
                Activation.valueOf(args.choice("activation", "sigmoid", "tanh", "relu").toUpperCase(Locale.ROOT)),
                Initialization.valueOf(args.choice("init", "normal", "xavier", "he").toUpperCase(Locale.ROOT)),
                args.flag("batchnorm"), args.real("lambda"), spec.seed());
        Mlp network = new Mlp(spec.prepare(TargetEncoding.MULTICLASS, "mlp"), config);
        return new Problem(network, network.initialParameters(), Double.NaN, null,
                NeuralCatalog.tags(config.activation()));
    }

    /** The architecture. */
    public MlpConfig config() {
        return config;
    }

    /** The prepared data. */
    public PreparedData data() {
        return data;
    }

    private boolean normalized(int layer) {
        return config.batchNorm() && layer < depth - 1;
    }

    /**
     * θ₀: weights drawn from the configured {@link Initialization} with a generator seeded by the
     * config's seed (split from the stream the train/test split uses), biases and β zero, γ one.
     */
    public double[] initialParameters() {
        double[] theta = new double[dimension];
        GaussianStream normal = new GaussianStream(new SplittableRandom(config.seed()).split());
        for (int l = 0; l < depth; l++) {
            double sigma = config.initialization().standardDeviation(widths[l], widths[l + 1]);
            for (int k = 0; k < widths[l + 1] * widths[l]; k++) {
                theta[weightOffset[l] + k] = sigma * normal.next();
            }
            if (gammaOffset[l] >= 0) {
                Arrays.fill(theta, gammaOffset[l], gammaOffset[l] + widths[l + 1], 1.0);
            }
        }
        return theta;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int size() {
        return trainLabels.length;
    }

    @Override
    public void useThreads(ThreadShare share) {
        threads = Objects.requireNonNull(share, "share");
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradOut) {
        return evaluate(theta, trainRows, trainRows.length, gradOut);
    }

    @Override
    public double value(double[] theta) {
        return evaluate(theta, trainRows, trainRows.length, null);
    }

    @Override
    public double valueAndGradient(double[] theta, int[] batch, int batchSize, double[] gradOut) {
        if (batchSize < 1 || batchSize > batch.length) {
            throw new IllegalArgumentException("batchSize must be in [1, " + batch.length + "], got " + batchSize);
        }
        return evaluate(theta, batch, batchSize, gradOut);
    }

    /**
     * f_B(θ) in training mode and, when gradOut is not null, its gradient; the full training set
     * ({@code rows == trainRows}) runs in chunks when it forms several and has no batch statistics.
     */
    private double evaluate(double[] theta, int[] rows, int count, double[] gradOut) {
        loadWeights(theta);
        double loss;
        if (rows == trainRows && chunks.count() > 1 && !config.batchNorm()) {
            loss = inChunks(theta, gradOut);
        } else {
            Workspace w = workspace(count);
            w.gather(trainInputs, trainLabels, rows, 0, count);
            loss = forward(w, theta, Mode.TRAIN);
            if (gradOut != null) {
                backward(w, theta, Mode.TRAIN, gradOut, false, count);
            }
        }
        if (gradOut != null) {
            for (int p = 0; p < dimension; p++) {
                gradOut[p] += config.lambda() * theta[p];
            }
        }
        double squares = 0;
        for (double v : theta) {
            squares += v * v;
        }
        return loss / count + 0.5 * config.lambda() * squares;
    }

    /**
     * The summed loss of the training set and, when gradOut is not null, the gradient of the mean
     * loss (without weight decay): every chunk's forward and backward pass on the objective's
     * threads, then the partial sums added in chunk order. The weights must be loaded.
     */
    private double inChunks(double[] theta, double[] gradOut) {
        ChunkPass[] passes = chunkPasses();
        int n = trainRows.length;
        chunks.forEach(threads, c -> {
            ChunkPass pass = passes[c];
            pass.space.gather(trainInputs, trainLabels, trainRows, chunks.start(c), pass.space.size);
            pass.loss = forward(pass.space, theta, Mode.TRAIN);
            if (gradOut != null) {
                backward(pass.space, theta, Mode.TRAIN, pass.gradient, false, n);
            }
        });
        double loss = 0;
        if (gradOut != null) {
            Arrays.fill(gradOut, 0.0);
        }
        for (ChunkPass pass : passes) {
            loss += pass.loss;
            if (gradOut != null) {
                for (int p = 0; p < dimension; p++) {
                    gradOut[p] += pass.gradient[p];
                }
            }
        }
        return loss;
    }

    /** The fixed chunks of the full pass. */
    Chunks chunks() {
        return chunks;
    }

    private ChunkPass[] chunkPasses() {
        if (chunkPasses == null) {
            chunkPasses = new ChunkPass[chunks.count()];
            for (int c = 0; c < chunkPasses.length; c++) {
                chunkPasses[c] = new ChunkPass(new Workspace(chunks.end(c) - chunks.start(c)), new double[dimension]);
            }
        }
        return chunkPasses;
    }

    /** One chunk of the full pass: its workspace, its partial gradient and its summed loss. */
    private static final class ChunkPass {
        final Workspace space;
        final double[] gradient;
        double loss;

        ChunkPass(Workspace space, double[] gradient) {
            this.space = space;
            this.gradient = gradient;
        }
    }

    private void loadWeights(double[] theta) {
        for (int l = 0; l < depth; l++) {
            weightBuffers[l].put(0, theta, weightOffset[l], widths[l + 1] * widths[l]);
        }
    }

    /**
     * The summed cross-entropy of the workspace's batch. Each layer's product is one gemm into an
     * nd4j array, copied in bulk to a Java array for the element-wise work, whose result is copied
     * back as the next gemm's operand.
     */
    private double forward(Workspace w, double[] theta, Mode mode) {
        int b = w.size;
        for (int l = 0; l < depth; l++) {
            int width = widths[l + 1];
            int entries = b * width;
            Nd4j.gemm(l == 0 ? w.input : w.activations[l - 1], weights[l], w.product[l], false, true, 1.0, 0.0);
            double[] z = w.preActivation[l];
            w.productBuffers[l].get(0, z, 0, entries);
            if (l == depth - 1) {
                return softmaxCrossEntropy(w, theta, z, w.output[l]);
            }
            if (normalized(l)) {
                normalize(w, l, mode);
                double[] normalizedValues = w.normalized[l];
                for (int t = 0; t < b; t++) {
                    for (int j = 0; j < width; j++) {
                        z[t * width + j] = theta[gammaOffset[l] + j] * normalizedValues[t * width + j]
                                + theta[betaOffset[l] + j];
                    }
                }
            } else {
                for (int t = 0; t < b; t++) {
                    for (int j = 0; j < width; j++) {
                        z[t * width + j] += theta[biasOffset[l] + j];
                    }
                }
            }
            config.activation().applyInPlace(z, w.output[l], entries);
            w.activationBuffers[l].put(0, w.output[l], 0, entries);
        }
        throw new IllegalStateException("unreachable: the last layer returns");
    }

    /** Ẑ of hidden layer l with batch (TRAIN) or population (INFERENCE) statistics. */
    private void normalize(Workspace w, int l, Mode mode) {
        int b = w.size;
        int width = widths[l + 1];
        double[] z = w.preActivation[l];
        double[] mean = mode == Mode.TRAIN ? w.mean[l] : populationMean[l];
        double[] inverseStd = mode == Mode.TRAIN ? w.inverseStd[l] : populationInverseStd[l];
        if (mode == Mode.TRAIN) {
            Arrays.fill(mean, 0.0);
            Arrays.fill(inverseStd, 0.0);
            for (int t = 0; t < b; t++) {
                for (int j = 0; j < width; j++) {
                    mean[j] += z[t * width + j];
                }
            }
            for (int j = 0; j < width; j++) {
                mean[j] /= b;
            }
            for (int t = 0; t < b; t++) {
                for (int j = 0; j < width; j++) {
                    double centered = z[t * width + j] - mean[j];
                    inverseStd[j] += centered * centered;
                }
            }
            for (int j = 0; j < width; j++) {
                inverseStd[j] = 1.0 / Math.sqrt(inverseStd[j] / b + BATCH_NORM_EPSILON);
            }
        }
        double[] normalizedValues = w.normalized[l];
        for (int t = 0; t < b; t++) {
            for (int j = 0; j < width; j++) {
                normalizedValues[t * width + j] = (z[t * width + j] - mean[j]) * inverseStd[j];
            }
        }
    }

    /** Adds the output bias to the logits, writes the softmax P, returns Σᵢ −log P[i, yᵢ]. */
    private double softmaxCrossEntropy(Workspace w, double[] theta, double[] logits, double[] probabilities) {
        int classes = widths[depth];
        int bias = biasOffset[depth - 1];
        double loss = 0;
        for (int t = 0; t < w.size; t++) {
            int base = t * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                logits[base + k] += theta[bias + k];
                max = Math.max(max, logits[base + k]);
            }
            double total = 0;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(logits[base + k] - max);
                probabilities[base + k] = e;
                total += e;
            }
            double inverse = 1.0 / total;
            for (int k = 0; k < classes; k++) {
                probabilities[base + k] *= inverse;
            }
            loss += max + Math.log(total) - logits[base + w.labels[t]];
        }
        return loss;
    }

    /**
     * Back-propagates the workspace's share of a mean loss over {@code batch} samples (the
     * workspace's own size, or the whole training set for a chunk of it): writes ∂/∂θ into
     * {@code gradOut} when it is not null (without weight decay), and ∂/∂A_0 into the workspace when
     * {@code toInput}.
     */
    private void backward(Workspace w, double[] theta, Mode mode, double[] gradOut, boolean toInput, int batch) {
        int b = w.size;
        int classes = widths[depth];
        double[] outputDelta = w.delta[depth - 1];
        double[] probabilities = w.output[depth - 1];
        for (int t = 0; t < b; t++) {
            for (int k = 0; k < classes; k++) {
                int i = t * classes + k;
                outputDelta[i] = (probabilities[i] - (k == w.labels[t] ? 1 : 0)) / batch;
            }
        }
        for (int l = depth - 1; l >= 0; l--) {
            int width = widths[l + 1];
            w.deltaBuffers[l].put(0, w.delta[l], 0, b * width);
            if (gradOut != null) {
                Nd4j.gemm(w.deltas[l], l == 0 ? w.input : w.activations[l - 1], w.weightGradients[l], true, false,
                        1.0, 0.0);
                w.weightGradientBuffers[l].get(0, gradOut, weightOffset[l], width * widths[l]);
                if (biasOffset[l] >= 0) {
                    columnSums(w.delta[l], b, width, gradOut, biasOffset[l]);
                }
            }
            if (l == 0) {
                if (toInput) {
                    Nd4j.gemm(w.deltas[0], weights[0], w.inputGradient, false, false, 1.0, 0.0);
                }
                return;
            }
            Nd4j.gemm(w.deltas[l], weights[l], w.upstream[l - 1], false, false, 1.0, 0.0);
            hiddenDelta(w, l - 1, theta, mode, gradOut);
        }
    }

    /** Δ of hidden layer l from ∂f/∂A_l: through φ', then through batch normalization if any. */
    private void hiddenDelta(Workspace w, int l, double[] theta, Mode mode, double[] gradOut) {
        int b = w.size;
        int width = widths[l + 1];
        double[] delta = w.delta[l];
        w.upstreamBuffers[l].get(0, delta, 0, b * width);
        config.activation().backward(delta, w.output[l], delta, b * width);
        if (!normalized(l)) {
            return;
        }
        double[] normalizedValues = w.normalized[l];
        double[] sumDelta = w.sumDelta[l];
        double[] sumDeltaNormalized = w.sumDeltaNormalized[l];
        Arrays.fill(sumDelta, 0.0);
        Arrays.fill(sumDeltaNormalized, 0.0);
        for (int t = 0; t < b; t++) {
            for (int j = 0; j < width; j++) {
                double dy = delta[t * width + j];
                sumDelta[j] += dy;
                sumDeltaNormalized[j] += dy * normalizedValues[t * width + j];
            }
        }
        if (gradOut != null) {
            System.arraycopy(sumDeltaNormalized, 0, gradOut, gammaOffset[l], width);
            System.arraycopy(sumDelta, 0, gradOut, betaOffset[l], width);
        }
        double[] inverseStd = mode == Mode.TRAIN ? w.inverseStd[l] : populationInverseStd[l];
        for (int t = 0; t < b; t++) {
            for (int j = 0; j < width; j++) {
                int i = t * width + j;
                double scale = theta[gammaOffset[l] + j] * inverseStd[j];
                delta[i] = mode == Mode.TRAIN
                        ? scale * (delta[i] - (sumDelta[j] + normalizedValues[i] * sumDeltaNormalized[j]) / b)
                        : scale * delta[i];
            }
        }
    }

    private static void columnSums(double[] matrix, int rows, int cols, double[] out, int offset) {
        Arrays.fill(out, offset, offset + cols, 0.0);
        for (int t = 0; t < rows; t++) {
            for (int j = 0; j < cols; j++) {
                out[offset + j] += matrix[t * cols + j];
            }
        }
    }

    /** The batch-normalization statistics of the whole training set at θ (memoized on θ). */
    private void populationStatistics(double[] theta) {
        if (!config.batchNorm() || statisticsValid && Arrays.equals(theta, statisticsAt)) {
            return;
        }
        Workspace w = workspace(trainRows.length);
        loadWeights(theta);
        w.gather(trainInputs, trainLabels, trainRows, 0, trainRows.length);
        forward(w, theta, Mode.TRAIN);
        for (int l = 0; l < depth - 1; l++) {
            System.arraycopy(w.mean[l], 0, populationMean[l], 0, widths[l + 1]);
            System.arraycopy(w.inverseStd[l], 0, populationInverseStd[l], 0, widths[l + 1]);
        }
        System.arraycopy(theta, 0, statisticsAt, 0, dimension);
        statisticsValid = true;
    }

    /** Per layer: W_l as an n_l × n_{l−1} matrix, then b_l (or γ_l and β_l) as vectors of n_l. */
    @Override
    public List<ParameterBlock> parameterBlocks() {
        List<ParameterBlock> blocks = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            blocks.add(new ParameterBlock(weightOffset[l], widths[l + 1], widths[l]));
            if (normalized(l)) {
                blocks.add(ParameterBlock.vector(gammaOffset[l], widths[l + 1]));
                blocks.add(ParameterBlock.vector(betaOffset[l], widths[l + 1]));
            } else {
                blocks.add(ParameterBlock.vector(biasOffset[l], widths[l + 1]));
            }
        }
        return List.copyOf(blocks);
    }

    @Override
    public List<String> layerNames() {
        List<String> names = new ArrayList<>(depth);
        for (int l = 1; l <= depth; l++) {
            names.add("layer" + l);
        }
        return names;
    }

    @Override
    public void layerNorms(double[] gradient, double[] out) {
        for (int l = 0; l < depth; l++) {
            double sum = 0;
            for (int p = layerStart[l]; p < layerStart[l + 1]; p++) {
                sum += gradient[p] * gradient[p];
            }
            out[l] = Math.sqrt(sum);
        }
    }

    @Override
    public List<String> testMetricNames() {
        return testInputs == null ? List.of() : List.of("test_loss", "test_accuracy");
    }

    @Override
    public void testMetrics(double[] theta, double[] out) {
        if (testInputs == null) {
            return;
        }
        populationStatistics(theta);
        int m = testLabels.length;
        Workspace w = workspace(m);
        loadWeights(theta);
        w.gather(testInputs, testLabels, testRows, 0, m);
        double loss = forward(w, theta, Mode.INFERENCE);
        int classes = widths[depth];
        int correct = 0;
        double[] p = w.output[depth - 1];
        for (int t = 0; t < m; t++) {
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (p[t * classes + k] > p[t * classes + best]) {
                    best = k;
                }
            }
            correct += best == testLabels[t] ? 1 : 0;
        }
        out[0] = loss / m;
        out[1] = (double) correct / m;
    }

    @Override
    public int featureCount() {
        return widths[0];
    }

    @Override
    public void sampleFeatures(int sample, double[] out) {
        System.arraycopy(trainInputs, sample * widths[0], out, 0, widths[0]);
    }

    @Override
    public double sampleTarget(int sample) {
        return trainLabels[sample];
    }

    /** ∂ℓ/∂x in inference mode (batch normalization with the training set's statistics held fixed). */
    @Override
    public double inputGradient(double[] theta, double[] input, double target, double[] gradOut) {
        populationStatistics(theta);
        Workspace w = workspace(1);
        loadWeights(theta);
        w.inputBuffer.put(0, input, 0, widths[0]);
        w.labels[0] = (int) target;
        double loss = forward(w, theta, Mode.INFERENCE);
        backward(w, theta, Mode.INFERENCE, null, true, 1);
        w.inputGradientBuffer.get(0, gradOut, 0, widths[0]);
        return loss;
    }

    /** The workspace of a batch size: the last one used, else from the small LRU map. */
    private Workspace workspace(int size) {
        if (recent == null || recent.size != size) {
            recent = workspaces.computeIfAbsent(size, Workspace::new);
        }
        return recent;
    }

    /**
     * The arrays of one batch size: nd4j matrices for the gemms (with direct-buffer views for bulk
     * copies) and Java arrays for the element-wise work.
     */
    private final class Workspace {
        final int size;
        final int[] labels;
        final INDArray input;
        final DoubleBuffer inputBuffer;
        final INDArray inputGradient;
        final DoubleBuffer inputGradientBuffer;
        /** gemm outputs A_{l−1}W_lᵀ, and their Java copies (then the pre-activations). */
        final INDArray[] product;
        final DoubleBuffer[] productBuffers;
        final double[][] preActivation;
        /** The layer outputs A_l (probabilities for the last layer), in Java and as gemm operands. */
        final double[][] output;
        final INDArray[] activations;
        final DoubleBuffer[] activationBuffers;
        /** Δ_l in Java and as gemm operands. */
        final double[][] delta;
        final INDArray[] deltas;
        final DoubleBuffer[] deltaBuffers;
        /** gemm outputs Δ_{l+1}W_{l+1} = ∂f/∂A_l. */
        final INDArray[] upstream;
        final DoubleBuffer[] upstreamBuffers;
        final double[][] normalized;
        final double[][] mean;
        final double[][] inverseStd;
        final double[][] sumDelta;
        final double[][] sumDeltaNormalized;
        /** gemm outputs Δ_lᵀA_{l−1} = ∂f/∂W_l, with direct-buffer views. */
        final INDArray[] weightGradients;
        final DoubleBuffer[] weightGradientBuffers;

        Workspace(int size) {
            this.size = size;
            this.labels = new int[size];
            this.input = Nd4j.create(DataType.DOUBLE, size, widths[0]);
            this.inputBuffer = input.data().asNioDouble();
            this.inputGradient = Nd4j.create(DataType.DOUBLE, size, widths[0]);
            this.inputGradientBuffer = inputGradient.data().asNioDouble();
            this.product = new INDArray[depth];
            this.productBuffers = new DoubleBuffer[depth];
            this.preActivation = new double[depth][];
            this.output = new double[depth][];
            this.activations = new INDArray[depth];
            this.activationBuffers = new DoubleBuffer[depth];
            this.delta = new double[depth][];
            this.deltas = new INDArray[depth];
            this.deltaBuffers = new DoubleBuffer[depth];
            this.upstream = new INDArray[depth];
            this.upstreamBuffers = new DoubleBuffer[depth];
            this.normalized = new double[depth][];
            this.mean = new double[depth][];
            this.inverseStd = new double[depth][];
            this.sumDelta = new double[depth][];
            this.sumDeltaNormalized = new double[depth][];
            this.weightGradients = new INDArray[depth];
            this.weightGradientBuffers = new DoubleBuffer[depth];
            for (int l = 0; l < depth; l++) {
                int width = widths[l + 1];
                weightGradients[l] = Nd4j.create(DataType.DOUBLE, width, widths[l]);
                weightGradientBuffers[l] = weightGradients[l].data().asNioDouble();
                product[l] = Nd4j.create(DataType.DOUBLE, size, width);
                productBuffers[l] = product[l].data().asNioDouble();
                preActivation[l] = new double[size * width];
                output[l] = new double[size * width];
                delta[l] = new double[size * width];
                deltas[l] = Nd4j.create(DataType.DOUBLE, size, width);
                deltaBuffers[l] = deltas[l].data().asNioDouble();
                if (l < depth - 1) {
                    activations[l] = Nd4j.create(DataType.DOUBLE, size, width);
                    activationBuffers[l] = activations[l].data().asNioDouble();
                    upstream[l] = Nd4j.create(DataType.DOUBLE, size, width);
                    upstreamBuffers[l] = upstream[l].data().asNioDouble();
                }
                if (normalized(l)) {
                    normalized[l] = new double[size * width];
                    mean[l] = new double[width];
                    inverseStd[l] = new double[width];
                    sumDelta[l] = new double[width];
                    sumDeltaNormalized[l] = new double[width];
                }
            }
        }

        /** Copies the inputs and labels of {@code rows[from .. from + count)} into the batch. */
        void gather(double[] inputs, int[] allLabels, int[] rows, int from, int count) {
            int width = widths[0];
            for (int t = 0; t < count; t++) {
                int row = rows[from + t];
                inputBuffer.put(t * width, inputs, row * width, width);
                labels[t] = allLabels[row];
            }
        }
    }
}
