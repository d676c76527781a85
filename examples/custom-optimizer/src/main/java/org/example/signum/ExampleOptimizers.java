package org.example.signum;

import java.util.List;
import steepest.optimizers.Optimizer;
import steepest.optimizers.firstorder.FirstOrderCatalog;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.optimizers.spi.OptimizerProvider;

/**
 * This project's optimizers, found by steepest through
 * {@code META-INF/services/steepest.optimizers.spi.OptimizerProvider}: {@code signum:lr=,momentum=}
 * plus every first-order rule's shared keys ({@code batch}, {@code schedule}, {@code clip_norm}, ...).
 */
public final class ExampleOptimizers implements OptimizerProvider {

    @Override
    public List<CatalogEntry<Optimizer>> optimizers() {
        return List.of(FirstOrderCatalog.rule("signum", "sign descent with momentum (Bernstein et al. 2018)",
                List.of(Key.of("lr", Signum.DEFAULT_LEARNING_RATE, "step of every coordinate, > 0"),
                        Key.of("momentum", Signum.DEFAULT_MOMENTUM, "averaging of the gradients, in [0, 1)")),
                args -> new Signum(args.real("lr"), args.real("momentum"))));
    }
}
