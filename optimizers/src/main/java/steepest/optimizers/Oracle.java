package steepest.optimizers;

import java.util.Arrays;
import java.util.List;

/**
 * The counted view of an objective that an optimizer works through: every call an optimizer makes
 * is counted here ({@link Evaluations}), so costs are reported in evaluations and epochs, never
 * just in seconds, and no method can evaluate for free.
 *
 * <p>The {@link Driver} also evaluates f and ∇f at recorded iterates, uncounted. It keeps that one
 * evaluation (point, value, gradient) in a single-use memo: when the optimizer's next call for the
 * full objective is at exactly that point, it gets the memo, the call is counted as usual, and the
 * memo's evaluation time is charged to the run; any other call discards the memo. Lazy methods such as gradient descent, which
 * evaluate at x_k at the start of iteration k + 1, thus pay for recording only a copy.
 *
 * <p>For a {@link StochasticObjective} the Driver observes the exact objective and the memo is never
 * filled: the optimizer always gets its own, noisy, evaluation.
 *
 * <p>Not thread-safe: one oracle per run.
 */
public final class Oracle {

    private final Objective objective;
    private final Objective observed;
    private final boolean memoizes;
    private final int samples;

    private double functions;
    private double gradients;
    private long hessianVectorProducts;
    private long hessians;
    private long sampleGradients;

    private final double[] memoPoint;
    private final double[] memoGradient;
    private double memoValue;
    private boolean memoValid;
    private long memoNanos;
    private long chargedNanos;

    /** Wraps {@code objective}; counts start at zero. */
    public Oracle(Objective objective) {
        this.objective = objective;
        this.observed = StochasticObjective.exactOf(objective);
        this.memoizes = observed == objective;
        this.samples = objective instanceof FiniteSum sum ? sum.size() : 0;
        this.memoPoint = new double[objective.dimension()];
        this.memoGradient = new double[objective.dimension()];
    }

    /** The dimension n. */
    public int dimension() {
        return objective.dimension();
    }

    /** Whether the objective offers {@code capability}. */
    public boolean offers(Capability capability) {
        return capability.isOfferedBy(objective);
    }

    /**
     * The objective's {@link ParameterBlocks} when it declares them, else one vector block of the
     * whole dimension. Uncounted (structure, not an evaluation).
     *
     * @throws IllegalArgumentException if the declared blocks do not tile [0, dimension)
     */
    public List<ParameterBlock> parameterBlocks() {
        if (objective instanceof ParameterBlocks blocks) {
            return ParameterBlock.tiling(blocks.parameterBlocks(), objective.dimension());
        }
        return List.of(ParameterBlock.vector(0, objective.dimension()));
    }

    /** The number of samples of a finite sum, or 0 when the objective is not one. */
    public int sampleCount() {
        return samples;
    }

    /** f(x), counted as one function evaluation. x is not modified. */
    public double value(double[] x) {
        functions += 1;
        if (memoHit(x)) {
            return memoValue;
        }
        return objective.value(x);
    }

    /**
     * f(x) and ∇f(x) into {@code gradOut}, counted as one function and one gradient evaluation
     * (and n sample gradients for a finite sum). x is not modified; gradOut is.
     */
    public double valueAndGradient(double[] x, double[] gradOut) {
        functions += 1;
        gradients += 1;
        sampleGradients += samples;
        if (memoHit(x)) {
            System.arraycopy(memoGradient, 0, gradOut, 0, gradOut.length);
            return memoValue;
        }
        return objective.valueAndGradient(x, gradOut);
    }

    /**
     * The mini-batch mean f_B(x) and its gradient (see {@link FiniteSum}), counted as b/n function
     * and gradient evaluations and b sample gradients.
     *
     * @throws UnsupportedOperationException if the objective is not a finite sum
     */
    public double batchValueAndGradient(double[] x, int[] batch, int batchSize, double[] gradOut) {
        double fraction = (double) batchSize / samples;
        functions += fraction;
        gradients += fraction;
        sampleGradients += batchSize;
        return as(FiniteSum.class, Capability.FINITE_SUM).valueAndGradient(x, batch, batchSize, gradOut);
    }

    /**
     * The loss derivatives of a batch of a generalized linear sum (see {@link GeneralizedLinearSum}),
     * counted like the batch's gradient: b/n function and gradient evaluations and b sample gradients.
     *
     * @return the batch mean of the data terms, without the ridge
     * @throws UnsupportedOperationException if the objective is not a generalized linear sum
     */
    public double sampleDerivatives(double[] x, int[] batch, int batchSize, double[] derivativesOut) {
        double fraction = (double) batchSize / samples;
        functions += fraction;
        gradients += fraction;
        sampleGradients += batchSize;
        return linear().sampleDerivatives(x, batch, batchSize, derivativesOut);
    }

    /**
     * The weighted sum of a batch's rows of a generalized linear sum into {@code out}; not counted,
     * since it only combines derivatives counted by {@link #sampleDerivatives}.
     */
    public void sampleSum(int[] batch, int batchSize, double[] weights, double[] out) {
        linear().sampleSum(batch, batchSize, weights, out);
    }

    /** K, the loss derivatives per sample of a generalized linear sum. */
    public int linearOutputs() {
        return linear().outputs();
    }

    /** λ, the ridge weight of a generalized linear sum. */
    public double linearRidge() {
        return linear().ridge();
    }

    /** ∇²f(x)·v into {@code out}, counted as one Hessian-vector product. Only out is modified. */
    public void hessianVector(double[] x, double[] v, double[] out) {
        hessianVectorProducts += 1;
        as(TwiceDifferentiable.class, Capability.HESSIAN).hessianVector(x, v, out);
    }

    /** The dense Hessian ∇²f(x) into {@code out}, counted as one Hessian evaluation. */
    public void hessian(double[] x, double[][] out) {
        hessians += 1;
        as(TwiceDifferentiable.class, Capability.HESSIAN).hessian(x, out);
    }

    /** The Fisher-vector product F(θ)·v into {@code out}, counted as one Hessian-vector product. */
    public void fisherVector(double[] theta, double[] v, double[] out) {
        hessianVectorProducts += 1;
        as(FisherInformation.class, Capability.FISHER).fisherVector(theta, v, out);
    }

    /** The number of residuals m of a sum of squares ({@link Residuals}). */
    public int residualCount() {
        return as(Residuals.class, Capability.RESIDUALS).residualCount();
    }

    /** The constant c in f = c·‖r‖² of a sum of squares; reading it is free. */
    public double squaresScale() {
        return as(Residuals.class, Capability.RESIDUALS).squaresScale();
    }

    /** The residuals r(x) into {@code out}, counted as one function evaluation. Only out is modified. */
    public void residuals(double[] x, double[] out) {
        functions += 1;
        as(Residuals.class, Capability.RESIDUALS).residuals(x, out);
    }

    /**
     * The dense Jacobian J(x) (m×n) into {@code out}, counted as one gradient evaluation (and n sample
     * gradients for a finite sum, whose Jacobian is a pass over the data). Only out is modified.
     */
    public void jacobian(double[] x, double[][] out) {
        gradients += 1;
        sampleGradients += samples;
        as(Residuals.class, Capability.RESIDUALS).jacobian(x, out);
    }

    /** J(x)·v into {@code out} (length m), counted as {@link #jacobian} is. Only out is modified. */
    public void jacobianVector(double[] x, double[] v, double[] out) {
        gradients += 1;
        sampleGradients += samples;
        as(Residuals.class, Capability.RESIDUALS).jacobianVector(x, v, out);
    }

    /** J(x)ᵀ·u into {@code out} (length n), counted as {@link #jacobian} is. Only out is modified. */
    public void jacobianTransposeVector(double[] x, double[] u, double[] out) {
        gradients += 1;
        sampleGradients += samples;
        as(Residuals.class, Capability.RESIDUALS).jacobianTransposeVector(x, u, out);
    }

    /** The smooth part's value f(x) of a composite F = f + g, counted as one function evaluation. */
    public double smoothValue(double[] x) {
        functions += 1;
        return as(Composite.class, Capability.COMPOSITE).smoothPart().value(x);
    }

    /**
     * The smooth part's value and gradient of a composite F = f + g, counted as one function and one
     * gradient evaluation (and n sample gradients for a finite sum).
     */
    public double smoothValueAndGradient(double[] x, double[] gradOut) {
        functions += 1;
        gradients += 1;
        sampleGradients += samples;
        return as(Composite.class, Capability.COMPOSITE).smoothPart().valueAndGradient(x, gradOut);
    }

    /** The prox-friendly part g of a composite objective; its calls are not counted (closed forms). */
    public Regularizer regularizer() {
        return as(Composite.class, Capability.COMPOSITE).regularizer();
    }

    /** The feasible set of a constrained objective; projections and LMO calls are not counted. */
    public FeasibleSet feasibleSet() {
        return as(Constrained.class, Capability.FEASIBLE_SET).feasibleSet();
    }

    /** The counts so far. */
    public Evaluations evaluations() {
        return new Evaluations(functions, gradients, hessianVectorProducts, hessians, sampleGradients);
    }

    /** Function evaluations so far (fractional for mini-batches). */
    double functionEvaluations() {
        return functions;
    }

    /** Hessian- and Fisher-vector products so far. */
    long hessianVectorProducts() {
        return hessianVectorProducts;
    }

    /** Dense Hessians so far. */
    long hessianEvaluations() {
        return hessians;
    }

    /** Sample gradients so far. */
    long sampleGradientEvaluations() {
        return sampleGradients;
    }

    /** Gradient evaluations so far (fractional for mini-batches). */
    public double gradientEvaluations() {
        return gradients;
    }

    /** Passes over the data so far; see {@link Evaluations#epochs(int)}. */
    public double epochs() {
        return samples > 0 ? (double) sampleGradients / samples : gradients;
    }

    /**
     * Uncounted evaluation of the full (for a stochastic objective, the exact) objective for the
     * recorder, remembered in the memo unless the objective is stochastic. Package-private: only the
     * {@link Driver} observes.
     */
    double observe(double[] x, double[] gradOut) {
        double f = observed.valueAndGradient(x, gradOut);
        if (!memoizes) {
            return f;
        }
        memoNanos = 0;
        System.arraycopy(x, 0, memoPoint, 0, x.length);
        System.arraycopy(gradOut, 0, memoGradient, 0, gradOut.length);
        memoValue = f;
        memoValid = true;
        return f;
    }

    /** Sets the time the last observation took, charged to the run if the optimizer uses its memo. */
    void setMemoNanos(long nanos) {
        memoNanos = nanos;
    }

    /** Time of memoized evaluations that the optimizer consumed, to be charged to its run. */
    long chargedNanos() {
        return chargedNanos;
    }

    /** Whether x is the memo's point; the memo serves one call only, so later calls pay one flag test. */
    private boolean memoHit(double[] x) {
        if (!memoValid) {
            return false;
        }
        memoValid = false;
        if (Arrays.equals(x, memoPoint)) {
            chargedNanos += memoNanos;
            return true;
        }
        return false;
    }

    private GeneralizedLinearSum linear() {
        return as(GeneralizedLinearSum.class, Capability.GENERALIZED_LINEAR);
    }

    private <T> T as(Class<T> type, Capability capability) {
        if (!type.isInstance(objective)) {
            throw new UnsupportedOperationException("the objective does not offer " + capability.description());
        }
        return type.cast(objective);
    }
}
