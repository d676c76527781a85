package steepest.problems.constrained;

import java.util.Arrays;
import steepest.optimizers.Checks;
import steepest.optimizers.FeasibleSet;

/**
 * The ℓ1 ball B = {x : ‖x‖₁ &lt;= r}. Projection: x itself if inside, else sign(x)·P_Δr(|x|), the
 * projection of |x| onto the simplex of radius r (Duchi et al., ICML 2008, §4). Linear
 * minimization oracle: −r·sign(c_j)·e_j with j = argmax_j |c_j| (lowest index on ties), the vertex
 * attaining min_{s∈B} ⟨c, s⟩ = −r‖c‖_∞ (Jaggi, ICML 2013, §4.2). One instance per run.
 */
public final class L1Ball implements FeasibleSet {

    private final double radius;
    private final double[] magnitudes;
    private final double[] scratch;

    /**
     * @param dimension n &gt;= 1
     * @param radius    r &gt; 0 ({@code radius})
     */
    public L1Ball(int dimension, double radius) {
        Checks.positive("radius", radius);
        Checks.finite("radius", radius);
        this.radius = radius;
        this.magnitudes = new double[dimension];
        this.scratch = new double[dimension];
    }

    /** The radius r. */
    public double radius() {
        return radius;
    }

    @Override
    public int dimension() {
        return magnitudes.length;
    }

    @Override
    public void projectInPlace(double[] x) {
        double norm = 0;
        for (int i = 0; i < x.length; i++) {
            magnitudes[i] = Math.abs(x[i]);
            norm += magnitudes[i];
        }
        if (norm <= radius) {
            return;
        }
        SimplexProjection.projectInPlace(magnitudes, radius, scratch);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.copySign(magnitudes[i], x[i]);
        }
    }

    @Override
    public void linearMinimizer(double[] direction, double[] vertexOut) {
        int best = 0;
        for (int j = 1; j < direction.length; j++) {
            if (Math.abs(direction[j]) > Math.abs(direction[best])) {
                best = j;
            }
        }
        Arrays.fill(vertexOut, 0.0);
        vertexOut[best] = direction[best] > 0 ? -radius : radius;
    }
}
