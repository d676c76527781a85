package steepest.problems.nn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Problem;
import steepest.problems.Tag;
import steepest.problems.ml.DataSpec;

/**
 * The spec entries of this package's problems. Their factories call {@link Mlp#problem}; this class
 * itself names no nd4j type, so listing the catalog does not start nd4j (its native start-up costs
 * seconds).
 */
public final class NeuralCatalog {

    /** The default data set. */
    public static final String DEFAULT_DATASET = "digits";

    /** The default architecture, for the default data set (digits: 64 pixels, 10 classes). */
    public static final String DEFAULT_LAYERS = "64-32-10";

    private NeuralCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        List<Key> keys = new ArrayList<>(DataSpec.keys(DataSpec.Family.NEURAL, DEFAULT_DATASET, 0.2));
        keys.add(Key.of("layers", DEFAULT_LAYERS, "widths input-hidden...-classes"));
        keys.add(Key.of("activation", "relu", "sigmoid|tanh|relu, of the hidden layers"));
        keys.add(Key.of("init", "he", "normal|xavier|he, N(0, 1), N(0, 2/(in+out)), N(0, 2/in)"));
        keys.add(Key.of("batchnorm", "false", "batch-normalize every hidden layer"));
        keys.add(Key.of("lambda", 0, "weight decay on every parameter, >= 0"));
        return List.of(new CatalogEntry<>("mlp",
                "MLP classifier, softmax cross-entropy, backprop over nd4j gemm; per-layer gradient norms",
                keys, Tag.tokens(tags(Activation.RELU)), args -> Mlp.problem(args)));
    }

    /** A network is a finite sum; smooth unless a hidden layer is ReLU. */
    static Set<Tag> tags(Activation activation) {
        return EnumSet.of(Tag.FINITE_SUM, activation.smooth() ? Tag.SMOOTH : Tag.NONSMOOTH);
    }
}
