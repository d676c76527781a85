package steepest.problems.nn;

import java.util.List;
import steepest.optimizers.spec.CatalogEntry;
import steepest.problems.Problem;

/** The spec entries of this package's problems. */
public final class NeuralCatalog {

    private NeuralCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        return List.of();
    }
}
