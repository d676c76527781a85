package steepest.problems.constrained;

import java.util.Arrays;

/**
 * Euclidean projection onto the scaled simplex {x : x &gt;= 0, Σxᵢ = r}, the kernel of the simplex,
 * ℓ1-ball and nuclear-norm-ball projections, by sorting (Held, Wolfe and Crowder, Math. Prog. 6,
 * 1974; Duchi, Shalev-Shwartz, Singer and Chandra, "Efficient projections onto the ℓ1-ball", ICML
 * 2008, Figure 1): with u the entries sorted decreasingly, ρ = max{j : u_j − (Σ_{i&lt;=j} uᵢ − r)/j &gt; 0}
 * and θ = (Σ_{i&lt;=ρ} uᵢ − r)/ρ, the projection is max(vᵢ − θ, 0). O(n log n) with a caller-owned
 * scratch array.
 */
final class SimplexProjection {

    private SimplexProjection() {
    }

    /**
     * Replaces v by its projection onto {x &gt;= 0, Σx = radius}.
     *
     * @param v       the point. Modified.
     * @param radius  r &gt; 0
     * @param scratch an array at least as long as v. Modified.
     */
    static void projectInPlace(double[] v, double radius, double[] scratch) {
        int n = v.length;
        System.arraycopy(v, 0, scratch, 0, n);
        Arrays.sort(scratch, 0, n);
        double sum = 0;
        double theta = 0;
        for (int j = 1; j <= n; j++) {
            double u = scratch[n - j];
            sum += u;
            double candidate = (sum - radius) / j;
            if (u - candidate > 0) {
                theta = candidate;
            }
        }
        for (int i = 0; i < n; i++) {
            v[i] = Math.max(v[i] - theta, 0.0);
        }
    }
}
