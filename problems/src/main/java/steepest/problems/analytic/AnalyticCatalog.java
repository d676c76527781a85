package steepest.problems.analytic;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Footprint;
import steepest.problems.Problem;
import steepest.problems.Tag;

/**
 * The spec entries of the analytic test functions. Those with a {@code d} key run in O(d) memory
 * (O(d) time per evaluation; {@code quadratic-rotated} O(d log d)) and scale to d = 1e6.
 */
public final class AnalyticCatalog {

    private static final Key D2 = Key.of("d", 2, "dimension, >= 1");

    private static final Set<Tag> SEPARABLE_QUADRATIC = EnumSet.of(Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SMOOTH,
            Tag.SEPARABLE, Tag.SCALABLE);
    private static final Set<Tag> QUADRATIC = EnumSet.of(Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SMOOTH, Tag.SCALABLE);
    private static final Set<Tag> STRONGLY_CONVEX = EnumSet.of(Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SMOOTH);
    private static final Set<Tag> SMOOTH = EnumSet.of(Tag.SMOOTH);
    private static final Set<Tag> SMOOTH_SCALABLE = EnumSet.of(Tag.SMOOTH, Tag.SCALABLE);
    private static final Set<Tag> MULTIMODAL = EnumSet.of(Tag.SMOOTH, Tag.MULTIMODAL);
    private static final Set<Tag> MULTIMODAL_SCALABLE = EnumSet.of(Tag.SMOOTH, Tag.MULTIMODAL, Tag.SCALABLE);
    private static final Set<Tag> MULTIMODAL_SEPARABLE = EnumSet.of(Tag.SMOOTH, Tag.SEPARABLE, Tag.MULTIMODAL,
            Tag.SCALABLE);
    private static final Set<Tag> ACKLEY = EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL, Tag.SCALABLE);

    private AnalyticCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        return List.of(
                entry("sphere", "sum x_i^2, x0 = (1, ..., 1), f* = 0 at 0", SEPARABLE_QUADRATIC, List.of(D2),
                        args -> new Sphere(dimension(args, 0))),
                entry("quadratic", "1/2 x'Ax - b'x, A diagonal with eigenvalues log-spaced in [1, cond], b = 1, x0 = 0",
                        SEPARABLE_QUADRATIC,
                        List.of(Key.of("d", 10, "dimension, >= 1"), Key.of("cond", 100, "condition number, >= 1")),
                        args -> new DiagonalQuadratic(dimension(args, 1), args.real("cond"))),
                entry("quadratic-rotated", "the quadratic in a seeded random orthonormal basis (O(d) memory butterfly),"
                        + " x0 = 0", QUADRATIC,
                        List.of(Key.of("d", 10, "dimension, >= 1"), Key.of("cond", 100, "condition number, >= 1"),
                                Key.of("seed", 0, "seed of the basis")),
                        args -> new RotatedQuadratic(dimension(args, 5), args.real("cond"), seed(args))),
                entry("rosenbrock", "chained Rosenbrock, sum 100(x[i+1] - x[i]^2)^2 + (1 - x[i])^2, start (-1.2, 1, ...),"
                        + " f* = 0 at 1", SMOOTH_SCALABLE, List.of(Key.of("d", 2, "dimension, >= 2")),
                        args -> new Rosenbrock(dimension(args, 0))),
                entry("beale", "Beale, 2-D, x0 = (1, 1), f* = 0 at (3, 0.5)", SMOOTH, List.of(), args -> new Beale()),
                entry("booth", "Booth, 2-D quadratic, x0 = (0, 0), f* = 0 at (1, 3)", STRONGLY_CONVEX, List.of(),
                        args -> new Booth()),
                entry("himmelblau", "Himmelblau, 2-D, four global minima f* = 0 (e.g. (3, 2)), x0 = (0, 0)", MULTIMODAL,
                        List.of(), args -> new Himmelblau()),
                entry("goldstein-price", "Goldstein-Price, 2-D, f* = 3 at (0, -1), local minima 30, 84, 840, x0 = (1, 1)",
                        MULTIMODAL, List.of(), args -> new GoldsteinPrice()),
                entry("six-hump-camel", "six-hump camel, 2-D, f* = -1.0316 at +-(0.0898, -0.7127), x0 = (1, 1)",
                        MULTIMODAL, List.of(), args -> new SixHumpCamel()),
                entry("rastrigin", "Rastrigin, 10d + sum x_i^2 - 10cos(2 pi x_i), x0 = (3, ..., 3), f* = 0 at 0",
                        MULTIMODAL_SEPARABLE, List.of(D2), args -> new Rastrigin(dimension(args, 0))),
                entry("ackley", "Ackley (a = 20, b = 0.2, c = 2 pi), x0 = (2.5, ..., 2.5), f* = 0 at 0 (a kink)",
                        ACKLEY, List.of(D2), args -> new Ackley(dimension(args, 0))),
                entry("griewank", "Griewank, 1 + |x|^2/4000 - prod cos(x_i/sqrt(i)), x0 = (10, ..., 10), f* = 0 at 0",
                        MULTIMODAL_SCALABLE, List.of(D2), args -> new Griewank(dimension(args, 3))),
                entry("styblinski-tang", "Styblinski-Tang, 1/2 sum x^4 - 16x^2 + 5x, x0 = 0, f* = -39.166 d at -2.9035",
                        MULTIMODAL_SEPARABLE, List.of(D2), args -> new StyblinskiTang(dimension(args, 0))),
                entry("saddle", "x^2 - y^2, unbounded below (no f*), saddle at 0, x0 = (1, 1e-3)", SMOOTH, List.of(),
                        args -> new Saddle()),
                entry("plateau", "1 - exp(-|x|^2/(2 sigma^2)), nearly flat at x0 (|x0| = 3 sigma), f* = 0 at 0",
                        SMOOTH_SCALABLE, List.of(D2, Key.of("sigma", 1, "width of the well, > 0")),
                        args -> new Plateau(dimension(args, 0), args.real("sigma"))));
    }

    /**
     * The key d, after checking that a problem of that dimension fits the heap: the function keeps
     * {@code ownVectors} d-vectors of its own (eigenvalues, a basis, prefix products).
     */
    private static int dimension(Arguments args, int ownVectors) {
        int d = args.integer("d");
        Footprint.require("d=" + d, d, (double) ownVectors * d);
        return d;
    }

    private static long seed(Arguments args) {
        double seed = args.real("seed");
        if (seed != Math.rint(seed) || Math.abs(seed) > 1e15) {
            throw args.fail("seed='" + args.text("seed") + "' is not an integer");
        }
        return (long) seed;
    }

    private static CatalogEntry<Problem> entry(String name, String summary, Set<Tag> tags, List<Key> keys,
                                               Function<Arguments, AnalyticFunction> function) {
        return new CatalogEntry<>(name, summary, keys, Tag.tokens(tags), args -> function.apply(args).problem(tags));
    }
}
