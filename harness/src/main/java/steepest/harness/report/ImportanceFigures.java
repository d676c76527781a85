package steepest.harness.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import steepest.harness.store.CsvTable;
import steepest.problems.Problem;
import steepest.harness.results.SummaryRow;
import steepest.problems.ml.InputGradients;
import steepest.reports.charts.LineCharts;
import steepest.reports.model.Axis;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.Style;

/**
 * Feature importance of a fitted model, two ways, for problems that differentiate a sample's loss
 * with respect to its inputs and whose traces hold the iterates: the gradient-based importance
 * mean |∂ℓᵢ/∂xᵢ| at the final parameters of each optimizer's first run, and the permutation
 * importance, the increase of the mean loss when one feature's column is shuffled across samples
 * (Breiman, "Random forests", Machine Learning 45, 2001; Fisher, Rudin and Dominici, JMLR 20, 2019).
 * Both are normalized to sum to one and drawn against the features ranked by permutation
 * importance; the caption gives their Spearman rank correlation.
 */
final class ImportanceFigures {

    private static final long PERMUTATION_SEED = 0x5eedL;

    private ImportanceFigures() {
    }

    static List<NamedChart> build(ResultsView view, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        view.byProblem().forEach((problem, byOptimizer) -> {
            for (Map.Entry<String, List<SummaryRow>> entry : byOptimizer.entrySet()) {
                SummaryRow row = entry.getValue().get(0);
                CsvTable trace = view.trace(row);
                if (trace == null || trace.rows().isEmpty() || !trace.header().contains("x0")) {
                    return;
                }
                Problem instance = view.problem(problem).orElse(null);
                if (instance == null || !(instance.objective() instanceof InputGradients model)) {
                    return;
                }
                double[] theta = finalIterate(trace, instance.dimension());
                charts.add(chart(view, problem, entry.getKey(), model, theta, style));
            }
        });
        return charts;
    }

    private static double[] finalIterate(CsvTable trace, int dimension) {
        List<String> last = trace.rows().get(trace.rows().size() - 1);
        int first = trace.column("x0");
        double[] theta = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            theta[i] = Double.parseDouble(last.get(first + i));
        }
        return theta;
    }

    private static NamedChart chart(ResultsView view, String problem, String optimizer, InputGradients model, double[] theta, Style style) {
        int features = model.featureCount();
        double[] gradient = new double[features];
        model.featureImportance(theta, gradient);
        double[] permutation = permutationImportance(model, theta);
        Integer[] order = IntStream.range(0, features).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -permutation[j]).thenComparingInt(j -> j));
        double[] rank = new double[features];
        double[] byGradient = new double[features];
        double[] byPermutation = new double[features];
        double gradientTotal = Arrays.stream(gradient).map(Math::abs).sum();
        double permutationTotal = Arrays.stream(permutation).map(Math::abs).sum();
        for (int r = 0; r < features; r++) {
            rank[r] = r + 1;
            byGradient[r] = Math.abs(gradient[order[r]]) / gradientTotal;
            byPermutation[r] = Math.abs(permutation[order[r]]) / permutationTotal;
        }
        double rho = spearman(gradient, permutation);
        String title = view.problemLabel(problem) + ", " + view.optimizerLabel(optimizer);
        LineFigure figure = new LineFigure(title, Axis.linear("feature, ranked by permutation importance"),
                Axis.linear("share of importance"), List.of(new Series("gradient", "gradient-based mean |dl/dx|", rank, byGradient),
                        new Series("permutation", "permutation (loss increase)", rank, byPermutation)));
        return new NamedChart("importance-" + NamedChart.slug(title),
                title + ": gradient-based against permutation feature importance, "
                        + String.format(java.util.Locale.ROOT, "Spearman rank correlation %.2f", rho),
                LineCharts.render(figure, style));
    }

    /** Mean loss increase when feature j is shuffled across the samples (Fisher–Yates, one seeded stream). */
    private static double[] permutationImportance(InputGradients model, double[] theta) {
        int n = model.size();
        int features = model.featureCount();
        double[][] inputs = new double[n][features];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            model.sampleFeatures(i, inputs[i]);
            targets[i] = model.sampleTarget(i);
        }
        double[] scratch = new double[features];
        double baseline = meanLoss(model, theta, inputs, targets, scratch);
        double[] importance = new double[features];
        SplittableRandom random = new SplittableRandom(PERMUTATION_SEED);
        for (int j = 0; j < features; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = inputs[i][j];
            }
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                double swap = column[i];
                column[i] = column[k];
                column[k] = swap;
            }
            for (int i = 0; i < n; i++) {
                inputs[i][j] = column[i];
            }
            importance[j] = meanLoss(model, theta, inputs, targets, scratch) - baseline;
            for (int i = 0; i < n; i++) {
                model.sampleFeatures(i, scratch);
                inputs[i][j] = scratch[j];
            }
        }
        return importance;
    }

    private static double meanLoss(InputGradients model, double[] theta, double[][] inputs, double[] targets,
                                   double[] scratch) {
        double sum = 0;
        for (int i = 0; i < inputs.length; i++) {
            sum += model.inputGradient(theta, inputs[i], targets[i], scratch);
        }
        return sum / inputs.length;
    }

    /** Spearman's rank correlation: Pearson's correlation of the ranks (ties broken by index). */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double mean = (a.length - 1) / 2.0;
        double covariance = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            covariance += (ra[i] - mean) * (rb[i] - mean);
            va += (ra[i] - mean) * (ra[i] - mean);
            vb += (rb[i] - mean) * (rb[i] - mean);
        }
        return covariance / Math.sqrt(va * vb);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i));
        double[] ranks = new double[values.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r;
        }
        return ranks;
    }
}
