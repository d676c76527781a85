package steepest.problems.nn;

/**
 * How a layer's weights W (fan_out × fan_in) are drawn, i.i.d. N(0, σ²); biases start at 0 and
 * batch normalization's scale γ at 1 and shift β at 0.
 */
public enum Initialization {
    /** σ = 1: the unscaled draw whose activations and gradients explode or saturate with depth. */
    NORMAL,
    /**
     * σ² = 2/(fan_in + fan_out) (Glorot and Bengio, "Understanding the difficulty of training deep
     * feedforward neural networks", AISTATS 2010, eq. 12, normal variant), for tanh and sigmoid.
     */
    XAVIER,
    /**
     * σ² = 2/fan_in (He, Zhang, Ren and Sun, "Delving deep into rectifiers", ICCV 2015, eq. 10), for
     * ReLU.
     */
    HE;

    /** The standard deviation σ for a layer of the given fans. */
    public double standardDeviation(int fanIn, int fanOut) {
        return switch (this) {
            case NORMAL -> 1.0;
            case XAVIER -> Math.sqrt(2.0 / (fanIn + fanOut));
            case HE -> Math.sqrt(2.0 / fanIn);
        };
    }
}
