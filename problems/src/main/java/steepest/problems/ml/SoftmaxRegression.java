package steepest.problems.ml;

import java.util.List;
import steepest.optimizers.FisherInformation;
import steepest.optimizers.ParameterBlock;
import steepest.optimizers.ParameterBlocks;

/**
 * Multinomial logistic (softmax) regression ({@code softmax}): K classes, labels yᵢ ∈ {0, ..., K−1},
 * one coefficient block w_k per class (all K, so the model is over-parameterized by one block and
 * λ &gt; 0 makes the minimizer unique), scores z_ik = ⟨xᵢ, w_k⟩ and
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ [log Σ_k e^{z_ik} − z_{i,yᵢ}] + (λ/2)‖w‖²,
 *   ∂f/∂w_k = (1/n) Σᵢ (p_ik − [yᵢ = k]) xᵢ + λw_k,   pᵢ = softmax(zᵢ),
 *   ∇²f(w)·v = (1/n) Σᵢ xᵢ ⊗ (diag(pᵢ) − pᵢpᵢᵀ) uᵢ + λv,   u_ik = ⟨xᵢ, v_k⟩
 * </pre>
 *
 * (Bishop, "Pattern Recognition and Machine Learning", 2006, §4.3.4). The log-sum-exp is shifted by
 * max_k z_ik, so no score overflows.
 *
 * <p><b>Fisher information.</b> {@link #fisherVector} multiplies by
 * F(w) = (1/n) Σᵢ xᵢxᵢᵀ ⊗ (diag(pᵢ) − pᵢpᵢᵀ) + λI, the Fisher information of the categorical
 * output distribution averaged over the training inputs plus the prior's λI. The softmax link is
 * canonical, so F equals ∇²f exactly (Martens, JMLR 21, 2020, §9.2).
 *
 * <p>Its {@link ParameterBlocks} are one K × d matrix, the rows w_k, for rules that treat matrices
 * as such (Adafactor's factored moments).
 */
public final class SoftmaxRegression extends SmoothLinearModel implements FisherInformation, ParameterBlocks {

    private final int classes;

    /**
     * @param data   prepared data with K = {@code data.classes()} &gt;= 2 classes
     *               ({@link TargetEncoding#MULTICLASS})
     * @param lambda λ &gt;= 0 ({@code lambda})
     */
    public SoftmaxRegression(PreparedData data, double lambda) {
        super(data, requireClasses(data), lambda);
        this.classes = data.classes();
        for (double y : trainTargets) {
            if (y != Math.rint(y) || y < 0 || y >= classes) {
                throw new IllegalArgumentException("softmax needs class labels in {0, ..., " + (classes - 1) + "}, got "
                        + y);
            }
        }
    }

    private static int requireClasses(PreparedData data) {
        if (data.classes() < 2) {
            throw new IllegalArgumentException("softmax needs a class target, got " + data.description());
        }
        return data.classes();
    }

    /** One K × d matrix: row k is w_k. */
    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of(new ParameterBlock(0, classes, dimension() / classes));
    }

    /** Writes pᵢ for each row of the block into {@code out} and returns Σᵢ log Σ_k e^{z_ik}. */
    private double probabilities(double[] z, int count, double[] out) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            double max = z[t];
            for (int k = 1; k < classes; k++) {
                max = Math.max(max, z[k * BLOCK + t]);
            }
            double total = 0;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(z[k * BLOCK + t] - max);
                out[k * BLOCK + t] = e;
                total += e;
            }
            double inverse = 1.0 / total;
            for (int k = 0; k < classes; k++) {
                out[k * BLOCK + t] *= inverse;
            }
            sum += max + Math.log(total);
        }
        return sum;
    }

    @Override
    protected double lossBlock(double[] z, double[] y, int count, double[] derivativesOut) {
        double sum = probabilities(z, count, derivativesOut);
        for (int t = 0; t < count; t++) {
            int label = (int) y[t];
            sum -= z[label * BLOCK + t];
            derivativesOut[label * BLOCK + t] -= 1.0;
        }
        return sum;
    }

    /** (diag(pᵢ) − pᵢpᵢᵀ)uᵢ = pᵢ ⊙ (uᵢ − ⟨pᵢ, uᵢ⟩). */
    @Override
    protected void curvatureBlock(double[] z, double[] y, double[] u, int count, double[] out) {
        probabilities(z, count, out);
        for (int t = 0; t < count; t++) {
            double mean = 0;
            for (int k = 0; k < classes; k++) {
                mean += out[k * BLOCK + t] * u[k * BLOCK + t];
            }
            for (int k = 0; k < classes; k++) {
                out[k * BLOCK + t] *= u[k * BLOCK + t] - mean;
            }
        }
    }

    /** F(w)·v, equal to ∇²f(w)·v for this model (see the class comment). */
    @Override
    public void fisherVector(double[] w, double[] v, double[] out) {
        hessianVector(w, v, out);
    }
}
