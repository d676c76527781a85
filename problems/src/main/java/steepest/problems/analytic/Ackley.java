package steepest.problems.analytic;

import java.util.Arrays;
import steepest.optimizers.Checks;

/**
 * The Ackley function f(x) = −a·exp(−b·√(Σxᵢ²/d)) − exp(Σ cos(cxᵢ)/d) + a + e with a = 20, b = 0.2,
 * c = 2π, on [−32.768, 32.768]^d: many local minima on a funnel; f* = 0 at the origin (rounding leaves
 * about 4e-16). Not differentiable at the origin (the square root): the gradient returned there is 0,
 * a subgradient, and the Hessian-vector product holds for x ≠ 0. Standard start x0 = (2.5, ..., 2.5).
 * Ackley, "A Connectionist Machine for Genetic Hillclimbing", Kluwer, 1987; Jamil and Yang (2013)
 * no. 1; Surjanovic and Bingham, "Ackley function".
 *
 * <p>With ρ = √(S/d), S = Σxᵢ², E₁ = e^(−bρ), C = Σ cos cxᵢ, E₂ = e^(C/d):
 * ∇f = (ab E₁/(dρ))·x + (c E₂/d)·sin(cx), and
 * ∇²f·v = k·v + (k'/(dρ))(xᵀv)·x + (c²E₂/d)cos(cx)∘v − (c²E₂/d²)(sin(cx)ᵀv)·sin(cx) with k(ρ) = abE₁/(dρ),
 * k' = −(ab/d)E₁(b/ρ + 1/ρ²).
 */
public final class Ackley implements AnalyticFunction {

    private static final double A = 20;
    private static final double B = 0.2;
    private static final double C = 2 * Math.PI;

    private final int dimension;

    /** @param dimension d &gt;= 1 */
    public Ackley(int dimension) {
        this.dimension = (int) Checks.atLeast("d", dimension, 1);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double squares = 0;
        double cosines = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            cosines += Math.cos(C * x[i]);
        }
        double rho = Math.sqrt(squares / dimension);
        double e1 = Math.exp(-B * rho);
        double e2 = Math.exp(cosines / dimension);
        double radial = rho > 0 ? A * B * e1 / (dimension * rho) : 0;
        double periodic = C * e2 / dimension;
        for (int i = 0; i < dimension; i++) {
            gradOut[i] = radial * x[i] + periodic * Math.sin(C * x[i]);
        }
        return -A * e1 - e2 + A + Math.E;
    }

    @Override
    public double value(double[] x) {
        double squares = 0;
        double cosines = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            cosines += Math.cos(C * x[i]);
        }
        return -A * Math.exp(-B * Math.sqrt(squares / dimension)) - Math.exp(cosines / dimension) + A + Math.E;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double squares = 0;
        double cosines = 0;
        double xv = 0;
        double sv = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            cosines += Math.cos(C * x[i]);
            xv += x[i] * v[i];
            sv += Math.sin(C * x[i]) * v[i];
        }
        double rho = Math.sqrt(squares / dimension);
        double e1 = Math.exp(-B * rho);
        double e2 = Math.exp(cosines / dimension);
        double k = rho > 0 ? A * B * e1 / (dimension * rho) : 0;
        double kPrime = rho > 0 ? -A * B / dimension * e1 * (B / rho + 1 / (rho * rho)) : 0;
        double radial = rho > 0 ? kPrime / (dimension * rho) * xv : 0;
        double periodic = C * C * e2 / dimension;
        double coupling = periodic / dimension * sv;
        for (int i = 0; i < dimension; i++) {
            double angle = C * x[i];
            out[i] = k * v[i] + radial * x[i] + periodic * Math.cos(angle) * v[i] - coupling * Math.sin(angle);
        }
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension];
        Arrays.fill(x, 2.5);
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
