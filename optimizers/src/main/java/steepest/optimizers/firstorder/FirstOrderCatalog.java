package steepest.optimizers.firstorder;

import java.util.List;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;

/** The spec entries of the first-order family, with torch.optim's key names and defaults. */
public final class FirstOrderCatalog {

    private FirstOrderCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Optimizer>> entries() {
        return List.of(
                new CatalogEntry<>("gd", "gradient descent with a fixed step: x <- x - lr * grad f(x) (full batch)",
                        List.of(Key.of("lr", Sgd.DEFAULT_LEARNING_RATE, "step size, > 0")),
                        args -> GradientMethod.batch(Sgd.plain(args.real("lr")))));
    }
}
