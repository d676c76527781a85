package steepest.problems.noisy;

import java.util.OptionalDouble;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import steepest.optimizers.TwiceDifferentiable;
import steepest.problems.Problem;

/**
 * The noise floor of gradient descent with a constant step on a problem with additive gradient
 * noise: the stationary E[f − f*] that x ← x − η(∇f(x) + ξ), with independent entries of ξ of mean
 * 0 and variance σ², settles at, however long it runs.
 *
 * <p>Near x*, with H = ∇²f(x*) = Σᵢ λᵢ uᵢuᵢᵀ, the error e = x − x* follows e ← (I − ηH)e − ηξ. Along
 * uᵢ its variance vᵢ is stationary when vᵢ = (1 − ηλᵢ)²vᵢ + η²σ², i.e. vᵢ = ησ²/(λᵢ(2 − ηλᵢ)),
 * which exists when 0 &lt; ηλᵢ &lt; 2; then E[f − f*] = ½ Σᵢ λᵢvᵢ:
 * <pre>
 *   E[f − f*] = Σᵢ ησ² / (2 (2 − ηλᵢ))  ≈  η d σ² / 4   (ηλᵢ ≪ 1),
 * </pre>
 * O(σ²η) as the theory of constant-step stochastic gradient methods says (Bottou, Curtis and
 * Nocedal, "Optimization methods for large-scale machine learning", SIAM Review 60(2), 2018,
 * theorem 4.6, whose bound ηLM/(2c μ) this makes exact for the model). The formula is exact for a
 * quadratic f and the first-order term in σ²η for a smooth f (the linearization at x*).
 *
 * <p>Multiplicative noise has variance σ²g², which vanishes at x*: no floor of this kind.
 */
public final class NoiseFloor {

    /** The largest dimension whose Hessian is formed and decomposed densely here. */
    public static final int MAX_DIMENSION = 2000;

    private NoiseFloor() {
    }

    /**
     * The stationary E[f − f*] of gradient descent with step {@code learningRate} on {@code problem}.
     *
     * @return empty unless the problem's objective is a {@link NoisyObjective} with additive noise
     *         ({@code gaussian} or {@code student}) of level σ &gt; 0 whose exact objective is
     *         {@link TwiceDifferentiable}, with a known minimizer, a dimension of at most
     *         {@link #MAX_DIMENSION}, and 0 &lt; ηλᵢ &lt; 2 for every eigenvalue of ∇²f(x*) (else the
     *         iteration has no stationary distribution around x*)
     */
    public static OptionalDouble constantStep(Problem problem, double learningRate) {
        if (!(problem.objective() instanceof NoisyObjective noisy)
                || noisy.noise().kind() == NoiseKind.MULTIPLICATIVE || !(noisy.noise().sigma() > 0)
                || !(noisy.exact() instanceof TwiceDifferentiable exact)
                || problem.minimizer() == null || problem.dimension() > MAX_DIMENSION || !(learningRate > 0)) {
            return OptionalDouble.empty();
        }
        int n = problem.dimension();
        double[][] hessian = new double[n][n];
        exact.hessian(problem.minimizer(), hessian);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (hessian[i][j] + hessian[j][i]);
                hessian[i][j] = mean;
                hessian[j][i] = mean;
            }
        }
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(hessian, false)).getRealEigenvalues();
        double variance = noisy.noise().sigma() * noisy.noise().sigma();
        double floor = 0;
        for (double lambda : eigenvalues) {
            double damping = learningRate * lambda;
            if (!(damping > 0 && damping < 2)) {
                return OptionalDouble.empty();
            }
            floor += learningRate * variance / (2 * (2 - damping));
        }
        return OptionalDouble.of(floor);
    }
}
