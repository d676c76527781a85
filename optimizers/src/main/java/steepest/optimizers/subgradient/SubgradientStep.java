package steepest.optimizers.subgradient;

import java.util.Arrays;
import java.util.Locale;

/**
 * The step size α_k of the subgradient method at iteration k = 0, 1, ... with subgradient g_k
 * (Boyd, Xiao and Mutapcic, "Subgradient methods", Stanford lecture notes, 2003, §2.1 and §5).
 * {@link #token()} is the spec value.
 */
public enum SubgradientStep {
    /** α_k = η: the best value converges to within η·G²/2 of f* (G bounds ‖g‖). */
    CONSTANT("const"),
    /** α_k = η/√(k + 1): nonsummable diminishing; f_best − f* = O(log k/√k). */
    SQRT("sqrt"),
    /** α_k = (f(x_k) − f*)/‖g_k‖², Polyak's step with the optimal value known: f_best − f* &lt;= RG/√(k + 1). */
    POLYAK("polyak");

    private final String token;

    SubgradientStep(String token) {
        this.token = token;
    }

    /** The spec value. */
    public String token() {
        return token;
    }

    /** The spec values, in declaration order. */
    public static String[] tokens() {
        return Arrays.stream(values()).map(SubgradientStep::token).toArray(String[]::new);
    }

    /** The rule named by {@code token}. */
    public static SubgradientStep of(String token) {
        for (SubgradientStep step : values()) {
            if (step.token.equals(token.toLowerCase(Locale.ROOT))) {
                return step;
            }
        }
        throw new IllegalArgumentException("step='" + token + "' is not one of " + String.join(", ", tokens()));
    }
}
