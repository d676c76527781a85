package steepest.problems.nn;

/**
 * The hidden-layer nonlinearities a = φ(z), each with its derivative written in terms of the
 * output a, so the backward pass needs only the stored activations: sigmoid φ = 1/(1 + e^{−z}),
 * φ' = a(1 − a); tanh, φ' = 1 − a²; ReLU φ = max(z, 0), φ' = [a &gt; 0] (Nair and Hinton,
 * "Rectified linear units improve restricted Boltzmann machines", ICML 2010; at z = 0 the
 * derivative 0 is taken).
 */
public enum Activation {
    /** The logistic sigmoid; saturates on both sides, so deep stacks see vanishing gradients. */
    SIGMOID,
    /** The hyperbolic tangent; zero-centred, saturates on both sides. */
    TANH,
    /** The rectified linear unit; not differentiable at 0. */
    RELU;

    private static double sigmoid(double z) {
        double e = Math.exp(-Math.abs(z));
        return (z >= 0 ? 1 : e) / (1 + e);
    }

    /**
     * a = φ(z) over the first {@code count} entries, one loop per nonlinearity (no dispatch per
     * entry).
     *
     * @param z   the pre-activations. Not modified.
     * @param out receives φ(z). Modified; may be z itself.
     */
    public void applyInPlace(double[] z, double[] out, int count) {
        switch (this) {
            case SIGMOID -> {
                for (int i = 0; i < count; i++) {
                    out[i] = sigmoid(z[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Math.tanh(z[i]);
                }
            }
            case RELU -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Math.max(z[i], 0.0);
                }
            }
        }
    }

    /**
     * The backward step δ = u ⊙ φ'(z), with φ' read from the outputs a = φ(z), over the first
     * {@code count} entries.
     *
     * @param upstream u = ∂f/∂a. Not modified.
     * @param outputs  a. Not modified.
     * @param out      receives δ. Modified; may be {@code upstream}.
     */
    public void backward(double[] upstream, double[] outputs, double[] out, int count) {
        switch (this) {
            case SIGMOID -> {
                for (int i = 0; i < count; i++) {
                    out[i] = upstream[i] * outputs[i] * (1 - outputs[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < count; i++) {
                    out[i] = upstream[i] * (1 - outputs[i] * outputs[i]);
                }
            }
            case RELU -> {
                for (int i = 0; i < count; i++) {
                    out[i] = outputs[i] > 0 ? upstream[i] : 0.0;
                }
            }
        }
    }

    /** Whether φ is continuously differentiable. */
    public boolean smooth() {
        return this != RELU;
    }
}
