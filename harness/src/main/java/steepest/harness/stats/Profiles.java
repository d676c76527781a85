package steepest.harness.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmarking profiles over a set of problems P and solvers S, from the cost t_{p,s} of solver s to
 * solve problem p (+∞ when it never did).
 * <ul>
 *   <li>Performance profile (Dolan and Moré, "Benchmarking optimization software with performance
 *       profiles", Math. Program. 91, 2002): with ratios r_{p,s} = t_{p,s} / min_s t_{p,s},
 *       ρ_s(τ) = |{p : r_{p,s} &lt;= τ}| / |P|.</li>
 *   <li>Data profile (Moré and Wild, "Benchmarking derivative-free optimization algorithms", SIAM J.
 *       Optim. 20(1), 2009): with n_p the dimension,
 *       d_s(α) = |{p : t_{p,s} / (n_p + 1) &lt;= α}| / |P|, the fraction solved within α simplex
 *       gradients' worth of evaluations.</li>
 * </ul>
 * A profile is a right-continuous step function, returned as its breakpoints.
 */
public final class Profiles {

    private Profiles() {
    }

    /**
     * One solver's step function: the fraction of problems {@code fraction[i]} reached once the
     * abscissa is at least {@code at[i]}; 0 before {@code at[0]}.
     *
     * @param solver   the solver's name
     * @param at       increasing breakpoints (finite)
     * @param fraction the profile's value from each breakpoint on
     */
    public record Profile(String solver, double[] at, double[] fraction) {

        /** The profile's value at {@code x}. */
        public double valueAt(double x) {
            double value = 0;
            for (int i = 0; i < at.length && at[i] <= x; i++) {
                value = fraction[i];
            }
            return value;
        }
    }

    /**
     * Performance profiles.
     *
     * @param cost    t[p][s], +∞ where solver s failed on problem p; problems where every solver failed
     *                count in |P| but no solver ever reaches them
     * @param solvers the solvers' names, one per column
     */
    public static List<Profile> performance(double[][] cost, List<String> solvers) {
        double[][] ratios = new double[cost.length][];
        for (int p = 0; p < cost.length; p++) {
            double best = Arrays.stream(cost[p]).min().orElse(Double.POSITIVE_INFINITY);
            ratios[p] = new double[cost[p].length];
            for (int s = 0; s < cost[p].length; s++) {
                ratios[p][s] = Double.isFinite(best) && best > 0 ? cost[p][s] / best
                        : best == 0 && cost[p][s] == 0 ? 1 : Double.POSITIVE_INFINITY;
            }
        }
        return steps(ratios, solvers);
    }

    /**
     * Data profiles.
     *
     * @param cost       t[p][s] in function or gradient evaluations, +∞ where solver s failed on p
     * @param dimensions n_p per problem
     * @param solvers    the solvers' names, one per column
     */
    public static List<Profile> data(double[][] cost, int[] dimensions, List<String> solvers) {
        double[][] scaled = new double[cost.length][];
        for (int p = 0; p < cost.length; p++) {
            scaled[p] = new double[cost[p].length];
            for (int s = 0; s < cost[p].length; s++) {
                scaled[p][s] = cost[p][s] / (dimensions[p] + 1);
            }
        }
        return steps(scaled, solvers);
    }

    private static List<Profile> steps(double[][] values, List<String> solvers) {
        int problems = values.length;
        List<Profile> profiles = new ArrayList<>();
        for (int s = 0; s < solvers.size(); s++) {
            int column = s;
            double[] reached = Arrays.stream(values).mapToDouble(row -> row[column]).filter(Double::isFinite).sorted()
                    .toArray();
            double[] at = Arrays.stream(reached).distinct().toArray();
            double[] fraction = new double[at.length];
            for (int i = 0; i < at.length; i++) {
                double x = at[i];
                fraction[i] = (double) Arrays.stream(reached).filter(v -> v <= x).count() / problems;
            }
            profiles.add(new Profile(solvers.get(s), at, fraction));
        }
        return profiles;
    }
}
