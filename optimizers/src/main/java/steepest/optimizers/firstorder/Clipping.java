package steepest.optimizers.firstorder;

import java.util.Objects;
import steepest.optimizers.Checks;
import steepest.optimizers.linalg.Vectors;

/**
 * A transformation of the gradient estimate before the update rule (and its weight decay) sees it,
 * as in a torch training loop that calls {@code clip_grad_value_} or {@code clip_grad_norm_} between
 * {@code backward()} and {@code optimizer.step()}. Clippings hold no state.
 */
@FunctionalInterface
public interface Clipping {

    /** No clipping. */
    Clipping NONE = g -> { };

    /**
     * Clips {@code gradient} in place.
     *
     * @param gradient the gradient estimate. Modified.
     */
    void clipInPlace(double[] gradient);

    /** This clipping, then {@code next}. */
    default Clipping andThen(Clipping next) {
        Objects.requireNonNull(next, "next");
        return g -> {
            clipInPlace(g);
            next.clipInPlace(g);
        };
    }

    /**
     * Clipping by value, gᵢ ← min(max(gᵢ, −c), c): torch's {@code clip_grad_value_(clip_value=c)}.
     *
     * @param limit c &gt; 0 ({@code clip_value})
     */
    record ByValue(double limit) implements Clipping {

        /** Validates, naming the spec key. */
        public ByValue {
            Checks.positive("clip_value", limit);
        }

        @Override
        public void clipInPlace(double[] gradient) {
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = Math.min(Math.max(gradient[i], -limit), limit);
            }
        }
    }

    /**
     * Clipping by global norm: g ← g·min(1, c / (‖g‖₂ + 10⁻⁶)), torch's
     * {@code clip_grad_norm_(max_norm=c)} with its 10⁻⁶ guard, so a gradient of norm c is scaled by
     * c / (c + 10⁻⁶), just below 1 (Pascanu, Mikolov and Bengio, "On the difficulty of training
     * recurrent neural networks", ICML 2013, algorithm 1).
     *
     * @param maxNorm c &gt; 0 ({@code clip_norm})
     */
    record ByNorm(double maxNorm) implements Clipping {

        /** torch's guard against division by a zero norm, added to the norm. */
        public static final double GUARD = 1e-6;

        /** Validates, naming the spec key. */
        public ByNorm {
            Checks.positive("clip_norm", maxNorm);
        }

        @Override
        public void clipInPlace(double[] gradient) {
            double coefficient = maxNorm / (Vectors.norm2(gradient) + GUARD);
            if (coefficient < 1) {
                Vectors.scale(coefficient, gradient);
            }
        }
    }
}
