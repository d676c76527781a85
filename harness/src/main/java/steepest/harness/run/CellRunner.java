package steepest.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;
import steepest.harness.experiment.Study;
import steepest.harness.results.TargetCosts;
import steepest.harness.stats.FirstHits;
import steepest.harness.stats.Ladder;
import steepest.harness.store.CellOutcome;
import steepest.harness.results.Status;
import steepest.optimizers.Capability;
import steepest.optimizers.Driver;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Objective;
import steepest.optimizers.Observation;
import steepest.optimizers.Observer;
import steepest.optimizers.Optimizer;
import steepest.optimizers.RunResult;
import steepest.optimizers.StochasticObjective;
import steepest.problems.HeldOutMetrics;
import steepest.problems.Layered;
import steepest.problems.Problem;

/**
 * Runs one cell: builds its problem and optimizer from the study's resolved specs, seeds its random
 * stream from the cell alone, and drives it under the experiment's rules, collecting the recorded
 * iterations, the first hits of both target ladders ({@link Hits}) and, where the experiment asks
 * and the problem offers them, test metrics and per-layer gradient norms at every recorded row
 * (evaluated uncounted). An error inside the cell, in the suite's code or a plugin's, is caught and
 * reported as a failed cell, so one bad cell does not stop the experiment; a pairing the problem
 * cannot support (ISTA on a problem without a prox) is recorded as unsupported, not run.
 */
public final class CellRunner {

    private CellRunner() {
    }

    /** Runs {@code cell} of {@code study}. */
    public static CellOutcome run(Study study, Cell cell) {
        return run(study, cell, problem -> { });
    }

    /**
     * Runs {@code cell} of {@code study}, handing {@code built} the cell's problem once it is built and
     * the pairing supported, before the first evaluation: the {@link Runner} learns the problem's size
     * there and hands a data-parallel objective its share of the threads.
     */
    public static CellOutcome run(Study study, Cell cell, Consumer<Problem> built) {
        Experiment experiment = study.experiment();
        double optimalValue = Double.NaN;
        int dimension = 0;
        int samples = 0;
        List<IterationRecord> trace = new ArrayList<>();
        List<double[]> extras = new ArrayList<>();
        Hits ladder = Hits.of(Double.NaN);
        Extras columns = Extras.NONE;
        try {
            Problem problem = study.problem(cell.problem()).build();
            optimalValue = problem.optimalValue();
            dimension = problem.dimension();
            ladder = Hits.of(optimalValue);
            samples = problem.objective() instanceof FiniteSum sum ? sum.size() : 0;
            Optimizer optimizer = study.optimizer(cell.optimizer()).build();
            columns = Extras.of(problem.objective(), problem.dimension(), experiment.recording(),
                    optimizer.keepsAveragedIterate());
            Set<Capability> missing = Capability.missing(optimizer.requirements(), problem.objective());
            if (!missing.isEmpty()) {
                return new CellOutcome(cell, Status.UNSUPPORTED, null, optimalValue, dimension, samples, trace,
                        List.of(), List.of(), ladder.relative(), ladder.absolute(), Capability.refusal(
                                "optimizer '" + study.catalogs().optimizers().compact(cell.optimizer()) + "'",
                                "problem '" + study.catalogs().problems().compact(cell.problem()) + "'", missing));
            }
            Extras recordExtras = columns;
            Hits targets = ladder;
            Observer observer = new Observer() {
                @Override
                public void record(IterationRecord record, double[] x) {
                    record(record, x, null);
                }

                @Override
                public void record(IterationRecord record, double[] x, double[] averaged) {
                    trace.add(record);
                    targets.offer(record);
                    if (recordExtras != Extras.NONE) {
                        extras.add(recordExtras.at(x, averaged));
                    }
                }

                @Override
                public boolean observesChecks() {
                    return true;
                }

                @Override
                public boolean observesEveryIteration() {
                    return true;
                }

                @Override
                public void check(Observation observation, double[] x) {
                    targets.offer(observation);
                }
            };
            built.accept(problem);
            double[] start = experiment.start().of(experiment.seed(), cell.problem(), cell.seed(), problem.start());
            double initialValue = Double.isNaN(optimalValue) ? Double.NaN
                    : StochasticObjective.exactOf(problem.objective()).value(start);
            RunResult result = Driver.run(optimizer, problem.objective(), start,
                    new SplittableRandom(cell.rngSeed()), experiment.rules(dimension, optimalValue, initialValue),
                    experiment.recording().schedule(), observer);
            return new CellOutcome(cell, Status.of(result.termination()), result.termination(),
                    optimalValue, dimension, samples, trace, columns.names(), extras, ladder.relative(), ladder.absolute(), "");
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            List<String> names = extras.size() == trace.size() ? columns.names() : List.of();
            return new CellOutcome(cell, Status.FAILED, null, optimalValue, dimension, samples, trace, names,
                    names.isEmpty() ? List.of() : extras, ladder.relative(), ladder.absolute(), message);
        }
    }

    /**
     * The first hits of a run, recorded at every observed iterate (recorded rows and tolerance checks
     * alike): on the suite's relative ladder for the summary, with f(x₀) taken from the first
     * observation as the summary always has, and on COCO's absolute ladder for {@code targets/ID.csv}
     * when f* is known.
     */
    private record Hits(FirstHits relativeHits, FirstHits absoluteHits, boolean known) {

        static Hits of(double optimalValue) {
            return new Hits(new FirstHits(Ladder.relative(), optimalValue, Double.NaN),
                    new FirstHits(Ladder.coco(), optimalValue, Double.NaN), !Double.isNaN(optimalValue));
        }

        void offer(Observation observation) {
            relativeHits.offer(observation);
            absoluteHits.offer(observation);
        }

        TargetCosts relative() {
            return relativeHits.targetCosts();
        }

        Optional<TargetCosts> absolute() {
            return known ? Optional.of(absoluteHits.targetCosts()) : Optional.empty();
        }
    }

    /**
     * Test metrics, layer gradient norms, f at the averaged iterate and the iterate, computed at
     * recorded rows (uncounted) when the experiment asks for them and the problem and optimizer offer
     * them. {@code f_averaged} is f at the averaged iterate an optimizer keeps without reporting it
     * (ASGD's ax; NaN before it exists).
     */
    private record Extras(List<String> names, HeldOutMetrics metrics, Layered layers, Objective objective,
                          boolean averaged, boolean iterates) {

        static final Extras NONE = new Extras(List.of(), null, null, null, false, false);

        static Extras of(Objective objective, int dimension, Experiment.Recording recording, boolean averaged) {
            HeldOutMetrics metrics = recording.testMetrics() && objective instanceof HeldOutMetrics m ? m : null;
            Layered layers = recording.layerNorms() && objective instanceof Layered l ? l : null;
            if (metrics == null && layers == null && !averaged && !recording.iterates()) {
                return NONE;
            }
            List<String> names = new ArrayList<>();
            if (metrics != null) {
                names.addAll(metrics.testMetricNames());
            }
            if (layers != null) {
                layers.layerNames().forEach(name -> names.add("grad_norm_" + name));
            }
            if (averaged) {
                names.add("f_averaged");
            }
            if (recording.iterates()) {
                for (int i = 0; i < dimension; i++) {
                    names.add("x" + i);
                }
            }
            return new Extras(names, metrics, layers, StochasticObjective.exactOf(objective), averaged,
                    recording.iterates());
        }

        double[] at(double[] x, double[] averagedIterate) {
            double[] values = new double[names.size()];
            int offset = 0;
            if (metrics != null) {
                double[] m = new double[metrics.testMetricNames().size()];
                metrics.testMetrics(x, m);
                System.arraycopy(m, 0, values, 0, m.length);
                offset = m.length;
            }
            if (layers != null) {
                double[] gradient = new double[x.length];
                objective.valueAndGradient(x, gradient);
                double[] norms = new double[layers.layerNames().size()];
                layers.layerNorms(gradient, norms);
                System.arraycopy(norms, 0, values, offset, norms.length);
                offset += norms.length;
            }
            if (averaged) {
                values[offset++] = averagedIterate == null ? Double.NaN : objective.value(averagedIterate);
            }
            if (iterates) {
                System.arraycopy(x, 0, values, offset, x.length);
            }
            return values;
        }
    }
}
