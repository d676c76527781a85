/**
 * Turns figures of the data model into XChart charts, one builder per chart type:
 * {@link steepest.reports.charts.ConvergenceChart}, {@link steepest.reports.charts.ContourChart},
 * {@link steepest.reports.charts.ProfileChart}, {@link steepest.reports.charts.EcdfChart},
 * {@link steepest.reports.charts.CriticalDifferenceChart}, {@link steepest.reports.charts.GradientDepthChart},
 * {@link steepest.reports.charts.GradientTrainingChart}, {@link steepest.reports.charts.SensitivityChart},
 * {@link steepest.reports.charts.ScalingChart}, {@link steepest.reports.charts.TimeToTargetChart} and the
 * plain {@link steepest.reports.charts.LineCharts}; the drawing they share (paths, markers, bands, axes,
 * text, legend placement, marks beyond the axis) is written once, in package-private classes.
 */
package steepest.reports.charts;
