package steepest.optimizers.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Oracle;

/**
 * The strong Wolfe search, trial for trial, against a second implementation written here from its
 * documentation alone (Nocedal and Wright, Algorithms 3.5 and 3.6, with the class's documented
 * extrapolation bounds, interpolation order, three safeguards and rounding regime), on Moré and
 * Thuente's test functions from their four initial steps and on functions that reach the
 * safeguards: a steep exponential whose trials overflow, flat functions where only slopes are
 * reliable, and a slope that contradicts the values. The reference keeps the bracket as (low end,
 * high end) and writes each interpolant from its textbook formula; the trial points x₀ + α must
 * agree to 10⁻¹² relative.
 */
class StrongWolfeReferenceTest {

    private static final double EPSILON = 1e-6;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (double alpha0 : new double[] {1e-3, 1e-1, 10, 1e3}) {
            cases.add(Arguments.of(ScalarFunction.moreThuente1(), 0.0, 1e-3, 1e-1, alpha0));
            cases.add(Arguments.of(ScalarFunction.moreThuente2(), 0.0, 1e-1, 1e-1 + 1e-9, alpha0));
            cases.add(Arguments.of(ScalarFunction.moreThuente3(), 0.0, 1e-1, 1e-1 + 1e-9, alpha0));
            cases.add(Arguments.of(ScalarFunction.yanaiOzawaKaneko(0.001, 0.001), 0.0, 1e-4, 1e-3, alpha0));
            cases.add(Arguments.of(ScalarFunction.yanaiOzawaKaneko(0.01, 0.001), 0.0, 1e-4, 1e-3, alpha0));
            cases.add(Arguments.of(ScalarFunction.yanaiOzawaKaneko(0.001, 0.01), 0.0, 1e-4, 1e-3, alpha0));
            cases.add(Arguments.of(ScalarFunction.moreThuente1(), 0.0, 1e-4, 0.9, alpha0));
            cases.add(Arguments.of(ScalarFunction.moreThuente3(), 0.0, 1e-4, 0.9, alpha0));
        }
        double c = 1000;
        ScalarFunction steep = new ScalarFunction("e^(c(x-1)) - 2c(x-1)", x -> Math.exp(c * (x - 1)) - 2 * c * (x - 1),
                x -> c * Math.exp(c * (x - 1)) - 2 * c);
        ScalarFunction noisy = new ScalarFunction("1000 + 1e-15 (x-1)^2 + noise",
                x -> 1000 + 1e-15 * (x - 1) * (x - 1) + 4 * Math.ulp(1000.0) * Math.sin(1e3 * x), x -> 2e-15 * (x - 1));
        ScalarFunction flat = new ScalarFunction("1000 + 1e-15 (x-1)^2", x -> 1000 + 1e-15 * (x - 1) * (x - 1),
                x -> 2e-15 * (x - 1));
        ScalarFunction lying = new ScalarFunction("-x with slope +1", x -> -x, x -> x > 0 ? 1 : -1);
        for (double alpha0 : new double[] {1, 3, 1e-3, 40}) {
            cases.add(Arguments.of(steep, 1.0, 1e-4, 0.9, alpha0));
            cases.add(Arguments.of(steep, 1.0, 1e-4, 0.1, alpha0));
            cases.add(Arguments.of(noisy, 0.0, 1e-4, 0.1, alpha0 * 10));
            cases.add(Arguments.of(flat, 0.0, 1e-4, 0.9, alpha0 * 10));
            cases.add(Arguments.of(lying, 0.0, 1e-4, 0.9, alpha0));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from x={1}, c1={2}, c2={3}, alpha0={4}")
    @MethodSource("cases")
    void trialsAreTheDocumentedAlgorithms(ScalarFunction f, double x0, double c1, double c2, double alpha0) {
        List<Double> trials = new ArrayList<>();
        ScalarFunction recorded = new ScalarFunction(f.name(), x -> {
            trials.add(x);
            return f.value().applyAsDouble(x);
        }, f.derivative());
        LineFunction phi = new LineFunction(new Oracle(recorded));
        phi.aim(new double[] {x0}, f.value().applyAsDouble(x0), new double[] {1}, f.derivative().applyAsDouble(x0));
        boolean accepted = new StrongWolfe(c1, c2).search(phi, alpha0);
        Reference reference = new Reference(f, x0, c1, c2, StrongWolfe.DEFAULT_MAX_EVALUATIONS);
        boolean expected = reference.search(alpha0);
        assertEquals(reference.trials.size(), trials.size(), "trials " + trials + ", expected " + reference.trials);
        for (int k = 0; k < trials.size(); k++) {
            double e = reference.trials.get(k);
            assertEquals(e, trials.get(k), 1e-12 * Math.abs(e), "trial " + k + " of " + trials);
        }
        assertEquals(expected, accepted);
    }

    /** The documented algorithm on φ(α) = f(x₀ + α), from scratch. */
    private static final class Reference {
        final ScalarFunction f;
        final double x0;
        final double c1;
        final double c2;
        final int budget;
        final double phi0;
        final double slope0;
        final List<Double> trials = new ArrayList<>();
        double value;
        double slope;

        Reference(ScalarFunction f, double x0, double c1, double c2, int budget) {
            this.f = f;
            this.x0 = x0;
            this.c1 = c1;
            this.c2 = c2;
            this.budget = budget;
            this.phi0 = f.value().applyAsDouble(x0);
            this.slope0 = f.derivative().applyAsDouble(x0);
        }

        /** Evaluates; false when x₀ + α rounds to x₀ (the step moves nothing). */
        boolean evaluate(double alpha) {
            trials.add(x0 + alpha);
            double v = f.value().applyAsDouble(x0 + alpha);
            double s = f.derivative().applyAsDouble(x0 + alpha);
            boolean finite = Double.isFinite(v) && Double.isFinite(s);
            value = finite ? v : Double.POSITIVE_INFINITY;
            slope = finite ? s : Double.NaN;
            return x0 + alpha != x0;
        }

        boolean rounding(double alpha) {
            return -alpha * slope0 <= EPSILON * Math.abs(phi0);
        }

        boolean decreases(double alpha) {
            if (rounding(alpha)) {
                return value - phi0 <= EPSILON * Math.abs(phi0) && slope <= (2 * c1 - 1) * slope0;
            }
            return value - phi0 <= c1 * alpha * slope0;
        }

        boolean same(double a, double b) {
            return x0 + a == x0 + b;
        }

        boolean search(double alpha0) {
            double bound = c2 * Math.abs(slope0);
            double previous = 0;
            double previousValue = phi0;
            double previousSlope = slope0;
            double alpha = alpha0 > 0 && Double.isFinite(alpha0) ? alpha0 : 1;
            for (int used = 1; used <= budget; used++) {
                if (!evaluate(alpha)) {
                    return false;
                }
                double v = value;
                double s = slope;
                if (!decreases(alpha) || used > 1 && v >= previousValue && !rounding(alpha)) {
                    return zoom(previous, previousValue, previousSlope, alpha, v, s, used);
                }
                if (Math.abs(s) <= bound) {
                    return true;
                }
                if (s >= 0) {
                    return zoom(alpha, v, s, previous, previousValue, previousSlope, used);
                }
                double step = alpha - previous;
                double cubic = cubicMinimizer(previous, previousValue, previousSlope, alpha, v, s);
                double next = Double.isNaN(cubic) || cubic <= alpha ? alpha + 4 * step
                        : Math.max(alpha + 1.1 * step, Math.min(alpha + 4 * step, cubic));
                previous = alpha;
                previousValue = v;
                previousSlope = s;
                alpha = next;
            }
            return false;
        }

        boolean zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi, int used) {
            double bound = c2 * Math.abs(slope0);
            double lastWidth = Double.POSITIVE_INFINITY;
            double widthBeforeLast = Double.POSITIVE_INFINITY;
            boolean lastNearEnd = false;
            for (int spent = used; spent < budget; spent++) {
                double a = Math.min(lo, hi);
                double b = Math.max(lo, hi);
                double width = b - a;
                if (width <= Math.ulp(b) || same(a, b)) {
                    return false;
                }
                double alpha;
                if (width > 0.66 * widthBeforeLast) {
                    alpha = (lo + hi) / 2;
                    lastNearEnd = false;
                } else {
                    alpha = rounding(b) ? secantInside(lo, dLo, hi, dHi) : interpolateInside(lo, fLo, dLo, hi, fHi, dHi);
                    boolean nearEnd = alpha - a < 0.1 * width || b - alpha < 0.1 * width;
                    if (nearEnd && (lastNearEnd || same(alpha, a) || same(alpha, b))) {
                        alpha = alpha - a < b - alpha ? a + 0.1 * width : b - 0.1 * width;
                        nearEnd = false;
                    }
                    lastNearEnd = nearEnd;
                }
                widthBeforeLast = lastWidth;
                lastWidth = width;
                if (!evaluate(alpha)) {
                    return false;
                }
                if (!decreases(alpha) || value >= fLo && !rounding(alpha)) {
                    hi = alpha;
                    fHi = value;
                    dHi = slope;
                    continue;
                }
                if (Math.abs(slope) <= bound) {
                    return true;
                }
                if (slope * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = alpha;
                fLo = value;
                dLo = slope;
            }
            return false;
        }

        /** Nocedal and Wright eq. 3.59 for the cubic through (a, fa, da), (b, fb, db); NaN if none. */
        static double cubicMinimizer(double a, double fa, double da, double b, double fb, double db) {
            double d1 = da + db - 3 * (fa - fb) / (a - b);
            double square = d1 * d1 - da * db;
            if (!(square >= 0)) {
                return Double.NaN;
            }
            double d2 = Math.signum(b - a) * Math.sqrt(square);
            double alpha = b - (b - a) * ((db + d2 - d1) / (db - da + 2 * d2));
            return Double.isFinite(alpha) ? alpha : Double.NaN;
        }

        static double interpolateInside(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
            double a = Math.min(lo, hi);
            double b = Math.max(lo, hi);
            if (Double.isFinite(fHi)) {
                double cubic = cubicMinimizer(lo, fLo, dLo, hi, fHi, dHi);
                if (cubic > a && cubic < b) {
                    return cubic;
                }
            }
            double h = hi - lo;
            double curvature = (fHi - fLo - dLo * h) / (h * h);
            if (curvature > 0 && Double.isFinite(curvature)) {
                double quadratic = lo - dLo / (2 * curvature);
                if (quadratic > a && quadratic < b) {
                    return quadratic;
                }
            }
            return (lo + hi) / 2;
        }

        static double secantInside(double lo, double dLo, double hi, double dHi) {
            double alpha = (lo * dHi - hi * dLo) / (dHi - dLo);
            return alpha > Math.min(lo, hi) && alpha < Math.max(lo, hi) ? alpha : (lo + hi) / 2;
        }
    }
}
