package steepest.problems.conformance;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import steepest.optimizers.Composite;
import steepest.optimizers.Constrained;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.FisherInformation;
import steepest.optimizers.Objective;
import steepest.optimizers.Regularizer;
import steepest.optimizers.Residuals;
import steepest.optimizers.TwiceDifferentiable;

/**
 * The problem optimizers are verified on: seeded ridge least squares
 * <pre>
 *   F(x) = (1/n) Σᵢ fᵢ(x),   fᵢ(x) = ½(aᵢᵀx − bᵢ)² + (μ/2)‖x‖²,   b = A·x_true,
 * </pre>
 * with n = 100 samples in d = 10 dimensions, aᵢⱼ standard normal, x_true uniform in [−1, 1]ᵈ and
 * μ = 0.1: strongly convex (Hessian AᵀA/n + μI, condition number about 3), with a minimizer inside
 * the box [−2, 2]ᵈ. It offers every capability an optimizer may declare, consistently: Hessians,
 * the finite sum, the box with its projection and linear minimization oracle, the split into the
 * least-squares part and the ridge (prox v/(1 + tμ)), Fisher-vector products (the Gauss-Newton
 * matrix, equal to the Hessian here), and residuals r = [(Ax − b)/√n; √μ·x] with F = ½‖r‖². f* and x* come from the normal equations, solved by Cholesky.
 */
final class VerificationQuadratic implements TwiceDifferentiable, FiniteSum, Constrained, Composite, FisherInformation,
        Residuals {

    static final int SAMPLES = 100;
    static final int DIMENSION = 10;
    static final double RIDGE = 0.1;
    static final double BOX = 2;

    private final double[][] a = new double[SAMPLES][DIMENSION];
    private final double[] b = new double[SAMPLES];
    private final double[] minimizer;
    private final double optimalValue;
    private final double[] residual = new double[SAMPLES];

    VerificationQuadratic(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] truth = new double[DIMENSION];
        for (int j = 0; j < DIMENSION; j++) {
            truth[j] = 2 * random.nextDouble() - 1;
        }
        for (int i = 0; i < SAMPLES; i++) {
            for (int j = 0; j < DIMENSION; j++) {
                a[i][j] = gaussian(random);
                b[i] += a[i][j] * truth[j];
            }
        }
        RealMatrix normal = new Array2DRowRealMatrix(DIMENSION, DIMENSION);
        double[] rhs = new double[DIMENSION];
        for (int j = 0; j < DIMENSION; j++) {
            for (int k = 0; k < DIMENSION; k++) {
                double sum = 0;
                for (int i = 0; i < SAMPLES; i++) {
                    sum += a[i][j] * a[i][k];
                }
                normal.setEntry(j, k, sum / SAMPLES + (j == k ? RIDGE : 0));
            }
            for (int i = 0; i < SAMPLES; i++) {
                rhs[j] += a[i][j] * b[i] / SAMPLES;
            }
        }
        minimizer = new CholeskyDecomposition(normal).getSolver().solve(new ArrayRealVector(rhs)).toArray();
        optimalValue = value(minimizer);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    double[] minimizer() {
        return minimizer.clone();
    }

    double optimalValue() {
        return optimalValue;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public int size() {
        return SAMPLES;
    }

    @Override
    public double value(double[] x) {
        return smoothValue(x) + ridge(x);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = smoothValueAndGradient(x, gradOut);
        for (int j = 0; j < DIMENSION; j++) {
            gradOut[j] += RIDGE * x[j];
        }
        return f + ridge(x);
    }

    @Override
    public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] gradOut) {
        java.util.Arrays.fill(gradOut, 0);
        double f = 0;
        for (int k = 0; k < batchSize; k++) {
            int i = batch[k];
            double r = dot(a[i], x) - b[i];
            f += 0.5 * r * r;
            for (int j = 0; j < DIMENSION; j++) {
                gradOut[j] += r * a[i][j];
            }
        }
        for (int j = 0; j < DIMENSION; j++) {
            gradOut[j] = gradOut[j] / batchSize + RIDGE * x[j];
        }
        return f / batchSize + ridge(x);
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        fisherVector(x, v, out);
    }

    @Override
    public void fisherVector(double[] theta, double[] v, double[] out) {
        for (int i = 0; i < SAMPLES; i++) {
            residual[i] = dot(a[i], v);
        }
        for (int j = 0; j < DIMENSION; j++) {
            double sum = 0;
            for (int i = 0; i < SAMPLES; i++) {
                sum += a[i][j] * residual[i];
            }
            out[j] = sum / SAMPLES + RIDGE * v[j];
        }
    }

    @Override
    public FeasibleSet feasibleSet() {
        return new FeasibleSet() {
            @Override
            public int dimension() {
                return DIMENSION;
            }

            @Override
            public void projectInPlace(double[] x) {
                for (int j = 0; j < x.length; j++) {
                    x[j] = Math.max(-BOX, Math.min(BOX, x[j]));
                }
            }

            @Override
            public void linearMinimizer(double[] direction, double[] vertexOut) {
                for (int j = 0; j < direction.length; j++) {
                    vertexOut[j] = direction[j] > 0 ? -BOX : BOX;
                }
            }
        };
    }

    @Override
    public Objective smoothPart() {
        return new Objective() {
            @Override
            public int dimension() {
                return DIMENSION;
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradOut) {
                return smoothValueAndGradient(x, gradOut);
            }

            @Override
            public double value(double[] x) {
                return smoothValue(x);
            }
        };
    }

    @Override
    public Regularizer regularizer() {
        return new Regularizer() {
            @Override
            public double value(double[] x) {
                return ridge(x);
            }

            @Override
            public void proxInPlace(double[] v, double step) {
                for (int j = 0; j < v.length; j++) {
                    v[j] /= 1 + step * RIDGE;
                }
            }
        };
    }

    @Override
    public int residualCount() {
        return SAMPLES + DIMENSION;
    }

    @Override
    public double squaresScale() {
        return 0.5;
    }

    @Override
    public void residuals(double[] x, double[] out) {
        double scale = 1 / Math.sqrt(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            out[i] = (dot(a[i], x) - b[i]) * scale;
        }
        double root = Math.sqrt(RIDGE);
        for (int j = 0; j < DIMENSION; j++) {
            out[SAMPLES + j] = root * x[j];
        }
    }

    @Override
    public void jacobian(double[] x, double[][] out) {
        double scale = 1 / Math.sqrt(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            for (int j = 0; j < DIMENSION; j++) {
                out[i][j] = a[i][j] * scale;
            }
        }
        double root = Math.sqrt(RIDGE);
        for (int k = 0; k < DIMENSION; k++) {
            for (int j = 0; j < DIMENSION; j++) {
                out[SAMPLES + k][j] = k == j ? root : 0;
            }
        }
    }

    @Override
    public void jacobianVector(double[] x, double[] v, double[] out) {
        double scale = 1 / Math.sqrt(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            out[i] = dot(a[i], v) * scale;
        }
        double root = Math.sqrt(RIDGE);
        for (int j = 0; j < DIMENSION; j++) {
            out[SAMPLES + j] = root * v[j];
        }
    }

    @Override
    public void jacobianTransposeVector(double[] x, double[] u, double[] out) {
        double scale = 1 / Math.sqrt(SAMPLES);
        double root = Math.sqrt(RIDGE);
        for (int j = 0; j < DIMENSION; j++) {
            double sum = 0;
            for (int i = 0; i < SAMPLES; i++) {
                sum += a[i][j] * u[i];
            }
            out[j] = sum * scale + root * u[SAMPLES + j];
        }
    }

    private double smoothValue(double[] x) {
        double f = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double r = dot(a[i], x) - b[i];
            f += 0.5 * r * r;
        }
        return f / SAMPLES;
    }

    private double smoothValueAndGradient(double[] x, double[] gradOut) {
        java.util.Arrays.fill(gradOut, 0);
        double f = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double r = dot(a[i], x) - b[i];
            f += 0.5 * r * r;
            for (int j = 0; j < DIMENSION; j++) {
                gradOut[j] += r * a[i][j];
            }
        }
        for (int j = 0; j < DIMENSION; j++) {
            gradOut[j] /= SAMPLES;
        }
        return f / SAMPLES;
    }

    private static double ridge(double[] x) {
        return 0.5 * RIDGE * dot(x, x);
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int j = 0; j < u.length; j++) {
            sum += u[j] * v[j];
        }
        return sum;
    }
}
