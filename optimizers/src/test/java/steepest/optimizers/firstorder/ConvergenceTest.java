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
 * thm. 2.1.15); the others are measured. Adafactor runs without its relative step here: from x0 = 0
 * the parameter scale is its floor 10⁻³ for many steps.
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
        "sgd:lr=0.01,momentum=0.9,clip_norm=1,schedule=cosine,t_max=1000|150",
        "radam:lr=0.01|900",
        "rprop:lr=0.01|90",
        "asgd:lr=0.01,lambd=0|900",
        "lion:lr=0.05,weight_decay=0,schedule=exponential,gamma=0.98|450",
        "lamb:lr=0.1,schedule=exponential,gamma=0.98|330",
        "adabelief:lr=0.1,schedule=exponential,gamma=0.98|190",
        "yogi:lr=0.1,schedule=exponential,gamma=0.98|190",
        "adafactor:lr=0.1,multiply_by_parameter_scale=false,schedule=exponential,gamma=0.98|130",
        "schedule-free-sgd:lr=0.02|2100",
        "schedule-free-adamw:lr=0.1|180",
        "lookahead:inner=(adam:lr=0.1,schedule=exponential,gamma=0.98)|200",
        "polyak:start=100,inner=(sgd:lr=0.01,momentum=0.9)|200",
        "ema:decay=0.9,inner=(sgd:lr=0.01,momentum=0.9)|150",
        "sgd:lr=0.01,momentum=0.9,schedule=onecycle,max_lr=0.02,total_steps=300|175",
        "sgd:lr=0.01,momentum=0.9,schedule=cyclic,base_lr=0.005,max_lr=0.02,step_size_up=50|120",
        "adam:lr=0.1,schedule=cosine_restarts,t_0=50,t_mult=2|250",
        "adam:lr=0.1,schedule=plateau,patience=5,factor=0.5|330",
        "adam:lr=0.1,schedule=multistep,milestones=50-100-150,gamma=0.3|200",
        "adam:lr=0.1,schedule=linear,start_factor=1,end_factor=0.05,total_iters=150|200"})
    void reachesGapWithinBudget(String spec, long budget) {
        TestProblems.RotatedQuadratic f = new TestProblems.RotatedQuadratic(10, 100);
        StoppingRules rules = StoppingRules.iterations(budget).withTargetValue(f.optimalValue() + GAP);
        RunResult result = Driver.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[10], new SplittableRandom(0),
                rules, RecordSchedule.endsOnly(), (r, x) -> { });
        assertEquals(Termination.TARGET_REACHED, result.termination(),
                "gap " + (result.last().value() - f.optimalValue()) + " after " + result.last().iteration());
    }
}
