package org.example.zakharov;

import java.util.List;
import java.util.Set;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Problem;
import steepest.problems.Tag;
import steepest.problems.spi.ProblemProvider;

/**
 * This project's problems, found by steepest through
 * {@code META-INF/services/steepest.problems.spi.ProblemProvider}: {@code zakharov:d=} from the
 * standard start (1, ..., 1), with its known optimum.
 */
public final class ExampleProblems implements ProblemProvider {

    @Override
    public List<CatalogEntry<Problem>> problems() {
        return List.of(new CatalogEntry<>("zakharov", "Zakharov: sum x_i^2 + s^2 + s^4, s = sum i x_i / 2; f* = 0 at 0",
                List.of(Key.of("d", 10, "dimension, >= 1")), List.of("convex", "smooth", "scalable"),
                args -> zakharov(args.integer("d"))));
    }

    private static Problem zakharov(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("d must be >= 1, got " + d);
        }
        double[] start = new double[d];
        java.util.Arrays.fill(start, 1);
        return new Problem(new Zakharov(d), start, 0, new double[d], Set.of(Tag.CONVEX, Tag.SMOOTH, Tag.SCALABLE));
    }
}
