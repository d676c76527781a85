package steepest.optimizers;

import java.util.ArrayList;
import java.util.List;
import steepest.optimizers.firstorder.FirstOrderCatalog;
import steepest.optimizers.methods.MethodsCatalog;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.variance.VarianceReductionCatalog;

/** Every optimizer a user can name by spec, e.g. {@code gd:lr=1e-3}. */
public final class Optimizers {

    private static final Catalog<Optimizer> CATALOG = build();

    private Optimizers() {
    }

    /** The catalog of optimizer specs. */
    public static Catalog<Optimizer> catalog() {
        return CATALOG;
    }

    private static Catalog<Optimizer> build() {
        List<CatalogEntry<Optimizer>> entries = new ArrayList<>(FirstOrderCatalog.entries());
        entries.addAll(MethodsCatalog.entries());
        entries.addAll(VarianceReductionCatalog.entries());
        return new Catalog<>("optimizer", entries);
    }
}
