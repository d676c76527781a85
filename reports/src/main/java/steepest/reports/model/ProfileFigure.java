package steepest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Performance profiles (Dolan and Moré 2002: the fraction of problems a solver solves within a
 * factor τ of the best solver, τ on a log axis from 1) or data profiles (Moré and Wild 2009: the
 * fraction solved within a budget of α simplex gradients). Each curve is drawn as steps from the
 * x axis' left end (its minimum, else the smallest breakpoint of all curves) to its right end (its
 * maximum, else a little beyond the largest breakpoint), so a curve's final plateau stays visible.
 *
 * @param title  the chart title (empty: none)
 * @param xAxis  the horizontal axis
 * @param yAxis  the vertical axis (the fraction of problems)
 * @param curves one per solver, in legend order
 */
public record ProfileFigure(String title, Axis xAxis, Axis yAxis, List<StepCurve> curves) {

    /** Requires every part; copies the list. */
    public ProfileFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        curves = List.copyOf(curves);
    }

    /** A performance profile: τ on a log axis from 1, the fraction from 0 to 1. */
    public static ProfileFigure performance(String title, List<StepCurve> curves) {
        return new ProfileFigure(title, new Axis("performance ratio τ", true, 1, Double.NaN), fractionAxis(), curves);
    }

    /** A data profile: α (simplex gradients, i.e. evaluations / (n + 1)) on a linear axis from 0. */
    public static ProfileFigure data(String title, List<StepCurve> curves) {
        return new ProfileFigure(title, new Axis("budget α (simplex gradients)", false, 0, Double.NaN), fractionAxis(),
                curves);
    }

    private static Axis fractionAxis() {
        return new Axis("fraction of problems", false, 0, 1);
    }
}
