package steepest.harness.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import steepest.harness.catalog.Catalogs;
import steepest.harness.store.Csv;
import steepest.optimizers.Capability;
import steepest.optimizers.Driver;
import steepest.optimizers.Evaluations;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Optimizer;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.problems.Problem;

/**
 * {@code steepest trace}: one run, every iterate as CSV on stdout. The contract: header
 * {@code iter,f,grad_norm,fevals,gevals} (then {@code x0..x{d-1}} with {@code --record-x}); row 0 is
 * the start, row k the iterate after k iterations; f and grad_norm are the full objective and the
 * Euclidean norm of its gradient there, observed and not counted; fevals and gevals are the
 * cumulative evaluations the optimizer spent (mini-batches count b/n); reals are printed round-trip
 * exact. The run stops after N iterations or when grad_norm &lt;= G, or as soon as the output is
 * closed ({@code trace ... | head -2}): rows go out at least every 0.2 s, and the first that cannot
 * ends the run with status 0.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one optimizer on one problem and print every iterate as CSV: "
            + "iter,f,grad_norm,fevals,gevals[,x0,...,x{d-1}]. The reason the run stopped goes to stderr.")
final class TraceCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @Option(names = "--problem", required = true, paramLabel = "SPEC",
            description = "Problem spec, name or name:key=value,... (see 'steepest list problems').")
    private String problem;

    @Option(names = "--optimizer", required = true, paramLabel = "SPEC",
            description = "Optimizer spec, e.g. gd:lr=1e-3 (see 'steepest list optimizers').")
    private String optimizer;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "Iterations to run (default: ${DEFAULT-VALUE}).")
    private long iterations;

    @Option(names = "--x0", paramLabel = "v1,v2,...",
            description = "Starting point (default: the problem's standard start).")
    private String start;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the run's random stream (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--gtol", paramLabel = "G", defaultValue = "0",
            description = "Stop when grad_norm <= G (default: ${DEFAULT-VALUE}).")
    private double gradientTolerance;

    @Option(names = "--record-x", description = "Append the iterate's coordinates x0..x{d-1} to every row.")
    private boolean recordX;

    @Override
    public Integer call() {
        if (iterations < 0) {
            throw new IllegalArgumentException("--iterations must be >= 0, got " + iterations);
        }
        if (!(gradientTolerance >= 0)) {
            throw new IllegalArgumentException("--gtol must be >= 0, got " + gradientTolerance);
        }
        Catalogs catalogs = main.catalogs();
        Problem instance = catalogs.problems().create(problem);
        Optimizer method = catalogs.optimizers().create(optimizer);
        if (method.updateLimit().isPresent() && iterations > method.updateLimit().getAsLong()) {
            throw new IllegalArgumentException("--iterations " + iterations + " exceeds the "
                    + method.updateLimit().getAsLong() + " updates optimizer '" + optimizer
                    + "' allows (its total_steps + 1)");
        }
        Set<Capability> missing = Capability.missing(method.requirements(), instance.objective());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(Capability.refusal("optimizer '" + optimizer + "'",
                    "problem '" + problem + "'", missing));
        }
        double[] x0 = start == null ? instance.start() : parseStart(start, instance.dimension());
        StoppingRules rules = StoppingRules.iterations(iterations).withGradientTolerance(gradientTolerance);
        PrintWriter out = spec.commandLine().getOut();
        Rows rows = new Rows(out);
        StringBuilder header = rows.buffer().append("iter,f,grad_norm,fevals,gevals");
        if (recordX) {
            for (int i = 0; i < x0.length; i++) {
                header.append(",x").append(i);
            }
        }
        String stopped;
        try {
            rows.ended();
            RunResult result = Driver.run(method, instance.objective(), x0, new SplittableRandom(seed), rules,
                    RecordSchedule.everyIteration(), (record, x) -> {
                        append(rows.buffer(), record, x);
                        rows.ended();
                    });
            rows.flush();
            stopped = result.termination().token() + " after " + result.last().iteration() + " iterations";
        } catch (OutputClosed e) {
            stopped = "the output was closed after " + e.rows + " rows";
        }
        spec.commandLine().getErr().println("# stopped: " + stopped);
        return 0;
    }

    private void append(StringBuilder row, IterationRecord record, double[] x) {
        Evaluations e = record.evaluations();
        row.append(record.iteration()).append(',').append(Csv.real(record.value())).append(',')
                .append(Csv.real(record.gradientNorm())).append(',').append(Csv.count(e.functions())).append(',')
                .append(Csv.count(e.gradients()));
        if (recordX) {
            for (double v : x) {
                row.append(',').append(Csv.real(v));
            }
        }
    }

    /**
     * The CSV rows on their way out: buffered, and flushed when the buffer fills or
     * {@link #FLUSH_NANOS} have passed, so slow runs show their rows as they come; a flush that finds
     * the output closed (a reader such as {@code head} that has read enough) ends the run.
     */
    private static final class Rows {
        private static final int BUFFER = 1 << 16;
        private static final long FLUSH_NANOS = 200_000_000L;
        private final PrintWriter out;
        private final StringBuilder buffer = new StringBuilder(BUFFER);
        private long lastFlush = System.nanoTime();
        private long rows;

        Rows(PrintWriter out) {
            this.out = out;
        }

        /** Where the next row goes. */
        StringBuilder buffer() {
            return buffer;
        }

        /** Ends the row just appended (the header too). */
        void ended() {
            buffer.append('\n');
            rows++;
            if (buffer.length() >= BUFFER || System.nanoTime() - lastFlush >= FLUSH_NANOS) {
                flush();
            }
        }

        void flush() {
            out.append(buffer);
            buffer.setLength(0);
            lastFlush = System.nanoTime();
            if (out.checkError()) {
                throw new OutputClosed(rows - 1);
            }
        }
    }

    /** The output was closed: nobody reads the rest. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long rows;

        OutputClosed(long rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    private double[] parseStart(String text, int dimension) {
        String[] parts = text.split(",", -1);
        if (parts.length != dimension) {
            throw new IllegalArgumentException("--x0 has " + parts.length + " values but problem '" + problem
                    + "' has dimension " + dimension);
        }
        double[] x0 = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            try {
                x0[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--x0: '" + parts[i].strip() + "' is not a number");
            }
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException("--x0: '" + parts[i].strip() + "' is not a finite number");
            }
        }
        return x0;
    }
}
