package steepest.problems;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import steepest.problems.conformance.ProblemConformance;

/**
 * How {@link ProblemCatalogTest} checks each catalog entry: where it samples points and how tight its
 * tolerances are. Every entry of {@link BuiltinProblems} (or a plugin's provider) needs one here, registered by name; an
 * entry without one fails the test (it is never skipped). Add yours next to the others of its kind.
 *
 * <p>Tolerances (all relative, see {@link ProblemConformance} for the exact comparisons):
 * <ul>
 *   <li>gradient vs central differences: |fd − gᵢ| &lt;= {@code gradient}·‖g‖∞ + rounding, where
 *       rounding = 100·ε·max|f| / (2h) is the cancellation error of the difference itself (so the check
 *       is relative to f where f dwarfs g, as on Brown badly scaled, see REFERENCES.md);</li>
 *   <li>Hessian-vector product vs central differences of gradients along a scaled random direction:
 *       ‖fd − Hv‖∞ &lt;= {@code hessian}·‖Hv‖∞ + 100·ε·max‖g‖∞ / h;</li>
 *   <li>at the stated minimizer: |f(x*) − f*| &lt;= {@code optimumValue}·|f*| + 1e-14 and
 *       ‖∇f(x*)‖∞ &lt;= {@code optimumGradient}·(1 + ‖∇f(x0)‖∞).</li>
 * </ul>
 */
final class ProblemChecks {

    /** Picks a test point for a problem from its standard start. */
    @FunctionalInterface
    interface Sampler {
        double[] point(Problem problem, SplittableRandom random);
    }

    /**
     * One check.
     *
     * @param points          where gradients and Hessian-vector products are compared
     * @param gradient        relative bound for the central-difference gradient check
     * @param hessian         relative bound for the Hessian-vector product check
     * @param optimumValue    relative bound on f(x*) − f*
     * @param optimumGradient bound on ‖∇f(x*)‖∞ relative to 1 + ‖∇f(x0)‖∞
     * @param noOptimum       null, or why the problem states no f* and x* (then none may be stated)
     * @param subset          check a seeded subset of coordinates even below the large-problem size
     *                        (for costly objectives whose own tests check every coordinate)
     * @param nonsmooth       the optimum is a kink: instead of a small gradient there, f must not
     *                        decrease along random directions from x* (a subgradient need not vanish)
     * @param meanGradient    f is piecewise smooth on pieces far shorter than any usable difference
     *                        step (Katsuura's sawtooths): each central difference over [xᵢ − h, xᵢ + h]
     *                        is compared with the mean of ∂f/∂xᵢ over that interval (jittered
     *                        stratified samples), which equals it for a Lipschitz f by the
     *                        fundamental theorem of calculus, within the samples' standard error
     * @param step            the difference step relative to max(1, |xᵢ|): ∛ε by default, smaller for
     *                        functions that oscillate faster than ∛ε resolves
     */
    record Check(Sampler points, double gradient, double hessian, double optimumValue, double optimumGradient,
                 String noOptimum, boolean subset, boolean nonsmooth, boolean meanGradient, double step) {

        /** The bounds as the conformance checks take them. */
        ProblemConformance.Tolerances tolerances() {
            return new ProblemConformance.Tolerances(gradient, hessian, optimumValue, optimumGradient, subset, nonsmooth);
        }

        Check withoutOptimum(String reason) {
            return new Check(points, gradient, hessian, optimumValue, optimumGradient, reason, subset, nonsmooth,
                    meanGradient, step);
        }

        Check withGradient(double bound) {
            return new Check(points, bound, hessian, optimumValue, optimumGradient, noOptimum, subset, nonsmooth,
                    meanGradient, step);
        }

        Check withSubset() {
            return new Check(points, gradient, hessian, optimumValue, optimumGradient, noOptimum, true, nonsmooth,
                    meanGradient, step);
        }

        Check withNonsmoothOptimum() {
            return new Check(points, gradient, hessian, optimumValue, optimumGradient, noOptimum, subset, true,
                    meanGradient, step);
        }

        Check withStep(double relativeStep) {
            return new Check(points, gradient, hessian, optimumValue, optimumGradient, noOptimum, subset, nonsmooth,
                    meanGradient, relativeStep);
        }

        Check withMeanGradient() {
            return new Check(points, gradient, hessian, optimumValue, optimumGradient, noOptimum, subset, nonsmooth,
                    true, step);
        }
    }

    /** xᵢ = x0ᵢ + scale·(1 + |x0ᵢ|)·u, u uniform in [−1, 1]. */
    static Sampler nearStart(double scale) {
        return (problem, random) -> {
            double[] x = problem.start();
            for (int i = 0; i < x.length; i++) {
                x[i] += scale * (1 + Math.abs(x[i])) * (2 * random.nextDouble() - 1);
            }
            return x;
        };
    }

    /** Smooth test functions and the MGH set: near the start, 1e-6 and 1e-5, tight optimum checks. */
    static final Check SMOOTH = new Check(nearStart(0.1), 1e-6, 1e-5, 1e-8, 1e-9, null, false, false, false,
            Math.cbrt(Math.ulp(1.0)));

    private static final Map<String, Check> CHECKS = new HashMap<>();

    static {
        // f passes through 2⌈log₂ d⌉ butterfly stages; at d = 1e6 its rounding noise costs about one digit
        // of the difference quotient, measured 7e-6 relative to |g|inf.
        CHECKS.put("quadratic-rotated", SMOOTH.withGradient(2e-5));
        for (String name : List.of("sphere", "quadratic", "rosenbrock", "beale", "booth",
                "himmelblau", "goldstein-price", "six-hump-camel", "rastrigin", "griewank", "styblinski-tang",
                "plateau")) {
            CHECKS.put(name, SMOOTH);
        }
        // Ackley's kink is at the minimizer only; the sampled points stay near the start (2.5, ...).
        CHECKS.put("ackley", SMOOTH);
        CHECKS.put("saddle", SMOOTH.withoutOptimum("x^2 - y^2 is unbounded below"));
        // Constrained least squares and matrix completion: the optimum check is the projected-gradient
        // fixed point (ProblemCatalogTest), since the gradient need not vanish on the boundary of C.
        for (String name : List.of("ls-simplex", "ls-l1-ball", "ls-box", "matrix-completion")) {
            CHECKS.put(name, SMOOTH);
        }
        // Linear models on real data: f* certified by the model's own solver (Newton-CG, coordinate descent).
        // Lasso's gradient is the least-norm subgradient, zero at its minimizer.
        for (String name : List.of("least-squares", "logreg", "softmax", "svm-squared-hinge", "huber", "lasso")) {
            CHECKS.put(name, SMOOTH);
        }
        CHECKS.put("svm-hinge", SMOOTH.withNonsmoothOptimum());
        // The network's backprop is checked coordinate by coordinate per activation in MlpTest.
        CHECKS.put("mlp", SMOOTH.withSubset().withoutOptimum("a non-convex network: no known minimum"));
        for (String name : List.of("mgh-rosenbrock", "mgh-freudenstein-roth", "mgh-powell-badly-scaled",
                "mgh-brown-badly-scaled", "mgh-beale", "mgh-jennrich-sampson", "mgh-helical-valley", "mgh-bard",
                "mgh-gaussian", "mgh-meyer", "mgh-gulf", "mgh-box-3d", "mgh-powell-singular", "mgh-wood",
                "mgh-kowalik-osborne", "mgh-brown-dennis", "mgh-osborne-1", "mgh-biggs-exp6", "mgh-osborne-2",
                "mgh-watson", "mgh-extended-rosenbrock", "mgh-extended-powell", "mgh-penalty-1", "mgh-penalty-2",
                "mgh-variably-dimensioned", "mgh-trigonometric", "mgh-brown-almost-linear",
                "mgh-discrete-boundary-value", "mgh-discrete-integral-equation", "mgh-broyden-tridiagonal",
                "mgh-broyden-banded", "mgh-linear-full-rank", "mgh-linear-rank-1", "mgh-linear-rank-1-zero",
                "mgh-chebyquad")) {
            CHECKS.put(name, SMOOTH);
        }
        // COCO's bbob functions: every x_opt is a stationary point with gradient 0 (at the kinks of the
        // nonsmooth ones too, by the subgradients they document), so all get the smooth optimum check.
        CHECKS.put("bbob", SMOOTH);
        // The wrapped problem's exact objective (the default, Rosenbrock); the noise has its own test.
        CHECKS.put("noisy", SMOOTH);
    }

    /** The bbob instances checked beyond the default: every function in dimensions 2, 10 and 40. */
    private static final List<String> BBOB_SPECS = java.util.stream.IntStream.rangeClosed(1, 24).boxed()
            .flatMap(f -> java.util.stream.Stream.of("bbob:f=" + f + ",d=2,instance=1", "bbob:f=" + f + ",d=10,instance=3",
                    "bbob:f=" + f + ",d=40,instance=57"))
            .toList();

    /** Checks for single instances that differ from their entry's, with the reason. */
    private static final Map<String, Check> SPEC_CHECKS = new HashMap<>();

    static {
        // Katsuura's sawtooths have kinks every 2^-33 in z: no difference step resolves them, but f is
        // Lipschitz, so the mean of the gradient over the step must match the difference quotient.
        // Weierstrass's highest frequency, 2π 3^11 ≈ 1.1e6 per unit of z, turns radians over the default
        // step; 1e-8 resolves it.
        for (String suffix : List.of("d=2,instance=1", "d=10,instance=3", "d=40,instance=57")) {
            SPEC_CHECKS.put("bbob:f=23," + suffix, SMOOTH.withMeanGradient());
            SPEC_CHECKS.put("bbob:f=16," + suffix, SMOOTH.withStep(1e-8));
        }
    }

    /**
     * Entries whose instances' tags depend on their keys, so that the entry lists fewer (those every
     * instance has); each instance must still carry at least the entry's.
     */
    static final Map<String, String> KEY_DEPENDENT_TAGS = Map.of(
            "bbob", "tags depend on f (BbobFunctionTest checks them per function)",
            "noisy", "the wrapped problem's tags");

    /**
     * The entries whose objective offers residuals and their Jacobian ({@link steepest.optimizers.Residuals}):
     * every MGH problem, linear least squares and the constrained least squares. Every other entry must
     * not, so a capability cannot appear or vanish unnoticed.
     */
    static final Set<String> RESIDUALS = residualEntries();

    private static Set<String> residualEntries() {
        Set<String> names = new HashSet<>(List.of("least-squares", "ls-simplex", "ls-l1-ball", "ls-box"));
        CHECKS.keySet().stream().filter(name -> name.startsWith("mgh-")).forEach(names::add);
        return Set.copyOf(names);
    }

    /**
     * Instances beyond the defaults: large dimensions (checked on a random subset of coordinates),
     * the other sizes the MGH paper reports f* for, the local optima and the scaled starts.
     */
    static final List<String> EXTRA_SPECS = List.of(
            "sphere:d=1000000", "quadratic-rotated:d=1000000,cond=1e4,seed=7", "quadratic-rotated:d=1000,seed=3",
            "rosenbrock:d=100000", "rastrigin:d=100000", "ackley:d=100000", "griewank:d=100000",
            "styblinski-tang:d=100000", "plateau:d=100000,sigma=2",
            "mgh-extended-rosenbrock:n=1000000", "mgh-extended-powell:n=100000", "mgh-penalty-1:n=100000",
            "mgh-penalty-2:n=1000", "mgh-variably-dimensioned:n=100000", "mgh-broyden-tridiagonal:n=100000",
            "mgh-broyden-banded:n=100000", "mgh-discrete-boundary-value:n=100000",
            "mgh-watson:n=9", "mgh-watson:n=12", "mgh-penalty-1:n=4", "mgh-penalty-2:n=4",
            "mgh-chebyquad:n=10", "mgh-chebyquad:n=7", "mgh-jennrich-sampson:m=10",
            "mgh-freudenstein-roth:optimum=local", "mgh-biggs-exp6:optimum=local",
            "mgh-trigonometric:optimum=local", "mgh-broyden-banded:n=200", "mgh-discrete-integral-equation:n=50",
            "mgh-rosenbrock:start=10", "mgh-meyer:start=10", "mgh-watson:start=100", "mgh-osborne-2:start=10");

    /**
     * Instances that state less than f* and x*, with the reason; any other instance must state both.
     * Where f* is stated without x*, every sampled point must satisfy f(x) >= f*.
     */
    static final Map<String, String> PARTLY_KNOWN_OPTIMUM = Map.of(
            "mgh-penalty-1:n=100000", "the paper gives f* for n = 4 and 10 only",
            "mgh-penalty-2:n=1000", "the paper gives f* for n = 4 and 10 only",
            "mgh-broyden-tridiagonal:n=100000", "x* is computed (Newton, dense) only for n <= 200; f* = 0",
            "mgh-broyden-banded:n=100000", "x* is computed (Newton, dense) only for n <= 200; f* = 0",
            "mgh-discrete-boundary-value:n=100000", "x* is computed (Newton, dense) only for n <= 200; f* = 0");

    private ProblemChecks() {
    }

    /** Every instance checked beyond the entries' defaults. */
    static List<String> extraSpecs() {
        List<String> specs = new java.util.ArrayList<>(EXTRA_SPECS);
        specs.addAll(BBOB_SPECS);
        return specs;
    }

    /** The check of {@code spec}: its own if registered, else that of its catalog entry {@code name}. */
    static Optional<Check> forSpec(String spec, String name) {
        return Optional.ofNullable(SPEC_CHECKS.getOrDefault(spec, CHECKS.get(name)));
    }
}
