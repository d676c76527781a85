package steepest.problems;

import java.util.ArrayList;
import java.util.List;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.CatalogEntry;
import steepest.problems.analytic.AnalyticCatalog;
import steepest.problems.bbob.BbobCatalog;
import steepest.problems.constrained.ConstrainedCatalog;
import steepest.problems.mgh.MghCatalog;
import steepest.problems.ml.MlCatalog;
import steepest.problems.nn.NeuralCatalog;
import steepest.problems.noisy.NoisyCatalog;

/**
 * Every problem a user can name by spec, e.g. {@code rosenbrock:d=100}. Entries that need nd4j
 * load it only when created, so listing and analytic problems start fast.
 */
public final class Problems {

    private static final Catalog<Problem> CATALOG = build();

    private Problems() {
    }

    /** The catalog of problem specs. */
    public static Catalog<Problem> catalog() {
        return CATALOG;
    }

    private static Catalog<Problem> build() {
        List<CatalogEntry<Problem>> entries = new ArrayList<>(AnalyticCatalog.entries());
        entries.addAll(MghCatalog.entries());
        entries.addAll(MlCatalog.entries());
        entries.addAll(NeuralCatalog.entries());
        entries.addAll(ConstrainedCatalog.entries());
        entries.addAll(BbobCatalog.entries());
        entries.addAll(NoisyCatalog.entries());
        return new Catalog<>("problem", entries);
    }
}
