package steepest.problems.ml;

import java.util.Arrays;
import steepest.optimizers.FiniteSum;

/**
 * A model fitted to data that can differentiate a sample's loss with respect to the sample's input
 * features, ∂ℓ(x, y; θ)/∂x: the gradient-based saliency used for feature importance (Simonyan,
 * Vedaldi and Zisserman, "Deep inside convolutional networks: visualising image classification
 * models and saliency maps", ICLR workshop 2014; Baehrens et al., "How to explain individual
 * classification decisions", JMLR 11, 2010). Inputs are in the model's own feature coordinates,
 * after standardization and without the intercept column, so importances of different features are
 * comparable.
 */
public interface InputGradients extends FiniteSum {

    /** The number of input features (without an intercept column). */
    int featureCount();

    /**
     * Writes training sample i's input features, as the model sees them.
     *
     * @param sample i in [0, {@link #size()})
     * @param out    receives {@link #featureCount()} values. Modified.
     */
    void sampleFeatures(int sample, double[] out);

    /** Training sample i's encoded target (see {@link TargetEncoding}). */
    double sampleTarget(int sample);

    /**
     * The data loss ℓ(x, y; θ) of one input (without any regularizer) and its gradient with respect
     * to the input, ∂ℓ/∂x.
     *
     * @param theta   the model parameters. Not modified.
     * @param input   the input x, {@link #featureCount()} values. Not modified.
     * @param target  the encoded target y
     * @param gradOut receives ∂ℓ/∂x, {@link #featureCount()} values. Modified.
     * @return ℓ(x, y; θ)
     */
    double inputGradient(double[] theta, double[] input, double target, double[] gradOut);

    /**
     * Gradient-based feature importance: the mean over the training samples of |∂ℓᵢ/∂xᵢ|, feature
     * by feature.
     *
     * @param theta the model parameters. Not modified.
     * @param out   receives {@link #featureCount()} importances. Modified.
     */
    default void featureImportance(double[] theta, double[] out) {
        int features = featureCount();
        double[] input = new double[features];
        double[] gradient = new double[features];
        Arrays.fill(out, 0, features, 0.0);
        for (int i = 0; i < size(); i++) {
            sampleFeatures(i, input);
            inputGradient(theta, input, sampleTarget(i), gradient);
            for (int j = 0; j < features; j++) {
                out[j] += Math.abs(gradient[j]);
            }
        }
        for (int j = 0; j < features; j++) {
            out[j] /= size();
        }
    }
}
