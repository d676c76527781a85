package steepest.problems.constrained;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import steepest.optimizers.Checks;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Footprint;
import steepest.problems.Problem;
import steepest.problems.Tag;

/**
 * The spec entries of this package's problems. The least-squares problems plant their minimizer
 * ({@link PlantedLeastSquares}) so that x* and f* are exact: a k-sparse x* on the simplex or on the
 * sphere of the ℓ1 ball, or an x* with a third of its coordinates at each bound of the box, and
 * strictly complementary multipliers (every constraint active at x* has a multiplier of at least
 * 0.1). All data derive from the {@code seed} key.
 */
public final class ConstrainedCatalog {

    private static final Set<Tag> LEAST_SQUARES = EnumSet.of(Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SMOOTH,
            Tag.CONSTRAINED);
    private static final Set<Tag> COMPLETION = EnumSet.of(Tag.CONVEX, Tag.SMOOTH, Tag.CONSTRAINED);
    private static final double MIN_MULTIPLIER = 0.1;

    private ConstrainedCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        return List.of(
                new CatalogEntry<>("ls-simplex",
                        "1/2 |Ax - b|^2 over the probability simplex, planted k-sparse minimizer, x0 = (1/n, ...)",
                        leastSquaresKeys(Key.of("k", 5, "support size of x*, in [1, n]")),
                        Tag.tokens(LEAST_SQUARES),
                        args -> simplex(args.integer("m"), args.integer("n"), args.integer("k"), args.real("noise"),
                                args.integer("seed"))),
                new CatalogEntry<>("ls-l1-ball",
                        "1/2 |Ax - b|^2 over the l1 ball |x|_1 <= radius, planted k-sparse minimizer on its sphere, x0 = 0",
                        leastSquaresKeys(Key.of("k", 5, "support size of x*, in [1, n]"),
                                Key.of("radius", 1, "ball radius, > 0")),
                        Tag.tokens(LEAST_SQUARES),
                        args -> l1Ball(args.integer("m"), args.integer("n"), args.integer("k"), args.real("radius"),
                                args.real("noise"), args.integer("seed"))),
                new CatalogEntry<>("ls-box",
                        "1/2 |Ax - b|^2 over the box [-bound, bound]^n, planted minimizer with active bounds, x0 = 0",
                        leastSquaresKeys(Key.of("bound", 1, "half-width of the box, > 0")),
                        Tag.tokens(LEAST_SQUARES),
                        args -> box(args.integer("m"), args.integer("n"), args.real("bound"), args.real("noise"),
                                args.integer("seed"))),
                new CatalogEntry<>("matrix-completion",
                        "1/2 sum over observed (X_ij - M_ij)^2 over the nuclear-norm ball |X|_* <= |M|_*, M of low rank; "
                                + "f* = 0 at M, X0 = 0",
                        List.of(Key.of("m", 30, "rows, >= 1"), Key.of("n", 20, "columns, >= 1"),
                                Key.of("rank", 2, "rank of M, in [1, min(m, n)]"),
                                Key.of("p", 0.7, "probability that an entry is observed, in (0, 1]"),
                                Key.of("seed", 0, "seed of M and of the observed entries")),
                        Tag.tokens(COMPLETION),
                        args -> completion(args.integer("m"), args.integer("n"), args.integer("rank"), args.real("p"),
                                args.integer("seed"))));
    }

    private static List<Key> leastSquaresKeys(Key... own) {
        List<Key> keys = new ArrayList<>(List.of(Key.of("m", 100, "rows of A, >= n"),
                Key.of("n", 50, "dimension, >= 1")));
        keys.addAll(List.of(own));
        keys.add(Key.of("noise", 0.1, "norm of the residual outside range(A), >= 0"));
        keys.add(Key.of("seed", 0, "seed of A, b and x*"));
        return keys;
    }

    private static Problem simplex(int m, int n, int k, double noise, long seed) {
        SplittableRandom random = validated(m, n, noise, seed);
        int[] support = support(n, k, random);
        double[] x = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = multiplier(random);
        }
        for (int i : support) {
            x[i] = 0.5 + random.nextDouble();
            g[i] = 0;
        }
        double sum = Arrays.stream(x).sum();
        for (int i : support) {
            x[i] /= sum;
        }
        double[] start = new double[n];
        Arrays.fill(start, 1.0 / n);
        return planted(m, x, g, noise, random, new Simplex(n), start);
    }

    private static Problem l1Ball(int m, int n, int k, double radius, double noise, long seed) {
        SplittableRandom random = validated(m, n, noise, seed);
        L1Ball ball = new L1Ball(n, radius);
        int[] support = support(n, k, random);
        double[] x = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = (1 - MIN_MULTIPLIER) * (2 * random.nextDouble() - 1);
        }
        double sum = 0;
        for (int i : support) {
            x[i] = (0.5 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            sum += Math.abs(x[i]);
        }
        for (int i : support) {
            x[i] *= radius / sum;
            g[i] = -Math.signum(x[i]);
        }
        return planted(m, x, g, noise, random, ball, new double[n]);
    }

    private static Problem box(int m, int n, double bound, double noise, long seed) {
        SplittableRandom random = validated(m, n, noise, seed);
        Box box = new Box(n, bound);
        double[] x = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    x[i] = -bound;
                    g[i] = multiplier(random);
                }
                case 1 -> {
                    x[i] = bound;
                    g[i] = -multiplier(random);
                }
                default -> x[i] = bound * (random.nextDouble() - 0.5);
            }
        }
        return planted(m, x, g, noise, random, box, new double[n]);
    }

    private static Problem completion(int m, int n, int rank, double fraction, long seed) {
        Footprint.require("m=" + m + ",n=" + n, (double) m * n, 2.0 * m * n);
        MatrixCompletion f = new MatrixCompletion(m, n, rank, fraction, new SplittableRandom(seed));
        return new Problem(f, new double[m * n], 0.0, f.target(), COMPLETION);
    }

    private static SplittableRandom validated(int m, int n, double noise, long seed) {
        Checks.atLeast("n", n, 1);
        if (m < n) {
            throw new IllegalArgumentException("m must be >= n = " + n + " (A of full column rank), got " + m);
        }
        Checks.nonNegative("noise", noise);
        Checks.finite("noise", noise);
        Footprint.require("m=" + m + ",n=" + n, n, 2.0 * m * n + 2.0 * n * n + 3.0 * m);
        return new SplittableRandom(seed);
    }

    /** k distinct indices in [0, n), a seeded partial Fisher–Yates shuffle. */
    private static int[] support(int n, int k, SplittableRandom random) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, n] = [1, " + n + "], got " + k);
        }
        int[] indices = new int[n];
        Arrays.setAll(indices, i -> i);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        return Arrays.copyOf(indices, k);
    }

    /** A multiplier of an active constraint, uniform in [0.1, 1]. */
    private static double multiplier(SplittableRandom random) {
        return MIN_MULTIPLIER + (1 - MIN_MULTIPLIER) * random.nextDouble();
    }

    private static Problem planted(int m, double[] x, double[] g, double noise, SplittableRandom random,
                                   FeasibleSet set, double[] start) {
        PlantedLeastSquares data = PlantedLeastSquares.plant(m, x, g, noise, random);
        return new Problem(new LeastSquares(data.a(), data.b(), set), start, data.optimum(), data.minimizer(),
                LEAST_SQUARES);
    }
}
