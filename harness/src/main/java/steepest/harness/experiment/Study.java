package steepest.harness.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import steepest.harness.catalog.Catalogs;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.ResolvedSpec;
import steepest.problems.Problem;

/**
 * An experiment whose specs are resolved against the catalogs of this invocation: each problem and
 * optimizer spec once, into its entry, arguments and canonical text. Cells name their specs by that
 * canonical text; {@link #problem} and {@link #optimizer} hand the worker running a cell the
 * resolved spec to build from, so nothing is parsed again.
 */
public final class Study {

    private final Experiment experiment;
    private final String sourceText;
    private final Catalogs catalogs;
    private final Map<String, ResolvedSpec<Problem>> problems;
    private final Map<String, ResolvedSpec<Optimizer>> optimizers;

    Study(Experiment experiment, String sourceText, Catalogs catalogs, Map<String, ResolvedSpec<Problem>> problems,
          Map<String, ResolvedSpec<Optimizer>> optimizers) {
        this.experiment = Objects.requireNonNull(experiment, "experiment");
        this.sourceText = Objects.requireNonNull(sourceText, "sourceText");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.problems = Map.copyOf(problems);
        this.optimizers = Map.copyOf(optimizers);
    }

    /**
     * Resolves the specs of an experiment built in code (a tuning's trials and final runs) or read
     * back from a manifest.
     *
     * @param sourceText the experiment file's text, kept beside the manifest
     * @throws steepest.optimizers.spec.SpecException if a spec names what the catalogs lack
     */
    public static Study of(Experiment experiment, String sourceText, Catalogs catalogs) {
        Map<String, ResolvedSpec<Problem>> problems = new LinkedHashMap<>();
        Map<String, ResolvedSpec<Optimizer>> optimizers = new LinkedHashMap<>();
        for (String problem : experiment.problems()) {
            problems.put(problem, catalogs.problems().resolve(problem));
        }
        for (String optimizer : experiment.optimizers()) {
            optimizers.put(optimizer, catalogs.optimizers().resolve(optimizer));
        }
        return new Study(experiment, sourceText, catalogs, problems, optimizers);
    }

    /** The experiment as run and hashed. */
    public Experiment experiment() {
        return experiment;
    }

    /** The experiment file's text. */
    public String sourceText() {
        return sourceText;
    }

    /** The catalogs the specs were resolved against. */
    public Catalogs catalogs() {
        return catalogs;
    }

    /** The cells in order. */
    public List<Cell> cells() {
        return experiment.cells();
    }

    /** The resolved problem spec of a cell. */
    public ResolvedSpec<Problem> problem(String canonical) {
        return resolved(problems, canonical, "problem");
    }

    /** The resolved optimizer spec of a cell. */
    public ResolvedSpec<Optimizer> optimizer(String canonical) {
        return resolved(optimizers, canonical, "optimizer");
    }

    private static <T> ResolvedSpec<T> resolved(Map<String, ResolvedSpec<T>> specs, String canonical, String kind) {
        ResolvedSpec<T> spec = specs.get(canonical);
        if (spec == null) {
            throw new IllegalStateException("the experiment has no " + kind + " '" + canonical + "'");
        }
        return spec;
    }
}
