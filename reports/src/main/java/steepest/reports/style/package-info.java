/**
 * How figures look: sizes and fonts ({@link steepest.reports.style.Style}: {@code paper} and
 * {@code screen}), the colour-blind-safe palettes, and the fixed look of every optimizer
 * ({@link steepest.reports.style.OptimizerLooks}): one colour, line style and marker per optimizer
 * name across every figure, except in a sweep of one optimizer over one key, which is coloured by
 * that key.
 */
package steepest.reports.style;
