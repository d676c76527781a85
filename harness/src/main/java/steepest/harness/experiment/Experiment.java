package steepest.harness.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;

/**
 * An experiment as run: problems × optimizers × seeds (grids already expanded into canonical specs),
 * a budget, tolerances and a recording cadence. Loaded from YAML by {@link ExperimentLoader}; its
 * {@link #hash()} identifies it in results folders (resume refuses a folder of another hash).
 *
 * @param name        a file-name-safe name
 * @param description one or two sentences
 * @param seed        the experiment seed every cell's stream derives from
 * @param problems    canonical problem specs
 * @param optimizers  canonical optimizer specs
 * @param seeds       replicate seeds
 * @param pairs       the (problem, optimizer) pairs to run, or empty for every combination
 * @param budget      the per-cell budget
 * @param tolerances  the stopping tolerances
 * @param recording   which iterations are written to the traces
 * @param start       where runs start
 */
public record Experiment(String name, String description, long seed, List<String> problems, List<String> optimizers,
                         List<Long> seeds, List<Pair> pairs, Budget budget, Tolerances tolerances,
                         Recording recording, Start start) {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** Copies the lists; a missing list of pairs or start (a manifest of an earlier version) takes its default. */
    public Experiment {
        problems = List.copyOf(problems);
        optimizers = List.copyOf(optimizers);
        seeds = List.copyOf(seeds);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        start = start == null ? Start.STANDARD : start;
    }

    /**
     * One (problem, optimizer) pair of an experiment that does not run every combination (the final
     * runs of a tuning, where each problem has its own chosen settings).
     *
     * @param problem   the canonical problem spec
     * @param optimizer the canonical optimizer spec
     */
    public record Pair(String problem, String optimizer) {
    }

    /**
     * Per-cell budget; infinite entries are disabled.
     *
     * @param iterations          iterations
     * @param gradientEvaluations gradient evaluations (fractional for mini-batches)
     * @param epochs              passes over the data
     * @param timeSeconds         wall time per cell
     * @param gradientEvaluationsPerDimension gradient evaluations per dimension n of the cell's
     *                            problem (COCO's budgets in evaluations per dimension), so a cell
     *                            may spend this times n; 0 disables it (unlike the others: a
     *                            manifest written before it existed lacks it, and it is left out of
     *                            the canonical JSON when 0, so earlier experiments keep their hash)
     */
    public record Budget(long iterations, double gradientEvaluations, double epochs, double timeSeconds,
                         @JsonInclude(JsonInclude.Include.NON_DEFAULT) double gradientEvaluationsPerDimension) {

        /** A budget without a per-dimension part. */
        public Budget(long iterations, double gradientEvaluations, double epochs, double timeSeconds) {
            this(iterations, gradientEvaluations, epochs, timeSeconds, 0);
        }

        /** The gradient evaluations a cell of dimension {@code dimension} may spend. */
        public double gradientEvaluations(int dimension) {
            return gradientEvaluationsPerDimension > 0
                    ? Math.min(gradientEvaluations, gradientEvaluationsPerDimension * dimension) : gradientEvaluations;
        }
    }

    /**
     * Stopping tolerances; zero disables one.
     *
     * @param gradient   stop when ‖∇f‖ &lt;= this
     * @param targetGap  stop when f − f* &lt;= this (problems with a known f* only)
     * @param targetReduction stop when f − f* &lt;= this·(f(x0) − f*), the target ladder's convention
     *                   (problems with a known f* only)
     * @param gap        stop when the method's gap (Frank-Wolfe) &lt;= this
     * @param checkEvery check the tolerances every this many iterations (and at recorded ones)
     */
    public record Tolerances(double gradient, double targetGap, double targetReduction, double gap, long checkEvery) {
    }

    /**
     * Recording cadence: every {@code every} iterations, or {@code perDecade} log-spaced points per
     * decade when {@code every} is 0; and which extras to add to each recorded row.
     *
     * @param every       interval, or 0
     * @param perDecade   points per decade when every is 0
     * @param testMetrics record held-out test metrics of ML problems (test loss, accuracy)
     * @param layerNorms  record per-layer gradient norms of layered models (neural networks)
     * @param iterates    record the iterate x (columns x0..x{d-1}) in every row
     */
    public record Recording(long every, int perDecade, boolean testMetrics, boolean layerNorms, boolean iterates) {

        /** The schedule the driver follows. */
        public RecordSchedule schedule() {
            return every > 0 ? RecordSchedule.every(every) : RecordSchedule.logSpaced(perDecade);
        }
    }

    /**
     * Where runs start: the problem's standard start, or (multi-start studies) a point drawn uniformly
     * from the box [low, high]^d. The draw depends on the experiment seed, the problem and the
     * replicate seed only, so every optimizer starts from the same point for the same seed.
     *
     * @param random whether to draw the start
     * @param low    the box's low end
     * @param high   the box's high end
     */
    public record Start(boolean random, double low, double high) {

        /** The problem's standard start. */
        public static final Start STANDARD = new Start(false, Double.NaN, Double.NaN);

        /** The start of a run of {@code problem} with replicate seed {@code seed}, given its standard start. */
        public double[] of(long experimentSeed, String problem, long seed, double[] standard) {
            if (!random) {
                return standard;
            }
            java.util.SplittableRandom draw = new java.util.SplittableRandom(
                    Cell.deriveSeed(experimentSeed, problem, "start", seed));
            double[] x = new double[standard.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = low + (high - low) * draw.nextDouble();
            }
            return x;
        }
    }

    /**
     * Whether {@code name} is safe as a file name and in paths: 1 to {@code limit} letters, digits,
     * '-' and '_' (no separator, no "..", nothing a shell or a file system treats specially).
     */
    public static boolean isFileSafeName(String name, int limit) {
        return name.length() >= 1 && name.length() <= limit && name.chars().allMatch(c -> c < 0x80
                && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }

    /**
     * The cells in order: problem-major, then optimizer, then seed (or the pairs in order, then seed);
     * their ids have as many index digits as the largest index needs, at least four.
     */
    public List<Cell> cells() {
        List<Pair> run = pairs;
        if (run.isEmpty()) {
            run = new ArrayList<>();
            for (String problem : problems) {
                for (String optimizer : optimizers) {
                    run.add(new Pair(problem, optimizer));
                }
            }
        }
        int digits = Cell.digitsFor(run.size() * seeds.size());
        List<Cell> cells = new ArrayList<>(run.size() * seeds.size());
        for (Pair pair : run) {
            for (long s : seeds) {
                cells.add(new Cell(cells.size(), pair.problem(), pair.optimizer(), s,
                        Cell.deriveSeed(seed, pair.problem(), pair.optimizer(), s), digits));
            }
        }
        return cells;
    }

    /**
     * The stopping rules of a cell whose problem has dimension {@code dimension} and optimal value
     * {@code optimalValue} (NaN: unknown) and starts at value {@code initialValue}; the target is the
     * larger of the absolute and relative ones.
     */
    public StoppingRules rules(int dimension, double optimalValue, double initialValue) {
        double target = Double.NEGATIVE_INFINITY;
        if (!Double.isNaN(optimalValue)) {
            if (tolerances.targetGap() > 0) {
                target = optimalValue + tolerances.targetGap();
            }
            if (tolerances.targetReduction() > 0 && Double.isFinite(initialValue)) {
                target = Math.max(target, optimalValue + tolerances.targetReduction() * (initialValue - optimalValue));
            }
        }
        return new StoppingRules(budget.iterations(), budget.gradientEvaluations(dimension), budget.epochs(),
                budget.timeSeconds(), tolerances.gradient(), target, tolerances.gap(), tolerances.checkEvery());
    }

    /** This experiment as canonical JSON: sorted keys, specs with defaults spelled out. */
    public String canonicalJson() {
        try {
            return CANONICAL.writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of {@link #canonicalJson()}, in hex. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
