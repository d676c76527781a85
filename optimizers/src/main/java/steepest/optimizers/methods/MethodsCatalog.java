package steepest.optimizers.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import steepest.optimizers.Optimizer;
import steepest.optimizers.cg.Beta;
import steepest.optimizers.cg.NonlinearConjugateGradient;
import steepest.optimizers.conditional.FrankWolfe;
import steepest.optimizers.conditional.StepSize;
import steepest.optimizers.conditional.Variant;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.descent.LineSearchMethod;
import steepest.optimizers.descent.SteepestDescent;
import steepest.optimizers.leastsquares.GaussNewton;
import steepest.optimizers.leastsquares.LevenbergMarquardt;
import steepest.optimizers.linesearch.Armijo;
import steepest.optimizers.linesearch.LineSearch;
import steepest.optimizers.linesearch.StrongWolfe;
import steepest.optimizers.natural.NaturalGradient;
import steepest.optimizers.newton.Newton;
import steepest.optimizers.newton.NewtonCg;
import steepest.optimizers.proximal.ProximalGradient;
import steepest.optimizers.quasinewton.Bfgs;
import steepest.optimizers.quasinewton.Lbfgs;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.optimizers.spectral.SpectralGradient;
import steepest.optimizers.spectral.StepRule;
import steepest.optimizers.subgradient.SubgradientMethod;
import steepest.optimizers.subgradient.SubgradientStep;
import steepest.optimizers.trustregion.MoreSorensen;
import steepest.optimizers.trustregion.SteihaugCg;
import steepest.optimizers.trustregion.Subproblem;
import steepest.optimizers.trustregion.TrustRegion;

/**
 * The spec entries of the methods beyond first-order update rules: line searches, nonlinear CG,
 * Newton and quasi-Newton, Frank-Wolfe, projected and proximal gradient, natural gradient and the
 * subgradient method. Line-search methods share the keys {@code search=wolfe|armijo}, {@code c1}
 * and {@code c2} (the latter for the Wolfe search only).
 */
public final class MethodsCatalog {

    /** The spec text of "no value" for keys that apply only to some settings. */
    static final String NONE = "none";
    /** The spec text of "estimate it" for L0. */
    static final String AUTO = "auto";
    private static final String OPEN_LOOP = "2/(k+2)";

    private MethodsCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Optimizer>> entries() {
        return List.of(
                descent("gd-ls", "gradient descent with a line search: x <- x + a d, d = -grad f(x)",
                        List.of(), "armijo", StrongWolfe.DEFAULT_C2, args -> new SteepestDescent()),
                descent("ncg", "nonlinear conjugate gradient d = -g + beta d_prev, restarts every 6n and by Powell's test",
                        List.of(Key.of("beta", Beta.PR_PLUS.token(), "fr | pr+ | hs | hz")), "wolfe",
                        StrongWolfe.DEFAULT_C2_CONJUGATE_GRADIENT,
                        args -> new NonlinearConjugateGradient(Beta.of(args.choice("beta", Beta.tokens())))),
                descent("bfgs", "BFGS, dense inverse-Hessian update, H0 = (s'y / y'y) I or I",
                        List.of(Key.of("h0", "scaled", "scaled (H0 = s'y / y'y I, Nocedal-Wright 6.20) | identity (scipy)")),
                        "wolfe", StrongWolfe.DEFAULT_C2,
                        args -> new Bfgs(args.choice("h0", "scaled", "identity").equals("scaled"))),
                descent("lbfgs", "limited-memory BFGS, two-loop recursion, gamma = s'y / y'y",
                        List.of(Key.of("m", Lbfgs.DEFAULT_MEMORY, "stored curvature pairs, >= 1")), "wolfe",
                        StrongWolfe.DEFAULT_C2, args -> new Lbfgs(args.integer("m"))),
                descent("newton", "Newton's method, dense Hessian, Cholesky of H + tau I (tau >= 0 until positive definite)",
                        List.of(), "wolfe", StrongWolfe.DEFAULT_C2, args -> new Newton()),
                descent("newton-cg", "truncated Newton: CG on Hessian-vector products to min(0.5, sqrt|g|)|g|",
                        List.of(), "wolfe", StrongWolfe.DEFAULT_C2, args -> new NewtonCg()),
                new CatalogEntry<>("frank-wolfe",
                        "conditional gradient over the problem's linear minimization oracle; reports the FW gap",
                        List.of(Key.of("step", OPEN_LOOP, OPEN_LOOP + " | short | line | away | pairwise"),
                                Key.of("L", NONE, "smoothness constant for step=short (also turns away/pairwise to short steps)")),
                        MethodsCatalog::frankWolfe),
                proximal("pgd", "projected gradient x <- P_C(x - grad f(x) / L), backtracking on L",
                        ProximalGradient.Kind.PROJECTION, false),
                proximal("ista", "proximal gradient (ISTA) x <- prox_{g/L}(x - grad f(x) / L), backtracking on L",
                        ProximalGradient.Kind.PROXIMAL, false),
                proximal("fista", "accelerated proximal gradient (FISTA), backtracking on L",
                        ProximalGradient.Kind.PROXIMAL, true),
                new CatalogEntry<>("natural-gradient",
                        "natural gradient x <- x - lr d, (F + damping I) d = grad f by matrix-free CG",
                        List.of(Key.of("lr", NaturalGradient.DEFAULT_LEARNING_RATE, "step size, > 0"),
                                Key.of("damping", NaturalGradient.DEFAULT_DAMPING, "Tikhonov damping, >= 0"),
                                Key.of("cg_tol", NaturalGradient.DEFAULT_CG_TOLERANCE, "CG relative residual tolerance")),
                        args -> new NaturalGradient(args.real("lr"), args.real("damping"), args.real("cg_tol"))),
                new CatalogEntry<>("subgradient",
                        "subgradient method x <- x - a g, g in the subdifferential; reports the best iterate",
                        List.of(Key.of("step", SubgradientStep.SQRT.token(), "const (a = lr) | sqrt (a = lr / sqrt(k+1)) | "
                                        + "polyak (a = (f - f_star) / |g|^2)"),
                                Key.of("lr", SubgradientMethod.DEFAULT_LEARNING_RATE, "step scale for const and sqrt"),
                                Key.of("f_star", NONE, "the optimal value, required by step=polyak")),
                        MethodsCatalog::subgradient),
                new CatalogEntry<>("gauss-newton",
                        "Gauss-Newton on residuals: d = argmin |J d + r| (pivoted QR), Armijo backtracking on |r|",
                        List.of(Key.of("c1", StrongWolfe.DEFAULT_C1, "sufficient-decrease constant")),
                        args -> new GaussNewton(new Armijo(args.real("c1"), Armijo.DEFAULT_MAX_EVALUATIONS))),
                new CatalogEntry<>("levenberg-marquardt",
                        "Levenberg-Marquardt on residuals, More's scaled trust region as MINPACK's lmder",
                        List.of(Key.of("ftol", LevenbergMarquardt.DEFAULT_TOLERANCE,
                                        "stop when actual and predicted relative reductions of f are <= ftol"),
                                Key.of("xtol", LevenbergMarquardt.DEFAULT_TOLERANCE,
                                        "stop when the trust radius is <= xtol |D x|"),
                                Key.of("gtol", LevenbergMarquardt.DEFAULT_TOLERANCE,
                                        "stop when every cosine between r and a column of J is <= gtol"),
                                Key.of("factor", LevenbergMarquardt.DEFAULT_FACTOR,
                                        "initial trust radius factor |D x0| (factor if x0 = 0), > 0"),
                                Key.of("x_scale", LevenbergMarquardt.Scaling.JACOBIAN.token(),
                                        "jac (D from J's column norms, MINPACK mode 1) | 1 (D = I, scipy's default)")),
                        args -> new LevenbergMarquardt(args.real("ftol"), args.real("xtol"), args.real("gtol"),
                                args.real("factor"), LevenbergMarquardt.Scaling.of(args.choice("x_scale",
                                        LevenbergMarquardt.Scaling.JACOBIAN.token(),
                                        LevenbergMarquardt.Scaling.IDENTITY.token())))),
                trustRegion("trust-ncg", "trust-region Newton, Steihaug-Toint CG on Hessian-vector products",
                        new SteihaugCg()),
                trustRegion("trust-exact", "trust-region Newton, More-Sorensen nearly exact steps on the dense Hessian",
                        new MoreSorensen()),
                spectral("bb", "Barzilai-Borwein steps with the GLL nonmonotone line search (Raydan 1997)", false),
                spectral("spg", "spectral projected gradient: bb projected onto the feasible set (Birgin-Martinez-Raydan)",
                        true));
    }

    private static CatalogEntry<Optimizer> spectral(String name, String summary, boolean projected) {
        return new CatalogEntry<>(name, summary,
                List.of(Key.of("step", StepRule.BB1.token(), "bb1 (s's/s'y) | bb2 (s'y/y'y) | alternate (bb1, bb2, ...)"),
                        Key.of("M", SpectralGradient.DEFAULT_MEMORY, "values the nonmonotone test looks back over, >= 1")),
                args -> new SpectralGradient(StepRule.of(args.choice("step", StepRule.tokens())), args.integer("M"),
                        projected));
    }

    private static CatalogEntry<Optimizer> trustRegion(String name, String summary, Subproblem subproblem) {
        return new CatalogEntry<>(name, summary,
                List.of(Key.of("initial_trust_radius", TrustRegion.DEFAULT_INITIAL_RADIUS, "initial radius, > 0"),
                        Key.of("max_trust_radius", TrustRegion.DEFAULT_MAX_RADIUS, "largest radius, >= initial"),
                        Key.of("eta", TrustRegion.DEFAULT_ETA, "accept a step when actual/predicted > eta, in [0, 0.25)")),
                args -> new TrustRegion(subproblem, args.real("initial_trust_radius"), args.real("max_trust_radius"),
                        args.real("eta")));
    }

    private static CatalogEntry<Optimizer> descent(String name, String summary, List<Key> ownKeys, String search,
                                                   double c2, Function<Arguments, DirectionRule> rule) {
        List<Key> keys = new ArrayList<>(ownKeys);
        keys.add(Key.of("search", search, "wolfe (strong Wolfe, interpolating) | armijo (backtracking)"));
        keys.add(Key.of("c1", StrongWolfe.DEFAULT_C1, "sufficient-decrease constant"));
        keys.add(Key.of("c2", c2, "curvature constant, search=wolfe only"));
        return new CatalogEntry<>(name, summary, keys,
                args -> new LineSearchMethod(rule.apply(args), lineSearch(args, c2)));
    }

    private static LineSearch lineSearch(Arguments args, double defaultC2) {
        String search = args.choice("search", "wolfe", "armijo");
        if (search.equals("armijo")) {
            rejectUnlessDefault(args, "c2", defaultC2, "c2 applies only to search=wolfe");
            return new Armijo(args.real("c1"), Armijo.DEFAULT_MAX_EVALUATIONS);
        }
        return new StrongWolfe(args.real("c1"), args.real("c2"));
    }

    /**
     * Rejects a key the chosen setting ignores when the user gave it a value other than its default
     * (the default itself is accepted, so canonical specs, which spell out every key, replay).
     */
    private static void rejectUnlessDefault(Arguments args, String key, double defaultValue, String message) {
        if (args.given(key) && args.real(key) != defaultValue) {
            throw args.fail(message);
        }
    }

    private static CatalogEntry<Optimizer> proximal(String name, String summary, ProximalGradient.Kind kind,
                                                    boolean accelerated) {
        return new CatalogEntry<>(name, summary,
                List.of(Key.of("L0", AUTO, "initial smoothness estimate, > 0, or auto (local estimate)")),
                args -> new ProximalGradient(kind, accelerated, args.optionalReal("L0", AUTO)));
    }

    private static Optimizer frankWolfe(Arguments args) {
        String step = args.choice("step", OPEN_LOOP, "short", "line", "away", "pairwise");
        OptionalDouble smoothness = args.optionalReal("L", NONE);
        Variant variant = switch (step) {
            case "away" -> Variant.AWAY;
            case "pairwise" -> Variant.PAIRWISE;
            default -> Variant.CLASSIC;
        };
        StepSize size = switch (step) {
            case OPEN_LOOP -> StepSize.OPEN_LOOP;
            case "short" -> StepSize.SHORT;
            case "line" -> StepSize.LINE;
            default -> smoothness.isEmpty() ? StepSize.LINE : StepSize.SHORT;
        };
        return new FrankWolfe(variant, size, smoothness);
    }

    private static Optimizer subgradient(Arguments args) {
        SubgradientStep step = SubgradientStep.of(args.choice("step", SubgradientStep.tokens()));
        OptionalDouble optimalValue = args.optionalReal("f_star", NONE);
        if (step == SubgradientStep.POLYAK) {
            rejectUnlessDefault(args, "lr", SubgradientMethod.DEFAULT_LEARNING_RATE, "lr does not apply to step=polyak");
            return new SubgradientMethod(step, OptionalDouble.empty(), optimalValue);
        }
        return new SubgradientMethod(step, OptionalDouble.of(args.real("lr")), optimalValue);
    }
}
