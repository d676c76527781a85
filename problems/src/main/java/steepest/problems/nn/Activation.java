package steepest.problems.nn;

import java.util.Locale;

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

    /** The spec token ({@code sigmoid}, {@code tanh}, {@code relu}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** φ(z). */
    public double apply(double z) {
        return switch (this) {
            case SIGMOID -> z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            case TANH -> Math.tanh(z);
            case RELU -> Math.max(z, 0.0);
        };
    }

    /** φ'(z) from a = φ(z). */
    public double derivativeFromOutput(double a) {
        return switch (this) {
            case SIGMOID -> a * (1 - a);
            case TANH -> 1 - a * a;
            case RELU -> a > 0 ? 1.0 : 0.0;
        };
    }

    /** Whether φ is continuously differentiable. */
    public boolean smooth() {
        return this != RELU;
    }
}
