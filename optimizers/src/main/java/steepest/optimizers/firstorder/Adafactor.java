package steepest.optimizers.firstorder;

import java.util.List;
import steepest.optimizers.Checks;
import steepest.optimizers.ParameterBlock;

/**
 * Adafactor, as optax's {@code adafactor} defines it ({@code scale_by_factored_rms},
 * {@code clip_by_block_rms}, {@code scale_by_learning_rate}, {@code scale_by_param_block_rms},
 * {@code ema}, {@code add_decayed_weights}). With step t = 1, 2, ..., β̂_t = 1 − (t − offset)^(−c)
 * and G = g² + ε1, per parameter block B:
 * <pre>
 *   factored (a matrix whose smaller side is &gt;= min_dim_size_to_factor):
 *     R ← β̂_t·R + (1 − β̂_t)·(means of G along the larger side)    (one per index of the smaller side)
 *     C ← β̂_t·C + (1 − β̂_t)·(means of G along the smaller side)   (one per index of the larger side)
 *     u_ij = g_ij·(R_i / mean(R))^(−1/2)·C_j^(−1/2)
 *   otherwise (vectors, small matrices, factored=false):
 *     V ← β̂_t·V + (1 − β̂_t)·G,   u = g·V^(−1/2)
 *   u ← u / max(1, RMS(u_B) / d)                            (update clipping, d = clipping_threshold)
 *   u ← η·max(10⁻³, RMS(x_B))·u                             (relative step; η alone without it)
 *   u ← m ← β1·m + (1 − β1)·u                               (momentum &gt; 0 only)
 *   x ← x − (u + λ·x)
 * </pre>
 * R·C / mean(R) is the rank-one factorization of the second-moment matrix, so a factored block's
 * statistics are rows + columns numbers instead of rows·columns. (The unfactored V is one array
 * indexed like x, its entries under factored blocks unused, because JDK 17 vectorizes only loops
 * that index all their arrays alike: where any block is unfactored this implementation keeps d
 * numbers for V and so does not reproduce Adafactor's memory saving.) Blocks come from the problem's
 * {@link steepest.optimizers.ParameterBlocks} (an MLP's layers, softmax regression's weight matrix);
 * a problem without them is one vector, kept unfactored, as optax treats a 1-D array. Reference:
 * Shazeer and Stern, "Adafactor: adaptive learning rates with sublinear memory cost", ICML 2018,
 * algorithms 4 and 5 (sums in place of means there: the ratio is the same) with β̂_t = 1 − t^(−0.8)
 * and ε1 = 10⁻³⁰. optax's learning_rate is optional (None: no scaling, η = 1); the default here,
 * 10⁻², is the paper's relative step min(10⁻², 1/√t) over its first 10⁴ steps.
 *
 * @param learningRate       η &gt; 0 ({@code lr})
 * @param minDimSizeToFactor factor a matrix only when its smaller side is at least this, &gt;= 1
 *                           ({@code min_dim_size_to_factor})
 * @param decayRate          c &gt;= 0 in β̂_t ({@code decay_rate})
 * @param decayOffset        the offset, &gt;= 0 ({@code decay_offset})
 * @param parameterScale     multiply by max(10⁻³, RMS(x_B)) ({@code multiply_by_parameter_scale})
 * @param clippingThreshold  d &gt;= 1, or +∞ for no clipping ({@code clipping_threshold})
 * @param momentum           β1 in [0, 1); 0 keeps no momentum ({@code momentum})
 * @param weightDecay        λ &gt;= 0, added unscaled by η as in optax ({@code weight_decay_rate})
 * @param epsilon            ε1 &gt; 0 ({@code eps})
 * @param factored           factor large matrices ({@code factored})
 */
public record Adafactor(double learningRate, int minDimSizeToFactor, double decayRate, long decayOffset,
                        boolean parameterScale, double clippingThreshold, double momentum, double weightDecay,
                        double epsilon, boolean factored) implements UpdateRule {

    /** The default η (see the class comment). */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    /** optax's default min_dim_size_to_factor. */
    public static final int DEFAULT_MIN_DIM_SIZE_TO_FACTOR = 128;
    /** optax's default decay_rate. */
    public static final double DEFAULT_DECAY_RATE = 0.8;
    /** optax's default ε1. */
    public static final double DEFAULT_EPSILON = 1e-30;
    /** optax's floor of the parameter RMS in the relative step. */
    public static final double MIN_PARAMETER_SCALE = 1e-3;

    /** Validates every field, naming the spec key. */
    public Adafactor {
        RuleChecks.learningRate(learningRate);
        Checks.atLeast("min_dim_size_to_factor", minDimSizeToFactor, 1);
        RuleChecks.nonNegative("decay_rate", decayRate);
        Checks.atLeast("decay_offset", decayOffset, 0);
        Checks.notNaN("clipping_threshold", clippingThreshold);
        if (!(clippingThreshold >= 1)) {
            throw new IllegalArgumentException("clipping_threshold must be >= 1 (inf: no clipping), got "
                    + clippingThreshold);
        }
        Checks.inHalfOpen("momentum", momentum, 0, 1);
        RuleChecks.nonNegative("weight_decay_rate", weightDecay);
        RuleChecks.epsilon(epsilon);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return start(List.of(ParameterBlock.vector(0, dimension)));
    }

    @Override
    public UpdateRule.State start(List<ParameterBlock> blocks) {
        return new State(blocks);
    }

    /** Whether optax's {@code _factored_dims} factors this block: both sides &gt;= the minimum. */
    boolean factors(ParameterBlock block) {
        return factored && block.isMatrix() && Math.min(block.rows(), block.columns()) >= minDimSizeToFactor;
    }

    private final class State implements UpdateRule.State {
        private final List<ParameterBlock> blocks;
        /** Per block: the smaller side's statistics R (factored) or null. */
        private final double[][] small;
        /** Per block: the larger side's statistics C (factored) or null. */
        private final double[][] large;
        /**
         * V of the unfactored blocks, indexed like x (entries under factored blocks unused), so that
         * their loops index every array alike, which JDK 17's vectorizer needs; null when every
         * block is factored.
         */
        private final double[] second;
        /** Per factored block: (R_s / mean R)^(−1/2) and C_l^(−1/2) after the current step. */
        private final double[][] smallFactor;
        private final double[][] largeFactor;
        private final double[] average;
        private long step;
        /** Σ u² and Σ x² over the block in hand, from the statistics pass. */
        private double updateSquares;
        private double parameterSquares;

        State(List<ParameterBlock> blocks) {
            this.blocks = blocks;
            small = new double[blocks.size()][];
            large = new double[blocks.size()][];
            smallFactor = new double[blocks.size()][];
            largeFactor = new double[blocks.size()][];
            for (int b = 0; b < blocks.size(); b++) {
                ParameterBlock block = blocks.get(b);
                if (factors(block)) {
                    small[b] = new double[Math.min(block.rows(), block.columns())];
                    large[b] = new double[Math.max(block.rows(), block.columns())];
                    smallFactor[b] = new double[small[b].length];
                    largeFactor[b] = new double[large[b].length];
                }
            }
            int dimension = blocks.get(blocks.size() - 1).end();
            second = blocks.stream().allMatch(Adafactor.this::factors) ? null : new double[dimension];
            average = momentum > 0 ? new double[blocks.get(blocks.size() - 1).end()] : null;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            double decay = 1 - Math.pow(step - decayOffset + 1, -decayRate);
            step++;
            for (int b = 0; b < blocks.size(); b++) {
                ParameterBlock block = blocks.get(b);
                if (small[b] != null) {
                    factoredStatistics(b, block, x, g, decay);
                } else {
                    unfactoredStatistics(block, x, g, decay);
                }
                int n = block.size();
                double clip = Math.max(1, Math.sqrt(updateSquares / n) / clippingThreshold);
                double rms = Math.sqrt(parameterSquares / n);
                double relative = parameterScale ? Math.max(MIN_PARAMETER_SCALE, rms) : 1;
                move(b, block, x, g, lr / clip * relative);
            }
        }

        /** Updates R, C and their factors for a factored block, and sums u² and x² over it. */
        private void factoredStatistics(int b, ParameterBlock block, double[] x, double[] g, double decay) {
            int rows = block.rows();
            int columns = block.columns();
            double keep = 1 - decay;
            double[] rowMeans = rows <= columns ? small[b] : large[b];
            double[] columnMeans = rows <= columns ? large[b] : small[b];
            for (int j = 0; j < columns; j++) {
                columnMeans[j] *= decay;
            }
            for (int i = 0; i < rows; i++) {
                int base = block.offset() + i * columns;
                double sum = 0;
                for (int j = 0; j < columns; j++) {
                    double square = g[base + j] * g[base + j] + epsilon;
                    sum += square;
                    columnMeans[j] += keep * square / rows;
                }
                rowMeans[i] = decay * rowMeans[i] + keep * (sum / columns);
            }
            double mean = 0;
            for (double value : small[b]) {
                mean += value;
            }
            mean /= small[b].length;
            for (int s = 0; s < small[b].length; s++) {
                smallFactor[b][s] = 1 / Math.sqrt(small[b][s] / mean);
            }
            for (int l = 0; l < large[b].length; l++) {
                largeFactor[b][l] = 1 / Math.sqrt(large[b][l]);
            }
            double us = 0;
            double xs = 0;
            for (int row = 0; row < rows; row++) {
                int base = block.offset() + row * columns;
                for (int column = 0; column < columns; column++) {
                    double u = factoredDirection(b, block, row, column, g[base + column]);
                    us += u * u;
                    xs += x[base + column] * x[base + column];
                }
            }
            updateSquares = us;
            parameterSquares = xs;
        }

        /** Updates V of an unfactored block, and sums u² and x² over it. */
        private void unfactoredStatistics(ParameterBlock block, double[] x, double[] g, double decay) {
            double keep = 1 - decay;
            double eps = epsilon;
            double[] v = second;
            double us = 0;
            double xs = 0;
            for (int i = block.offset(); i < block.end(); i++) {
                double gi = g[i];
                double xi = x[i];
                double vi = decay * v[i] + keep * (gi * gi + eps);
                v[i] = vi;
                double u = gi / Math.sqrt(vi);
                us += u * u;
                xs += xi * xi;
            }
            updateSquares = us;
            parameterSquares = xs;
        }

        /** x_B ← x_B − (scale·u + λx), u through the momentum when there is one. */
        private void move(int b, ParameterBlock block, double[] x, double[] g, double scale) {
            double[] v = second;
            double[] m = average;
            double keep = momentum;
            double decay = weightDecay;
            int columns = block.columns();
            boolean factoredBlock = small[b] != null;
            for (int i = block.offset(); i < block.end(); i++) {
                int k = i - block.offset();
                double u = scale * (factoredBlock ? factoredDirection(b, block, k / columns, k % columns, g[i])
                        : g[i] / Math.sqrt(v[i]));
                if (m != null) {
                    u = keep * m[i] + (1 - keep) * u;
                    m[i] = u;
                }
                double xi = x[i];
                x[i] = xi - (u + decay * xi);
            }
        }

        /**
         * g·(R_s / mean R)^(−1/2)·C_l^(−1/2) for entry (row, column) of factored block b, with s and
         * l its indices along the smaller and the larger side.
         */
        private double factoredDirection(int b, ParameterBlock block, int row, int column, double gi) {
            boolean rowsSmaller = block.rows() <= block.columns();
            int s = rowsSmaller ? row : column;
            int l = rowsSmaller ? column : row;
            return gi * smallFactor[b][s] * largeFactor[b][l];
        }
    }
}
