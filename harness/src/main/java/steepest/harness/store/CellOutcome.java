package steepest.harness.store;

import java.util.List;
import java.util.Optional;
import steepest.harness.experiment.Cell;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryColumn;
import steepest.harness.results.TargetColumn;
import steepest.harness.results.TargetCosts;
import steepest.harness.results.TraceColumn;
import steepest.optimizers.Evaluations;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Termination;

/**
 * The result of one cell as the results folder stores it: how it ended, its recorded iterations
 * (with any extras per row) and the cost to reach each target of the ladders. {@link #traceCsv()},
 * {@link #summaryRow()} and {@link #targetsCsv()} write it in the layout {@link TraceColumn},
 * {@link SummaryColumn} and {@link TargetColumn} declare.
 *
 * @param cell         the cell
 * @param status       converged, stopped (budget or line search), diverged, failed (an error) or unsupported
 * @param termination  the driver's reason, or null when the cell failed with an error or was not run
 * @param optimalValue the problem's f*, or NaN
 * @param dimension    the problem's dimension n (0 if the problem could not be built)
 * @param samples      the number of samples of a finite-sum problem, else 0 (for epochs)
 * @param trace        the recorded iterations, in order (at least the start unless failed)
 * @param extraColumns names of per-row extras (test metrics, layer gradient norms), possibly none
 * @param extras       one array of extras per trace row, matching {@code extraColumns}
 * @param targets      the cost to reach each target of the summary's relative ladder
 * @param absoluteTargets the cost to reach each target of COCO's absolute ladder; empty when f* is unknown
 * @param error        the error message of a failed cell (the reason of an unsupported one), else ""
 */
public record CellOutcome(Cell cell, Status status, Termination termination, double optimalValue, int dimension,
                          int samples, List<IterationRecord> trace, List<String> extraColumns, List<double[]> extras,
                          TargetCosts targets, Optional<TargetCosts> absoluteTargets, String error) {

    /** Copies the lists and checks that extras match the trace. */
    public CellOutcome {
        trace = List.copyOf(trace);
        extraColumns = List.copyOf(extraColumns);
        extras = List.copyOf(extras);
        if (!extraColumns.isEmpty() && extras.size() != trace.size()) {
            throw new IllegalArgumentException(extras.size() + " rows of extras for " + trace.size() + " trace rows");
        }
    }

    /** The trace as CSV text, header included. */
    public String traceCsv() {
        StringBuilder csv = new StringBuilder(TraceColumn.line());
        extraColumns.forEach(name -> csv.append(',').append(name));
        csv.append('\n');
        for (int row = 0; row < trace.size(); row++) {
            IterationRecord r = trace.get(row);
            for (TraceColumn column : TraceColumn.values()) {
                if (column != TraceColumn.ITER) {
                    csv.append(',');
                }
                csv.append(value(column, r));
            }
            if (!extraColumns.isEmpty()) {
                for (double value : extras.get(row)) {
                    csv.append(',').append(Csv.real(value));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private String value(TraceColumn column, IterationRecord r) {
        Evaluations e = r.evaluations();
        return switch (column) {
            case ITER -> Long.toString(r.iteration());
            case F -> Csv.real(r.value());
            case GRAD_NORM -> Csv.real(r.gradientNorm());
            case GAP -> Csv.real(r.gap());
            case FEVALS -> Csv.count(e.functions());
            case GEVALS -> Csv.count(e.gradients());
            case HVEVALS -> Long.toString(e.hessianVectorProducts());
            case HEVALS -> Long.toString(e.hessians());
            case SAMPLE_GRADS -> Long.toString(e.sampleGradients());
            case EPOCHS -> Csv.real(e.epochs(samples));
            case TIME_S -> Csv.real(r.elapsedNanos() * 1e-9);
        };
    }

    /**
     * The first hits of COCO's absolute ladder as CSV text, header included, in {@link TargetColumn}
     * order (blank fields: never reached); empty when f* is unknown.
     */
    public Optional<String> targetsCsv() {
        return absoluteTargets.map(costs -> {
            StringBuilder csv = new StringBuilder(TargetColumn.line()).append('\n');
            double[] gradients = costs.gradients();
            double[] seconds = costs.seconds();
            for (int i = 0; i < gradients.length; i++) {
                csv.append(Csv.text(costs.labels().get(i))).append(',')
                        .append(Double.isNaN(gradients[i]) ? "" : Csv.count(gradients[i])).append(',')
                        .append(Double.isNaN(seconds[i]) ? "" : Csv.real(seconds[i])).append('\n');
            }
            return csv.toString();
        });
    }

    /** The cell's summary row (no trailing newline), in {@link SummaryColumn} order. */
    public String summaryRow() {
        IterationRecord last = trace.isEmpty() ? null : trace.get(trace.size() - 1);
        StringBuilder row = new StringBuilder();
        for (SummaryColumn column : SummaryColumn.values()) {
            if (column == SummaryColumn.ERROR) {
                double[] gradients = targets.gradients();
                double[] times = targets.seconds();
                for (int i = 0; i < gradients.length; i++) {
                    row.append(Double.isNaN(gradients[i]) ? "" : Csv.count(gradients[i])).append(',')
                            .append(Double.isNaN(times[i]) ? "" : Csv.real(times[i])).append(',');
                }
            }
            row.append(value(column, last));
            if (column != SummaryColumn.ERROR) {
                row.append(',');
            }
        }
        return row.toString();
    }

    private String value(SummaryColumn column, IterationRecord last) {
        switch (column) {
            case CELL:
                return cell.id();
            case PROBLEM:
                return Csv.text(cell.problem());
            case OPTIMIZER:
                return Csv.text(cell.optimizer());
            case SEED:
                return Long.toString(cell.seed());
            case RNG_SEED:
                return Long.toString(cell.rngSeed());
            case DIMENSION:
                return Integer.toString(dimension);
            case STATUS:
                return status.token();
            case TERMINATION:
                return termination == null ? "" : termination.token();
            case F_STAR:
                return Csv.real(optimalValue);
            case ERROR:
                return Csv.text(error.replace('\n', ' '));
            default:
                break;
        }
        if (last == null) {
            return "";
        }
        return switch (column) {
            case ITERATIONS -> value(TraceColumn.ITER, last);
            case F -> value(TraceColumn.F, last);
            case GAP_TO_OPT -> Csv.real(last.value() - optimalValue);
            case GRAD_NORM -> value(TraceColumn.GRAD_NORM, last);
            case FW_GAP -> value(TraceColumn.GAP, last);
            case FEVALS -> value(TraceColumn.FEVALS, last);
            case GEVALS -> value(TraceColumn.GEVALS, last);
            case HVEVALS -> value(TraceColumn.HVEVALS, last);
            case HEVALS -> value(TraceColumn.HEVALS, last);
            case SAMPLE_GRADS -> value(TraceColumn.SAMPLE_GRADS, last);
            case EPOCHS -> value(TraceColumn.EPOCHS, last);
            case TIME_S -> value(TraceColumn.TIME_S, last);
            default -> throw new IllegalStateException("unwritten column " + column);
        };
    }
}
