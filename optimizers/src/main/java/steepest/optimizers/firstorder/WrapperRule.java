package steepest.optimizers.firstorder;

import java.util.List;
import steepest.optimizers.ParameterBlock;

/**
 * A rule that runs another ({@link #inner()}) and reports a point of its own (an average, slow
 * weights): it takes the inner rule's learning rate and averaged iterate, never reports the inner
 * iterate itself, and treats a plain vector as one block.
 */
interface WrapperRule extends UpdateRule {

    /** The rule whose steps this one wraps. */
    UpdateRule inner();

    @Override
    default double learningRate() {
        return inner().learningRate();
    }

    @Override
    default boolean keepsAveragedIterate() {
        return inner().keepsAveragedIterate();
    }

    @Override
    default boolean reportsIterate() {
        return false;
    }

    @Override
    default State start(int dimension) {
        return start(List.of(ParameterBlock.vector(0, dimension)));
    }

    @Override
    State start(List<ParameterBlock> blocks);

    /** Refuses an inner rule whose iterate is not the point it reports (a wrapper inside {@code wrapper}). */
    static void requireReportedIterate(String wrapper, UpdateRule inner) {
        if (!inner.reportsIterate()) {
            throw new IllegalArgumentException("inner: " + wrapper + " needs a rule that reports its own iterate; "
                    + "put polyak, ema, lookahead or schedule-free outside it");
        }
    }
}
