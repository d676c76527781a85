package steepest.problems.analytic;

import java.util.Arrays;
import steepest.optimizers.Checks;

/**
 * The Griewank function f(x) = 1 + Σᵢ xᵢ²/4000 − Πᵢ cos(xᵢ/√i) on [−600, 600]^d: a wide bowl with
 * regularly spaced local minima, coupled through the product; f* = 0 at the origin. Standard start
 * x0 = (10, ..., 10). Griewank, "Generalized descent for global optimization", J. Optim. Theory Appl.
 * 34, 1981; Jamil and Yang (2013) no. 59; Surjanovic and Bingham, "Griewank function".
 *
 * <p>The product's partial derivatives Π_{k≠i} cos(x_k/√k) come from prefix and suffix products
 * (no division), and its Hessian-vector product from the same sweep over dual numbers
 * cos(x_k/√k) + ε·(−sin(x_k/√k) v_k/√k): O(d) time, one scratch pair of length d, no allocation.
 */
public final class Griewank implements AnalyticFunction {

    private final int dimension;
    private final double[] weight;
    private final double[] prefix;
    private final double[] prefixTangent;

    /** @param dimension d &gt;= 1 */
    public Griewank(int dimension) {
        this.dimension = (int) Checks.atLeast("d", dimension, 1);
        weight = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            weight[i] = 1 / Math.sqrt(i + 1);
        }
        prefix = new double[dimension];
        prefixTangent = new double[dimension];
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double squares = 0;
        double product = 1;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            prefix[i] = product;
            product *= Math.cos(x[i] * weight[i]);
        }
        double suffix = 1;
        for (int i = dimension - 1; i >= 0; i--) {
            double angle = x[i] * weight[i];
            gradOut[i] = x[i] / 2000 + prefix[i] * suffix * Math.sin(angle) * weight[i];
            suffix *= Math.cos(angle);
        }
        return 1 + squares / 4000 - product;
    }

    @Override
    public double value(double[] x) {
        double squares = 0;
        double product = 1;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            product *= Math.cos(x[i] * weight[i]);
        }
        return 1 + squares / 4000 - product;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        // P_i = Π_{k≠i} c_k, and its derivative along v; ∂f/∂x_i = x_i/2000 + P_i s_i w_i, so
        // (∇²f v)_i = v_i/2000 + D_v(P_i) s_i w_i + P_i c_i w_i² v_i.
        double product = 1;
        double tangent = 0;
        for (int i = 0; i < dimension; i++) {
            double angle = x[i] * weight[i];
            double c = Math.cos(angle);
            prefix[i] = product;
            prefixTangent[i] = tangent;
            tangent = tangent * c - product * Math.sin(angle) * weight[i] * v[i];
            product *= c;
        }
        double suffix = 1;
        double suffixTangent = 0;
        for (int i = dimension - 1; i >= 0; i--) {
            double angle = x[i] * weight[i];
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            double others = prefix[i] * suffix;
            double othersTangent = prefixTangent[i] * suffix + prefix[i] * suffixTangent;
            out[i] = v[i] / 2000 + othersTangent * s * weight[i] + others * c * weight[i] * weight[i] * v[i];
            suffixTangent = suffixTangent * c - suffix * s * weight[i] * v[i];
            suffix *= c;
        }
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension];
        Arrays.fill(x, 10.0);
        return x;
    }

    @Override
    public double optimalValue() {
        return 0;
    }

    @Override
    public double[] minimizer() {
        return new double[dimension];
    }
}
