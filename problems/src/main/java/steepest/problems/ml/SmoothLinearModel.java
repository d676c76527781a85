package steepest.problems.ml;

import steepest.optimizers.GeneralizedLinearSum;
import steepest.optimizers.TwiceDifferentiable;

/**
 * A {@link LinearModel} whose loss is differentiable in the scores, with Hessian-vector products
 *
 * <pre>
 *   ∇²f(w)·v = (1/n) Σᵢ xᵢ ⊗ (Hᵢ uᵢ) + λv,   uᵢ = (⟨xᵢ, v_1⟩, ..., ⟨xᵢ, v_K⟩),   Hᵢ = ∂²ℓ/∂z²(zᵢ, yᵢ),
 * </pre>
 *
 * computed in two passes' worth of scores over one read of X and without forming the Hessian
 * (Pearlmutter, "Fast exact multiplication by the Hessian", Neural Computation 6(1), 1994, gives the
 * general principle). For losses that are only piecewise twice differentiable (Huber, squared hinge)
 * Hᵢ is the generalized Hessian of the piece zᵢ lies in, which is what semismooth Newton methods use
 * (Mangasarian, "A finite Newton method for classification", Optim. Methods Softw. 17(5), 2002).
 *
 * <p>As a {@link GeneralizedLinearSum}, a sample's gradient is its K loss derivatives ∂ℓ/∂z times
 * its row plus the ridge's share λw: {@link #sampleDerivatives} scores the batch's rows and returns
 * the derivatives, {@link #sampleSum} folds weights back into the rows, the two kernels of every
 * evaluation used separately, for the variance-reduced methods' per-sample tables.
 */
public abstract class SmoothLinearModel extends LinearModel implements TwiceDifferentiable, GeneralizedLinearSum {

    /**
     * @param data    the prepared data
     * @param outputs K &gt;= 1
     * @param lambda  λ &gt;= 0
     */
    protected SmoothLinearModel(PreparedData data, int outputs, double lambda) {
        super(data, outputs, lambda);
    }

    /**
     * Hᵢuᵢ for one block of rows, in the layout of {@link #lossBlock}.
     *
     * @param scores     z of the block. Not modified.
     * @param targets    y of the block. Not modified.
     * @param directions u of the block. Not modified.
     * @param count      rows in the block
     * @param out        receives Hᵢuᵢ. Modified.
     */
    protected abstract void curvatureBlock(double[] scores, double[] targets, double[] directions, int count,
                                           double[] out);

    /** Serial, or in the chunks of the full sweep when the training rows form several (see {@link LinearModel}). */
    @Override
    public void hessianVector(double[] w, double[] v, double[] out) {
        double[][] points = coefficientBlocks(w);
        double[][] directionsOfV = directionBlocksOf(v);
        double[][] accumulators = accumulators(out);
        int n = trainRows.length;
        if (chunks.count() > 1) {
            inChunks(accumulators, (lane, from, to, acc) -> curvatureSweep(lane, from, to, points, directionsOfV, acc));
        } else {
            curvatureSweep(own, 0, n, points, directionsOfV, accumulators);
        }
        finish(out, n, v);
    }

    /** Folds Hᵢuᵢ of the training rows [from, to) into {@code acc}; returns 0 (no loss). */
    private double curvatureSweep(Lane lane, int from, int to, double[][] points, double[][] directionsOfV,
                                  double[][] acc) {
        for (int offset = from; offset < to; offset += BLOCK) {
            int m = Math.min(BLOCK, to - offset);
            score(train, trainRows, offset, m, points, lane.scores);
            score(train, trainRows, offset, m, directionsOfV, lane.directions);
            gather(trainTargets, trainRows, offset, m, lane.targets);
            curvatureBlock(lane.scores, lane.targets, lane.directions, m, lane.derivatives);
            fold(train, trainRows, offset, m, lane.derivatives, acc);
        }
        return 0;
    }

    @Override
    public double ridge() {
        return lambda();
    }

    @Override
    public double sampleDerivatives(double[] w, int[] batch, int batchSize, double[] derivativesOut) {
        checkBatch(batch, batchSize);
        int outputs = outputs();
        double[][] points = coefficientBlocks(w);
        double loss = 0;
        for (int offset = 0; offset < batchSize; offset += BLOCK) {
            int m = Math.min(BLOCK, batchSize - offset);
            score(train, batch, offset, m, points, own.scores);
            gather(trainTargets, batch, offset, m, own.targets);
            loss += lossBlock(own.scores, own.targets, m, own.derivatives);
            for (int t = 0; t < m; t++) {
                for (int k = 0; k < outputs; k++) {
                    derivativesOut[(offset + t) * outputs + k] = own.derivatives[k * BLOCK + t];
                }
            }
        }
        return loss / batchSize;
    }

    @Override
    public void sampleSum(int[] batch, int batchSize, double[] weights, double[] out) {
        checkBatch(batch, batchSize);
        int outputs = outputs();
        double[][] accumulators = accumulators(out);
        if (outputs == 1) {
            train.addWeightedRows(batch, 0, batchSize, weights, 0, out);
            return;
        }
        for (int offset = 0; offset < batchSize; offset += BLOCK) {
            int m = Math.min(BLOCK, batchSize - offset);
            for (int t = 0; t < m; t++) {
                for (int k = 0; k < outputs; k++) {
                    own.derivatives[k * BLOCK + t] = weights[(offset + t) * outputs + k];
                }
            }
            fold(train, batch, offset, m, own.derivatives, accumulators);
        }
        int cols = train.cols();
        for (int k = 0; k < outputs; k++) {
            System.arraycopy(accumulators[k], 0, out, k * cols, cols);
        }
    }

    private static void checkBatch(int[] batch, int batchSize) {
        if (batchSize < 1 || batchSize > batch.length) {
            throw new IllegalArgumentException("batchSize must be in [1, " + batch.length + "], got " + batchSize);
        }
    }
}
