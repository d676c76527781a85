package steepest.problems.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import steepest.problems.Differences;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * The linear models against the independent numpy / scikit-learn computation of
 * {@code src/test/python/ml_fixture.py}: same preprocessing, losses, gradients and Fisher-vector
 * products at w = 0 and at a seeded w, and the optima scikit-learn's own solvers find.
 */
class ReferenceValuesTest {

    /** Direct evaluations differ only by summation order. */
    private static final double EVALUATION = 1e-12;
    /** Both optima are certified to ‖∇f‖ ≲ 1e-9, so f* agrees to ‖∇f‖²/λ and x* to ‖∇f‖/λ. */
    private static final double OPTIMAL_VALUE = 1e-12;
    private static final double MINIMIZER = 1e-6;

    private static void assertClose(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * (1 + Math.abs(expected)), what);
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double error = Differences.relativeError(actual, expected);
        assertEquals(0.0, error, tolerance, what + ": relative error");
    }

    @Test
    void logregOnBreastCancerMatchesNumpyAtZeroAndAtASeededPoint() {
        Problem problem = BuiltinProblems.asCatalog().create("logreg:dataset=breast_cancer,lambda=1e-3");
        LogisticRegression f = assertInstanceOf(LogisticRegression.class, problem.objective());
        double[] shape = Fixture.get("logreg.shape");
        assertEquals((int) shape[0], f.size());
        assertEquals((int) shape[1], f.dimension());
        assertArrayEquals(new double[f.dimension()], problem.start());

        double[] g = new double[f.dimension()];
        assertClose(Fixture.scalar("logreg.f_zero"), f.valueAndGradient(problem.start(), g), EVALUATION, "f(0)");
        assertClose(Fixture.get("logreg.grad_zero"), g, EVALUATION, "grad f(0)");
        double[] w = Fixture.get("logreg.w_seeded");
        assertClose(Fixture.scalar("logreg.f_seeded"), f.valueAndGradient(w, g), EVALUATION, "f(w)");
        assertClose(Fixture.get("logreg.grad_seeded"), g, EVALUATION, "grad f(w)");
        assertClose(Fixture.scalar("logreg.f_seeded"), f.value(w), EVALUATION, "value(w)");
    }

    @Test
    void logregFisherVectorProductMatchesNumpy() {
        LogisticRegression f = (LogisticRegression) BuiltinProblems.asCatalog().create("logreg:dataset=breast_cancer").objective();
        double[] out = new double[f.dimension()];
        f.fisherVector(Fixture.get("logreg.w_seeded"), Fixture.get("logreg.v"), out);
        assertClose(Fixture.get("logreg.fisher_v_seeded"), out, EVALUATION, "F(w) v");
    }

    @Test
    void logregOptimumMatchesScikitLearn() {
        Problem problem = BuiltinProblems.asCatalog().create("logreg:dataset=breast_cancer,lambda=1e-3");
        assertClose(Fixture.scalar("logreg.f_star"), problem.optimalValue(), OPTIMAL_VALUE, "f*");
        assertClose(Fixture.get("logreg.w_star"), problem.minimizer(), MINIMIZER, "w*");
    }

    @Test
    void hingeSvmOptimumLiesBetweenScikitLearnsPrimalAndADualBound() {
        Problem problem = BuiltinProblems.asCatalog().create("svm-hinge:dataset=breast_cancer,lambda=1e-3");
        double lower = Fixture.scalar("svm.f_star_lower_bound");
        double upper = Fixture.scalar("svm.f_star");
        assertTrue(problem.optimalValue() >= lower - Optima.DUALITY_GAP, problem.optimalValue() + " < " + lower);
        assertTrue(problem.optimalValue() <= upper + Optima.DUALITY_GAP, problem.optimalValue() + " > " + upper);
    }

    @Test
    void softmaxOnIrisMatchesNumpyAndScikitLearn() {
        Problem problem = BuiltinProblems.asCatalog().create("softmax:dataset=iris,lambda=1e-3");
        SoftmaxRegression f = assertInstanceOf(SoftmaxRegression.class, problem.objective());
        double[] g = new double[f.dimension()];
        assertClose(Fixture.scalar("softmax.f_seeded"), f.valueAndGradient(Fixture.get("softmax.w_seeded"), g),
                EVALUATION, "f(W)");
        assertClose(Fixture.get("softmax.grad_seeded"), g, EVALUATION, "grad f(W)");
        assertClose(Fixture.scalar("softmax.f_star"), problem.optimalValue(), OPTIMAL_VALUE, "f*");
    }

    @Test
    void ridgeAndLassoOnDiabetesMatchTheirClosedFormAndScikitLearn() {
        Problem ridge = BuiltinProblems.asCatalog().create("least-squares:dataset=diabetes,lambda=1e-3");
        assertClose(Fixture.scalar("ridge.f_star"), ridge.optimalValue(), OPTIMAL_VALUE, "ridge f*");
        assertClose(Fixture.get("ridge.w_star"), ridge.minimizer(), MINIMIZER, "ridge w*");
        Problem lasso = BuiltinProblems.asCatalog().create("lasso:dataset=diabetes,lambda=0.05");
        assertClose(Fixture.scalar("lasso.f_star"), lasso.optimalValue(), OPTIMAL_VALUE, "lasso f*");
        assertClose(Fixture.get("lasso.w_star"), lasso.minimizer(), MINIMIZER, "lasso w*");
    }
}
