package steepest.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Constrained;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.GeneralizedLinearSum;
import steepest.optimizers.Objective;
import steepest.optimizers.TwiceDifferentiable;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Spec;
import steepest.problems.mgh.SumOfSquares;

/**
 * One parameterized test over every entry of {@link Problems#catalog()} (its default instance) and the
 * extra instances of {@link ProblemChecks#EXTRA_SPECS}: tags, gradients against central differences,
 * Hessian-vector products against differences of gradients, the sample gradients of a generalized
 * linear sum against differences of its sample terms, the stated optimum. Problems of dimension
 * &gt;= 1e4 are checked on a seeded random subset of coordinates. An entry without a registered check
 * fails.
 */
class ProblemCatalogTest {

    private static final double EPS = Math.ulp(1.0);
    private static final double STEP = Math.cbrt(EPS);
    private static final int POINTS = 3;
    private static final int LARGE = 10_000;
    private static final int SUBSET = 16;
    /** Headroom over the estimated rounding error of a difference quotient. */
    private static final double ROUNDING = 100;

    static Stream<String> specs() {
        List<String> specs = new ArrayList<>();
        for (CatalogEntry<Problem> entry : Problems.catalog().entries()) {
            specs.add(entry.name());
        }
        specs.addAll(ProblemChecks.EXTRA_SPECS);
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void problemIsConsistent(String spec) {
        String name = Spec.parse("problem", spec).name();
        ProblemChecks.Check check = ProblemChecks.forEntry(name).orElseThrow(() -> new AssertionError(
                "no check registered for problem '" + name + "': add one to ProblemChecks"));
        Problem problem = Problems.catalog().create(spec);
        CatalogEntry<Problem> entry = Problems.catalog().entries().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        assertEquals(entry.tags(), Tag.tokens(problem.tags()), "catalog tags of " + name + " vs the instance's");
        assertTrue(Arrays.stream(problem.start()).allMatch(Double::isFinite), "start must be finite");

        SplittableRandom random = new SplittableRandom(spec.hashCode());
        for (int k = 0; k < POINTS; k++) {
            double[] x = check.points().point(problem, random);
            checkGradient(spec, problem.objective(), x, check.gradient(), check.subset(), random);
            if (problem.objective() instanceof TwiceDifferentiable twice) {
                checkHessianVector(spec, twice, x, check.hessian(), random);
            }
            if (problem.objective() instanceof GeneralizedLinearSum linear) {
                checkSampleGradients(spec, linear, x, check.gradient(), random);
            }
            if (problem.objective() instanceof SumOfSquares squares && problem.dimension() < LARGE) {
                checkJacobian(spec, squares, x, check.gradient());
            }
        }
        checkOptimum(spec, problem, check);
    }

    /** Central differences per coordinate (all, or a random subset for large problems). */
    private static void checkGradient(String spec, Objective f, double[] x, double bound, boolean subset,
                                      SplittableRandom random) {
        int n = x.length;
        double[] g = new double[n];
        Arrays.fill(g, Double.NaN);
        double value = f.valueAndGradient(x, g);
        assertTrue(Double.isFinite(value), spec + ": f is not finite at a test point");
        assertTrue(Arrays.stream(g).allMatch(Double::isFinite), spec + ": gradient not fully written or not finite");
        assertEquals(value, f.value(x), 1e-13 * Math.abs(value), spec + ": value() differs from valueAndGradient()");
        double scale = normInf(g);
        double[] sizes = new double[1];
        for (int i : coordinates(n, subset, random)) {
            double h = STEP * Math.max(1, Math.abs(x[i]));
            sizes[0] = Math.abs(value);
            double fd = (4 * centralDifference(f, x, i, h / 2, sizes) - centralDifference(f, x, i, h, sizes)) / 3;
            double rounding = ROUNDING * EPS * sizes[0] / h;
            double allowed = bound * scale + rounding;
            double error = Math.abs(fd - g[i]);
            if (!(error <= allowed)) {
                fail(spec + ": df/dx" + i + " = " + g[i] + " but central difference " + fd + " (error " + error
                        + ", allowed " + allowed + ", |g|inf " + scale + ")");
            }
        }
    }

    /**
     * For a generalized linear sum, the gradient of sample i assembled from the structure,
     * Σ_k c_ik·(aᵢ in block k) + λx, against central differences of fᵢ (the batch value of {i}), and
     * the structure's data term against fᵢ − (λ/2)‖x‖², for the first, the last and a random sample.
     */
    private static void checkSampleGradients(String spec, GeneralizedLinearSum f, double[] x, double bound,
                                             SplittableRandom random) {
        int n = f.size();
        double squares = 0;
        for (double v : x) {
            squares += v * v;
        }
        for (int i : new int[] {0, n - 1, random.nextInt(n)}) {
            int[] sample = {i};
            double[] derivatives = new double[f.outputs()];
            double data = f.sampleDerivatives(x, sample, 1, derivatives);
            double value = f.valueAndGradient(x, sample, 1, new double[x.length]);
            assertEquals(value - 0.5 * f.ridge() * squares, data, 1e-13 * (1 + Math.abs(value)),
                    spec + ": data term of sample " + i);
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
            checkGradient(spec + " sample " + i, term, x, bound, x.length >= LARGE, random);
        }
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
    private static void checkHessianVector(String spec, TwiceDifferentiable f, double[] x, double bound,
                                           SplittableRandom random) {
        int n = x.length;
        double[] v = direction(x, random);
        double[] hv = new double[n];
        Arrays.fill(hv, Double.NaN);
        f.hessianVector(x, v, hv);
        assertTrue(Arrays.stream(hv).allMatch(Double::isFinite), spec + ": Hv not fully written or not finite");
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
            fail(spec + ": (Hv)" + worst + " = " + hv[worst] + " but the gradient difference gives "
                    + fd[worst] + " (error " + error + ", allowed " + allowed + ")");
        }
        double[] u = direction(x, random);
        double[] hu = new double[n];
        f.hessianVector(x, u, hu);
        double uHv = dot(u, hv);
        double vHu = dot(v, hu);
        double size = Math.sqrt(dot(u, u) * dot(hv, hv)) + Math.sqrt(dot(v, v) * dot(hu, hu));
        assertTrue(Math.abs(uHv - vHu) <= 1e-10 * size, spec + ": Hessian not symmetric, u'Hv = " + uHv
                + ", v'Hu = " + vHu);
    }

    /** (∇f(x + hv) − ∇f(x − hv))/(2h); raises scale[0] to the largest |∇f| seen. */
    private static double[] gradientDifference(TwiceDifferentiable f, double[] x, double[] v, double h,
                                               double[] scale) {
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
     * For least squares, the residuals' Jacobian against central differences of the residuals
     * themselves (far better conditioned than differences of f = Σr² when f is huge) and the gradient
     * against 2Jᵀr.
     */
    private static void checkJacobian(String spec, SumOfSquares f, double[] x, double bound) {
        int n = x.length;
        int m = f.residualCount();
        double[][] jacobian = new double[m][n];
        f.jacobian(x, jacobian);
        double[] r = new double[m];
        f.residuals(x, r);
        double[] rp = new double[m];
        double[] rm = new double[m];
        for (int j = 0; j < n; j++) {
            double xj = x[j];
            double h = STEP * Math.max(1, Math.abs(xj));
            x[j] = xj + h;
            f.residuals(x, rp);
            double up = x[j];
            x[j] = xj - h;
            f.residuals(x, rm);
            double step = up - x[j];
            x[j] = xj;
            for (int i = 0; i < m; i++) {
                double fd = (rp[i] - rm[i]) / step;
                double rowScale = 0;
                for (int k = 0; k < n; k++) {
                    rowScale = Math.max(rowScale, Math.abs(jacobian[i][k]));
                }
                double rounding = ROUNDING * EPS * Math.max(Math.abs(r[i]), Math.max(Math.abs(rp[i]), Math.abs(rm[i])))
                        / step;
                double allowed = bound * rowScale + rounding;
                if (!(Math.abs(fd - jacobian[i][j]) <= allowed)) {
                    fail(spec + ": dr" + i + "/dx" + j + " = " + jacobian[i][j] + " but central difference " + fd);
                }
            }
        }
        double[] g = new double[n];
        f.valueAndGradient(x, g);
        double[] jtr = new double[n];
        double scale = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                jtr[j] += 2 * jacobian[i][j] * r[i];
                scale = Math.max(scale, Math.abs(2 * jacobian[i][j] * r[i]));
            }
        }
        for (int j = 0; j < n; j++) {
            assertEquals(jtr[j], g[j], 1e-12 * scale, spec + ": gradient is not 2J'r at coordinate " + j);
        }
    }

    private static void checkOptimum(String spec, Problem problem, ProblemChecks.Check check) {
        if (check.noOptimum() != null) {
            assertTrue(!problem.hasOptimalValue() && problem.minimizer() == null,
                    spec + " is registered without an optimum (" + check.noOptimum() + ") but states one");
            return;
        }
        if (ProblemChecks.PARTLY_KNOWN_OPTIMUM.containsKey(spec)) {
            assertTrue(!problem.hasOptimalValue() || problem.minimizer() == null, spec
                    + " states f* and x*: remove it from ProblemChecks.PARTLY_KNOWN_OPTIMUM");
            if (problem.hasOptimalValue()) {
                SplittableRandom random = new SplittableRandom(spec.hashCode() + 1L);
                for (int k = 0; k < POINTS; k++) {
                    double[] x = check.points().point(problem, random);
                    assertTrue(problem.objective().value(x) >= problem.optimalValue(),
                            spec + ": f(x) < the stated f* at a sampled point");
                }
            }
            return;
        }
        assertTrue(problem.hasOptimalValue(), spec + ": no f* stated and the check gives no reason");
        double[] xStar = problem.minimizer();
        assertNotNull(xStar, spec + ": no minimizer stated and the check gives no reason");
        Objective f = problem.objective();
        double fStar = problem.optimalValue();
        double[] g = new double[xStar.length];
        double value = f.valueAndGradient(xStar, g);
        double allowed = check.optimumValue() * Math.abs(fStar) + 1e-14;
        assertEquals(fStar, value, allowed, spec + ": f(x*) differs from the stated f*");
        if (check.nonsmooth()) {
            // At a kink a subgradient need not vanish; a minimizer of a convex f must not be beaten nearby.
            SplittableRandom random = new SplittableRandom(spec.hashCode() + 7L);
            for (int k = 0; k < 50; k++) {
                double[] y = xStar.clone();
                double h = k % 2 == 0 ? 1e-3 : 1e-6;
                for (int i = 0; i < y.length; i++) {
                    y[i] += h * (1 + Math.abs(y[i])) * (2 * random.nextDouble() - 1);
                }
                assertTrue(f.value(y) >= fStar - 1e-12 * (1 + Math.abs(fStar)),
                        spec + ": f decreases from x* along a random direction");
            }
            return;
        }
        double[] g0 = new double[xStar.length];
        f.valueAndGradient(problem.start(), g0);
        double gradientAllowed = check.optimumGradient() * (1 + normInf(g0));
        if (f instanceof Constrained constrained) {
            // First-order optimality over C: x* is feasible and a fixed point of x -> P_C(x - grad f(x)).
            FeasibleSet set = constrained.feasibleSet();
            double[] projected = xStar.clone();
            set.projectInPlace(projected);
            assertTrue(maxDifference(projected, xStar) <= 1e-12 * (1 + normInf(xStar)), spec + ": x* is not feasible");
            double[] start = problem.start();
            double[] startProjected = start.clone();
            set.projectInPlace(startProjected);
            assertTrue(maxDifference(startProjected, start) <= 1e-12 * (1 + normInf(start)), spec + ": x0 is not feasible");
            double[] step = xStar.clone();
            for (int i = 0; i < step.length; i++) {
                step[i] -= g[i];
            }
            set.projectInPlace(step);
            double residual = maxDifference(step, xStar);
            assertTrue(residual <= gradientAllowed, spec + ": |x* - P(x* - grad f(x*))|inf = " + residual + " > " + gradientAllowed);
            return;
        }
        assertTrue(normInf(g) <= gradientAllowed, spec + ": |grad f(x*)|inf = " + normInf(g) + " > " + gradientAllowed);
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
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

    private static double normInf(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
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
}
