/**
 * The plugin interface of the optimizers module (public API): {@link steepest.optimizers.spi.OptimizerProvider}
 * contributes optimizer entries through {@link java.util.ServiceLoader}, the same way the suite's
 * built-ins are contributed by {@link steepest.optimizers.BuiltinOptimizers}.
 */
package steepest.optimizers.spi;
