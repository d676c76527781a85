package steepest.harness.experiment;

import java.util.Optional;
import steepest.harness.catalog.Catalogs;

/** Loading experiments in tests against the built-in catalogs, as the CLI does without plugins. */
public final class Experiments {

    private static final Catalogs BUILTIN = Catalogs.builtin();

    private Experiments() {
    }

    /** The built-in catalogs. */
    public static Catalogs catalogs() {
        return BUILTIN;
    }

    /** Parses experiment YAML named {@code source} in messages. */
    public static Study study(String source, String yaml) {
        return ExperimentParser.study(new ExperimentSource(source, yaml, Optional.empty()), BUILTIN,
                ExperimentParser.DEFAULT_MAX_CELLS);
    }

    /** Parses experiment YAML named {@code source} in messages. */
    public static Experiment parse(String source, String yaml) {
        return study(source, yaml).experiment();
    }

    /** Parses a tuning named {@code source} in messages. */
    public static TuningPlan parseTuning(String source, String yaml) {
        return TuningParser.plan(new ExperimentSource(source, yaml, Optional.empty()), BUILTIN,
                ExperimentParser.DEFAULT_MAX_CELLS);
    }

    /** Loads an experiment file or a built-in experiment. */
    public static Experiment load(String fileOrName) {
        return ExperimentParser.study(ExperimentSource.of(fileOrName), BUILTIN, ExperimentParser.DEFAULT_MAX_CELLS)
                .experiment();
    }
}
