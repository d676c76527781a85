package steepest.optimizers.linesearch;

/**
 * Minimizers of the interpolating polynomials line searches step to (Nocedal and Wright,
 * "Numerical Optimization", 2nd ed., §3.5). Each returns NaN when the polynomial has no minimizer
 * or the data are not finite, so that callers fall back to a safe step.
 */
final class Interpolation {

    private Interpolation() {
    }

    /**
     * The minimizer of the cubic matching (a, fa, da) and (b, fb, db), eq. (3.59):
     * d₁ = da + db − 3(fa − fb)/(a − b), d₂ = sign(b − a)·√(d₁² − da·db),
     * α = b − (b − a)·(db + d₂ − d₁)/(db − da + 2d₂).
     */
    static double cubic(double a, double fa, double da, double b, double fb, double db) {
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double radicand = d1 * d1 - da * db;
        if (!(radicand >= 0)) {
            return Double.NaN;
        }
        double d2 = Math.copySign(Math.sqrt(radicand), b - a);
        double denominator = db - da + 2 * d2;
        double alpha = b - (b - a) * (db + d2 - d1) / denominator;
        return Double.isFinite(alpha) ? alpha : Double.NaN;
    }

    /** The zero of the secant of the derivative through (a, da) and (b, db): α = a − da·(b − a)/(db − da). */
    static double secant(double a, double da, double b, double db) {
        double alpha = a - da * (b - a) / (db - da);
        return Double.isFinite(alpha) ? alpha : Double.NaN;
    }

    /**
     * The minimizer of the quadratic matching fa and da at a and fb at b:
     * α = a − da·(b − a)² / (2·(fb − fa − da·(b − a))), when its curvature is positive.
     */
    static double quadratic(double a, double fa, double da, double b, double fb) {
        double h = b - a;
        double curvature = fb - fa - da * h;
        if (!(curvature > 0) || !Double.isFinite(curvature)) {
            return Double.NaN;
        }
        double alpha = a - da * h * h / (2 * curvature);
        return Double.isFinite(alpha) ? alpha : Double.NaN;
    }
}
