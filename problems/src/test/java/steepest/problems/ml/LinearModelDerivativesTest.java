package steepest.problems.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Objective;
import steepest.optimizers.Residuals;
import steepest.optimizers.TwiceDifferentiable;
import steepest.problems.Differences;
import steepest.problems.BuiltinProblems;

/**
 * Every linear model, on real and synthetic, dense and sparse data: gradients against central
 * differences, Hessian-vector products against differences of gradients, batch evaluations against
 * the full objective and against single samples, input gradients against differences in the
 * input, and the residuals of least squares (with and without the ridge rows, dense and sparse,
 * with a held-out split). The points are seeded, so a pass is reproducible.
 */
class LinearModelDerivativesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "least-squares:dataset=diabetes,lambda=0",
        "least-squares:dataset=synthetic,n=200,d=15,cond=100,storage=sparse,test_fraction=0.25,lambda=0.1",
    })
    void leastSquaresResidualsGiveTheObjectiveAndTheirJacobianItsGradient(String spec) {
        LeastSquares f = (LeastSquares) objective(spec);
        int n = f.dimension();
        int samples = f.size();
        int m = f.residualCount();
        assertEquals(f.lambda() > 0 ? samples + n : samples, m, "n residuals, plus d ridge rows when lambda > 0");
        double[] w = point(f, 3);
        double[] r = new double[m];
        f.residuals(w, r);
        double[] g = new double[n];
        double value = f.valueAndGradient(w, g);
        assertEquals(value, f.squaresScale() * dot(r, r), REORDERED * value, "f = 1/2 |r|^2");
        double[][] jacobian = new double[m][n];
        f.jacobian(w, jacobian);
        double[] jtr = new double[n];
        f.jacobianTransposeVector(w, r, jtr);
        assertEquals(0.0, Differences.relativeError(jtr, g), REORDERED, "grad f = J'r");
        double[] v = Differences.gaussian(n, 1, 4);
        double[] jv = new double[m];
        f.jacobianVector(w, v, jv);
        double[] shifted = w.clone();
        Residuals residuals = f;
        double[] rShifted = new double[m];
        for (int j = 0; j < n; j++) {
            shifted[j] += v[j];
        }
        residuals.residuals(shifted, rShifted);
        for (int i = 0; i < m; i++) {
            assertEquals(rShifted[i] - r[i], jv[i], REORDERED * (1 + Math.abs(r[i]) + Math.abs(rShifted[i])),
                    "r is affine: r(w + v) - r(w) = Jv, row " + i);
            assertEquals(dot(jacobian[i], v), jv[i], REORDERED * (1 + Math.abs(jv[i])), "dense J row " + i);
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Central differences with h = 1e-6 are accurate to about h² f''' + ε f / h ≈ 1e-10 here. */
    private static final double DIFFERENCE = 1e-6;
    private static final double STEP = 1e-6;
    /** Sums over the same terms in another order. */
    private static final double REORDERED = 1e-12;

    private static Objective objective(String spec) {
        return BuiltinProblems.asCatalog().create(spec).objective();
    }

    private static double[] point(Objective f, long seed) {
        return Differences.gaussian(f.dimension(), 0.3, seed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "logreg:dataset=breast_cancer",
        "logreg:dataset=breast_cancer,intercept=false,test_fraction=0.25,lambda=0",
        "logreg:dataset=synthetic,n=300,d=40,density=0.1",
        "softmax:dataset=iris",
        "softmax:dataset=synthetic,n=200,d=10,classes=4,density=0.2",
        "least-squares:dataset=diabetes",
        "least-squares:dataset=synthetic,n=200,d=15,cond=100,storage=sparse",
        "svm-squared-hinge:dataset=breast_cancer",
        "svm-hinge:dataset=breast_cancer",
        "huber:dataset=diabetes,delta=0.5",
        "lasso:dataset=diabetes",
    })
    void gradientMatchesCentralDifferences(String spec) {
        Objective f = objective(spec);
        double[] w = point(f, 1);
        double[] g = new double[f.dimension()];
        double value = f.valueAndGradient(w, g);
        assertEquals(value, f.value(w), REORDERED * (1 + Math.abs(value)), "value() = valueAndGradient()");
        double[] fd = Differences.gradient(f::value, w, STEP);
        assertEquals(0.0, Differences.relativeError(g, fd), DIFFERENCE, spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "logreg:dataset=breast_cancer",
        "logreg:dataset=synthetic,n=300,d=40,density=0.1",
        "softmax:dataset=iris",
        "softmax:dataset=synthetic,n=200,d=10,classes=4,density=0.2",
        "least-squares:dataset=diabetes",
        "least-squares:dataset=synthetic,n=200,d=15,cond=100,storage=sparse",
        "svm-squared-hinge:dataset=breast_cancer",
        "huber:dataset=diabetes,delta=0.5",
    })
    void hessianVectorProductMatchesDifferencesOfGradients(String spec) {
        TwiceDifferentiable f = (TwiceDifferentiable) objective(spec);
        double[] w = point(f, 2);
        double[] v = Differences.gaussian(f.dimension(), 1.0, 3);
        double[] hv = new double[f.dimension()];
        f.hessianVector(w, v, hv);
        double[] fd = Differences.hessianVector(f, w, v, STEP);
        assertEquals(0.0, Differences.relativeError(hv, fd), DIFFERENCE, spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "logreg:dataset=breast_cancer",
        "logreg:dataset=synthetic,n=300,d=40,density=0.1",
        "softmax:dataset=iris",
        "least-squares:dataset=diabetes",
        "svm-hinge:dataset=breast_cancer",
        "huber:dataset=diabetes,delta=0.5",
        "lasso:dataset=diabetes",
    })
    void batchOfEverySampleInAnyOrderIsTheFullObjective(String spec) {
        FiniteSum f = (FiniteSum) objective(spec);
        double[] w = point(f, 4);
        int n = f.size();
        int[] permutation = new int[n + 3];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = t;
        }
        double[] full = new double[f.dimension()];
        double[] batch = new double[f.dimension()];
        double expected = f.valueAndGradient(w, full);
        double actual = f.valueAndGradient(w, permutation, n, batch);
        assertEquals(expected, actual, REORDERED * (1 + Math.abs(expected)), spec);
        assertEquals(0.0, Differences.relativeError(batch, full), REORDERED, spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "logreg:dataset=breast_cancer",
        "softmax:dataset=synthetic,n=200,d=10,classes=4,density=0.2",
        "least-squares:dataset=synthetic,n=200,d=15,cond=100,storage=sparse",
        "svm-squared-hinge:dataset=breast_cancer",
        "lasso:dataset=diabetes",
    })
    void batchIsTheMeanOfItsSamplesRepeatsIncluded(String spec) {
        FiniteSum f = (FiniteSum) objective(spec);
        double[] w = point(f, 6);
        int[] batch = {3, 17, 3, 0, f.size() - 1, 42, 17, 8, 99, 5, 61, 3, 7, 12, 13, 14, 15, 16, 40, 41};
        double[] expected = new double[f.dimension()];
        double[] single = new double[f.dimension()];
        double expectedValue = 0;
        for (int i : batch) {
            expectedValue += f.valueAndGradient(w, new int[] {i}, 1, single) / batch.length;
            for (int j = 0; j < single.length; j++) {
                expected[j] += single[j] / batch.length;
            }
        }
        double[] actual = new double[f.dimension()];
        assertEquals(expectedValue, f.valueAndGradient(w, batch, batch.length, actual),
                REORDERED * (1 + Math.abs(expectedValue)), spec);
        assertEquals(0.0, Differences.relativeError(actual, expected), REORDERED, spec);
        double[] prefix = new double[f.dimension()];
        double partial = f.valueAndGradient(w, batch, 5, prefix);
        int[] firstFive = Arrays.copyOf(batch, 5);
        assertEquals(f.valueAndGradient(w, firstFive, 5, single), partial, 0.0, "batchSize uses a prefix");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "logreg:dataset=breast_cancer",
        "softmax:dataset=iris",
        "least-squares:dataset=diabetes",
        "svm-squared-hinge:dataset=breast_cancer",
        "huber:dataset=diabetes,delta=0.5",
        "lasso:dataset=diabetes",
    })
    void inputGradientMatchesDifferencesInTheInput(String spec) {
        InputGradients f = (InputGradients) objective(spec);
        double[] w = point(f, 7);
        double[] input = new double[f.featureCount()];
        double[] gradient = new double[f.featureCount()];
        double[] scratch = new double[f.featureCount()];
        for (int sample : new int[] {0, 11, f.size() - 1}) {
            f.sampleFeatures(sample, input);
            double target = f.sampleTarget(sample);
            f.inputGradient(w, input, target, gradient);
            double[] fd = Differences.gradient(x -> f.inputGradient(w, x, target, scratch), input, STEP);
            assertEquals(0.0, Differences.relativeError(gradient, fd), DIFFERENCE, spec + " sample " + sample);
        }
        double[] importance = new double[f.featureCount()];
        f.featureImportance(w, importance);
        for (double v : importance) {
            assertTrue(v >= 0 && Double.isFinite(v), "importance " + v);
        }
    }
}
