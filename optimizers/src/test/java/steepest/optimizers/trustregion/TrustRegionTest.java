package steepest.optimizers.trustregion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.TwiceDifferentiable;
import steepest.optimizers.testing.Quadratic;
import steepest.optimizers.testing.Runs;

/**
 * The trust-region loop's radius and acceptance rules (Nocedal and Wright, Algorithm 4.1) with a
 * subproblem whose agreement ρ is fixed, both subproblem solvers against the exact global minimizer
 * of the trust-region subproblem (from the eigendecomposition and the secular equation, solved by
 * bisection), and both methods' convergence on a quadratic.
 */
class TrustRegionTest {

    /** A scripted run: the agreement ρ of each trial, whether steps are on the boundary, and what must follow. */
    record Script(String name, double[] agreements, boolean boundary, int steps, double[] radii, double x) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Script> scripts() {
        return Stream.of(
                new Script("rho > 3/4 on the boundary doubles up to the cap", new double[] {0.9, 0.9, 0.9, 0.9, 0.9},
                        true, 5, new double[] {1, 2, 4, 8, 8}, 1000 - 23),
                new Script("rho > 3/4 inside keeps the radius", new double[] {0.9, 0.9}, false, 2,
                        new double[] {1, 1}, 998),
                new Script("1/4 <= rho <= 3/4 keeps the radius", new double[] {0.5, 0.25, 0.75}, true, 3,
                        new double[] {1, 1, 1}, 997),
                new Script("eta < rho < 1/4 quarters it and takes the step", new double[] {0.2, 0.2}, true, 2,
                        new double[] {1, 0.25}, 1000 - 1.25),
                new Script("rho <= eta quarters it and retries", new double[] {0.1, 0.14, 0.5}, true, 1,
                        new double[] {1, 0.25, 0.0625}, 1000 - 0.0625));
    }

    /**
     * f = ½x² from x₀ = 1000 with a subproblem that steps −Δ·sign(g) and predicts the actual reduction
     * divided by a scripted ρ: Nocedal and Wright's Algorithm 4.1 with Δ₀ = 1, Δ_max = 8, η = 0.15.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void radiusAndAcceptanceFollowTheAgreement(Script script) {
        Scripted subproblem = new Scripted(script.agreements(), script.boundary());
        Search search = new TrustRegion(subproblem, 1, 8, TrustRegion.DEFAULT_ETA)
                .start(new Oracle(new Quadratic(new double[] {1}, new double[] {0})), new double[] {1000},
                        new SplittableRandom(0));
        for (int k = 0; k < script.steps(); k++) {
            assertTrue(search.step(), "step " + k);
        }
        assertArrayEquals(script.radii(), subproblem.radii.stream().mapToDouble(Double::doubleValue).toArray());
        assertEquals(script.x(), search.x()[0], 1e-12);
    }

    /** Records the radii it is asked for; steps −Δ·sign(g) and predicts actual/ρ with ρ from a script. */
    private static final class Scripted implements Subproblem {
        final List<Double> radii = new ArrayList<>();
        private final double[] agreements;
        private final boolean boundary;

        Scripted(double[] agreements, boolean boundary) {
            this.agreements = agreements;
            this.boundary = boundary;
        }

        @Override
        public Subproblem.State start(Oracle oracle) {
            return new Subproblem.State() {
                private double[] x;
                private double[] g;

                @Override
                public void linearize(double[] point, double[] gradient) {
                    x = point;
                    g = gradient;
                }

                @Override
                public double solve(double radius, double[] step) {
                    double agreement = agreements[radii.size()];
                    radii.add(radius);
                    step[0] = -Math.copySign(radius, g[0]);
                    double actual = 0.5 * x[0] * x[0] - 0.5 * (x[0] + step[0]) * (x[0] + step[0]);
                    return actual / agreement;
                }

                @Override
                public boolean onBoundary() {
                    return boundary;
                }
            };
        }
    }

    static double[][] indefinite() {
        return new double[][] {{-2, 1, 0, 0.5}, {1, 1, 0.3, 0}, {0, 0.3, 3, -1}, {0.5, 0, -1, 0.5}};
    }

    /**
     * Both subproblem solvers on B + g with B indefinite and positive definite, at small and large
     * radii: ‖p‖ &lt;= 1.1Δ, the reported reduction is −m(p), and it is at least 0.8 of the exact
     * minimizer's for Moré–Sorensen (the easy-case band of 0.1Δ), and at least half the Cauchy
     * point's for Steihaug's CG (its first CG step is the Cauchy point and later ones only lower m;
     * Nocedal and Wright, Lemma 4.3 and Theorem 7.2).
     */
    @ParameterizedTest(name = "radius {0}")
    @ValueSource(doubles = {0.1, 1, 10, 1000})
    void subproblemSolutionsAreNearlyOptimalWithinTheRegion(double radius) {
        for (double[][] b : new double[][][] {indefinite(), positiveDefinite()}) {
            double[] g = {1, -0.5, 0.25, 2};
            double best = exactReduction(b, g, radius);
            double cauchy = cauchyReduction(b, g, radius);
            for (Subproblem subproblem : List.of(new MoreSorensen(), new SteihaugCg())) {
                double[] step = new double[4];
                Subproblem.State state = subproblem.start(new Oracle(new Dense(b)));
                state.linearize(new double[4], g);
                double reported = state.solve(radius, step);
                double actual = -model(b, g, step);
                assertEquals(actual, reported, 1e-10 * Math.abs(actual), subproblem + ": reported reduction");
                assertTrue(norm(step) <= 1.1 * radius + 1e-12, subproblem + ": |p| = " + norm(step));
                double floor = subproblem instanceof MoreSorensen ? 0.8 * best : 0.5 * cauchy;
                assertTrue(reported >= floor, subproblem + " at radius " + radius + ": reduction " + reported
                        + " below " + floor + " (optimal " + best + ")");
            }
        }
    }

    /**
     * The hard case: g orthogonal to the eigenvector of B's lowest eigenvalue and Δ beyond the
     * interior solution's length, so the minimizer is (B − λ₁I)⁺(−g) plus a multiple of that
     * eigenvector. Moré–Sorensen must still get 0.8 of the optimal reduction.
     */
    @Test
    void moreSorensenHandlesTheHardCase() {
        double[][] b = {{-1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
        double[] g = {0, 1, 1};
        double radius = 3;
        double best = exactReduction(b, g, radius);
        double[] step = new double[3];
        Subproblem.State state = new MoreSorensen().start(new Oracle(new Dense(b)));
        state.linearize(new double[3], g);
        double reported = state.solve(radius, step);
        assertTrue(reported >= 0.8 * best, "reduction " + reported + ", optimal " + best);
        assertTrue(Math.abs(norm(step) - radius) <= 0.1 * radius, "|p| = " + norm(step));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trust-ncg", "trust-exact"})
    void convergesOnAnIllConditionedQuadratic(String spec) {
        Quadratic f = Quadratic.logSpaced(20, 1e4);
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[20],
                StoppingRules.iterations(500).withGradientTolerance(1e-10));
        assertEquals(Termination.GRADIENT_TOLERANCE, trace.result().termination());
        assertArrayEquals(f.center(), trace.result().x(), 1e-9);
    }

    private static double[][] positiveDefinite() {
        return new double[][] {{4, 1, 0, 0}, {1, 3, 0.5, 0}, {0, 0.5, 2, 0.2}, {0, 0, 0.2, 1}};
    }

    /** −m(p*) for the exact minimizer of m over ‖p‖ &lt;= Δ, by the eigendecomposition of B. */
    private static double exactReduction(double[][] b, double[] g, double radius) {
        RealMatrix matrix = new Array2DRowRealMatrix(b);
        EigenDecomposition eigen = new EigenDecomposition(matrix);
        int n = g.length;
        double[] lambda = eigen.getRealEigenvalues();
        double[] c = new double[n];
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            RealVector v = eigen.getEigenvector(i);
            c[i] = v.dotProduct(new org.apache.commons.math3.linear.ArrayRealVector(g));
            lowest = Math.min(lowest, lambda[i]);
        }
        // ‖p(μ)‖² = Σ cᵢ²/(λᵢ + μ)², μ >= max(0, −λ_min); interior Newton step when it fits
        if (lowest > 0 && length(c, lambda, 0) <= radius) {
            return reduction(c, lambda, 0);
        }
        double lo = Math.max(0, -lowest);
        double hi = lo + 1;
        while (length(c, lambda, hi) > radius) {
            hi = lo + 2 * (hi - lo);
        }
        if (length(c, lambda, lo + 1e-300) < radius) {
            // hard case: the boundary is reached along the lowest eigenvector at μ = −λ_min
            double partial = 0;
            double value = 0;
            for (int i = 0; i < n; i++) {
                if (lambda[i] > lowest + 1e-12) {
                    double pi = -c[i] / (lambda[i] + lo);
                    partial += pi * pi;
                    value += c[i] * pi + 0.5 * lambda[i] * pi * pi;
                }
            }
            return -(value + 0.5 * lowest * (radius * radius - partial));
        }
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (length(c, lambda, mid) > radius) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return reduction(c, lambda, hi);
    }

    private static double length(double[] c, double[] lambda, double mu) {
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] != 0) {
                sum += c[i] * c[i] / ((lambda[i] + mu) * (lambda[i] + mu));
            }
        }
        return Math.sqrt(sum);
    }

    private static double reduction(double[] c, double[] lambda, double mu) {
        double value = 0;
        for (int i = 0; i < c.length; i++) {
            double pi = -c[i] / (lambda[i] + mu);
            value += c[i] * pi + 0.5 * lambda[i] * pi * pi;
        }
        return -value;
    }

    /** −m at the Cauchy point: the model's minimizer along −g within the region. */
    private static double cauchyReduction(double[][] b, double[] g, double radius) {
        double gg = 0;
        double gbg = 0;
        for (int i = 0; i < g.length; i++) {
            gg += g[i] * g[i];
            for (int j = 0; j < g.length; j++) {
                gbg += g[i] * b[i][j] * g[j];
            }
        }
        double tau = radius / Math.sqrt(gg);
        if (gbg > 0) {
            tau = Math.min(tau, gg / gbg);
        }
        return tau * gg - 0.5 * tau * tau * gbg;
    }

    private static double model(double[][] b, double[] g, double[] p) {
        double value = 0;
        for (int i = 0; i < g.length; i++) {
            value += g[i] * p[i];
            for (int j = 0; j < g.length; j++) {
                value += 0.5 * p[i] * b[i][j] * p[j];
            }
        }
        return value;
    }

    private static double norm(double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    /** A quadratic with a dense symmetric B, for the subproblem states. */
    private record Dense(double[][] b) implements TwiceDifferentiable {
        @Override
        public int dimension() {
            return b.length;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            for (int i = 0; i < b.length; i++) {
                g[i] = 0;
                for (int j = 0; j < b.length; j++) {
                    g[i] += b[i][j] * x[j];
                }
            }
            double value = 0;
            for (int i = 0; i < b.length; i++) {
                value += 0.5 * x[i] * g[i];
            }
            return value;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[b.length]);
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            for (int i = 0; i < b.length; i++) {
                out[i] = 0;
                for (int j = 0; j < b.length; j++) {
                    out[i] += b[i][j] * v[j];
                }
            }
        }
    }
}
