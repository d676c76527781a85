package steepest.problems.analytic;

import steepest.optimizers.Checks;

/**
 * The ill-conditioned quadratic f(x) = ½ xᵀAx − bᵀx with A = diag(λ₁, ..., λ_d), the eigenvalues
 * log-spaced from 1 to κ (λᵢ = κ^{(i−1)/(d−1)}), and b = (1, ..., 1). It is strongly convex with
 * condition number κ; the minimizer is x*ᵢ = 1/λᵢ and f* = −½ Σ 1/λᵢ. Gradient descent with step
 * 1/L = 1/κ contracts the error in the i-th coordinate by 1 − λᵢ/κ per step (Nesterov,
 * "Introductory Lectures on Convex Optimization", 2004, §2.1.5).
 */
public final class DiagonalQuadratic implements AnalyticFunction {

    private final double[] eigenvalues;

    /**
     * @param dimension      d &gt;= 1
     * @param conditionNumber κ &gt;= 1
     */
    public DiagonalQuadratic(int dimension, double conditionNumber) {
        Checks.atLeast("d", dimension, 1);
        Checks.finite("cond", conditionNumber);
        Checks.inClosed("cond", conditionNumber, 1, Double.MAX_VALUE);
        eigenvalues = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            eigenvalues[i] = dimension == 1 ? 1.0 : Math.pow(conditionNumber, (double) i / (dimension - 1));
        }
    }

    /** λᵢ (a copy). */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** The standard start x0 = 0. */
    @Override
    public double[] standardStart() {
        return new double[eigenvalues.length];
    }

    /** x* = A⁻¹b, i.e. 1/λᵢ. */
    @Override
    public double[] minimizer() {
        double[] x = new double[eigenvalues.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1.0 / eigenvalues[i];
        }
        return x;
    }

    /** f* = −½ Σ 1/λᵢ. */
    @Override
    public double optimalValue() {
        double sum = 0;
        for (double lambda : eigenvalues) {
            sum += 1.0 / lambda;
        }
        return -0.5 * sum;
    }

    @Override
    public int dimension() {
        return eigenvalues.length;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = 0;
        for (int i = 0; i < eigenvalues.length; i++) {
            double ax = eigenvalues[i] * x[i];
            f += 0.5 * ax * x[i] - x[i];
            gradOut[i] = ax - 1.0;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < eigenvalues.length; i++) {
            f += 0.5 * eigenvalues[i] * x[i] * x[i] - x[i];
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < eigenvalues.length; i++) {
            out[i] = eigenvalues[i] * v[i];
        }
    }

    @Override
    public void hessian(double[] x, double[][] out) {
        for (int i = 0; i < eigenvalues.length; i++) {
            java.util.Arrays.fill(out[i], 0.0);
            out[i][i] = eigenvalues[i];
        }
    }
}
