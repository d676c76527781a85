package steepest.problems.analytic;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Problem;
import steepest.problems.Tag;

/** The spec entries of the analytic test functions. */
public final class AnalyticCatalog {

    private static final Set<Tag> QUADRATIC = EnumSet.of(Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SMOOTH, Tag.SEPARABLE,
            Tag.SCALABLE);
    private static final Set<Tag> ROSENBROCK = EnumSet.of(Tag.SMOOTH, Tag.SCALABLE);

    private AnalyticCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        return List.of(
                new CatalogEntry<>("quadratic",
                        "1/2 x'Ax - b'x, A diagonal with eigenvalues log-spaced in [1, cond], b = 1, x0 = 0",
                        List.of(Key.of("d", 10, "dimension, >= 1"), Key.of("cond", 100, "condition number, >= 1")),
                        Tag.tokens(QUADRATIC),
                        args -> {
                            int d = args.integer("d");
                            DiagonalQuadratic f = new DiagonalQuadratic(d, args.real("cond"));
                            return new Problem(f, new double[d], f.optimalValue(), f.minimizer(), QUADRATIC);
                        }),
                new CatalogEntry<>("rosenbrock",
                        "chained Rosenbrock, sum 100(x[i+1] - x[i]^2)^2 + (1 - x[i])^2, start (-1.2, 1, ...), f* = 0 at 1",
                        List.of(Key.of("d", 2, "dimension, >= 2")),
                        Tag.tokens(ROSENBROCK),
                        args -> {
                            int d = args.integer("d");
                            double[] ones = new double[d];
                            Arrays.fill(ones, 1.0);
                            return new Problem(new Rosenbrock(d), Rosenbrock.standardStart(d), 0.0, ones, ROSENBROCK);
                        }));
    }
}
