package steepest.problems.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.GeneralizedLinearSum;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * The variance-reduced methods on the linear models through their generalized linear structure
 * (K derivatives stored per sample): the same iterates as through plain batch gradients, on every
 * smooth model, dense and sparse, binary and multiclass; and linear convergence on logistic
 * regression (breast cancer) at the step sizes of the papers' theorems, with L and μ computed from
 * the data.
 */
class VarianceReductionOnLinearModelsTest {

    private static final int STEPS = 300;
    /** The two paths add the same terms in another order. */
    private static final double ROUNDING = 1e-10;

    /**
     * After STEPS steps with one seed the structured path and the plain one agree to rounding. For
     * saga and sag the structured table evaluates the ridge's gradient exactly rather than storing
     * it, so the two agree only without a ridge (lambda=0).
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
        "svrg:lr=0.005,batch=4,m=60,snapshot=random,replacement=true|logreg:dataset=breast_cancer",
        "sarah:lr=0.005,batch=2,m=40|logreg:dataset=synthetic,n=300,d=40,density=0.1",
        "saga:lr=0.005,batch=3,replacement=true|logreg:dataset=breast_cancer,lambda=0",
        "sag:lr=0.005,init=full|logreg:dataset=synthetic,n=300,d=40,density=0.1,lambda=0",
        "svrg:lr=0.005,batch=2,m=50|softmax:dataset=iris",
        "saga:lr=0.005,batch=5,replacement=true|softmax:dataset=synthetic,n=200,d=10,classes=4,density=0.2,lambda=0",
        "sarah:lr=0.005,m=30,snapshot=random|softmax:dataset=synthetic,n=200,d=10,classes=4,density=0.2",
        "sag:lr=0.005,batch=4,replacement=true,init=full|softmax:dataset=iris,lambda=0",
        "svrg:lr=0.005|least-squares:dataset=synthetic,n=200,d=15,cond=100,storage=sparse",
        "saga:lr=0.005,batch=2|least-squares:dataset=diabetes,lambda=0",
        "sarah:lr=0.005,batch=3,replacement=true|huber:dataset=diabetes,delta=0.5",
        "saga:lr=0.005|huber:dataset=diabetes,delta=0.5,lambda=0",
        "svrg:lr=0.005,batch=3|svm-squared-hinge:dataset=breast_cancer",
        "sag:lr=0.005,batch=2,replacement=true|svm-squared-hinge:dataset=breast_cancer,lambda=0",
    })
    void structuredAndPlainPathsAgree(String optimizerSpec, String problemSpec) {
        Problem problem = BuiltinProblems.asCatalog().create(problemSpec);
        GeneralizedLinearSum structured = (GeneralizedLinearSum) problem.objective();
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(optimizerSpec);
        double[] viaStructure = run(optimizer, structured, problem.start());
        double[] viaBatches = run(optimizer, plain(structured), problem.start());
        double moved = 0;
        for (int j = 0; j < viaStructure.length; j++) {
            assertEquals(viaBatches[j], viaStructure[j], ROUNDING * (1 + Math.abs(viaBatches[j])), "coordinate " + j);
            moved = Math.max(moved, Math.abs(viaBatches[j] - problem.start()[j]));
        }
        assertTrue(moved > 1e-3, "the iterates should have moved, by " + moved);
    }

    /**
     * SVRG on logistic regression (breast cancer, λ = 0.1): Johnson and Zhang (NIPS 2013),
     * Theorem 1, option II, E[f(x̃_s)] − f* ≤ α^s (f(x̃_0) − f*) with η = 0.1/L, m = ⌈50L/μ⌉ and
     * α = 1/(μη(1 − 2Lη)m) + 2Lη/(1 − 2Lη) ≈ 1/2; L = maxᵢ ‖aᵢ‖²/4 + λ (σ' ≤ 1/4), μ = λ.
     * The mean over 5 seeds after 6 epochs must be within 20 times the bound (a correct method
     * fails with probability at most 1/20 by Markov's inequality if the theorem were tight; it is
     * not: measured means are far below the bound).
     */
    @Test
    void svrgConvergesAtJohnsonZhangRate() {
        Problem problem = BuiltinProblems.asCatalog().create(LOGREG);
        double lipschitz = smoothness((LinearModel) problem.objective());
        double mu = LAMBDA;
        double eta = 0.1 / lipschitz;
        int m = (int) Math.ceil(50 * lipschitz / mu);
        double alpha = 1 / (mu * eta * (1 - 2 * lipschitz * eta) * m) + 2 * lipschitz * eta / (1 - 2 * lipschitz * eta);
        int epochs = 6;
        double gap0 = problem.objective().value(problem.start()) - problem.optimalValue();
        double mean = meanError("svrg:lr=" + eta + ",m=" + m + ",snapshot=random,replacement=true", problem,
                (long) m * epochs, x -> problem.objective().value(x) - problem.optimalValue());
        assertTrue(mean <= 20 * Math.pow(alpha, epochs) * gap0, "mean gap " + mean + " vs bound "
                + Math.pow(alpha, epochs) * gap0);
    }

    /**
     * SAGA on the same problem: Defazio, Bach and Lacoste-Julien (NIPS 2014), Theorem 1, with
     * γ = 1/(2(μn + L)): E‖x^k − x*‖² ≤ (1 − μ/(2(μn + L)))^k [‖x⁰ − x*‖² + n/(μn + L)(f(x⁰) − f*)].
     * The structured table evaluates the ridge's gradient exactly (a variant the theorem does not
     * cover as stated; the plain path is checked against it in the optimizers' tests); the bound is
     * checked here as a measured fact, with the same slack.
     */
    @Test
    void sagaConvergesAtDefazioRate() {
        Problem problem = BuiltinProblems.asCatalog().create(LOGREG);
        double lipschitz = smoothness((LinearModel) problem.objective());
        double mu = LAMBDA;
        int n = ((FiniteSum) problem.objective()).size();
        double gamma = 1 / (2 * (mu * n + lipschitz));
        double rho = 1 - mu / (2 * (mu * n + lipschitz));
        double[] xStar = problem.minimizer();
        ToDoubleFunction<double[]> distance = x -> {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += (x[j] - xStar[j]) * (x[j] - xStar[j]);
            }
            return sum;
        };
        double constant = distance.applyAsDouble(problem.start())
                + n / (mu * n + lipschitz) * (problem.objective().value(problem.start()) - problem.optimalValue());
        int steps = 40 * n;
        double mean = meanError("saga:lr=" + gamma + ",init=full,replacement=true", problem, steps, distance);
        assertTrue(mean <= 20 * Math.pow(rho, steps) * constant, "mean squared distance " + mean + " vs bound "
                + Math.pow(rho, steps) * constant);
    }

    private static final double LAMBDA = 0.1;
    private static final String LOGREG = "logreg:dataset=breast_cancer,lambda=" + LAMBDA;

    /** L = maxᵢ ‖aᵢ‖²/4 + λ over the training rows (intercept column included). */
    private static double smoothness(LinearModel model) {
        double[] row = new double[model.data().train().cols()];
        double max = 0;
        for (int i = 0; i < model.size(); i++) {
            model.data().train().copyRow(i, row, 0);
            double squares = 0;
            for (double v : row) {
                squares += v * v;
            }
            max = Math.max(max, squares);
        }
        return max / 4 + model.lambda();
    }

    private static double meanError(String spec, Problem problem, long steps, ToDoubleFunction<double[]> error) {
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(spec);
        double sum = 0;
        int seeds = 5;
        for (int seed = 0; seed < seeds; seed++) {
            Search search = optimizer.start(new Oracle(problem.objective()), problem.start(), new SplittableRandom(seed));
            for (long k = 0; k < steps; k++) {
                search.step();
            }
            sum += error.applyAsDouble(search.x());
        }
        return sum / seeds;
    }

    private static double[] run(Optimizer optimizer, FiniteSum f, double[] start) {
        Search search = optimizer.start(new Oracle(f), start, new SplittableRandom(5));
        for (int k = 0; k < STEPS; k++) {
            search.step();
        }
        return search.x().clone();
    }

    /** The same finite sum without its generalized linear structure. */
    private static FiniteSum plain(FiniteSum f) {
        return new FiniteSum() {
            @Override
            public int size() {
                return f.size();
            }

            @Override
            public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] gradOut) {
                return f.valueAndGradient(x, batch, batchSize, gradOut);
            }

            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradOut) {
                return f.valueAndGradient(x, gradOut);
            }

            @Override
            public double value(double[] x) {
                return f.value(x);
            }
        };
    }
}
