package steepest.optimizers.cg;

import java.util.Arrays;
import java.util.Locale;

/**
 * The conjugacy parameter β_{k+1} of nonlinear CG, d_{k+1} = −g_{k+1} + β_{k+1}·d_k, with
 * y_k = g_{k+1} − g_k (Hager and Zhang, "A survey of nonlinear conjugate gradient methods",
 * Pacific J. Optim. 2(1), 2006, Table 1). {@link #token()} is the spec value.
 */
public enum Beta {
    /** Fletcher–Reeves (1964): β = ‖g_{k+1}‖² / ‖g_k‖². */
    FR("fr"),
    /** Polak–Ribière–Polyak, clipped at 0 (Gilbert and Nocedal, 1992): β = max(0, g_{k+1}ᵀy_k / ‖g_k‖²). */
    PR_PLUS("pr+"),
    /** Hestenes–Stiefel (1952): β = g_{k+1}ᵀy_k / d_kᵀy_k. */
    HS("hs"),
    /**
     * Hager–Zhang (SIAM J. Optim. 16(1), 2005, eq. 1.4 with the lower bound of eq. 2.7):
     * β = max(β^N, η_k), β^N = (y_k − 2d_k‖y_k‖²/d_kᵀy_k)ᵀg_{k+1} / d_kᵀy_k,
     * η_k = −1 / (‖d_k‖·min(0.01, ‖g_k‖)).
     */
    HZ("hz");

    private final String token;

    Beta(String token) {
        this.token = token;
    }

    /** The spec value, e.g. {@code pr+}. */
    public String token() {
        return token;
    }

    /** The spec values, in declaration order. */
    public static String[] tokens() {
        return Arrays.stream(values()).map(Beta::token).toArray(String[]::new);
    }

    /** The β named by {@code token} (as {@link #token()} spells it). */
    public static Beta of(String token) {
        for (Beta beta : values()) {
            if (beta.token.equals(token.toLowerCase(Locale.ROOT))) {
                return beta;
            }
        }
        throw new IllegalArgumentException("beta='" + token + "' is not one of " + String.join(", ", tokens()));
    }

    /**
     * β from the inner products of the new gradient g⁺, the old gradient g, the old direction d and
     * y = g⁺ − g.
     *
     * @param gy    g⁺ᵀy
     * @param gg    ‖g‖²
     * @param ggNew ‖g⁺‖²
     * @param dy    dᵀy
     * @param yy    ‖y‖²
     * @param gd    g⁺ᵀd
     * @param dd    ‖d‖²
     */
    double value(double gy, double gg, double ggNew, double dy, double yy, double gd, double dd) {
        return switch (this) {
            case FR -> ggNew / gg;
            case PR_PLUS -> Math.max(0, gy / gg);
            case HS -> gy / dy;
            case HZ -> {
                double betaN = (gy - 2 * yy * gd / dy) / dy;
                double eta = -1 / (Math.sqrt(dd) * Math.min(0.01, Math.sqrt(gg)));
                yield Math.max(betaN, eta);
            }
        };
    }
}
