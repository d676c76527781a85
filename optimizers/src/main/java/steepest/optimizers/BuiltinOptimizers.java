package steepest.optimizers;

import java.util.ArrayList;
import java.util.List;
import steepest.optimizers.firstorder.FirstOrderCatalog;
import steepest.optimizers.methods.MethodsCatalog;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spi.OptimizerProvider;
import steepest.optimizers.variance.VarianceReductionCatalog;

/**
 * The suite's own optimizer entries, served through {@link java.util.ServiceLoader} like any plugin's
 * ({@code META-INF/services/steepest.optimizers.spi.OptimizerProvider}), e.g. {@code gd:lr=1e-3}.
 */
public final class BuiltinOptimizers implements OptimizerProvider {

    @Override
    public List<CatalogEntry<Optimizer>> optimizers() {
        List<CatalogEntry<Optimizer>> entries = new ArrayList<>(FirstOrderCatalog.entries());
        entries.addAll(MethodsCatalog.entries());
        entries.addAll(VarianceReductionCatalog.entries());
        return entries;
    }

    /**
     * A catalog of the built-in entries alone, for code that runs without plugins (this module's
     * tests, benchmarks); the harness assembles its catalogs from every provider instead.
     */
    public static Catalog<Optimizer> asCatalog() {
        return new Catalog<>("optimizer", new BuiltinOptimizers().optimizers());
    }
}
