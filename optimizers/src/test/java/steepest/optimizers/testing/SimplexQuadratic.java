package steepest.optimizers.testing;

import java.util.Arrays;
import steepest.optimizers.Constrained;
import steepest.optimizers.FeasibleSet;

/**
 * f(x) = ½ Σ λᵢ(xᵢ − cᵢ)² over the probability simplex, for the optimizers' own tests. The
 * minimizer follows from the KKT conditions, xᵢ = max(cᵢ − θ/λᵢ, 0) with θ such that Σxᵢ = 1,
 * found here by bisection on θ; the set projects by bisection on its threshold too (independent of
 * the sort-based projection of the problems module).
 */
public final class SimplexQuadratic implements Constrained {

    private final Quadratic quadratic;
    private final double[] curvature;
    private final double[] center;

    /** λ &gt; 0 and c of equal length. Copied. */
    public SimplexQuadratic(double[] curvature, double[] center) {
        this.curvature = curvature.clone();
        this.center = center.clone();
        this.quadratic = new Quadratic(curvature, center);
    }

    /** The minimizer over the simplex. */
    public double[] minimizer() {
        double low = -1e6;
        double high = 1e6;
        for (int iteration = 0; iteration < 200; iteration++) {
            double theta = 0.5 * (low + high);
            double sum = 0;
            for (int i = 0; i < center.length; i++) {
                sum += Math.max(center[i] - theta / curvature[i], 0);
            }
            if (sum > 1) {
                low = theta;
            } else {
                high = theta;
            }
        }
        double theta = 0.5 * (low + high);
        double[] x = new double[center.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(center[i] - theta / curvature[i], 0);
        }
        return x;
    }

    /** The barycenter (1/n, ..., 1/n). */
    public double[] barycenter() {
        double[] x = new double[center.length];
        Arrays.fill(x, 1.0 / x.length);
        return x;
    }

    @Override
    public FeasibleSet feasibleSet() {
        return new FeasibleSet() {
            @Override
            public int dimension() {
                return center.length;
            }

            @Override
            public void projectInPlace(double[] x) {
                double low = -1e6;
                double high = 1e6;
                for (int iteration = 0; iteration < 200; iteration++) {
                    double theta = 0.5 * (low + high);
                    double sum = 0;
                    for (double v : x) {
                        sum += Math.max(v - theta, 0);
                    }
                    if (sum > 1) {
                        low = theta;
                    } else {
                        high = theta;
                    }
                }
                double theta = 0.5 * (low + high);
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.max(x[i] - theta, 0);
                }
            }

            @Override
            public void linearMinimizer(double[] direction, double[] vertexOut) {
                int best = 0;
                for (int i = 1; i < direction.length; i++) {
                    if (direction[i] < direction[best]) {
                        best = i;
                    }
                }
                Arrays.fill(vertexOut, 0);
                vertexOut[best] = 1;
            }
        };
    }

    @Override
    public int dimension() {
        return center.length;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        return quadratic.valueAndGradient(x, g);
    }

    @Override
    public double value(double[] x) {
        return quadratic.value(x);
    }
}
