package steepest.optimizers;

import java.util.List;

/**
 * An optional capability of an objective: its variables form {@link ParameterBlock}s, matrices and
 * vectors stored one after another (a network's weight matrices and bias vectors, a multiclass
 * model's coefficient matrix). Rules that treat blocks separately read them through
 * {@link Oracle#parameterBlocks()}; an objective without this capability is one vector block. No
 * optimizer requires it, so it is not a {@link Capability}.
 */
public interface ParameterBlocks {

    /**
     * The blocks, in order, tiling [0, dimension) without gaps or overlaps; the same list on every
     * call.
     */
    List<ParameterBlock> parameterBlocks();
}
