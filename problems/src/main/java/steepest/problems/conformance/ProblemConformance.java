package steepest.problems.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import steepest.optimizers.Constrained;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.GeneralizedLinearSum;
import steepest.optimizers.Objective;
import steepest.optimizers.Residuals;
import steepest.optimizers.StochasticObjective;
import steepest.optimizers.TwiceDifferentiable;
import steepest.problems.Problem;
import steepest.problems.Tag;

/**
 * The checks a problem must pass before it is benchmarked, each returning a {@link Finding}:
 * <ul>
 *   <li>{@code gradient}: ∇f against fourth-order central differences (Richardson on steps h and h/2,
 *       h = ε^(1/3)·max(1, |xᵢ|)) per coordinate (a seeded subset of 16 from dimension 1e4):
 *       |fd − gᵢ| &lt;= tol·‖g‖∞ + 100·ε·max|f|/h, the last term the difference's own cancellation
 *       error; f and value() must agree and be finite, ∇f fully written;</li>
 *   <li>{@code hessian-vector}: ∇²f·v against differences of gradients along a scaled random v,
 *       ‖fd − Hv‖∞ &lt;= tol·‖Hv‖∞ + 100·ε·max‖g‖∞/h, and symmetry uᵀHv = vᵀHu;</li>
 *   <li>{@code sample-gradients}: for a generalized linear finite sum, the gradient of a sample
 *       assembled from its structure (loss derivatives times rows, plus the ridge) against central
 *       differences of that sample's term, and its data term against the sample's value minus the
 *       ridge, for the first, the last and a random sample;</li>
 *   <li>{@code residuals}: for sums of squares f = c‖r‖², the dense Jacobian against central
 *       differences of r (far better conditioned than differences of f when f is huge), f = c‖r‖²,
 *       ∇f = 2cJᵀr, and the products J·v and Jᵀ·u against differences and against the dense J;</li>
 *   <li>{@code optimum}: |f(x*) − f*| &lt;= tol·|f*| + 1e-14 and ‖∇f(x*)‖∞ &lt;= tol·(1 + ‖∇f(x₀)‖∞),
 *       over a feasible set the projected-gradient fixed point ‖x* − P(x* − ∇f(x*))‖∞, at a nonsmooth
 *       minimizer no decrease along random directions; with f* alone, f &gt;= f* at sampled points;</li>
 *   <li>{@code finite-sum}: the batch of all n samples, and the mean of single-sample gradients
 *       (n &lt;= 5000), equal the full value and gradient;</li>
 *   <li>{@code feasible-set}: projections are idempotent, the start is feasible, and the linear
 *       minimization oracle's vertex beats seeded feasible points on seeded random directions;</li>
 *   <li>{@code deterministic}: the same x gives the same bits twice and on a second instance.</li>
 * </ul>
 */
public final class ProblemConformance {

    private static final double EPS = Math.ulp(1.0);
    private static final double STEP = Math.cbrt(EPS);
    private static final int POINTS = 3;
    private static final int LARGE = 10_000;
    private static final int SUBSET = 16;
    private static final int SINGLES = 5000;
    /** Headroom over the estimated rounding error of a difference quotient. */
    private static final double ROUNDING = 100;
    /** Samples of the gradient per coordinate for {@link #meanGradient}. */
    private static final int MEAN_SAMPLES = 4096;
    /** Standard errors allowed between that mean and the difference quotient. */
    private static final double STANDARD_ERRORS = 5;

    private ProblemConformance() {
    }

    /** A finding with the worst ratio of error to allowance it measured (0 when it failed early). */
    private record Measured(Finding finding, double ratio) {
    }

    /**
     * Relative tolerances of the checks.
     *
     * @param gradient         gradient against central differences, relative to ‖g‖∞
     * @param hessian          Hessian-vector products against gradient differences, relative to ‖Hv‖∞
     * @param optimumValue     |f(x*) − f*| relative to |f*|
     * @param optimumGradient  ‖∇f(x*)‖∞ relative to 1 + ‖∇f(x₀)‖∞
     * @param subset           check a seeded subset of coordinates even below dimension 1e4
     * @param nonsmoothOptimum the minimizer is a kink: check no decrease around it instead of ∇f(x*) ≈ 0
     */
    public record Tolerances(double gradient, double hessian, double optimumValue, double optimumGradient,
                             boolean subset, boolean nonsmoothOptimum) {

        /** The suite's own bounds for smooth problems: 1e-6, 1e-5, 1e-8, 1e-9. */
        public static final Tolerances DEFAULT = new Tolerances(1e-6, 1e-5, 1e-8, 1e-9, false, false);

        /** The same bounds with another for the gradient. */
        public Tolerances withGradient(double bound) {
            return new Tolerances(bound, hessian, optimumValue, optimumGradient, subset, nonsmoothOptimum);
        }

        /** The same bounds, checking a coordinate subset. */
        public Tolerances withSubset() {
            return new Tolerances(gradient, hessian, optimumValue, optimumGradient, true, nonsmoothOptimum);
        }

        /** The same bounds for a minimizer at a kink. */
        public Tolerances withNonsmoothOptimum() {
            return new Tolerances(gradient, hessian, optimumValue, optimumGradient, subset, true);
        }
    }

    /**
     * Every check of a problem: gradients (at the start, unless the problem is nonsmooth, and at three
     * seeded points near it), Hessian-vector products and residuals where offered, the stated optimum,
     * the finite sum, the feasible set and determinism. A noisy problem's derivatives are checked on
     * its exact objective.
     *
     * @param problem a fresh instance
     * @param another builds a second instance of the same spec
     */
    public static List<Finding> all(Problem problem, Supplier<Problem> another, Tolerances tolerances, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Objective f = StochasticObjective.exactOf(problem.objective());
        List<double[]> points = new ArrayList<>();
        if (!problem.tags().contains(Tag.NONSMOOTH)) {
            points.add(problem.start());
        }
        for (int k = 0; k < POINTS; k++) {
            points.add(nearStart(problem, 0.1, random));
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(worst("gradient", points.stream()
                .map(x -> measureGradient(f, x, tolerances.gradient(), STEP, tolerances.subset(), random)).toList()));
        findings.add(f instanceof TwiceDifferentiable twice
                ? worst("hessian-vector", points.stream().map(x -> measureHessianVector(twice, x, tolerances.hessian(), random))
                        .toList())
                : Finding.skip("hessian-vector", "no Hessian-vector products declared"));
        findings.add(f instanceof GeneralizedLinearSum linear
                ? sampleGradients(linear, points.get(points.size() - 1), tolerances.gradient(), random)
                : Finding.skip("sample-gradients", "not a generalized linear sum"));
        findings.add(f instanceof Residuals squares
                ? worst("residuals", points.stream().map(x -> measureResiduals(squares, x, tolerances.gradient(), random))
                        .toList())
                : Finding.skip("residuals", "not a sum of squares"));
        findings.add(optimum(problem, tolerances, seed));
        findings.add(f instanceof FiniteSum sum ? finiteSum(sum, points.get(points.size() - 1))
                : Finding.skip("finite-sum", "not a finite sum"));
        findings.add(f instanceof Constrained constrained ? feasibleSet(constrained.feasibleSet(), problem.start(), random)
                : Finding.skip("feasible-set", "unconstrained"));
        findings.add(deterministic(problem, another.get(), points.get(points.size() - 1)));
        return findings;
    }

    /** xᵢ = x0ᵢ + scale·(1 + |x0ᵢ|)·u, u uniform in [−1, 1]. */
    public static double[] nearStart(Problem problem, double scale, SplittableRandom random) {
        double[] x = problem.start();
        for (int i = 0; i < x.length; i++) {
            x[i] += scale * (1 + Math.abs(x[i])) * (2 * random.nextDouble() - 1);
        }
        return x;
    }

    /** The first failure among {@code measured}, else a pass with the worst error ratio. */
    private static Finding worst(String check, List<Measured> measured) {
        double ratio = 0;
        for (Measured one : measured) {
            if (!one.finding().ok()) {
                return one.finding();
            }
            ratio = Math.max(ratio, one.ratio());
        }
        return Finding.pass(check, "error at most " + percent(ratio) + " of the allowance at " + measured.size() + " points");
    }

    /** Central differences per coordinate (all, or a random subset for large problems). x is not modified. */
    public static Finding gradient(Objective f, double[] x, double bound, boolean subset, SplittableRandom random) {
        return measureGradient(f, x, bound, STEP, subset, random).finding();
    }

    /**
     * Central differences per coordinate with the step {@code step}·max(1, |xᵢ|) instead of ε^(1/3)·max(1, |xᵢ|),
     * for functions whose finest oscillation the default step does not resolve (Weierstrass).
     */
    public static Finding gradient(Objective f, double[] x, double bound, double step, boolean subset,
                                   SplittableRandom random) {
        return measureGradient(f, x, bound, step, subset, random).finding();
    }

    /**
     * For f piecewise smooth on pieces far shorter than any usable difference step (Katsuura's
     * sawtooths): the central difference over [xᵢ − h, xᵢ + h] equals the mean of ∂f/∂xᵢ over that
     * interval (f is Lipschitz, hence absolutely continuous on the line); the mean is estimated from
     * {@value #MEAN_SAMPLES} jittered stratified samples and compared within {@value #STANDARD_ERRORS}
     * standard errors, plus the difference's rounding and {@code bound}·‖g‖∞. x is not modified.
     */
    public static Finding meanGradient(Objective f, double[] x, double bound, SplittableRandom random) {
        int n = x.length;
        double[] g = new double[n];
        double[] point = x.clone();
        double value = f.valueAndGradient(point, g);
        double scale = normInf(g);
        double[] probe = x.clone();
        double[] sizes = new double[1];
        double ratio = 0;
        for (int i = 0; i < n; i++) {
            double h = STEP * Math.max(1, Math.abs(x[i]));
            sizes[0] = Math.abs(value);
            double fd = centralDifference(f, point, i, h, sizes);
            double sum = 0;
            double squares = 0;
            for (int k = 0; k < MEAN_SAMPLES; k++) {
                probe[i] = x[i] - h + (k + random.nextDouble()) * 2 * h / MEAN_SAMPLES;
                f.valueAndGradient(probe, g);
                sum += g[i];
                squares += g[i] * g[i];
            }
            probe[i] = x[i];
            double mean = sum / MEAN_SAMPLES;
            double standardError = Math.sqrt(Math.max(0, squares / MEAN_SAMPLES - mean * mean) / MEAN_SAMPLES);
            double allowed = STANDARD_ERRORS * standardError + bound * scale + ROUNDING * EPS * sizes[0] / h;
            double error = Math.abs(fd - mean);
            if (!(error <= allowed)) {
                return Finding.fail("gradient", "mean of df/dx" + i + " over the step = " + mean + " but central difference "
                        + fd + " (error " + error + ", allowed " + allowed + ")");
            }
            ratio = Math.max(ratio, allowed > 0 ? error / allowed : 0);
        }
        return Finding.pass("gradient", "mean over the step within " + percent(ratio) + " of the allowance");
    }

    private static Measured measureGradient(Objective f, double[] x, double bound, double relativeStep, boolean subset,
                                            SplittableRandom random) {
        int n = x.length;
        double[] point = x.clone();
        double[] g = new double[n];
        Arrays.fill(g, Double.NaN);
        double value = f.valueAndGradient(point, g);
        if (!Double.isFinite(value)) {
            return failed("gradient", "f is not finite at a test point");
        }
        if (!Arrays.stream(g).allMatch(Double::isFinite)) {
            return failed("gradient", "the gradient is not fully written or not finite");
        }
        double alone = f.value(point);
        if (!(Math.abs(alone - value) <= 1e-13 * Math.abs(value))) {
            return failed("gradient", "value() = " + alone + " differs from valueAndGradient() = " + value);
        }
        double scale = normInf(g);
        double[] sizes = new double[1];
        double ratio = 0;
        for (int i : coordinates(n, subset, random)) {
            double h = relativeStep * Math.max(1, Math.abs(point[i]));
            sizes[0] = Math.abs(value);
            double fd = (4 * centralDifference(f, point, i, h / 2, sizes) - centralDifference(f, point, i, h, sizes)) / 3;
            double allowed = bound * scale + ROUNDING * EPS * sizes[0] / h;
            double error = Math.abs(fd - g[i]);
            if (!(error <= allowed)) {
                return failed("gradient", "df/dx" + i + " = " + g[i] + " but central difference " + fd + " (error "
                        + error + ", allowed " + allowed + ", |g|inf " + scale + ")");
            }
            ratio = Math.max(ratio, allowed > 0 ? error / allowed : 0);
        }
        return new Measured(Finding.pass("gradient", "error " + percent(ratio) + " of the allowance"), ratio);
    }

    private static Measured failed(String check, String message) {
        return new Measured(Finding.fail(check, message), 0);
    }

    /**
     * (f(x + heᵢ) − f(x − heᵢ))/(2h) with the step actually taken; raises sizes[0] to the largest |f| seen.
     * x is restored.
     */
    private static double centralDifference(Objective f, double[] x, int i, double h, double[] sizes) {
        double xi = x[i];
        x[i] = xi + h;
        double plus = f.value(x);
        double up = x[i];
        x[i] = xi - h;
        double minus = f.value(x);
        double step = up - x[i];
        x[i] = xi;
        sizes[0] = Math.max(sizes[0], Math.max(Math.abs(plus), Math.abs(minus)));
        return (plus - minus) / step;
    }

    /** (∇f(x + hv) − ∇f(x − hv))/(2h) against ∇²f(x)v, with vᵢ scaled like xᵢ; and symmetry uᵀHv = vᵀHu. */
    public static Finding hessianVector(TwiceDifferentiable f, double[] x, double bound, SplittableRandom random) {
        return measureHessianVector(f, x, bound, random).finding();
    }

    private static Measured measureHessianVector(TwiceDifferentiable f, double[] x, double bound, SplittableRandom random) {
        int n = x.length;
        double[] v = direction(x, random);
        double[] hv = new double[n];
        Arrays.fill(hv, Double.NaN);
        f.hessianVector(x, v, hv);
        if (!Arrays.stream(hv).allMatch(Double::isFinite)) {
            return failed("hessian-vector", "Hv is not fully written or not finite");
        }
        double[] scale = new double[1];
        double[] coarse = gradientDifference(f, x, v, STEP, scale);
        double[] fine = gradientDifference(f, x, v, STEP / 2, scale);
        double allowed = bound * normInf(hv) + ROUNDING * EPS * scale[0] / STEP;
        double error = 0;
        int worst = 0;
        double[] fd = new double[n];
        for (int i = 0; i < n; i++) {
            fd[i] = (4 * fine[i] - coarse[i]) / 3;
            double e = Math.abs(fd[i] - hv[i]);
            if (e > error) {
                error = e;
                worst = i;
            }
        }
        if (!(error <= allowed)) {
            return failed("hessian-vector", "(Hv)" + worst + " = " + hv[worst] + " but the gradient difference gives "
                    + fd[worst] + " (error " + error + ", allowed " + allowed + ")");
        }
        double[] u = direction(x, random);
        double[] hu = new double[n];
        f.hessianVector(x, u, hu);
        double uHv = dot(u, hv);
        double vHu = dot(v, hu);
        double size = Math.sqrt(dot(u, u) * dot(hv, hv)) + Math.sqrt(dot(v, v) * dot(hu, hu));
        if (!(Math.abs(uHv - vHu) <= 1e-10 * size)) {
            return failed("hessian-vector", "the Hessian is not symmetric: u'Hv = " + uHv + ", v'Hu = " + vHu);
        }
        double ratio = allowed > 0 ? error / allowed : 0;
        return new Measured(Finding.pass("hessian-vector", "error " + percent(ratio) + " of the allowance"), ratio);
    }

    /** (∇f(x + hv) − ∇f(x − hv))/(2h); raises scale[0] to the largest |∇f| seen. */
    private static double[] gradientDifference(TwiceDifferentiable f, double[] x, double[] v, double h, double[] scale) {
        int n = x.length;
        double[] xp = x.clone();
        double[] xm = x.clone();
        for (int i = 0; i < n; i++) {
            xp[i] += h * v[i];
            xm[i] -= h * v[i];
        }
        double[] gp = new double[n];
        double[] gm = new double[n];
        f.valueAndGradient(xp, gp);
        f.valueAndGradient(xm, gm);
        scale[0] = Math.max(scale[0], Math.max(normInf(gp), normInf(gm)));
        for (int i = 0; i < n; i++) {
            gp[i] = (gp[i] - gm[i]) / (2 * h);
        }
        return gp;
    }

    /**
     * The sample gradients of a generalized linear sum, assembled from its structure
     * (Σ_k c_ik·(aᵢ in block k) + λx), against central differences of the sample's term fᵢ (the batch
     * value of {i}), and the structure's data term against fᵢ − (λ/2)‖x‖², for the first, the last
     * and a random sample. x is not modified.
     */
    public static Finding sampleGradients(GeneralizedLinearSum f, double[] x, double bound, SplittableRandom random) {
        int n = f.size();
        double squares = dot(x, x);
        double ratio = 0;
        for (int i : new int[] {0, n - 1, random.nextInt(n)}) {
            int[] sample = {i};
            double[] derivatives = new double[f.outputs()];
            double data = f.sampleDerivatives(x.clone(), sample, 1, derivatives);
            double value = f.valueAndGradient(x.clone(), sample, 1, new double[x.length]);
            double expected = value - 0.5 * f.ridge() * squares;
            if (!(Math.abs(expected - data) <= 1e-13 * (1 + Math.abs(value)))) {
                return Finding.fail("sample-gradients", "the data term of sample " + i + " is " + data + ", but its value"
                        + " minus the ridge is " + expected);
            }
            Objective term = new Objective() {
                @Override
                public int dimension() {
                    return f.dimension();
                }

                @Override
                public double valueAndGradient(double[] point, double[] gradOut) {
                    f.sampleDerivatives(point, sample, 1, derivatives);
                    f.sampleSum(sample, 1, derivatives, gradOut);
                    for (int j = 0; j < point.length; j++) {
                        gradOut[j] += f.ridge() * point[j];
                    }
                    return value(point);
                }

                @Override
                public double value(double[] point) {
                    return f.valueAndGradient(point, sample, 1, new double[point.length]);
                }
            };
            Measured measured = measureGradient(term, x, bound, STEP, x.length >= LARGE, random);
            if (!measured.finding().ok()) {
                return Finding.fail("sample-gradients", "sample " + i + ": " + measured.finding().measured());
            }
            ratio = Math.max(ratio, measured.ratio());
        }
        return Finding.pass("sample-gradients", "error at most " + percent(ratio) + " of the allowance at 3 samples");
    }

    /**
     * The residuals of a sum of squares f = c‖r‖²: J against central differences of r per column,
     * f against c‖r‖², ∇f against 2cJᵀr, and J·v, Jᵀ·u against differences and the dense J. x is not
     * modified.
     */
    public static Finding residuals(Residuals f, double[] x, double bound, SplittableRandom random) {
        return measureResiduals(f, x, bound, random).finding();
    }

    private static Measured measureResiduals(Residuals f, double[] x, double bound, SplittableRandom random) {
        int n = x.length;
        int m = f.residualCount();
        double c = f.squaresScale();
        double[] point = x.clone();
        double[][] jacobian = new double[m][n];
        for (double[] row : jacobian) {
            Arrays.fill(row, Double.NaN);
        }
        f.jacobian(point, jacobian);
        double[] r = new double[m];
        Arrays.fill(r, Double.NaN);
        f.residuals(point, r);
        if (!Arrays.stream(r).allMatch(Double::isFinite)) {
            return failed("residuals", "the residuals are not fully written or not finite");
        }
        double value = f.value(point);
        if (!(Math.abs(value - c * dot(r, r)) <= 1e-12 * Math.abs(value))) {
            return failed("residuals", "f = " + value + " is not c|r|^2 = " + c * dot(r, r));
        }
        double ratio = 0;
        double[] rp = new double[m];
        double[] rm = new double[m];
        for (int j = 0; j < n; j++) {
            double xj = point[j];
            double h = STEP * Math.max(1, Math.abs(xj));
            point[j] = xj + h;
            f.residuals(point, rp);
            double up = point[j];
            point[j] = xj - h;
            f.residuals(point, rm);
            double step = up - point[j];
            point[j] = xj;
            for (int i = 0; i < m; i++) {
                double fd = (rp[i] - rm[i]) / step;
                double rounding = ROUNDING * EPS * Math.max(Math.abs(r[i]), Math.max(Math.abs(rp[i]), Math.abs(rm[i])))
                        / step;
                double allowed = bound * normInf(jacobian[i]) + rounding;
                double error = Math.abs(fd - jacobian[i][j]);
                if (!(error <= allowed)) {
                    return failed("residuals", "dr" + i + "/dx" + j + " = " + jacobian[i][j] + " but central difference " + fd);
                }
                ratio = Math.max(ratio, allowed > 0 ? error / allowed : 0);
            }
        }
        double[] g = new double[n];
        f.valueAndGradient(point, g);
        for (int j = 0; j < n; j++) {
            double expected = 0;
            double scale = 0;
            for (int i = 0; i < m; i++) {
                expected += 2 * c * jacobian[i][j] * r[i];
                scale = Math.max(scale, Math.abs(2 * c * jacobian[i][j] * r[i]));
            }
            if (!(Math.abs(expected - g[j]) <= 1e-12 * scale)) {
                return failed("residuals", "the gradient is not 2cJ'r at coordinate " + j);
            }
        }
        String products = jacobianProducts(f, point, jacobian, random);
        if (products != null) {
            return failed("residuals", products);
        }
        return new Measured(Finding.pass("residuals", "error " + percent(ratio) + " of the allowance"), ratio);
    }

    /**
     * J·v and Jᵀ·u against the central difference of r along v (relative to the largest |J·v|, plus
     * the difference's rounding) and against the dense J (to rounding); the failure, or null.
     */
    private static String jacobianProducts(Residuals f, double[] x, double[][] jacobian, SplittableRandom random) {
        int n = x.length;
        int m = f.residualCount();
        double[] v = direction(x, random);
        double[] jv = new double[m];
        Arrays.fill(jv, Double.NaN);
        f.jacobianVector(x, v, jv);
        if (!Arrays.stream(jv).allMatch(Double::isFinite)) {
            return "Jv is not fully written or not finite";
        }
        double[] rp = new double[m];
        double[] rm = new double[m];
        double[] probe = x.clone();
        for (int j = 0; j < n; j++) {
            probe[j] = x[j] + STEP * v[j];
        }
        f.residuals(probe, rp);
        for (int j = 0; j < n; j++) {
            probe[j] = x[j] - STEP * v[j];
        }
        f.residuals(probe, rm);
        double allowed = 1e-5 * normInf(jv) + ROUNDING * EPS * Math.max(normInf(rp), normInf(rm)) / STEP;
        for (int i = 0; i < m; i++) {
            double fd = (rp[i] - rm[i]) / (2 * STEP);
            if (!(Math.abs(fd - jv[i]) <= allowed)) {
                return "(Jv)" + i + " = " + jv[i] + " but the residual difference gives " + fd;
            }
            double magnitude = 0;
            for (int j = 0; j < n; j++) {
                magnitude += Math.abs(jacobian[i][j] * v[j]);
            }
            if (!(Math.abs(dot(jacobian[i], v) - jv[i]) <= 1e-12 * magnitude)) {
                return "(Jv)" + i + " differs from the dense J";
            }
        }
        double[] u = new double[m];
        for (int i = 0; i < m; i++) {
            u[i] = 2 * random.nextDouble() - 1;
        }
        double[] jtu = new double[n];
        Arrays.fill(jtu, Double.NaN);
        f.jacobianTransposeVector(x, u, jtu);
        for (int j = 0; j < n; j++) {
            double expected = 0;
            double magnitude = 0;
            for (int i = 0; i < m; i++) {
                expected += jacobian[i][j] * u[i];
                magnitude += Math.abs(jacobian[i][j] * u[i]);
            }
            if (!(Math.abs(expected - jtu[j]) <= 1e-12 * magnitude)) {
                return "(J'u)" + j + " differs from the dense J";
            }
        }
        return null;
    }

    /** The stated optimum: f(x*) = f*, first-order optimality at x*; f alone: f &gt;= f* at sampled points. */
    public static Finding optimum(Problem problem, Tolerances tolerances, long seed) {
        Objective f = StochasticObjective.exactOf(problem.objective());
        double fStar = problem.optimalValue();
        double[] xStar = problem.minimizer();
        if (!problem.hasOptimalValue()) {
            return Finding.skip("optimum", xStar == null ? "no f* or x* stated" : "x* stated without f*");
        }
        if (xStar == null) {
            SplittableRandom random = new SplittableRandom(seed + 1);
            for (int k = 0; k < POINTS; k++) {
                double[] x = nearStart(problem, 0.1, random);
                double value = f.value(x);
                if (!(value >= fStar)) {
                    return Finding.fail("optimum", "f = " + value + " < the stated f* = " + fStar + " at a sampled point");
                }
            }
            return Finding.pass("optimum", "f >= f* at " + POINTS + " sampled points (x* not stated)");
        }
        double[] g = new double[xStar.length];
        double value = f.valueAndGradient(xStar, g);
        double allowed = tolerances.optimumValue() * Math.abs(fStar) + 1e-14;
        if (!(Math.abs(value - fStar) <= allowed)) {
            return Finding.fail("optimum", "f(x*) = " + value + " differs from the stated f* = " + fStar);
        }
        if (tolerances.nonsmoothOptimum()) {
            SplittableRandom random = new SplittableRandom(seed + 7);
            for (int k = 0; k < 50; k++) {
                double[] y = xStar.clone();
                double h = k % 2 == 0 ? 1e-3 : 1e-6;
                for (int i = 0; i < y.length; i++) {
                    y[i] += h * (1 + Math.abs(y[i])) * (2 * random.nextDouble() - 1);
                }
                if (!(f.value(y) >= fStar - 1e-12 * (1 + Math.abs(fStar)))) {
                    return Finding.fail("optimum", "f decreases from x* along a random direction");
                }
            }
            return Finding.pass("optimum", "f(x*) = f*; no decrease along 50 random directions (a kink)");
        }
        double[] g0 = new double[xStar.length];
        f.valueAndGradient(problem.start(), g0);
        double gradientAllowed = tolerances.optimumGradient() * (1 + normInf(g0));
        if (f instanceof Constrained constrained) {
            FeasibleSet set = constrained.feasibleSet();
            double[] projected = xStar.clone();
            set.projectInPlace(projected);
            if (!(maxDifference(projected, xStar) <= 1e-12 * (1 + normInf(xStar)))) {
                return Finding.fail("optimum", "x* is not feasible");
            }
            double[] step = xStar.clone();
            for (int i = 0; i < step.length; i++) {
                step[i] -= g[i];
            }
            set.projectInPlace(step);
            double residual = maxDifference(step, xStar);
            if (!(residual <= gradientAllowed)) {
                return Finding.fail("optimum", "|x* - P(x* - grad f(x*))|inf = " + residual + " > " + gradientAllowed);
            }
            return Finding.pass("optimum", "f(x*) = f*; projected-gradient residual " + format(residual));
        }
        if (!(normInf(g) <= gradientAllowed)) {
            return Finding.fail("optimum", "|grad f(x*)|inf = " + normInf(g) + " > " + gradientAllowed);
        }
        return Finding.pass("optimum", "f(x*) = f*; |grad f(x*)|inf = " + format(normInf(g)));
    }

    /** The batch of all samples, and the mean over single samples, against the full value and gradient. */
    public static Finding finiteSum(FiniteSum f, double[] x) {
        int n = f.size();
        int d = x.length;
        double[] full = new double[d];
        double value = f.valueAndGradient(x, full);
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        double[] batch = new double[d];
        double batchValue = f.valueAndGradient(x, all, n, batch);
        double scale = 1 + normInf(full);
        double error = Math.max(Math.abs(batchValue - value) / (1 + Math.abs(value)), maxDifference(batch, full) / scale);
        String checked = "the batch of all " + n + " samples";
        if (n <= SINGLES) {
            double[] mean = new double[d];
            double meanValue = 0;
            double[] single = new double[d];
            int[] one = new int[1];
            for (int i = 0; i < n; i++) {
                one[0] = i;
                meanValue += f.valueAndGradient(x, one, 1, single) / n;
                for (int j = 0; j < d; j++) {
                    mean[j] += single[j] / n;
                }
            }
            error = Math.max(error, Math.max(Math.abs(meanValue - value) / (1 + Math.abs(value)),
                    maxDifference(mean, full) / scale));
            checked += " and the mean of " + n + " single samples";
        }
        if (!(error <= 1e-10)) {
            return Finding.fail("finite-sum", checked + " differ from the full value and gradient by " + format(error)
                    + " (relative); every sample must carry its share so that batch means are unbiased");
        }
        return Finding.pass("finite-sum", checked + " match the full gradient to " + format(error));
    }

    /** Idempotent projections, a feasible start, and an LMO vertex no worse than seeded feasible points. */
    public static Finding feasibleSet(FeasibleSet set, double[] start, SplittableRandom random) {
        int n = start.length;
        double[] projectedStart = start.clone();
        set.projectInPlace(projectedStart);
        if (!(maxDifference(projectedStart, start) <= 1e-12 * (1 + normInf(start)))) {
            return Finding.fail("feasible-set", "the start is not feasible (its projection moves it)");
        }
        double[] s = new double[n];
        for (int k = 0; k < 5; k++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = start[i] + 10 * (1 + Math.abs(start[i])) * (2 * random.nextDouble() - 1);
            }
            set.projectInPlace(y);
            double[] again = y.clone();
            set.projectInPlace(again);
            double moved = maxDifference(again, y);
            if (!(moved <= 1e-12 * (1 + normInf(y)))) {
                return Finding.fail("feasible-set", "projecting a projected point moves it by " + moved);
            }
            double[] direction = new double[n];
            for (int i = 0; i < n; i++) {
                direction[i] = 2 * random.nextDouble() - 1;
            }
            set.linearMinimizer(direction, s);
            double atVertex = dot(direction, s);
            double atPoint = dot(direction, y);
            double slack = 1e-10 * (1 + Math.abs(atPoint) + Math.abs(atVertex));
            if (!(atVertex <= atPoint + slack)) {
                return Finding.fail("feasible-set", "the linear minimization oracle's vertex gives <d, s> = " + atVertex
                        + ", a feasible point gives " + atPoint);
            }
        }
        return Finding.pass("feasible-set", "projection idempotent, LMO vertex optimal on 5 random directions");
    }

    /** The same x gives the same bits twice, and on a second instance. */
    public static Finding deterministic(Problem problem, Problem second, double[] x) {
        int n = x.length;
        double[] g1 = new double[n];
        double[] g2 = new double[n];
        double[] g3 = new double[n];
        Objective first = StochasticObjective.exactOf(problem.objective());
        double f1 = first.valueAndGradient(x.clone(), g1);
        double f2 = first.valueAndGradient(x.clone(), g2);
        double f3 = StochasticObjective.exactOf(second.objective()).valueAndGradient(x.clone(), g3);
        if (Double.doubleToRawLongBits(f1) != Double.doubleToRawLongBits(f2) || !Arrays.equals(g1, g2)) {
            return Finding.fail("deterministic", "two evaluations at the same x differ");
        }
        if (Double.doubleToRawLongBits(f1) != Double.doubleToRawLongBits(f3) || !Arrays.equals(g1, g3)) {
            return Finding.fail("deterministic", "a second instance of the same spec gives other bits at the same x");
        }
        if (!Arrays.equals(problem.start(), second.start())) {
            return Finding.fail("deterministic", "a second instance of the same spec starts elsewhere");
        }
        return Finding.pass("deterministic", "same bits twice and on a second instance");
    }

    private static int[] coordinates(int n, boolean sampled, SplittableRandom random) {
        if (n < LARGE && !sampled) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] subset = random.ints(SUBSET - 2, 0, n).toArray();
        int[] withEnds = Arrays.copyOf(subset, SUBSET);
        withEnds[SUBSET - 2] = 0;
        withEnds[SUBSET - 1] = n - 1;
        return withEnds;
    }

    private static double[] direction(double[] x, SplittableRandom random) {
        double[] v = new double[x.length];
        double max = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (2 * random.nextDouble() - 1) * Math.max(1, Math.abs(x[i]));
            max = Math.max(max, Math.abs(v[i]) / Math.max(1, Math.abs(x[i])));
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= max;
        }
        return v;
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double normInf(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.3g%%", 100 * ratio);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
