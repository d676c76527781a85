package steepest.problems.nn;

import java.util.List;
import steepest.optimizers.Checks;

/**
 * The architecture and initialization of an {@link Mlp}, as the spec keys name them.
 *
 * @param layers         the widths from input to output ({@code layers=64-32-10}): the input width,
 *                       the hidden widths, the number of classes; at least two entries, each &gt;= 1
 * @param activation     the hidden nonlinearity ({@code activation})
 * @param initialization the weight distribution ({@code init})
 * @param batchNorm      whether every hidden layer is batch-normalized ({@code batchnorm})
 * @param lambda         the weight decay λ &gt;= 0 on every parameter ({@code lambda})
 * @param seed           the seed of the initial weights ({@code seed})
 */
public record MlpConfig(List<Integer> layers, Activation activation, Initialization initialization, boolean batchNorm,
                        double lambda, long seed) {

    /** Validates the widths and λ, naming the keys. */
    public MlpConfig {
        layers = List.copyOf(layers);
        if (layers.size() < 2) {
            throw new IllegalArgumentException("layers needs at least an input and an output width, got " + layers);
        }
        for (int width : layers) {
            Checks.atLeast("every width in layers", width, 1);
        }
        Checks.finite("lambda", lambda);
        Checks.nonNegative("lambda", lambda);
    }

    /** The layers as spec text, e.g. {@code 64-32-10}. */
    public String layersText() {
        return String.join("-", layers.stream().map(String::valueOf).toList());
    }
}
