package steepest.optimizers.testing;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import steepest.optimizers.Composite;
import steepest.optimizers.Objective;
import steepest.optimizers.Regularizer;
import steepest.optimizers.proximal.L1Norm;

/**
 * The Lasso F(x) = ½‖Ax − b‖² + λ‖x‖₁ with a planted minimizer, for the optimizers' tests:
 * A = Q·diag(s)·Vᵀ (Q, V orthonormal from seeded Gaussians, s log-spaced in [1, √κ], so AᵀA has
 * condition number κ and L = κ), x* k-sparse, and b = Ax* − r with r = A(AᵀA)⁻¹(−λ·s*), s*ᵢ =
 * sign(x*ᵢ) on the support and uniform in (−0.9, 0.9) off it. Then −Aᵀ(Ax* − b) = λs* ∈ λ∂‖x*‖₁, so
 * x* is the minimizer and F* = ½‖r‖² + λ‖x*‖₁.
 */
public final class PlantedLasso implements Composite {

    private final double[][] a;
    private final double[] b;
    private final double[] minimizer;
    private final double optimum;
    private final double smoothness;
    private final L1Norm regularizer;
    private final Objective smooth;

    /** m×n data with condition number κ of AᵀA, k nonzeros in x*. */
    public PlantedLasso(int m, int n, int k, double conditionNumber, double lambda, RandomGenerator random) {
        RealMatrix q = orthonormal(m, n, random);
        RealMatrix v = orthonormal(n, n, random);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = Math.pow(conditionNumber, 0.5 * i / (n - 1));
        }
        RealMatrix matrix = q.multiply(MatrixUtils.createRealDiagonalMatrix(s)).multiply(v.transpose());
        double[] inverseSquares = new double[n];
        for (int i = 0; i < n; i++) {
            inverseSquares[i] = 1 / (s[i] * s[i]);
        }
        RealMatrix normalInverse = v.multiply(MatrixUtils.createRealDiagonalMatrix(inverseSquares)).multiply(v.transpose());
        double[] x = new double[n];
        double[] sign = new double[n];
        for (int i = 0; i < n; i++) {
            sign[i] = 0.9 * (2 * random.nextDouble() - 1);
        }
        double l1 = 0;
        for (int i = 0; i < k; i++) {
            int j = i * (n / k);
            x[j] = (1 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            sign[j] = Math.signum(x[j]);
            l1 += Math.abs(x[j]);
        }
        RealVector r = matrix.operate(normalInverse.operate(new ArrayRealVector(sign).mapMultiply(-lambda)));
        this.a = matrix.getData();
        this.b = matrix.operate(new ArrayRealVector(x)).subtract(r).toArray();
        this.minimizer = x;
        this.optimum = 0.5 * r.dotProduct(r) + lambda * l1;
        this.smoothness = s[n - 1] * s[n - 1];
        this.regularizer = new L1Norm(lambda);
        this.smooth = new LeastSquaresPart();
    }

    /** x* (a copy). */
    public double[] minimizer() {
        return minimizer.clone();
    }

    /** F*. */
    public double optimum() {
        return optimum;
    }

    /** L = λ_max(AᵀA) = κ. */
    public double smoothness() {
        return smoothness;
    }

    @Override
    public Objective smoothPart() {
        return smooth;
    }

    @Override
    public Regularizer regularizer() {
        return regularizer;
    }

    @Override
    public int dimension() {
        return minimizer.length;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        double f = smooth.valueAndGradient(x, g);
        for (int i = 0; i < x.length; i++) {
            g[i] += regularizer.lambda() * Math.signum(x[i]);
        }
        return f + regularizer.value(x);
    }

    @Override
    public double value(double[] x) {
        return smooth.value(x) + regularizer.value(x);
    }

    private final class LeastSquaresPart implements Objective {
        @Override
        public int dimension() {
            return minimizer.length;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            java.util.Arrays.fill(g, 0);
            double f = 0;
            for (int i = 0; i < b.length; i++) {
                double residual = -b[i];
                for (int j = 0; j < x.length; j++) {
                    residual += a[i][j] * x[j];
                }
                f += 0.5 * residual * residual;
                for (int j = 0; j < x.length; j++) {
                    g[j] += a[i][j] * residual;
                }
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }
    }

    private static RealMatrix orthonormal(int rows, int columns, RandomGenerator random) {
        RealMatrix gaussian = new Array2DRowRealMatrix(rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                gaussian.setEntry(i, j, random.nextGaussian());
            }
        }
        return new QRDecomposition(gaussian).getQ().getSubMatrix(0, rows - 1, 0, columns - 1);
    }
}
