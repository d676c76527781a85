/**
 * The typed model of results (public API): a summary row per cell ({@link steepest.harness.results.SummaryRow})
 * with its {@link steepest.harness.results.Status} and {@link steepest.harness.results.TargetCosts},
 * and the columns of {@code summary.csv}, of the traces and of the first hits of COCO's targets,
 * declared once for every writer and reader.
 */
package steepest.harness.results;
