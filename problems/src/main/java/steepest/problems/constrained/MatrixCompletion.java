package steepest.problems.constrained;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import steepest.optimizers.Checks;
import steepest.optimizers.Constrained;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.TwiceDifferentiable;

/**
 * Matrix completion over a nuclear-norm ball (Jaggi and Sulovský, "A simple algorithm for nuclear
 * norm regularized problems", ICML 2010; Candès and Recht, Found. Comput. Math. 9, 2009):
 * f(X) = ½ Σ_{(i,j)∈Ω} (X_ij − M_ij)² over ‖X‖_* &lt;= δ, X stored row-major.
 *
 * <p>The synthetic target M = U diag(σ) Vᵀ has rank r, U and V the orthonormal Q factors of seeded
 * Gaussian matrices and σ_k = 1 + k (k = 0..r−1), scaled by √(mn/r) so that the entries of M are of
 * order 1; each entry is observed (in Ω) independently with probability p. The radius is
 * δ = ‖M‖_* = Σσ_k, so M lies on the boundary of the ball and f* = 0 with M a minimizer. It is the
 * unique one only when Ω determines M within the ball: for the catalog defaults (30×20, rank 2,
 * p = 0.7) it is (projected gradient converges to M), while at p = 0.5 other matrices of the ball
 * also fit Ω exactly. ∇f and ∇²f·v are the masked residual and the masked v.
 */
public final class MatrixCompletion implements Constrained, TwiceDifferentiable {

    private final int rows;
    private final int columns;
    private final double[] target;
    private final boolean[] observed;
    private final NuclearNormBall ball;

    /**
     * @param rows     m &gt;= 1 ({@code m})
     * @param columns  n &gt;= 1 ({@code n})
     * @param rank     r in [1, min(m, n)] ({@code rank})
     * @param fraction p in (0, 1] ({@code p})
     * @param random   the data's random stream
     */
    public MatrixCompletion(int rows, int columns, int rank, double fraction, RandomGenerator random) {
        Checks.atLeast("m", rows, 1);
        Checks.atLeast("n", columns, 1);
        Checks.atLeast("rank", rank, 1);
        if (rank > Math.min(rows, columns)) {
            throw new IllegalArgumentException("rank must be <= min(m, n) = " + Math.min(rows, columns) + ", got " + rank);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], got " + fraction);
        }
        this.rows = rows;
        this.columns = columns;
        RealMatrix left = orthonormal(rows, rank, random);
        RealMatrix right = orthonormal(columns, rank, random);
        double scale = Math.sqrt((double) rows * columns / rank);
        double radius = 0;
        this.target = new double[rows * columns];
        for (int k = 0; k < rank; k++) {
            double sigma = scale * (1 + k);
            radius += sigma;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    target[i * columns + j] += sigma * left.getEntry(i, k) * right.getEntry(j, k);
                }
            }
        }
        this.observed = new boolean[rows * columns];
        for (int k = 0; k < observed.length; k++) {
            observed[k] = random.nextDouble() < fraction;
        }
        this.ball = new NuclearNormBall(rows, columns, radius);
    }

    /** The target M (a copy), a minimizer. */
    public double[] target() {
        return target.clone();
    }

    /** The number of observed entries |Ω|. */
    public int observedCount() {
        int count = 0;
        for (boolean seen : observed) {
            count += seen ? 1 : 0;
        }
        return count;
    }

    @Override
    public int dimension() {
        return rows * columns;
    }

    @Override
    public FeasibleSet feasibleSet() {
        return ball;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = 0;
        for (int k = 0; k < x.length; k++) {
            double r = observed[k] ? x[k] - target[k] : 0.0;
            gradOut[k] = r;
            f += 0.5 * r * r;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int k = 0; k < x.length; k++) {
            if (observed[k]) {
                double r = x[k] - target[k];
                f += 0.5 * r * r;
            }
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int k = 0; k < v.length; k++) {
            out[k] = observed[k] ? v[k] : 0.0;
        }
    }

    private static RealMatrix orthonormal(int size, int rank, RandomGenerator random) {
        RealMatrix gaussian = new Array2DRowRealMatrix(size, rank);
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < rank; k++) {
                gaussian.setEntry(i, k, random.nextGaussian());
            }
        }
        return new QRDecomposition(gaussian).getQ().getSubMatrix(0, size - 1, 0, rank - 1);
    }
}
