package steepest.problems.constrained;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import steepest.optimizers.FeasibleSet;

/**
 * Projections satisfy their optimality condition: p = P_C(v) iff p ∈ C and ⟨v − p, y − p⟩ &lt;= 0 for
 * every y ∈ C; since the left side is linear in y it suffices to check the vertices of a polytope
 * (enumerated here), and for the nuclear-norm ball to check max_{y∈C}⟨G, y⟩ = δ·σ₁(G) (the dual
 * norm). Each linear minimization oracle must return a point of C attaining the minimum over the
 * enumerated vertices (brute force), or −δ·σ₁(C) for the nuclear-norm ball.
 */
class FeasibleSetsTest {

    private static final double TOLERANCE = 1e-12;
    private static final int TRIALS = 200;

    @Test
    void simplexProjectionAndOracle() {
        int n = 7;
        checkPolytope(new Simplex(n), simplexVertices(n, 1.0), n, 3.0);
    }

    @Test
    void l1BallProjectionAndOracle() {
        int n = 7;
        double radius = 1.5;
        List<double[]> vertices = new ArrayList<>();
        for (double[] vertex : simplexVertices(n, radius)) {
            vertices.add(vertex);
            vertices.add(Arrays.stream(vertex).map(v -> v == 0 ? 0.0 : -v).toArray());
        }
        checkPolytope(new L1Ball(n, radius), vertices, n, 2.0);
    }

    @Test
    void boxProjectionAndOracle() {
        int n = 8;
        double bound = 0.75;
        List<double[]> corners = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            double[] corner = new double[n];
            for (int i = 0; i < n; i++) {
                corner[i] = (mask >> i & 1) == 1 ? bound : -bound;
            }
            corners.add(corner);
        }
        checkPolytope(new Box(n, bound), corners, n, 2.0);
    }

    @Test
    void pointsInsideAreLeftWhereTheyAre() {
        double[] inside = {0.1, -0.2, 0.3};
        for (FeasibleSet set : new FeasibleSet[] {new L1Ball(3, 1), new Box(3, 0.5)}) {
            double[] p = inside.clone();
            set.projectInPlace(p);
            assertArrayEquals(inside, p, 0.0, set.getClass().getSimpleName());
        }
        double[] onSimplex = {0.2, 0.5, 0.3};
        double[] p = onSimplex.clone();
        new Simplex(3).projectInPlace(p);
        assertArrayEquals(onSimplex, p, 1e-16);
    }

    @Test
    void nuclearNormBallProjectionAndOracle() {
        int rows = 6;
        int columns = 4;
        double radius = 2.0;
        NuclearNormBall ball = new NuclearNormBall(rows, columns, radius);
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 50; trial++) {
            double[] v = gaussian(rows * columns, 1.5, random);
            double[] p = v.clone();
            ball.projectInPlace(p);
            assertTrue(ball.nuclearNorm(p) <= radius + 1e-10, "P(v) lies in the ball");
            double[] g = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                g[i] = v[i] - p[i];
            }
            double support = radius * topSingularValue(g, rows, columns);
            assertTrue(support - dot(g, p) <= 1e-10, "⟨v − p, y − p⟩ <= 0 for all y in the ball: " + (support - dot(g, p)));

            double[] c = gaussian(rows * columns, 1.0, random);
            double[] s = new double[c.length];
            ball.linearMinimizer(c, s);
            assertEquals(-radius * topSingularValue(c, rows, columns), dot(c, s), 1e-10, "⟨C, S⟩ = −δ·σ₁(C)");
            assertEquals(radius, ball.nuclearNorm(s), 1e-10, "S is an extreme point, δ·u·vᵀ");
        }
        double[] zero = new double[rows * columns];
        double[] s = new double[rows * columns];
        ball.linearMinimizer(zero, s);
        assertArrayEquals(zero, s, "LMO(0) = 0");
    }

    private static void checkPolytope(FeasibleSet set, List<double[]> vertices, int n, double scale) {
        SplittableRandom random = new SplittableRandom(n);
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] v = gaussian(n, scale, random);
            double[] p = v.clone();
            set.projectInPlace(p);
            double[] q = p.clone();
            set.projectInPlace(q);
            assertArrayEquals(p, q, 1e-14, "P(v) is in C: projecting again leaves it");
            for (double[] y : vertices) {
                double inner = 0;
                for (int i = 0; i < n; i++) {
                    inner += (v[i] - p[i]) * (y[i] - p[i]);
                }
                assertTrue(inner <= TOLERANCE * (1 + norm(v)), "⟨v − P(v), y − P(v)⟩ = " + inner + " > 0");
            }
            double[] c = gaussian(n, 1.0, random);
            double[] s = new double[n];
            set.linearMinimizer(c, s);
            double best = vertices.stream().mapToDouble(y -> dot(c, y)).min().orElseThrow();
            assertEquals(best, dot(c, s), TOLERANCE, "the oracle attains the minimum over all vertices");
            assertTrue(vertices.stream().anyMatch(y -> Arrays.equals(y, s)), "the oracle returns a vertex");
        }
    }

    private static List<double[]> simplexVertices(int n, double radius) {
        List<double[]> vertices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] e = new double[n];
            e[i] = radius;
            vertices.add(e);
        }
        return vertices;
    }

    private static double topSingularValue(double[] x, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(x, i * columns, m[i], 0, columns);
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(m)).getSingularValues()[0];
    }

    private static double[] gaussian(int n, double scale, SplittableRandom random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * random.nextGaussian();
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
