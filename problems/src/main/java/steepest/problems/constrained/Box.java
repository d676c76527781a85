package steepest.problems.constrained;

import steepest.optimizers.Checks;
import steepest.optimizers.FeasibleSet;

/**
 * The box {x : −b &lt;= xᵢ &lt;= b}. Projection clamps each coordinate; the linear minimization oracle
 * returns the corner sᵢ = −b where cᵢ &gt; 0 and +b otherwise (cᵢ = 0 gives +b), which minimizes
 * ⟨c, s⟩ coordinate by coordinate.
 */
public final class Box implements FeasibleSet {

    private final int dimension;
    private final double bound;

    /**
     * @param dimension n &gt;= 1
     * @param bound     b &gt; 0 ({@code bound})
     */
    public Box(int dimension, double bound) {
        Checks.positive("bound", bound);
        Checks.finite("bound", bound);
        this.dimension = dimension;
        this.bound = bound;
    }

    /** The half-width b. */
    public double bound() {
        return bound;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void projectInPlace(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-bound, Math.min(bound, x[i]));
        }
    }

    @Override
    public void linearMinimizer(double[] direction, double[] vertexOut) {
        for (int i = 0; i < direction.length; i++) {
            vertexOut[i] = direction[i] > 0 ? -bound : bound;
        }
    }
}
