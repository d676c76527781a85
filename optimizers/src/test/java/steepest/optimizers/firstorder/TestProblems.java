package steepest.optimizers.firstorder;

import java.util.Arrays;
import java.util.SplittableRandom;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Objective;

/**
 * Objectives for the first-order tests, written here independently of the problems module (which
 * the optimizers module cannot see), with the same operation order as the fixture script
 * {@code src/test/python/torch_fixtures.py} so that torch and Java see identical gradients.
 */
final class TestProblems {

    private TestProblems() {
    }

    /** The problems the torch fixtures name, with their starts. */
    static Objective named(String name) {
        return switch (name) {
            case "rosenbrock" -> new Rosenbrock(2);
            case "quadratic" -> new Quadratic(10, 100);
            default -> throw new IllegalArgumentException("no test problem " + name);
        };
    }

    /** The standard start of a named problem: (−1.2, 1) for Rosenbrock, 0 for the quadratic. */
    static double[] start(String name) {
        return switch (name) {
            case "rosenbrock" -> new double[] {-1.2, 1.0};
            case "quadratic" -> new double[10];
            default -> throw new IllegalArgumentException("no test problem " + name);
        };
    }

    /** Chained Rosenbrock Σ 100(x_{i+1} − xᵢ²)² + (1 − xᵢ)². */
    record Rosenbrock(int dimension) implements Objective {
        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            double carry = 0;
            for (int i = 0; i < dimension - 1; i++) {
                double xi = x[i];
                double t = x[i + 1] - xi * xi;
                double u = 1.0 - xi;
                f += 100.0 * t * t + u * u;
                g[i] = carry - 400.0 * xi * t - 2.0 * u;
                carry = 200.0 * t;
            }
            g[dimension - 1] = carry;
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[dimension]);
        }
    }

    /** ½xᵀAx − bᵀx with A = diag(κ^{i/(d−1)}), b = 1; minimizer 1/λᵢ, f* = −½Σ1/λᵢ. */
    static final class Quadratic implements Objective {
        final double[] eigenvalues;

        Quadratic(int dimension, double condition) {
            eigenvalues = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                eigenvalues[i] = Math.pow(condition, (double) i / (dimension - 1));
            }
        }

        double optimalValue() {
            return -0.5 * Arrays.stream(eigenvalues).map(l -> 1 / l).sum();
        }

        @Override
        public int dimension() {
            return eigenvalues.length;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                double ax = eigenvalues[i] * x[i];
                f += 0.5 * ax * x[i] - x[i];
                g[i] = ax - 1.0;
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }
    }

    /**
     * ½xᵀAx − bᵀx with A = QΛQᵀ, Λ = diag(κ^{i/(d−1)}), Q = I − 2uuᵀ/‖u‖² the Householder
     * reflection of u = (1, 2, ..., d), b = 1: the quadratic above in a rotated basis, so that
     * no coordinate is an eigenvector and diagonal preconditioners get no free help. The minimizer
     * is x* = QΛ⁻¹Qᵀb and f* = −½bᵀx*.
     */
    static final class RotatedQuadratic implements Objective {
        final double[][] matrix;
        final double[] minimizer;

        RotatedQuadratic(int dimension, double condition) {
            double[] u = new double[dimension];
            double uu = 0;
            for (int i = 0; i < dimension; i++) {
                u[i] = i + 1;
                uu += u[i] * u[i];
            }
            double[][] q = new double[dimension][dimension];
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    q[i][j] = (i == j ? 1 : 0) - 2 * u[i] * u[j] / uu;
                }
            }
            double[] lambda = new Quadratic(dimension, condition).eigenvalues;
            matrix = new double[dimension][dimension];
            double[][] inverse = new double[dimension][dimension];
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    for (int k = 0; k < dimension; k++) {
                        matrix[i][j] += q[i][k] * lambda[k] * q[j][k];
                        inverse[i][j] += q[i][k] / lambda[k] * q[j][k];
                    }
                }
            }
            minimizer = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    minimizer[i] += inverse[i][j];
                }
            }
        }

        double optimalValue() {
            return -0.5 * Arrays.stream(minimizer).sum();
        }

        @Override
        public int dimension() {
            return minimizer.length;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                double ax = 0;
                for (int j = 0; j < x.length; j++) {
                    ax += matrix[i][j] * x[j];
                }
                g[i] = ax - 1;
                f += 0.5 * x[i] * ax - x[i];
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }
    }

    /**
     * Least squares f(x) = (1/n) Σᵢ ½(aᵢᵀx − bᵢ)² + ½μ‖x‖² over n random rows (seeded), a finite sum
     * whose samples fᵢ each carry the ridge term. It records how often each sample was used.
     */
    static final class LeastSquares implements FiniteSum {
        final double[][] rows;
        final double[] targets;
        final double ridge;
        final long[] uses;

        LeastSquares(int samples, int dimension, double ridge, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            rows = new double[samples][dimension];
            targets = new double[samples];
            for (int i = 0; i < samples; i++) {
                for (int j = 0; j < dimension; j++) {
                    rows[i][j] = random.nextDouble(-1, 1);
                }
                targets[i] = random.nextDouble(-1, 1);
            }
            this.ridge = ridge;
            this.uses = new long[samples];
        }

        @Override
        public int dimension() {
            return rows[0].length;
        }

        @Override
        public int size() {
            return rows.length;
        }

        /** ∇fᵢ(x) into g (overwritten), returning fᵢ(x). */
        double sample(double[] x, int i, double[] g) {
            double r = -targets[i];
            for (int j = 0; j < x.length; j++) {
                r += rows[i][j] * x[j];
            }
            double f = 0.5 * r * r;
            for (int j = 0; j < x.length; j++) {
                g[j] = r * rows[i][j] + ridge * x[j];
                f += 0.5 * ridge * x[j] * x[j];
            }
            return f;
        }

        @Override
        public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] g) {
            Arrays.fill(g, 0);
            double[] gi = new double[x.length];
            double f = 0;
            for (int k = 0; k < batchSize; k++) {
                uses[batch[k]]++;
                f += sample(x, batch[k], gi);
                for (int j = 0; j < x.length; j++) {
                    g[j] += gi[j];
                }
            }
            for (int j = 0; j < x.length; j++) {
                g[j] /= batchSize;
            }
            return f / batchSize;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            int[] all = new int[size()];
            Arrays.setAll(all, i -> i);
            long[] saved = uses.clone();
            double f = valueAndGradient(x, all, all.length, g);
            System.arraycopy(saved, 0, uses, 0, uses.length);
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }
    }
}
