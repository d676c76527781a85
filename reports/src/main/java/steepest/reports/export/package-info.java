/**
 * Writes charts to files atomically: PNG at a chosen resolution, SVG and PDF (vector), the last two
 * byte-identical for the same figure ({@link steepest.reports.export.Export}).
 */
package steepest.reports.export;
