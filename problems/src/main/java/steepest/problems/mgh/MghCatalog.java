package steepest.problems.mgh;

import java.util.ArrayList;
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
 * The spec entries of the 35 Moré–Garbow–Hillstrom problems, in the paper's order, named
 * {@code mgh-<name>}. Every entry takes {@code start} (the scale of the standard start: the paper's
 * 1, 10, 100); variable-size problems take {@code n} and/or {@code m}; the three whose standard start
 * leads methods to a known non-global minimum take {@code optimum=global|local}, choosing which one
 * the problem states as f* and x*.
 */
public final class MghCatalog {

    private static final Key START = Key.of("start", 1, "scale of the standard start (the paper uses 1, 10, 100)");

    private static final Set<Tag> SMOOTH = EnumSet.of(Tag.SMOOTH);
    private static final Set<Tag> SMOOTH_SCALABLE = EnumSet.of(Tag.SMOOTH, Tag.SCALABLE);
    private static final Set<Tag> CONVEX = EnumSet.of(Tag.CONVEX, Tag.SMOOTH);
    private static final Set<Tag> CONVEX_SCALABLE = EnumSet.of(Tag.CONVEX, Tag.SMOOTH, Tag.SCALABLE);
    private static final Set<Tag> STRONGLY_CONVEX = EnumSet.of(Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SMOOTH);
    private static final Set<Tag> STRONGLY_CONVEX_SCALABLE = EnumSet.of(Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SMOOTH,
            Tag.SCALABLE);

    private MghCatalog() {
    }

    /** The entries, in the order {@code list} shows them (the paper's numbering 1..35). */
    public static List<CatalogEntry<Problem>> entries() {
        return List.of(
                entry("mgh-rosenbrock", "MGH 1 Rosenbrock, n = m = 2, x0 = (-1.2, 1), f* = 0 at (1, 1)",
                        SMOOTH, List.of(), args -> new ExtendedRosenbrock(2)),
                entry("mgh-freudenstein-roth", "MGH 2 Freudenstein-Roth, n = m = 2, f* = 0 at (5, 4); x0 reaches"
                        + " the local f = 48.9842", SMOOTH, List.of(optimum()),
                        args -> new FreudensteinRoth(local(args))),
                entry("mgh-powell-badly-scaled", "MGH 3 Powell badly scaled, n = m = 2, f* = 0 at (1.098e-5, 9.106)",
                        SMOOTH, List.of(), args -> new PowellBadlyScaled()),
                entry("mgh-brown-badly-scaled", "MGH 4 Brown badly scaled, n = 2, m = 3, f* = 0 at (1e6, 2e-6)",
                        SMOOTH, List.of(), args -> new BrownBadlyScaled()),
                entry("mgh-beale", "MGH 5 Beale, n = 2, m = 3, f* = 0 at (3, 0.5)",
                        SMOOTH, List.of(), args -> new Beale()),
                entry("mgh-jennrich-sampson", "MGH 6 Jennrich-Sampson, n = 2, f* = 124.362 for m = 10",
                        SMOOTH, List.of(Key.of("m", 10, "residuals, >= 2")),
                        args -> new JennrichSampson(args.integer("m"))),
                entry("mgh-helical-valley", "MGH 7 helical valley, n = m = 3, f* = 0 at (1, 0, 0)",
                        SMOOTH, List.of(), args -> new HelicalValley()),
                entry("mgh-bard", "MGH 8 Bard, n = 3, m = 15, f* = 8.21487e-3",
                        SMOOTH, List.of(), args -> new Bard()),
                entry("mgh-gaussian", "MGH 9 Gaussian, n = 3, m = 15, f* = 1.12793e-8",
                        SMOOTH, List.of(), args -> new Gaussian()),
                entry("mgh-meyer", "MGH 10 Meyer, n = 3, m = 16, f* = 87.9458 (badly scaled)",
                        SMOOTH, List.of(), args -> new Meyer()),
                entry("mgh-gulf", "MGH 11 Gulf research and development, n = 3, f* = 0 at (50, 25, 1.5)",
                        SMOOTH, List.of(Key.of("m", 99, "residuals, 3..100")), args -> new Gulf(args.integer("m"))),
                entry("mgh-box-3d", "MGH 12 Box three-dimensional, n = 3, f* = 0 at (1, 10, 1)",
                        SMOOTH, List.of(Key.of("m", 10, "residuals, >= 3")), args -> new Box3d(args.integer("m"))),
                entry("mgh-powell-singular", "MGH 13 Powell singular, n = m = 4, f* = 0 at 0 (singular Hessian)",
                        CONVEX, List.of(), args -> new ExtendedPowell(4)),
                entry("mgh-wood", "MGH 14 Wood, n = 4, m = 6, f* = 0 at (1, 1, 1, 1)",
                        SMOOTH, List.of(), args -> new Wood()),
                entry("mgh-kowalik-osborne", "MGH 15 Kowalik-Osborne, n = 4, m = 11, f* = 3.07505e-4",
                        SMOOTH, List.of(), args -> new KowalikOsborne()),
                entry("mgh-brown-dennis", "MGH 16 Brown-Dennis, n = 4, f* = 85822.2 for m = 20",
                        CONVEX, List.of(Key.of("m", 20, "residuals, >= 4")), args -> new BrownDennis(args.integer("m"))),
                entry("mgh-osborne-1", "MGH 17 Osborne 1, n = 5, m = 33, f* = 5.46489e-5",
                        SMOOTH, List.of(), args -> new Osborne1()),
                entry("mgh-biggs-exp6", "MGH 18 Biggs EXP6, n = 6, f* = 0 at (1, 10, 1, 5, 4, 3); x0 reaches the"
                        + " local f = 5.65565e-3 (m = 13)", SMOOTH,
                        List.of(Key.of("m", 13, "residuals, >= 6"), optimum()),
                        args -> new BiggsExp6(args.integer("m"), local(args))),
                entry("mgh-osborne-2", "MGH 19 Osborne 2, n = 11, m = 65, f* = 4.01377e-2",
                        SMOOTH, List.of(), args -> new Osborne2()),
                entry("mgh-watson", "MGH 20 Watson, m = 31, f* = 2.28767e-3 (n = 6), 1.39976e-6 (9), 4.72238e-10 (12)",
                        SMOOTH, List.of(Key.of("n", 6, "dimension, 2..31")), args -> new Watson(dimension(args))),
                entry("mgh-extended-rosenbrock", "MGH 21 extended Rosenbrock, m = n, f* = 0 at (1, ..., 1); fused loops",
                        SMOOTH_SCALABLE, List.of(Key.of("n", 10, "dimension, even")),
                        args -> new ExtendedRosenbrock(dimension(args))),
                entry("mgh-extended-powell", "MGH 22 extended Powell singular, m = n, f* = 0 at 0",
                        CONVEX_SCALABLE, List.of(Key.of("n", 12, "dimension, a multiple of 4")),
                        args -> new ExtendedPowell(dimension(args))),
                entry("mgh-penalty-1", "MGH 23 penalty I, m = n + 1, f* = 2.24997e-5 (n = 4), 7.08765e-5 (n = 10)",
                        SMOOTH_SCALABLE, List.of(Key.of("n", 10, "dimension, >= 1")),
                        args -> new Penalty1(dimension(args))),
                entry("mgh-penalty-2", "MGH 24 penalty II, m = 2n, f* = 9.37629e-6 (n = 4), 2.93660e-4 (n = 10)",
                        SMOOTH, List.of(Key.of("n", 10, "dimension, 1..1000")),
                        args -> new Penalty2(dimension(args))),
                entry("mgh-variably-dimensioned", "MGH 25 variably dimensioned, m = n + 2, f* = 0 at (1, ..., 1)",
                        STRONGLY_CONVEX_SCALABLE, List.of(Key.of("n", 10, "dimension, >= 1")),
                        args -> new VariablyDimensioned(dimension(args))),
                entry("mgh-trigonometric", "MGH 26 trigonometric, m = n, f* = 0 at 0; x0 reaches the local"
                        + " f = 2.79506e-5 (n = 10)", SMOOTH,
                        List.of(Key.of("n", 10, "dimension, >= 1"), optimum()),
                        args -> new Trigonometric(dimension(args), local(args))),
                entry("mgh-brown-almost-linear", "MGH 27 Brown almost-linear, m = n, f* = 0 at (1, ..., 1)",
                        SMOOTH, List.of(Key.of("n", 10, "dimension, >= 1")),
                        args -> new BrownAlmostLinear(dimension(args))),
                entry("mgh-discrete-boundary-value", "MGH 28 discrete boundary value, m = n, f* = 0",
                        SMOOTH_SCALABLE, List.of(Key.of("n", 10, "dimension, >= 1")),
                        args -> new DiscreteBoundaryValue(dimension(args))),
                entry("mgh-discrete-integral-equation", "MGH 29 discrete integral equation, m = n, f* = 0",
                        SMOOTH, List.of(Key.of("n", 10, "dimension, >= 1")),
                        args -> new DiscreteIntegralEquation(dimension(args))),
                entry("mgh-broyden-tridiagonal", "MGH 30 Broyden tridiagonal, m = n, f* = 0",
                        SMOOTH_SCALABLE, List.of(Key.of("n", 10, "dimension, >= 1")),
                        args -> new BroydenTridiagonal(dimension(args))),
                entry("mgh-broyden-banded", "MGH 31 Broyden banded, m = n, f* = 0",
                        SMOOTH_SCALABLE, List.of(Key.of("n", 10, "dimension, >= 1")),
                        args -> new BroydenBanded(dimension(args))),
                entry("mgh-linear-full-rank", "MGH 32 linear function full rank, f* = m - n at (-1, ..., -1)",
                        STRONGLY_CONVEX, List.of(Key.of("n", 10, "dimension, >= 1"), Key.of("m", 20, "residuals, >= n")),
                        args -> new LinearFullRank(dimension(args), args.integer("m"))),
                entry("mgh-linear-rank-1", "MGH 33 linear function rank 1, f* = m(m-1)/(2(2m+1))",
                        CONVEX, List.of(Key.of("n", 10, "dimension, >= 1"), Key.of("m", 20, "residuals, >= n")),
                        args -> new LinearRank1(dimension(args), args.integer("m"))),
                entry("mgh-linear-rank-1-zero", "MGH 34 linear rank 1 with zero columns and rows,"
                        + " f* = (m^2+3m-6)/(2(2m-3))", CONVEX,
                        List.of(Key.of("n", 10, "dimension, >= 3"), Key.of("m", 20, "residuals, >= n")),
                        args -> new LinearRank1Zero(dimension(args), args.integer("m"))),
                entry("mgh-chebyquad", "MGH 35 Chebyquad, f* = 0 (m = n <= 7, 9), 3.51687e-3 (8), 6.50395e-3 (10)",
                        SMOOTH, List.of(Key.of("n", 8, "dimension, >= 1"), Key.of("m", "n", "residuals, >= n")),
                        args -> {
                            int n = dimension(args);
                            int m = "n".equals(args.text("m")) ? n : args.integer("m");
                            return new Chebyquad(n, m);
                        }));
    }

    /**
     * The key n, after checking that a problem of that dimension fits the heap: a sum of squares
     * keeps two n-vectors for its Jacobian and Hessian rows, Brown almost-linear two more.
     */
    private static int dimension(Arguments args) {
        int n = args.integer("n");
        Footprint.require("n=" + n, n, 4.0 * n);
        return n;
    }

    private static Key optimum() {
        return Key.of("optimum", "global", "which minimum f* and x* state: global or local (the one x0 reaches)");
    }

    private static boolean local(Arguments args) {
        return args.choice("optimum", "global", "local").equals("local");
    }

    private static CatalogEntry<Problem> entry(String name, String summary, Set<Tag> tags, List<Key> keys,
                                               Function<Arguments, MghFunction> objective) {
        List<Key> all = new ArrayList<>(keys);
        all.add(START);
        return new CatalogEntry<>(name, summary, all, Tag.tokens(tags),
                args -> objective.apply(args).problem(args.real("start"), tags));
    }
}
