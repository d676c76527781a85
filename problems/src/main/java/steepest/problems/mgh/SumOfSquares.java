package steepest.problems.mgh;

import java.util.Arrays;
import steepest.optimizers.Checks;
import steepest.optimizers.Residuals;
import steepest.optimizers.TwiceDifferentiable;

/**
 * A nonlinear least-squares objective f(x) = Σᵢ rᵢ(x)², i = 0, ..., m − 1, written once for every
 * problem of this package: a subclass supplies one residual at a time with, on request, its gradient
 * row ∇rᵢ(x) and its curvature row ∇²rᵢ(x)·v; this class assembles
 *
 * <pre>
 *   f(x)      = Σᵢ rᵢ²
 *   ∇f(x)     = 2 Jᵀr                        (J the m×n Jacobian, row i = ∇rᵢᵀ)
 *   ∇²f(x)·v  = 2 (Jᵀ(Jv) + Σᵢ rᵢ ∇²rᵢ v)     (exact: the second-order term is not dropped)
 * </pre>
 *
 * in one streaming pass over the residuals, so J is never stored: memory is O(n) whatever m, and
 * the time of one pass is O(Σᵢ |support(i)|). A residual declares the contiguous range of variables it
 * depends on ({@link #supportStart}, {@link #supportEnd}; all of them by default), which makes banded
 * problems (Broyden tridiagonal, extended Rosenbrock) O(n). Dennis and Schnabel, "Numerical Methods
 * for Unconstrained Optimization and Nonlinear Equations" (1983), §10.1, give these formulas.
 *
 * <p>As {@link Residuals} (c = 1, the paper's f = Σ rᵢ², not ½Σ rᵢ²) it also hands out r, the dense J
 * and the products J·v and Jᵀ·u, the latter two streamed the same way.
 *
 * <p>Not thread-safe: the rows are written into scratch arrays owned by the instance.
 */
public abstract class SumOfSquares implements TwiceDifferentiable, Residuals {

    private final int dimension;
    private final int residualCount;
    private final double[] gradientRow;
    private final double[] curvatureRow;

    /**
     * @param dimension     n &gt;= 1, the number of variables
     * @param residualCount m &gt;= 1, the number of residuals
     */
    protected SumOfSquares(int dimension, int residualCount) {
        Checks.atLeast("n", dimension, 1);
        Checks.atLeast("m", residualCount, 1);
        this.dimension = dimension;
        this.residualCount = residualCount;
        this.gradientRow = new double[dimension];
        this.curvatureRow = new double[dimension];
    }

    /**
     * Evaluates residual i at x and, when asked, its derivatives on its support [supportStart(i),
     * supportEnd(i)).
     *
     * @param i         the residual, 0 &lt;= i &lt; m
     * @param x         the point. Not modified.
     * @param gradient  null, or an array whose support entries are zero on entry and receive ∂rᵢ/∂xⱼ.
     *                  Modified.
     * @param direction null, or the direction v (non-null exactly when curvature is). Not modified.
     * @param curvature null, or an array whose support entries are zero on entry and receive
     *                  (∇²rᵢ(x)·v)ⱼ. Modified.
     * @return rᵢ(x)
     */
    protected abstract double residual(int i, double[] x, double[] gradient, double[] direction,
                                       double[] curvature);

    /** The first variable residual i depends on (default 0). */
    protected int supportStart(int i) {
        return 0;
    }

    /** One past the last variable residual i depends on (default n). */
    protected int supportEnd(int i) {
        return dimension;
    }

    /**
     * Called once at the start of every evaluation at x, before any {@link #residual} call, for
     * subexpressions that all residuals share (sums, products). x is not modified.
     */
    protected void prepare(double[] x) {
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final int residualCount() {
        return residualCount;
    }

    /** 1: f = Σ rᵢ² as the paper writes it. */
    @Override
    public final double squaresScale() {
        return 1.0;
    }

    @Override
    public void residuals(double[] x, double[] out) {
        prepare(x);
        for (int i = 0; i < residualCount; i++) {
            out[i] = residual(i, x, null, null, null);
        }
    }

    @Override
    public void jacobian(double[] x, double[][] out) {
        prepare(x);
        for (int i = 0; i < residualCount; i++) {
            Arrays.fill(out[i], 0.0);
            residual(i, x, out[i], null, null);
        }
    }

    @Override
    public void jacobianVector(double[] x, double[] v, double[] out) {
        prepare(x);
        for (int i = 0; i < residualCount; i++) {
            int start = supportStart(i);
            int end = supportEnd(i);
            Arrays.fill(gradientRow, start, end, 0.0);
            residual(i, x, gradientRow, null, null);
            double sum = 0;
            for (int j = start; j < end; j++) {
                sum += gradientRow[j] * v[j];
            }
            out[i] = sum;
        }
    }

    @Override
    public void jacobianTransposeVector(double[] x, double[] u, double[] out) {
        Arrays.fill(out, 0.0);
        prepare(x);
        for (int i = 0; i < residualCount; i++) {
            int start = supportStart(i);
            int end = supportEnd(i);
            Arrays.fill(gradientRow, start, end, 0.0);
            residual(i, x, gradientRow, null, null);
            double weight = u[i];
            for (int j = start; j < end; j++) {
                out[j] += weight * gradientRow[j];
            }
        }
    }

    @Override
    public double value(double[] x) {
        prepare(x);
        double f = 0;
        for (int i = 0; i < residualCount; i++) {
            double r = residual(i, x, null, null, null);
            f += r * r;
        }
        return f;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        Arrays.fill(gradOut, 0.0);
        prepare(x);
        double f = 0;
        for (int i = 0; i < residualCount; i++) {
            int start = supportStart(i);
            int end = supportEnd(i);
            Arrays.fill(gradientRow, start, end, 0.0);
            double r = residual(i, x, gradientRow, null, null);
            f += r * r;
            double twiceR = 2 * r;
            for (int j = start; j < end; j++) {
                gradOut[j] += twiceR * gradientRow[j];
            }
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        Arrays.fill(out, 0.0);
        prepare(x);
        for (int i = 0; i < residualCount; i++) {
            int start = supportStart(i);
            int end = supportEnd(i);
            Arrays.fill(gradientRow, start, end, 0.0);
            Arrays.fill(curvatureRow, start, end, 0.0);
            double r = residual(i, x, gradientRow, v, curvatureRow);
            double jv = 0;
            for (int j = start; j < end; j++) {
                jv += gradientRow[j] * v[j];
            }
            for (int j = start; j < end; j++) {
                out[j] += 2 * (jv * gradientRow[j] + r * curvatureRow[j]);
            }
        }
    }
}
