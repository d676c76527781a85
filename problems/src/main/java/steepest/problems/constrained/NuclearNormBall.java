package steepest.problems.constrained;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import steepest.optimizers.Checks;
import steepest.optimizers.FeasibleSet;

/**
 * The nuclear-norm ball {X ∈ R^{m×n} : ‖X‖_* = Σᵢ σᵢ(X) &lt;= δ}, with matrices stored row-major as
 * vectors of length m·n.
 *
 * <p>Projection: with X = U diag(σ) Vᵀ (a full SVD, commons-math3), X itself if Σσ &lt;= δ, else
 * U diag(P_Δδ(σ)) Vᵀ, the singular values projected onto the simplex of radius δ (Cai, Candès and
 * Shen, SIAM J. Optim. 20(4), 2010, for the singular-value shrinkage form).
 *
 * <p>Linear minimization oracle: min_{‖S‖_*&lt;=δ} ⟨C, S⟩ = −δ·σ₁(C), attained at S = −δ·u₁v₁ᵀ with
 * (u₁, v₁) the top singular pair of C (Jaggi, ICML 2013, §4.3). The pair comes from power
 * iteration, v ← CᵀCv/‖CᵀCv‖ from a fixed start (so the oracle is deterministic), until v changes by
 * at most {@value #POWER_TOLERANCE} or after {@value #POWER_ITERATIONS} iterations; its cost is
 * O(mn) per iteration. C = 0 gives S = 0. One instance per run (it keeps scratch vectors).
 */
public final class NuclearNormBall implements FeasibleSet {

    /** Power iteration stops when ‖v_{k+1} − v_k‖₂ falls to this. */
    public static final double POWER_TOLERANCE = 1e-12;
    /** Power iteration's iteration cap. */
    public static final int POWER_ITERATIONS = 20_000;

    private final int rows;
    private final int columns;
    private final double radius;
    private final double[] u;
    private final double[] v;
    private final double[] previous;
    private final double[] scratch;

    /**
     * @param rows    m &gt;= 1
     * @param columns n &gt;= 1
     * @param radius  δ &gt; 0
     */
    public NuclearNormBall(int rows, int columns, double radius) {
        Checks.atLeast("m", rows, 1);
        Checks.atLeast("n", columns, 1);
        Checks.positive("radius", radius);
        Checks.finite("radius", radius);
        this.rows = rows;
        this.columns = columns;
        this.radius = radius;
        this.u = new double[rows];
        this.v = new double[columns];
        this.previous = new double[columns];
        this.scratch = new double[Math.min(rows, columns)];
    }

    /** The radius δ. */
    public double radius() {
        return radius;
    }

    @Override
    public int dimension() {
        return rows * columns;
    }

    /** ‖X‖_*, the sum of the singular values of the row-major m×n matrix x. Not modified. */
    public double nuclearNorm(double[] x) {
        return Arrays.stream(new SingularValueDecomposition(matrix(x)).getSingularValues()).sum();
    }

    @Override
    public void projectInPlace(double[] x) {
        SingularValueDecomposition svd = new SingularValueDecomposition(matrix(x));
        double[] sigma = svd.getSingularValues();
        if (Arrays.stream(sigma).sum() <= radius) {
            return;
        }
        SimplexProjection.projectInPlace(sigma, radius, scratch);
        RealMatrix left = svd.getU();
        RealMatrix right = svd.getV();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double sum = 0;
                for (int k = 0; k < sigma.length; k++) {
                    sum += left.getEntry(i, k) * sigma[k] * right.getEntry(j, k);
                }
                x[i * columns + j] = sum;
            }
        }
    }

    @Override
    public void linearMinimizer(double[] direction, double[] vertexOut) {
        double sigma = topSingularPair(direction);
        if (sigma == 0) {
            Arrays.fill(vertexOut, 0.0);
            return;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                vertexOut[i * columns + j] = -radius * u[i] * v[j];
            }
        }
    }

    /** Power iteration on CᵀC; leaves unit u, v with Cv = σu and returns σ = ‖Cv‖. */
    private double topSingularPair(double[] c) {
        for (int j = 0; j < columns; j++) {
            v[j] = 1.0 / Math.sqrt(columns) * (1 + 0.5 * Math.sin(j + 1));
        }
        normalize(v);
        for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
            System.arraycopy(v, 0, previous, 0, columns);
            for (int i = 0; i < rows; i++) {
                double sum = 0;
                for (int j = 0; j < columns; j++) {
                    sum += c[i * columns + j] * v[j];
                }
                u[i] = sum;
            }
            if (normalize(u) == 0) {
                return 0;
            }
            Arrays.fill(v, 0.0);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    v[j] += c[i * columns + j] * u[i];
                }
            }
            normalize(v);
            double change = 0;
            for (int j = 0; j < columns; j++) {
                change += (v[j] - previous[j]) * (v[j] - previous[j]);
            }
            if (Math.sqrt(change) <= POWER_TOLERANCE) {
                break;
            }
        }
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += c[i * columns + j] * v[j];
            }
            u[i] = sum;
        }
        return normalize(u);
    }

    private static double normalize(double[] a) {
        double norm = 0;
        for (double value : a) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < a.length; i++) {
                a[i] /= norm;
            }
        }
        return norm;
    }

    private RealMatrix matrix(double[] x) {
        RealMatrix matrix = new Array2DRowRealMatrix(rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                matrix.setEntry(i, j, x[i * columns + j]);
            }
        }
        return matrix;
    }
}
