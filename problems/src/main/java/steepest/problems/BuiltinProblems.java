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
import steepest.problems.spi.ProblemProvider;

/**
 * The suite's own problem entries, served through {@link java.util.ServiceLoader} like any plugin's
 * ({@code META-INF/services/steepest.problems.spi.ProblemProvider}), e.g. {@code rosenbrock:d=100}.
 * Entries that need nd4j load it only when created, so listing and analytic problems start fast.
 */
public final class BuiltinProblems implements ProblemProvider {

    @Override
    public List<CatalogEntry<Problem>> problems() {
        List<CatalogEntry<Problem>> entries = new ArrayList<>(AnalyticCatalog.entries());
        entries.addAll(MghCatalog.entries());
        entries.addAll(MlCatalog.entries());
        entries.addAll(NeuralCatalog.entries());
        entries.addAll(ConstrainedCatalog.entries());
        entries.addAll(BbobCatalog.entries());
        entries.addAll(NoisyCatalog.entries());
        return entries;
    }

    /**
     * The suites over the built-in entries (COCO's {@code bbob}), which experiment files select
     * problems from by function, dimension and instance ({@code suite: bbob}).
     */
    public static List<Suite> suites() {
        return List.of(BbobCatalog.suite());
    }

    /**
     * A catalog of the built-in entries alone, for code that runs without plugins (this module's
     * tests, benchmarks); the harness assembles its catalogs from every provider instead.
     */
    public static Catalog<Problem> asCatalog() {
        return new Catalog<>("problem", new BuiltinProblems().problems());
    }
}
