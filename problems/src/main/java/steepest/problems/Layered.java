package steepest.problems;

import java.util.List;

/**
 * An objective whose parameters are grouped into layers (a neural network), so the per-layer
 * gradient norms ‖∂f/∂θ_l‖₂ can be recorded against depth and time to show vanishing and exploding
 * gradients. Implemented by the objective.
 */
public interface Layered {

    /** The layer names from input to output, e.g. {@code layer1}, {@code layer2}. */
    List<String> layerNames();

    /**
     * Writes the Euclidean norm of each layer's block of {@code gradient}.
     *
     * @param gradient a full gradient. Not modified.
     * @param out      receives one norm per layer. Modified.
     */
    void layerNorms(double[] gradient, double[] out);
}
