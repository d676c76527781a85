package steepest.optimizers.variance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;

/**
 * Linear convergence on strongly convex logistic regression at the step sizes and with the
 * sampling of each paper's theorem (b = 1, uniform draws with replacement), L and μ computed from
 * the problem: every fᵢ is Lᵢ-smooth with Lᵢ = ‖aᵢ‖²/4 + λ ≤ L and λ-strongly convex, μ = λ
 * ({@link LogisticSum}). Each theorem bounds an expectation E[e_k] ≤ ρ^k C; the test averages e_k
 * over {@value #SEEDS} seeded runs and requires the mean to be at most {@value #SLACK}·ρ^k C at half
 * and at the whole horizon. Were a theorem tight, Markov's inequality would still put the chance
 * that a correct method fails one of the two checks at 2/{@value #SLACK} at most; the theorems'
 * constants are worst cases, and measured means are 10⁻⁸ of the bounds or less (the methods reach
 * the rounding floor of f − f* well within the horizons). The bounds have teeth: SGD with SAGA's
 * step stalls at its noise floor, 10⁴ times above the bound ({@link #sgdMissesTheBound}).
 *
 * <p>Both paths run: the objective with its generalized linear structure (derivatives stored, n
 * numbers) and the same finite sum without it (whole gradients). For SVRG and SARAH they are the
 * same algorithm. For SAGA and SAG the structured table evaluates the ridge's gradient λx exactly
 * instead of storing λφᵢ, a variant the theorems do not cover as stated; the same bounds are checked
 * on it as measured facts.
 */
class LinearConvergenceTest {

    private static final int SEEDS = 10;
    private static final double SLACK = 20;
    private static final LogisticSum PROBLEM = LogisticSum.synthetic(100, 5, 0.1, 3);
    private static final double L = PROBLEM.smoothness();
    private static final double MU = PROBLEM.strongConvexity();
    private static final int N = PROBLEM.size();
    private static final double[] MINIMIZER = PROBLEM.minimizer();
    private static final double F_STAR = PROBLEM.value(MINIMIZER);
    private static final double[] START = new double[PROBLEM.dimension()];

    /**
     * Johnson and Zhang (NIPS 2013), Theorem 1, option II: with
     * α = 1/(μη(1 − 2Lη)m) + 2Lη/(1 − 2Lη) &lt; 1, E[f(x̃_s)] − f* ≤ α^s (f(x̃_0) − f*). Their example
     * η = 0.1/L, m = 50L/μ gives α ≈ 1/2.
     */
    @ParameterizedTest(name = "structure={0}")
    @ValueSource(booleans = {true, false})
    void svrgMeetsJohnsonZhangTheorem1(boolean structure) {
        double eta = 0.1 / L;
        int m = (int) Math.ceil(50 * L / MU);
        double alpha = 1 / (MU * eta * (1 - 2 * L * eta) * m) + 2 * L * eta / (1 - 2 * L * eta);
        int epochs = 8;
        String spec = "svrg:lr=" + eta + ",m=" + m + ",snapshot=random,replacement=true";
        check(spec, structure, m, epochs, alpha, PROBLEM.value(START) - F_STAR, x -> PROBLEM.value(x) - F_STAR);
    }

    /**
     * Nguyen, Liu, Scheinberg and Takáč (ICML 2017), Theorem 4: with
     * σ_m = 1/(μη(m + 1)) + ηL/(2 − ηL) &lt; 1, E‖∇f(w̃_s)‖² ≤ σ_m^s ‖∇f(w̃_0)‖². Here η = 0.5/L and
     * m + 1 = ⌈12L/μ⌉, so σ_m ≤ 1/6 + 1/3 = 1/2.
     */
    @ParameterizedTest(name = "structure={0}")
    @ValueSource(booleans = {true, false})
    void sarahMeetsNguyenEtAlTheorem4(boolean structure) {
        double eta = 0.5 / L;
        int m = (int) Math.ceil(12 * L / MU) - 1;
        double sigma = 1 / (MU * eta * (m + 1)) + eta * L / (2 - eta * L);
        int epochs = 8;
        String spec = "sarah:lr=" + eta + ",m=" + m + ",snapshot=random,replacement=true";
        check(spec, structure, m, epochs, sigma, squaredGradientNorm(START), LinearConvergenceTest::squaredGradientNorm);
    }

    /**
     * Defazio, Bach and Lacoste-Julien (NIPS 2014), Theorem 1 (the strongly convex case): with
     * γ = 1/(2(μn + L)) and the table started at x⁰,
     * E‖x^k − x*‖² ≤ (1 − μ/(2(μn + L)))^k [‖x⁰ − x*‖² + n/(μn + L)·(f(x⁰) − f*)] (∇f(x*) = 0 here).
     */
    @ParameterizedTest(name = "structure={0}")
    @ValueSource(booleans = {true, false})
    void sagaMeetsDefazioEtAlTheorem1(boolean structure) {
        double gamma = 1 / (2 * (MU * N + L));
        double rho = 1 - MU / (2 * (MU * N + L));
        double constant = squaredDistance(START) + N / (MU * N + L) * (PROBLEM.value(START) - F_STAR);
        String spec = "saga:lr=" + gamma + ",init=full,replacement=true";
        check(spec, structure, 1, 6000, rho, constant, LinearConvergenceTest::squaredDistance);
    }

    /**
     * Schmidt, Le Roux and Bach (Math. Program. 2017), Theorem 1: with α = 1/(16L) and yᵢ⁰ = 0,
     * E[f(x^k)] − f* ≤ (1 − min(μ/(16L), 1/(8n)))^k [f(x⁰) − f* + (4L/n)‖x⁰ − x*‖² + σ²/(16L)],
     * σ² = (1/n) Σᵢ ‖∇fᵢ(x*)‖².
     */
    @ParameterizedTest(name = "structure={0}")
    @ValueSource(booleans = {true, false})
    void sagMeetsSchmidtEtAlTheorem1(boolean structure) {
        double alpha = 1 / (16 * L);
        double rho = 1 - Math.min(MU / (16 * L), 1.0 / (8 * N));
        double variance = 0;
        double[] g = new double[MINIMIZER.length];
        for (int i = 0; i < N; i++) {
            PROBLEM.sample(MINIMIZER, i, g);
            variance += squaredNorm(g) / N;
        }
        double constant = PROBLEM.value(START) - F_STAR + 4 * L / N * squaredDistance(START) + variance / (16 * L);
        String spec = "sag:lr=" + alpha + ",init=zero,replacement=true";
        check(spec, structure, 1, 16_000, rho, constant, x -> PROBLEM.value(x) - F_STAR);
    }

    /** SGD at SAGA's step converges only to a noise ball: the SAGA check fails it. */
    @ParameterizedTest(name = "structure={0}")
    @ValueSource(booleans = {true, false})
    void sgdMissesTheBound(boolean structure) {
        double gamma = 1 / (2 * (MU * N + L));
        double rho = 1 - MU / (2 * (MU * N + L));
        double constant = squaredDistance(START) + N / (MU * N + L) * (PROBLEM.value(START) - F_STAR);
        String spec = "sgd:lr=" + gamma + ",batch=1,replacement=true";
        double mean = meanError(spec, structure, 6000, LinearConvergenceTest::squaredDistance);
        assertTrue(mean > 100 * SLACK * Math.pow(rho, 6000) * constant, "SGD's error " + mean + " met the bound "
                + Math.pow(rho, 6000) * constant);
    }

    /** Runs SEEDS seeds for `periods` periods of `length` steps; checks the mean error at half and at the end. */
    private static void check(String spec, boolean structure, int length, int periods, double rate, double constant,
                              ToDoubleFunction<double[]> error) {
        for (int horizon : new int[] {periods / 2, periods}) {
            double mean = meanError(spec, structure, (long) horizon * length, error);
            double bound = Math.pow(rate, horizon) * constant;
            assertTrue(mean <= SLACK * bound, spec + " after " + horizon + " periods of " + length + ": mean error "
                    + mean + " > " + SLACK + " x bound " + bound);
        }
    }

    private static double meanError(String spec, boolean structure, long steps, ToDoubleFunction<double[]> error) {
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(spec);
        FiniteSum f = structure ? PROBLEM : PROBLEM.plain();
        double sum = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Search search = optimizer.start(new Oracle(f), START, new SplittableRandom(seed));
            for (long k = 0; k < steps; k++) {
                search.step();
            }
            sum += error.applyAsDouble(search.x());
        }
        return sum / SEEDS;
    }

    private static double squaredGradientNorm(double[] x) {
        double[] g = new double[x.length];
        PROBLEM.valueAndGradient(x, g);
        return squaredNorm(g);
    }

    private static double squaredDistance(double[] x) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += (x[j] - MINIMIZER[j]) * (x[j] - MINIMIZER[j]);
        }
        return sum;
    }

    private static double squaredNorm(double[] v) {
        double sum = 0;
        for (double a : v) {
            sum += a * a;
        }
        return sum;
    }
}
