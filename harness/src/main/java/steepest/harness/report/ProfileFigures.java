package steepest.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import steepest.harness.stats.Group;
import steepest.harness.stats.Profiles;
import steepest.reports.charts.ProfileChart;
import steepest.reports.model.ProfileFigure;
import steepest.reports.model.StepCurve;
import steepest.reports.style.Style;

/**
 * Performance profiles (Dolan and Moré) and data profiles (Moré and Wild) over the problems with a
 * known f*, from the median gradient evaluations to reach the target across seeds (never reached:
 * +∞). Drawn when there are at least three such problems and two optimizers.
 */
final class ProfileFigures {

    private static final int MINIMUM_PROBLEMS = 3;

    private ProfileFigures() {
    }

    static List<NamedChart> build(ResultsView view, String target, Style style) {
        List<String> problems = view.problems().stream().filter(p -> !Double.isNaN(view.optimalValue(p))).toList();
        List<String> solvers = view.optimizers();
        if (problems.size() < MINIMUM_PROBLEMS || solvers.size() < 2) {
            return List.of();
        }
        Map<List<String>, Group> groups = view.groups().stream()
                .collect(Collectors.toMap(g -> List.of(g.problem(), g.optimizer()), g -> g));
        double[][] cost = new double[problems.size()][solvers.size()];
        int[] dimensions = new int[problems.size()];
        for (int p = 0; p < problems.size(); p++) {
            for (int s = 0; s < solvers.size(); s++) {
                Group group = groups.get(List.of(problems.get(p), solvers.get(s)));
                cost[p][s] = group == null ? Double.POSITIVE_INFINITY : group.medianGradientsTo(target);
                if (group != null) {
                    dimensions[p] = group.dimension();
                }
            }
        }
        String where = problems.size() + " problems, target f − f* <= " + target + " (f(x0) − f*)";
        return List.of(
                new NamedChart("performance-profile", "Performance profile over " + where
                        + ": fraction of problems solved within a factor τ of the fewest gradient evaluations",
                        ProfileChart.render(ProfileFigure.performance("performance profile", curves(view,
                                Profiles.performance(cost, solvers))), style)),
                new NamedChart("data-profile", "Data profile over " + where
                        + ": fraction of problems solved within α (n + 1) gradient evaluations",
                        ProfileChart.render(ProfileFigure.data("data profile", curves(view,
                                Profiles.data(cost, dimensions, solvers))), style)));
    }

    private static List<StepCurve> curves(ResultsView view, List<Profiles.Profile> profiles) {
        List<StepCurve> curves = new ArrayList<>();
        for (Profiles.Profile profile : profiles) {
            curves.add(new StepCurve(profile.solver(), view.optimizerLabel(profile.solver()), profile.at(),
                    profile.fraction()));
        }
        return curves;
    }
}
