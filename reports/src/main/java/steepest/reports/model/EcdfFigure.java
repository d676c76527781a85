package steepest.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runtime ECDFs in COCO's manner (Hansen et al., "COCO: performance assessment", 2016; cocopp's
 * {@code pprldmany}): for each optimizer the fraction of (problem, target, seed) triples reached
 * against evaluations (or evaluations per dimension) on a log axis, and optionally the virtual best
 * (per triple, the best of the optimizers), drawn thick and light behind the others.
 *
 * @param title       the chart title (empty: none)
 * @param xAxis       the evaluations axis (usually logarithmic)
 * @param yAxis       the fraction axis
 * @param curves      one per optimizer, in legend order
 * @param virtualBest the virtual best's step function, if drawn
 */
public record EcdfFigure(String title, Axis xAxis, Axis yAxis, List<EcdfCurve> curves, Optional<StepCurve> virtualBest) {

    /** Requires every part; copies the list. */
    public EcdfFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        Objects.requireNonNull(virtualBest, "virtualBest");
        curves = List.copyOf(curves);
    }

    /**
     * ECDFs on a log axis titled {@code evaluations} (e.g. "gradient evaluations / dimension") and a
     * fraction axis from 0 to 1.
     */
    public static EcdfFigure of(String title, String evaluations, List<EcdfCurve> curves, Optional<StepCurve> virtualBest) {
        return new EcdfFigure(title, Axis.log(evaluations), new Axis("fraction of (problem, target, seed) triples", false,
                0, 1), curves, virtualBest);
    }
}
