package steepest.harness.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for m simultaneous tests (Holm, "A simple sequentially rejective
 * multiple test procedure", Scand. J. Statist. 6, 1979), which controls the family-wise error rate
 * without assuming independence: with the p-values sorted, p₍₁₎ &lt;= ... &lt;= p₍ₘ₎, the adjusted
 * p-values are
 * <pre>
 *   p̃₍ᵢ₎ = min(1, max_{j &lt;= i} (m − j + 1) p₍ⱼ₎),
 * </pre>
 * and rejecting every test with p̃ &lt; α is Holm's procedure at level α (statsmodels'
 * {@code multipletests(method='holm')}).
 */
public final class Holm {

    private Holm() {
    }

    /**
     * The adjusted p-values, in the order given. NaN entries (comparisons not made) stay NaN and do not
     * count in m.
     *
     * @param p the p-values, each in [0, 1] or NaN (not modified)
     */
    public static double[] adjust(double[] p) {
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i]) && !(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("Holm: p-value " + i + " is " + p[i] + ", not in [0, 1]");
            }
        }
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
