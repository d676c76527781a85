package steepest.problems.constrained;

import java.util.Arrays;
import steepest.optimizers.Constrained;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.Residuals;
import steepest.optimizers.TwiceDifferentiable;

/**
 * Linear least squares f(x) = ½‖Ax − b‖² over a feasible set C, with ∇f(x) = Aᵀ(Ax − b) and
 * ∇²f = AᵀA. A is dense, m×n, stored row-major; value and gradient take one pass over A each, into a
 * residual buffer kept by the instance (one instance per run). As {@link Residuals}: r = Ax − b,
 * J = A, c = ½; least-squares methods on it ignore the feasible set, as every unconstrained method
 * does.
 */
public final class LeastSquares implements Constrained, TwiceDifferentiable, Residuals {

    private final double[] a;
    private final double[] b;
    private final int rows;
    private final int columns;
    private final FeasibleSet set;
    private final double[] residual;

    /**
     * @param a    the m×n matrix A, row-major (m·n entries). Kept, not copied; not modified.
     * @param b    the m-vector b. Kept, not copied; not modified.
     * @param set  the feasible set, of dimension n
     */
    LeastSquares(double[] a, double[] b, FeasibleSet set) {
        this.a = a;
        this.b = b;
        this.rows = b.length;
        this.columns = a.length / b.length;
        this.set = set;
        this.residual = new double[rows];
    }

    @Override
    public int dimension() {
        return columns;
    }

    @Override
    public FeasibleSet feasibleSet() {
        return set;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = residual(x);
        jacobianTransposeVector(x, residual, gradOut);
        return f;
    }

    @Override
    public double value(double[] x) {
        return residual(x);
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        Arrays.fill(out, 0.0);
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            double av = 0;
            for (int j = 0; j < columns; j++) {
                av += a[offset + j] * v[j];
            }
            for (int j = 0; j < columns; j++) {
                out[j] += a[offset + j] * av;
            }
        }
    }

    @Override
    public int residualCount() {
        return rows;
    }

    @Override
    public double squaresScale() {
        return 0.5;
    }

    @Override
    public void residuals(double[] x, double[] out) {
        residual(x);
        System.arraycopy(residual, 0, out, 0, rows);
    }

    @Override
    public void jacobian(double[] x, double[][] out) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a, i * columns, out[i], 0, columns);
        }
    }

    @Override
    public void jacobianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            double sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += a[offset + j] * v[j];
            }
            out[i] = sum;
        }
    }

    @Override
    public void jacobianTransposeVector(double[] x, double[] u, double[] out) {
        Arrays.fill(out, 0.0);
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            double weight = u[i];
            for (int j = 0; j < columns; j++) {
                out[j] += a[offset + j] * weight;
            }
        }
    }

    /** Writes Ax − b into the residual buffer and returns ½‖Ax − b‖². */
    private double residual(double[] x) {
        double f = 0;
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            double sum = -b[i];
            for (int j = 0; j < columns; j++) {
                sum += a[offset + j] * x[j];
            }
            residual[i] = sum;
            f += 0.5 * sum * sum;
        }
        return f;
    }
}
