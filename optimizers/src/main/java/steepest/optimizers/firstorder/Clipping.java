package steepest.optimizers.firstorder;

/** A transformation of the gradient estimate before the update rule sees it. */
@FunctionalInterface
public interface Clipping {

    /** No clipping. */
    Clipping NONE = g -> { };

    /** Clips {@code gradient} in place. Modified. */
    void clipInPlace(double[] gradient);
}
