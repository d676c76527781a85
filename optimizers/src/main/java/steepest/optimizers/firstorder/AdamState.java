package steepest.optimizers.firstorder;

/**
 * The per-run state and the fused update of {@link Adam} and {@link AdamW}, which differ only in
 * where weight decay enters: coupled (λ_c, added to the gradient) or decoupled (λ_d, shrinking x
 * before the step). One pass over the coordinates reads x, g, m, v and writes x, m, v: 7 doubles
 * per coordinate, the least an Adam step can move (AMSGrad adds the running maximum).
 * <pre>
 *   g ← g + λ_c·x
 *   m ← β1·m + (1 − β1)·g,   v ← β2·v + (1 − β2)·g²,   v̂ ← max(v̂, v) (AMSGrad) or v
 *   x ← (1 − η·λ_d)·x − (η / (1 − β1^t))·m / (√v̂ / √(1 − β2^t) + ε)
 * </pre>
 * The operations are ordered as in torch 1.13's single-tensor implementation, so that results agree
 * to rounding of the square root and division.
 */
final class AdamState implements UpdateRule.State {

    private double beta1;
    private final double beta2;
    private final double epsilon;
    private final double coupledDecay;
    private final double decoupledDecay;
    private final double[] m;
    private final double[] v;
    private final double[] maxV;
    private long step;

    /** Allocates m, v (and v̂ for AMSGrad) at zero. */
    AdamState(int dimension, double beta1, double beta2, double epsilon, double coupledDecay,
              double decoupledDecay, boolean amsgrad) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.coupledDecay = coupledDecay;
        this.decoupledDecay = decoupledDecay;
        this.m = new double[dimension];
        this.v = new double[dimension];
        this.maxV = amsgrad ? new double[dimension] : null;
    }

    /** β1 for the next step on, as a momentum-cycling schedule sets torch's betas[0]. */
    @Override
    public void setCycledMomentum(double value) {
        beta1 = value;
    }

    @Override
    public void applyInPlace(double[] x, double[] g, double lr) {
        step++;
        double stepSize = lr / (1 - Math.pow(beta1, step));
        double correction = Math.sqrt(1 - Math.pow(beta2, step));
        double shrink = 1 - lr * decoupledDecay;
        double decay = coupledDecay;
        double b1 = beta1;
        double b2 = beta2;
        double c1 = 1 - beta1;
        double c2 = 1 - beta2;
        double eps = epsilon;
        double[] mm = m;
        double[] vv = v;
        double[] vmax = maxV;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double gi = g[i] + decay * xi;
            double mi = b1 * mm[i] + c1 * gi;
            double vi = b2 * vv[i] + c2 * (gi * gi);
            mm[i] = mi;
            vv[i] = vi;
            if (vmax != null) {
                vi = Math.max(vmax[i], vi);
                vmax[i] = vi;
            }
            x[i] = shrink * xi + -stepSize * (mi / (Math.sqrt(vi) / correction + eps));
        }
    }
}
