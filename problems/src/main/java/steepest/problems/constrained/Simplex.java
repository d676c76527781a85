package steepest.problems.constrained;

import steepest.optimizers.FeasibleSet;

/**
 * The probability simplex Δ = {x ∈ Rⁿ : x &gt;= 0, Σxᵢ = 1}. Projection by {@link SimplexProjection};
 * the linear minimization oracle returns the vertex e_j with j = argmin_j c_j (the lowest index on
 * ties), since min_{s∈Δ} ⟨c, s⟩ = min_j c_j (Jaggi, ICML 2013, §4.1). One instance per run (it
 * keeps a scratch array).
 */
public final class Simplex implements FeasibleSet {

    private final double[] scratch;

    /** The simplex in Rⁿ, n &gt;= 1. */
    public Simplex(int dimension) {
        this.scratch = new double[dimension];
    }

    @Override
    public int dimension() {
        return scratch.length;
    }

    @Override
    public void projectInPlace(double[] x) {
        SimplexProjection.projectInPlace(x, 1.0, scratch);
    }

    @Override
    public void linearMinimizer(double[] direction, double[] vertexOut) {
        int best = 0;
        for (int j = 1; j < direction.length; j++) {
            if (direction[j] < direction[best]) {
                best = j;
            }
        }
        java.util.Arrays.fill(vertexOut, 0.0);
        vertexOut[best] = 1.0;
    }
}
