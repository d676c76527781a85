package steepest.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import steepest.reports.model.Axis;
import steepest.reports.model.ContourFigure;
import steepest.reports.model.ContourLevels;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.CriticalDifferenceFigure;
import steepest.reports.model.EcdfCurve;
import steepest.reports.model.EcdfFigure;
import steepest.reports.model.Grid;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Point;
import steepest.reports.model.ProfileFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.model.ReferenceLevel;
import steepest.reports.model.SensitivityCurve;
import steepest.reports.model.SensitivityFigure;
import steepest.reports.model.Series;
import steepest.reports.model.StepCurve;
import steepest.reports.model.TargetBar;
import steepest.reports.model.TimeToTargetFigure;

/** Small figures of every chart type, built from closed-form curves (no randomness), for tests and samples. */
final class Fixtures {

    private Fixtures() {
    }

    /** Three optimizers, 200 iterations: a linear rate, a noisy faster one, and one that reaches 0 exactly. */
    static ConvergenceFigure convergence() {
        int n = 201;
        double[] x = new double[n];
        double[][] median = new double[3][n];
        double[][] lower = new double[3][n];
        double[][] upper = new double[3][n];
        for (int k = 0; k < n; k++) {
            x[k] = k;
            median[0][k] = Math.pow(0.97, k);
            lower[0][k] = 0.7 * median[0][k];
            upper[0][k] = 1.4 * median[0][k];
            median[1][k] = Math.pow(0.93, k) * (1 + 0.3 * Math.sin(k / 3.0)) + 1e-7;
            lower[1][k] = median[1][k] * 0.4;
            upper[1][k] = median[1][k] * 2.5;
            median[2][k] = k > 60 ? 0 : Math.pow(10, -0.2 * k);
            lower[2][k] = median[2][k] * 0.5;
            upper[2][k] = median[2][k] * 2;
        }
        List<QuantileBand> bands = List.of(
                new QuantileBand("gd:lr=1e-3", "gd", x, median[0], lower[0], upper[0]),
                new QuantileBand("adam:lr=1e-2", "adam", x, median[1], lower[1], upper[1]),
                new QuantileBand("lbfgs", "L-BFGS", x, median[2], lower[2], upper[2]));
        return new ConvergenceFigure("Rosenbrock, d = 2", Axis.linear("iteration"), Axis.log("f(x) − f*"), bands);
    }

    /**
     * {@link #convergence()} with three reference levels: gd's (in gd's colour), one of no series
     * (gray), and one at 0, which a log axis cannot show.
     */
    static ConvergenceFigure convergenceWithLevels() {
        ConvergenceFigure plain = convergence();
        return new ConvergenceFigure(plain.title(), plain.xAxis(), plain.yAxis(), plain.bands(), List.of(
                new ReferenceLevel("gd:lr=1e-3", "gd floor", 1e-5),
                new ReferenceLevel("", "reference", 1e-3),
                new ReferenceLevel("adam:lr=1e-2", "nothing to draw", 0)));
    }

    /** Rosenbrock's function. */
    static double rosenbrock(double x, double y) {
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }

    /** Rosenbrock's level sets with gradient descent and heavy-ball momentum from (−1.2, 1). */
    static ContourFigure contour() {
        Grid grid = Grid.sample(Fixtures::rosenbrock, -2, 2, 121, -1, 3, 121);
        return new ContourFigure("Rosenbrock", Axis.linear("x₁"), Axis.linear("x₂"), grid,
                ContourLevels.aboveMinimum(grid, 12),
                List.of(descent("gd:lr=1e-3", "GD", 1e-3, 0, 4000), descent("sgd:lr=1e-4,momentum=0.9",
                        "momentum", 1e-4, 0.9, 4000)),
                List.of(new Point(1, 1)));
    }

    /** Gradient descent with heavy-ball momentum on Rosenbrock from (−1.2, 1), every 20th iterate kept. */
    static Series descent(String key, String label, double rate, double momentum, int iterations) {
        double px = -1.2;
        double py = 1;
        double vx = 0;
        double vy = 0;
        List<double[]> path = new ArrayList<>();
        for (int k = 0; k <= iterations; k++) {
            if (k % 20 == 0) {
                path.add(new double[] {px, py});
            }
            double gx = -2 * (1 - px) - 400 * px * (py - px * px);
            double gy = 200 * (py - px * px);
            vx = momentum * vx - rate * gx;
            vy = momentum * vy - rate * gy;
            px += vx;
            py += vy;
        }
        return new Series(key, label, path.stream().mapToDouble(p -> p[0]).toArray(),
                path.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** Performance profiles of three solvers over five problems (costs in the comment). */
    static ProfileFigure performance() {
        // Costs t[p][s] for gd, bfgs, newton: {10, 4, 2}, {8, 8, 16}, {inf, 6, 3}, {40, 10, inf}, {5, 5, 5}.
        // Ratios to the best: gd {5, 1, inf, 4, 1}, bfgs {2, 1, 2, 1, 1}, newton {1, 2, 1, inf, 1}.
        return ProfileFigure.performance("Performance profile", List.of(
                new StepCurve("gd", "gd", new double[] {1, 4, 5}, new double[] {0.4, 0.6, 0.8}),
                new StepCurve("bfgs", "BFGS", new double[] {1, 2}, new double[] {0.6, 1.0}),
                new StepCurve("newton", "Newton", new double[] {1, 2}, new double[] {0.6, 0.8})));
    }

    /** Gradient norms per layer for three network configurations of depth 10. */
    static LineFigure depth() {
        int layers = 10;
        double[] x = new double[layers];
        double[][] y = new double[3][layers];
        for (int l = 0; l < layers; l++) {
            x[l] = l + 1;
            y[0][l] = 1e-1 * Math.pow(0.25, layers - 1 - l);
            y[1][l] = 1e-1 * Math.pow(0.8, layers - 1 - l);
            y[2][l] = 1e-1 * (1 + 0.1 * Math.sin(l));
        }
        return new LineFigure("Gradient norm by layer", Axis.linear("layer (1 = input)"), Axis.log("‖∇W‖"), List.of(
                new Series("sigmoid, N(0, 1)", x, y[0]), new Series("tanh, Xavier", x, y[1]),
                new Series("ReLU, He", x, y[2])));
    }

    /** Gradient norms of six layers over 100 epochs. */
    static LineFigure training() {
        int layers = 6;
        int epochs = 101;
        List<Series> series = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            double[] x = new double[epochs];
            double[] y = new double[epochs];
            for (int e = 0; e < epochs; e++) {
                x[e] = e;
                y[e] = Math.pow(0.5, layers - l) * (0.2 + Math.exp(-e / 20.0)) * (1 + 0.15 * Math.sin(e / 2.0 + l));
            }
            series.add(new Series("layer " + (l + 1), x, y));
        }
        return new LineFigure("Gradient norms during training", Axis.linear("epoch"), Axis.log("‖∇W‖"), series);
    }

    /** Final loss against learning rate for three optimizers; the largest rates diverge. */
    static SensitivityFigure sensitivity() {
        double[] rates = {1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1};
        return new SensitivityFigure("Learning-rate sensitivity", Axis.log("learning rate"), Axis.log("final loss"), List.of(
                new SensitivityCurve("sgd", "SGD", rates, new double[] {0.6, 0.3, 0.08, 0.02, Double.NaN, Double.NaN},
                        new boolean[] {false, false, false, false, true, true}),
                new SensitivityCurve("adam", "Adam", rates, new double[] {0.2, 0.03, 0.01, 0.015, 0.09, Double.NaN},
                        new boolean[] {false, false, false, false, false, true}),
                new SensitivityCurve("rmsprop", "RMSProp", rates, new double[] {0.25, 0.04, 0.012, 0.05, 0.4, 0.9},
                        new boolean[] {false, false, false, false, false, false})));
    }

    /** Evaluations to reach 1e-6 for five optimizers: one censored, one with an open interval. */
    static TimeToTargetFigure timeToTarget() {
        double inf = Double.POSITIVE_INFINITY;
        return new TimeToTargetFigure("Evaluations to f − f* ≤ 1e-6", Axis.log("gradient evaluations"), 1e5, List.of(
                new TargetBar("gd", "GD", inf, 4e4, inf),
                new TargetBar("adam", "Adam", 3200, 2100, 5400),
                new TargetBar("bfgs", "BFGS", 60, 48, inf),
                new TargetBar("lbfgs", "L-BFGS", 45, 40, 52),
                new TargetBar("newton", "Newton", 12, 11, 14)));
    }

    /** Learning-rate sensitivity on a log axis where two settings reach a loss of exactly 0. */
    static SensitivityFigure sensitivityAtTheFloor() {
        double[] rates = {1e-3, 1e-2, 1e-1, 1};
        return new SensitivityFigure("Final gap against the learning rate", Axis.log("learning rate"),
                Axis.log("final f − f*"), List.of(
                        new SensitivityCurve("gd", "GD", rates, new double[] {0.2, 1e-6, 0, Double.NaN},
                                new boolean[] {false, false, false, true}),
                        new SensitivityCurve("adam", "Adam", rates, new double[] {0.05, 0, 3e-9, 0.4},
                                new boolean[] {false, false, false, false})));
    }

    /** Evaluations to a target against the dimension; Newton never reaches it at the two largest. */
    static LineFigure scaling() {
        double inf = Double.POSITIVE_INFINITY;
        double[] n = {2, 8, 32, 128, 512};
        return new LineFigure("Cost against the dimension", Axis.log("dimension n"),
                Axis.log("gradient evaluations to 1e-6"), List.of(
                        new Series("gd", "GD", n, new double[] {400, 1600, 6400, inf, inf}),
                        new Series("lbfgs", "L-BFGS", n, new double[] {20, 45, 90, 160, 300}),
                        new Series("newton", "Newton", n, new double[] {6, 7, 7, 8, Double.NaN})));
    }

    /** Runtime ECDFs of three optimizers over 20 triples each, with the virtual best; closed-form runtimes. */
    static EcdfFigure ecdf() {
        List<EcdfCurve> curves = List.of(
                ecdf("gd", "GD", 10, 1.35, 12, 5e4),
                ecdf("adam", "Adam", 30, 1.2, 16, 2e4),
                ecdf("lbfgs", "L-BFGS", 3, 1.5, 20, Double.NaN));
        StepCurve best = ecdfSteps("best", "virtual best", 3, 1.3, 20);
        return EcdfFigure.of("Runtime ECDF, 20 (problem, target, seed) triples", "gradient evaluations / dimension",
                curves, Optional.of(best));
    }

    /** Runtimes first, first·ratio, first·ratio², ... for {@code reached} of 20 triples. */
    private static StepCurve ecdfSteps(String key, String label, double first, double ratio, int reached) {
        double[] at = new double[reached];
        double[] fraction = new double[reached];
        for (int i = 0; i < reached; i++) {
            at[i] = first * Math.pow(ratio, i);
            fraction[i] = (i + 1) / 20.0;
        }
        return new StepCurve(key, label, at, fraction);
    }

    private static EcdfCurve ecdf(String key, String label, double first, double ratio, int reached, double budget) {
        return new EcdfCurve(ecdfSteps(key, label, first, ratio, reached), budget);
    }

    /** Five optimizers ranked over 20 problems: two groups that overlap. */
    static CriticalDifferenceFigure criticalDifference() {
        return new CriticalDifferenceFigure("Average ranks over 20 problems (Nemenyi, α = 0.05)",
                List.of("lbfgs", "bfgs", "newton-cg", "gd-ls", "gd"), new double[] {1.65, 2.1, 2.7, 3.9, 4.65}, 1.364,
                List.of(List.of(0, 1, 2), List.of(2, 3), List.of(3, 4)));
    }
}
