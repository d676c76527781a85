package steepest.problems.noisy;

import java.util.Locale;
import steepest.problems.data.GaussianStream;

/**
 * How {@link NoisyObjective} perturbs an exact value or gradient entry v with noise level σ; every
 * kind has mean v and variance σ² (additive) or σ²v² (multiplicative):
 * <ul>
 *   <li>{@code gaussian}: v + σξ, ξ ~ N(0, 1);</li>
 *   <li>{@code multiplicative}: v (1 + σξ), ξ ~ N(0, 1), noise relative to the entry's size;</li>
 *   <li>{@code student}: v + σ √((ν−2)/ν) T, T ~ Student's t with ν &gt; 2 degrees of freedom,
 *       heavy-tailed noise scaled to the same variance σ² as the Gaussian, so the two compare at
 *       equal σ. T = ξ/√(V/ν) with V ~ χ²_ν = 2 Gamma(ν/2), the gamma draw by Marsaglia and Tsang,
 *       "A simple method for generating gamma variables", ACM TOMS 26(3), 2000.</li>
 * </ul>
 */
public enum NoiseKind {
    /** Additive N(0, σ²). */
    GAUSSIAN,
    /** Multiplicative 1 + N(0, σ²). */
    MULTIPLICATIVE,
    /** Additive Student t with ν degrees of freedom, scaled to variance σ². */
    STUDENT;

    /** The spec token, e.g. {@code gaussian}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * v perturbed by one draw from {@code noise}.
     *
     * @param degrees ν, used by {@link #STUDENT} only (&gt; 2)
     */
    double perturb(double v, double sigma, double degrees, GaussianStream noise) {
        return switch (this) {
            case GAUSSIAN -> v + sigma * noise.next();
            case MULTIPLICATIVE -> v * (1 + sigma * noise.next());
            case STUDENT -> v + sigma * Math.sqrt((degrees - 2) / degrees) * noise.next()
                    / Math.sqrt(2 * gamma(degrees / 2, noise) / degrees);
        };
    }

    /** A Gamma(a, 1) draw for a &gt;= 1 (Marsaglia–Tsang). */
    private static double gamma(double a, GaussianStream noise) {
        double d = a - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = noise.next();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = noise.uniform();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
