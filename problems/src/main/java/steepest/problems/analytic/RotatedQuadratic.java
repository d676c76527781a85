package steepest.problems.analytic;

import java.util.SplittableRandom;
import steepest.optimizers.Checks;

/**
 * The quadratic of {@link DiagonalQuadratic} in a seeded random orthonormal basis:
 * f(x) = ½ xᵀQΛQᵀx − bᵀx with Λ = diag(λᵢ), λᵢ = κ^((i−1)/(d−1)), b = (1, ..., 1), x0 = 0. Strongly
 * convex with condition number κ, but no longer separable or axis-aligned, so coordinate-wise
 * (diagonal) preconditioning such as Adam's or AdaGrad's gains little. x* = QΛ⁻¹Qᵀb and
 * f* = −½ bᵀx*, computed when the function is created.
 *
 * <p>The basis in O(d) memory: Q = B_{L−1}···B₁B₀·S with S a diagonal of seeded random signs and, for
 * L = ⌈log₂ d⌉ stages, B_s the butterfly that rotates every pair (i, i + 2ˢ) with bit s of i clear by
 * one seeded angle θ_s (pairs whose partner is past d are left alone, so B_s is orthogonal for any
 * d). When d is a power of two every column of Q mixes all coordinates (with θ_s = π/4 for all s,
 * Q would be a randomized Walsh–Hadamard transform: Ailon and Chazelle, "The fast
 * Johnson–Lindenstrauss transform", SIAM J. Comput. 39(1), 2009). Storage: Λ, S and one scratch
 * vector (3d doubles) plus 2L angles; Qx and Qᵀx cost O(d log d) and allocate nothing. A product of a
 * few Householder reflections would be O(d) too, but it only perturbs the identity by a rank-k term
 * whose off-diagonal entries are O(1/d), leaving the problem almost axis-aligned for large d.
 */
public final class RotatedQuadratic implements AnalyticFunction {

    private final int dimension;
    private final double[] eigenvalues;
    private final double[] signs;
    private final double[] cosines;
    private final double[] sines;
    private final double[] work;
    private final double[] minimizer;
    private final double optimalValue;

    /**
     * @param dimension       d &gt;= 1
     * @param conditionNumber κ &gt;= 1
     * @param seed            seeds the signs and angles of the basis
     */
    public RotatedQuadratic(int dimension, double conditionNumber, long seed) {
        Checks.atLeast("d", dimension, 1);
        Checks.finite("cond", conditionNumber);
        Checks.inClosed("cond", conditionNumber, 1, Double.MAX_VALUE);
        this.dimension = dimension;
        eigenvalues = new DiagonalQuadratic(dimension, conditionNumber).eigenvalues();
        SplittableRandom random = new SplittableRandom(seed);
        signs = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            signs[i] = random.nextBoolean() ? 1 : -1;
        }
        int stages = 32 - Integer.numberOfLeadingZeros(Math.max(dimension - 1, 0));
        cosines = new double[stages];
        sines = new double[stages];
        for (int s = 0; s < stages; s++) {
            double angle = 2 * Math.PI * random.nextDouble();
            cosines[s] = Math.cos(angle);
            sines[s] = Math.sin(angle);
        }
        work = new double[dimension];
        minimizer = new double[dimension];
        java.util.Arrays.fill(minimizer, 1.0);
        transposeInPlace(minimizer);
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            minimizer[i] /= eigenvalues[i];
        }
        rotateInPlace(minimizer);
        for (double v : minimizer) {
            sum += v;
        }
        optimalValue = -0.5 * sum;
    }

    /** y ← Qy. Modified. */
    void rotateInPlace(double[] y) {
        for (int i = 0; i < dimension; i++) {
            y[i] *= signs[i];
        }
        for (int s = 0; s < cosines.length; s++) {
            butterfly(y, s, sines[s]);
        }
    }

    /** y ← Qᵀy. Modified. */
    void transposeInPlace(double[] y) {
        for (int s = cosines.length - 1; s >= 0; s--) {
            butterfly(y, s, -sines[s]);
        }
        for (int i = 0; i < dimension; i++) {
            y[i] *= signs[i];
        }
    }

    private void butterfly(double[] y, int stage, double sin) {
        double cos = cosines[stage];
        int half = 1 << stage;
        for (int block = 0; block < dimension; block += 2 * half) {
            int end = Math.min(block + half, dimension - half);
            for (int i = block; i < end; i++) {
                double a = y[i];
                double b = y[i + half];
                y[i] = cos * a - sin * b;
                y[i + half] = sin * a + cos * b;
            }
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        System.arraycopy(x, 0, gradOut, 0, dimension);
        transposeInPlace(gradOut);
        double f = 0;
        for (int i = 0; i < dimension; i++) {
            double y = gradOut[i];
            double ly = eigenvalues[i] * y;
            f += 0.5 * ly * y - x[i];
            gradOut[i] = ly;
        }
        rotateInPlace(gradOut);
        for (int i = 0; i < dimension; i++) {
            gradOut[i] -= 1;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        System.arraycopy(x, 0, work, 0, dimension);
        transposeInPlace(work);
        double f = 0;
        for (int i = 0; i < dimension; i++) {
            double ly = eigenvalues[i] * work[i];
            f += 0.5 * ly * work[i] - x[i];
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        System.arraycopy(v, 0, out, 0, dimension);
        transposeInPlace(out);
        for (int i = 0; i < dimension; i++) {
            out[i] *= eigenvalues[i];
        }
        rotateInPlace(out);
    }

    @Override
    public double[] standardStart() {
        return new double[dimension];
    }

    @Override
    public double optimalValue() {
        return optimalValue;
    }

    @Override
    public double[] minimizer() {
        return minimizer.clone();
    }
}
