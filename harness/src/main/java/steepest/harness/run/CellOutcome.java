package steepest.harness.run;

import java.util.List;
import steepest.harness.experiment.Cell;
import steepest.harness.store.Csv;
import steepest.optimizers.Evaluations;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Termination;

/**
 * The result of one cell: how it ended, its trace, and the cost to reach each target of the ladder.
 *
 * @param cell         the cell
 * @param status       converged, stopped (budget or line search), diverged, failed (an error) or unsupported
 * @param termination  the driver's reason, or null when the cell failed with an error
 * @param optimalValue the problem's f*, or NaN
 * @param dimension    the problem's dimension n (0 if the problem could not be built)
 * @param samples      the number of samples of a finite-sum problem, else 0 (for epochs)
 * @param trace        the recorded iterations, in order (at least the start unless failed)
 * @param extraColumns names of per-row extras (test metrics, layer gradient norms), possibly none
 * @param extras       one array of extras per trace row, matching {@code extraColumns}
 * @param ladder       the cost to reach each target
 * @param error        the error message of a failed cell, else ""
 */
public record CellOutcome(Cell cell, Status status, Termination termination, double optimalValue, int dimension,
                          int samples,
                          List<IterationRecord> trace, List<String> extraColumns, List<double[]> extras,
                          TargetLadder ladder, String error) {

    /** The trace CSV header before any extras; {@code time_s} is the only column that varies between identical runs. */
    public static final String TRACE_HEADER = "iter,f,grad_norm,gap,fevals,gevals,hvevals,hevals,sample_grads,epochs,time_s";

    /** The summary CSV header; {@code time_s} and {@code time_to_*} are the columns that vary between identical runs. */
    public static final String SUMMARY_HEADER = "cell,problem,optimizer,seed,rng_seed,dimension,status,termination,iterations,"
            + "f,f_star,gap_to_opt,grad_norm,fw_gap,fevals,gevals,hvevals,hevals,sample_grads,epochs,time_s,"
            + TargetLadder.header() + ",error";

    /** How a cell ended, coarsely. */
    public enum Status {
        /** A tolerance or the target certified convergence. */
        CONVERGED,
        /** A budget ran out or the method could not go on (line search failed). */
        STOPPED,
        /** Values became non-finite or blew up. */
        DIVERGED,
        /** The cell raised an error. */
        FAILED,
        /** The optimizer needs a capability the problem lacks (Hessians, a prox, a feasible set); not run. */
        UNSUPPORTED;

        /** The lowercase token for CSV. */
        public String token() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The status a termination reason maps to. */
        public static Status of(Termination termination) {
            if (termination == Termination.DIVERGED) {
                return DIVERGED;
            }
            return termination.converged() ? CONVERGED : STOPPED;
        }
    }

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
        StringBuilder csv = new StringBuilder(TRACE_HEADER);
        extraColumns.forEach(name -> csv.append(',').append(name));
        csv.append('\n');
        for (int row = 0; row < trace.size(); row++) {
            IterationRecord r = trace.get(row);
            Evaluations e = r.evaluations();
            csv.append(r.iteration()).append(',').append(Csv.real(r.value())).append(',')
                    .append(Csv.real(r.gradientNorm())).append(',').append(Csv.real(r.gap())).append(',')
                    .append(Csv.count(e.functions())).append(',').append(Csv.count(e.gradients())).append(',')
                    .append(e.hessianVectorProducts()).append(',').append(e.hessians()).append(',')
                    .append(e.sampleGradients()).append(',').append(Csv.real(e.epochs(samples))).append(',')
                    .append(Csv.real(r.elapsedNanos() * 1e-9));
            if (!extraColumns.isEmpty()) {
                for (double value : extras.get(row)) {
                    csv.append(',').append(Csv.real(value));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The cell's summary row (no trailing newline). */
    public String summaryRow() {
        IterationRecord last = trace.isEmpty() ? null : trace.get(trace.size() - 1);
        StringBuilder row = new StringBuilder();
        row.append(cell.id()).append(',').append(Csv.text(cell.problem())).append(',')
                .append(Csv.text(cell.optimizer())).append(',').append(cell.seed()).append(',')
                .append(cell.rngSeed()).append(',').append(dimension).append(',').append(status.token()).append(',')
                .append(termination == null ? "" : termination.token()).append(',');
        if (last == null) {
            row.append(",,").append(Csv.real(optimalValue)).append(",,,,,,,,,,,");
        } else {
            Evaluations e = last.evaluations();
            row.append(last.iteration()).append(',').append(Csv.real(last.value())).append(',')
                    .append(Csv.real(optimalValue)).append(',').append(Csv.real(last.value() - optimalValue)).append(',')
                    .append(Csv.real(last.gradientNorm())).append(',').append(Csv.real(last.gap())).append(',')
                    .append(Csv.count(e.functions())).append(',').append(Csv.count(e.gradients())).append(',')
                    .append(e.hessianVectorProducts()).append(',').append(e.hessians()).append(',')
                    .append(e.sampleGradients()).append(',').append(Csv.real(e.epochs(samples))).append(',')
                    .append(Csv.real(last.elapsedNanos() * 1e-9)).append(',');
        }
        double[] gradients = ladder.gradientEvaluations();
        double[] times = ladder.times();
        for (int i = 0; i < gradients.length; i++) {
            row.append(Double.isNaN(gradients[i]) ? "" : Csv.count(gradients[i])).append(',')
                    .append(Double.isNaN(times[i]) ? "" : Csv.real(times[i])).append(',');
        }
        row.append(Csv.text(error.replace('\n', ' ')));
        return row.toString();
    }
}
