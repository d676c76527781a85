package steepest.optimizers.methods;

import java.util.List;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.CatalogEntry;

/**
 * The spec entries of the methods beyond first-order update rules: line searches, nonlinear CG,
 * Newton and quasi-Newton, Frank-Wolfe, projected and proximal gradient, natural gradient and the
 * subgradient method.
 */
public final class MethodsCatalog {

    private MethodsCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Optimizer>> entries() {
        return List.of();
    }
}
