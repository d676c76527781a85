package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.Driver;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;

/**
 * Every rule, with a schedule that suits it, reaches an optimality gap f(x) − f* &lt;= 10⁻⁶ on a
 * strongly convex quadratic (d = 10, eigenvalues log-spaced in [1, 100] in a rotated basis, so
 * that diagonal preconditioning gets no free help; x0 = 0, f* known in closed form) within the
 * stated iteration budget, about 1.5 times what the run needs: one matrix, one row per rule and
 * setting. Gradient descent with η = 1/L needs about κ·ln(gap₀/10⁻⁶)/2 ≈ 700 steps (Nesterov 2004,
 * thm. 2.1.15); the others are measured.
 */
class ConvergenceTest {

    static final double GAP = 1e-6;

    @ParameterizedTest(name = "{0} within {1} iterations")
    @CsvSource(delimiter = '|', value = {
        "gd:lr=0.01|1000",
        "sgd:lr=0.01,momentum=0.9|200",
        "sgd:lr=0.01,momentum=0.9,nesterov=true|150",
        "adagrad:lr=0.5|250",
        "rmsprop:lr=0.02,schedule=exponential,gamma=0.99|400",
        "rmsprop:lr=0.02,centered=true,momentum=0.5,schedule=exponential,gamma=0.99|150",
        "adam:lr=0.1,schedule=exponential,gamma=0.98|200",
        "adam:lr=0.1,amsgrad=true,schedule=exponential,gamma=0.98|200",
        "adamw:lr=0.1,weight_decay=0,warmup=10,schedule=cosine,t_max=400|200",
        "nadam:lr=0.1,schedule=exponential,gamma=0.98|100",
        "adamax:lr=0.1,schedule=exponential,gamma=0.995|200",
        "adadelta:lr=1,schedule=step,step_size=200,gamma=0.5|700",
        "sgd:lr=0.01,momentum=0.9,clip_norm=1,schedule=cosine,t_max=1000|150"})
    void reachesGapWithinBudget(String spec, long budget) {
        TestProblems.RotatedQuadratic f = new TestProblems.RotatedQuadratic(10, 100);
        StoppingRules rules = StoppingRules.iterations(budget).withTargetValue(f.optimalValue() + GAP);
        RunResult result = Driver.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[10], new SplittableRandom(0),
                rules, RecordSchedule.endsOnly(), (r, x) -> { });
        assertEquals(Termination.TARGET_REACHED, result.termination(),
                "gap " + (result.last().value() - f.optimalValue()) + " after " + result.last().iteration());
    }
}
