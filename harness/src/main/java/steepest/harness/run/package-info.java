/**
 * The deterministic parallel runner: cells run independently, each from its own random stream.
 * {@link steepest.harness.run.Runner} runs them on one thread budget ({@link steepest.harness.run.ThreadBudget}),
 * longest expected first ({@link steepest.harness.run.Schedule} over a {@link steepest.harness.run.CostModel});
 * {@link steepest.harness.run.CellRunner} runs one.
 */
package steepest.harness.run;
