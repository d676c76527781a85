package steepest.optimizers.leastsquares;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.AbstractSearch;
import steepest.optimizers.Capability;
import steepest.optimizers.Checks;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linear.PivotedQr;

/**
 * The Levenberg–Marquardt method for f = c·‖r(x)‖² as Moré designed it and MINPACK's lmder
 * implements it (Moré, "The Levenberg–Marquardt algorithm: implementation and theory", Lecture Notes
 * in Math. 630, 1978): a trust region on the scaled step,
 * <pre>
 *   p_k = argmin ‖J_k·p + r_k‖²  subject to  ‖D_k·p‖ &lt;= Δ_k,
 * </pre>
 * solved through its Levenberg–Marquardt parameter λ ({@link LevenbergMarquardtParameter}) from the
 * QR factorization with column pivoting of J_k ({@link PivotedQr}), never forming JᵀJ.
 * <ul>
 *   <li>Scaling ({@code x_scale=jac}, MINPACK's mode 1): D₀ = the column norms of J₀ (1 for a zero
 *       column), then D_k = max(D_{k−1}, column norms of J_k), so the method is invariant to
 *       rescaling the variables; {@code x_scale=1}: D = I (scipy's default).</li>
 *   <li>Δ₀ = factor·‖D₀x₀‖ (factor if that is 0), then lowered to ‖D₀p₀‖ at the first trial.</li>
 *   <li>ρ = (1 − ‖r₊‖²/‖r‖²) / (‖Jp‖²/‖r‖² + 2λ‖Dp‖²/‖r‖²), the actual over the predicted relative
 *       reduction (−1 when ‖r₊‖ &gt;= 10‖r‖). If ρ &lt;= ¼: Δ ← μ·min(Δ, 10‖Dp‖) and λ ← λ/μ, with
 *       μ = ½ for an actual decrease, else the minimizer ½·dirder/(dirder + ½·actred) of the
 *       quadratic along p, kept in [0.1, ½]; if ρ &gt;= ¾ or λ = 0: Δ ← 2‖Dp‖, λ ← λ/2.</li>
 *   <li>The step is taken when ρ &gt;= 10⁻⁴; an iteration ({@link Search#step()}) repeats trials until
 *       one is taken, then evaluates J at the new point.</li>
 *   <li>Convergence (MINPACK's and scipy's tests, each also with ε_mach in place of a smaller
 *       tolerance): {@link Termination#VALUE_TOLERANCE} when the actual and predicted relative
 *       reductions are both &lt;= ftol and ρ &lt;= 2; {@link Termination#STEP_TOLERANCE} when
 *       Δ &lt;= xtol·‖Dx‖; {@link Termination#GAP_TOLERANCE} when the scaled gradient
 *       max_j |(Jᵀr)_j| / (‖J_j‖·‖r‖), the largest cosine between r and a column of J, reported as
 *       {@link Search#gap()}, is &lt;= gtol.</li>
 * </ul>
 * Costs as MINPACK counts them: one residual evaluation per trial (a function evaluation) and one
 * Jacobian per taken step (a gradient evaluation); f and ∇f = 2c·Jᵀr at the iterate come for free,
 * ∇f from R and Qᵀr. Workspaces (J, its m×n QR copy) are allocated at the start of a run; an
 * iteration allocates nothing. Where m &lt; n the QR is padded with zero rows, which MINPACK
 * refuses.
 *
 * @param ftol    relative reduction tolerance, &gt;= 0 ({@code ftol})
 * @param xtol    relative step tolerance, &gt;= 0 ({@code xtol})
 * @param gtol    scaled gradient tolerance, &gt;= 0 ({@code gtol})
 * @param factor  the initial trust-region radius relative to ‖D₀x₀‖, &gt; 0 ({@code factor})
 * @param scaling how D is chosen ({@code x_scale})
 */
public record LevenbergMarquardt(double ftol, double xtol, double gtol, double factor, Scaling scaling)
        implements Optimizer {

    /** scipy's default ftol, xtol and gtol. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    /** MINPACK's and scipy's recommended factor. */
    public static final double DEFAULT_FACTOR = 100;

    private static final double EPSILON = Math.ulp(1.0);
    private static final double ACCEPT = 1e-4;
    private static final double SHRINK_BELOW = 0.25;
    private static final double EXPAND_ABOVE = 0.75;
    private static final double HALF = 0.5;
    private static final double TENTH = 0.1;

    /** How the trust region scales the variables. */
    public enum Scaling {
        /** D from the Jacobian's column norms, never decreasing (MINPACK mode 1; scipy x_scale='jac'). */
        JACOBIAN("jac"),
        /** D = I (scipy's default x_scale=1.0). */
        IDENTITY("1");

        private final String token;

        Scaling(String token) {
            this.token = token;
        }

        /** The spec value. */
        public String token() {
            return token;
        }

        /** The scaling of a spec value. */
        public static Scaling of(String token) {
            for (Scaling scaling : values()) {
                if (scaling.token.equals(token)) {
                    return scaling;
                }
            }
            throw new IllegalArgumentException("x_scale must be jac or 1, got " + token);
        }
    }

    /** Validates, naming the spec keys. */
    public LevenbergMarquardt {
        Checks.nonNegative("ftol", ftol);
        Checks.nonNegative("xtol", xtol);
        Checks.nonNegative("gtol", gtol);
        Checks.finite("factor", factor);
        Checks.positive("factor", factor);
        Objects.requireNonNull(scaling, "x_scale");
    }

    /** MINPACK's defaults with scipy's tolerances. */
    public LevenbergMarquardt() {
        this(DEFAULT_TOLERANCE, DEFAULT_TOLERANCE, DEFAULT_TOLERANCE, DEFAULT_FACTOR, Scaling.JACOBIAN);
    }

    @Override
    public Set<Capability> requirements() {
        return EnumSet.of(Capability.RESIDUALS);
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run extends AbstractSearch {
        private final Oracle oracle;
        private final int n;
        private final double scale;
        private final Linearization linearization;
        private final PivotedQr qr;
        private final double[] qtr;
        private final LevenbergMarquardtParameter parameter;
        private double[] trial;
        private double[] residuals;
        private double[] trialResiduals;
        private final double[] diag;
        private final double[] step;
        private final double[] work;
        private final double[] pivoted;
        private double residualNorm;
        private double xNorm;
        private double delta;
        private double lambda;
        private double scaledGradient = Double.NaN;
        private boolean started;
        private boolean scaled;
        private boolean firstTrial = true;
        private boolean gradientKnown;

        Run(Oracle oracle, double[] x0) {
            super(x0);
            this.oracle = oracle;
            this.n = x0.length;
            int m = oracle.residualCount();
            this.scale = oracle.squaresScale();
            this.linearization = new Linearization(oracle, n);
            this.qr = linearization.qr();
            this.qtr = linearization.qtr();
            this.parameter = new LevenbergMarquardtParameter(n);
            this.trial = new double[n];
            this.residuals = new double[m];
            this.trialResiduals = new double[m];
            this.diag = new double[n];
            this.step = new double[n];
            this.work = new double[n];
            this.pivoted = new double[n];
        }

        @Override
        public boolean step() {
            if (!started) {
                started = true;
                oracle.residuals(x, residuals);
                residualNorm = Vectors.norm2(residuals);
                value = scale * residualNorm * residualNorm;
                if (!Double.isFinite(residualNorm)) {
                    return stop(Termination.DIVERGED);
                }
                if (!linearize()) {
                    return false;
                }
            }
            while (true) {
                double pNorm = proposeStep();
                if (firstTrial) {
                    delta = Math.min(delta, pNorm);
                    firstTrial = false;
                }
                oracle.residuals(trial, trialResiduals);
                double trialNorm = Vectors.norm2(trialResiduals);
                if (!Double.isFinite(trialNorm)) {
                    trialNorm = Double.POSITIVE_INFINITY;
                }
                double actual = TENTH * trialNorm < residualNorm ? 1 - square(trialNorm / residualNorm) : -1;
                double linear = square(predictedNorm() / residualNorm);
                double damping = square(Math.sqrt(lambda) * pNorm / residualNorm);
                double predicted = linear + damping / HALF;
                double derivative = -(linear + damping);
                double ratio = predicted != 0 ? actual / predicted : 0;
                updateRegion(ratio, actual, derivative, pNorm, trialNorm);
                boolean taken = ratio >= ACCEPT;
                if (taken) {
                    accept(trialNorm);
                }
                Termination converged = convergence(actual, predicted, ratio);
                if (converged != null) {
                    return stop(converged);
                }
                if (taken) {
                    return linearize();
                }
            }
        }

        /** The trial x − p with p from the LM parameter; returns ‖D·p‖. */
        private double proposeStep() {
            lambda = parameter.solve(qr, diag, qtr, delta, lambda, step);
            for (int j = 0; j < n; j++) {
                trial[j] = x[j] - step[j];
                work[j] = diag[j] * step[j];
            }
            return Vectors.norm2(work);
        }

        /** ‖J·p‖ = ‖R·Pᵀp‖. */
        private double predictedNorm() {
            int[] pivots = qr.pivots();
            for (int j = 0; j < n; j++) {
                pivoted[j] = step[pivots[j]];
            }
            qr.multiplyR(pivoted, work);
            return Vectors.norm2(work);
        }

        private void updateRegion(double ratio, double actual, double derivative, double pNorm, double trialNorm) {
            if (ratio <= SHRINK_BELOW) {
                double shrink = actual >= 0 ? HALF : HALF * derivative / (derivative + HALF * actual);
                if (TENTH * trialNorm >= residualNorm || shrink < TENTH) {
                    shrink = TENTH;
                }
                delta = shrink * Math.min(delta, pNorm / TENTH);
                lambda /= shrink;
            } else if (lambda == 0 || ratio >= EXPAND_ABOVE) {
                delta = pNorm / HALF;
                lambda *= HALF;
            }
        }

        private void accept(double trialNorm) {
            double[] previous = x;
            x = trial;
            trial = previous;
            double[] previousResiduals = residuals;
            residuals = trialResiduals;
            trialResiduals = previousResiduals;
            residualNorm = trialNorm;
            value = scale * residualNorm * residualNorm;
            for (int j = 0; j < n; j++) {
                work[j] = diag[j] * x[j];
            }
            xNorm = Vectors.norm2(work);
            scaledGradient = Double.NaN;
            gradientKnown = false;
        }

        private Termination convergence(double actual, double predicted, double ratio) {
            if (delta <= Math.max(xtol, EPSILON) * xNorm) {
                return Termination.STEP_TOLERANCE;
            }
            double tolerance = Math.max(ftol, EPSILON);
            if (Math.abs(actual) <= tolerance && predicted <= tolerance && HALF * ratio <= 1) {
                return Termination.VALUE_TOLERANCE;
            }
            return null;
        }

        /**
         * J, its QR, Qᵀr, the scaled gradient and ∇f at x; on the first call also D and Δ. Returns
         * false (stopped) when J is not finite or the scaled gradient meets gtol.
         */
        private boolean linearize() {
            if (!linearization.at(x, residuals, gradient)) {
                return stop(Termination.DIVERGED);
            }
            double[] norms = qr.columnNorms();
            if (!scaled) {
                scaled = true;
                for (int j = 0; j < n; j++) {
                    diag[j] = scaling == Scaling.JACOBIAN && norms[j] != 0 ? norms[j] : 1.0;
                    work[j] = diag[j] * x[j];
                }
                xNorm = Vectors.norm2(work);
                delta = xNorm > 0 ? factor * xNorm : factor;
            }
            double[] jtr = linearization.jtr();
            int[] pivots = qr.pivots();
            double largest = 0;
            for (int j = 0; j < n; j++) {
                int l = pivots[j];
                if (norms[l] != 0 && residualNorm != 0) {
                    largest = Math.max(largest, Math.abs(jtr[j] / residualNorm) / norms[l]);
                }
            }
            scaledGradient = largest;
            gradientKnown = true;
            if (scaledGradient <= Math.max(gtol, EPSILON)) {
                return stop(Termination.GAP_TOLERANCE);
            }
            if (scaling == Scaling.JACOBIAN) {
                for (int j = 0; j < n; j++) {
                    diag[j] = Math.max(diag[j], norms[j]);
                }
            }
            return true;
        }

        @Override
        public double[] gradient() {
            return gradientKnown ? gradient : null;
        }

        @Override
        public double gap() {
            return scaledGradient;
        }
    }

    private static double square(double v) {
        return v * v;
    }
}
