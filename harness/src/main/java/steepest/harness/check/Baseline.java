package steepest.harness.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryRow;
import steepest.harness.stats.Group;
import steepest.harness.stats.Quantiles;
import steepest.harness.stats.RegressionGate;
import steepest.reports.export.AtomicFiles;

/**
 * A committed reference for regression checks: per (problem, optimizer), the success rate, the
 * median gradient evaluations to reach the target and the median final gap, and per seed the
 * evaluations to the target and the final gap, with the tolerances within which a new result still
 * counts as unchanged and the level of the paired test for cells run on several seeds. Stored as
 * JSON; censored values (a median or a run that never reached the target, a run that diverged or
 * failed) are {@code null}. Files written before the per-seed values existed still read: their
 * entries have no seeds, and every cell is judged by the tolerances alone.
 *
 * @param experiment the experiment the baseline was taken from
 * @param target     the relative target of the ladder, e.g. {@code 1e-6}
 * @param tolerances what counts as a change
 * @param entries    one entry per (problem, optimizer)
 */
public record Baseline(String experiment, String target, Tolerances tolerances, List<Entry> entries) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Copies the entries. */
    public Baseline {
        entries = List.copyOf(entries);
    }

    /**
     * What counts as a change. A result is worse when its median evaluations to the target exceed the
     * baseline's by more than {@code evaluationsFactor}, its final gap exceeds
     * {@code gapFactor}·baseline + {@code gapFloor}, or its success rate falls by more than
     * {@code successDrop}; better symmetrically. A metric that varies across the seeds of a cell
     * run on several seeds is judged by the paired test at level {@code alpha} instead
     * ({@link RegressionCheck}).
     *
     * @param evaluationsFactor &gt;= 1, e.g. 1.1 (10% more evaluations)
     * @param gapFactor         &gt;= 1, e.g. 10
     * @param gapFloor          &gt;= 0, gaps below this are all alike (rounding)
     * @param successDrop       in [0, 1]
     * @param alpha             the level of the one-sided paired test, in (0, 1)
     */
    public record Tolerances(double evaluationsFactor, double gapFactor, double gapFloor, double successDrop,
                             double alpha) {

        /** 10% more evaluations, a 10x larger final gap above 1e-12, any drop in success rate; α = 0.01. */
        public static final Tolerances DEFAULT = new Tolerances(1.1, 10, 1e-12, 0, RegressionGate.DEFAULT_ALPHA);

        /** Validates the fields, naming them. */
        public Tolerances {
            if (!(evaluationsFactor >= 1) || !(gapFactor >= 1) || !(gapFloor >= 0) || !(successDrop >= 0 && successDrop <= 1)
                    || !(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("tolerances need evaluations_factor >= 1, gap_factor >= 1, gap_floor >= 0, "
                        + "0 <= success_drop <= 1, 0 < alpha < 1; got " + this);
            }
        }
    }

    /**
     * One (problem, optimizer) pair.
     *
     * @param problem        the problem spec
     * @param optimizer      the optimizer spec
     * @param runs           the number of runs (seeds)
     * @param successRate    the fraction of runs reaching the target
     * @param medianGradients the median gradient evaluations to the target (+∞ when censored)
     * @param medianFinalGap the median f − f* at the end (NaN when f* is unknown)
     * @param seeds          the runs' seeds; empty in a baseline written without per-seed values
     * @param gradients      per seed, the gradient evaluations to the target (+∞: never reached)
     * @param finalGaps      per seed, f − f* at the end (+∞: diverged or failed); empty when f* is unknown
     */
    public record Entry(String problem, String optimizer, int runs, double successRate, double medianGradients,
                        double medianFinalGap, long[] seeds, double[] gradients, double[] finalGaps) {

        /** Requires one value per seed; copies the arrays. */
        public Entry {
            if (gradients.length != seeds.length || finalGaps.length != 0 && finalGaps.length != seeds.length) {
                throw new IllegalArgumentException("baseline entry '" + optimizer + "' on '" + problem + "' has "
                        + seeds.length + " seeds, " + gradients.length + " evaluation counts and " + finalGaps.length
                        + " final gaps");
            }
            seeds = seeds.clone();
            gradients = gradients.clone();
            finalGaps = finalGaps.clone();
        }

        /** An entry without per-seed values (as baselines were before). */
        public Entry(String problem, String optimizer, int runs, double successRate, double medianGradients,
                     double medianFinalGap) {
            this(problem, optimizer, runs, successRate, medianGradients, medianFinalGap, new long[0], new double[0],
                    new double[0]);
        }

        /** The seeds (a copy). */
        @Override
        public long[] seeds() {
            return seeds.clone();
        }

        /** The evaluations per seed (a copy). */
        @Override
        public double[] gradients() {
            return gradients.clone();
        }

        /** The final gaps per seed (a copy). */
        @Override
        public double[] finalGaps() {
            return finalGaps.clone();
        }
    }

    /** Summarizes the rows of a results summary at {@code target}, per (problem, optimizer) and per seed. */
    public static Baseline of(String experiment, List<SummaryRow> rows, String target, Tolerances tolerances) {
        List<Entry> entries = new ArrayList<>();
        for (Group group : Group.of(rows)) {
            List<SummaryRow> runs = rows.stream().filter(r -> r.problem().equals(group.problem())
                    && r.optimizer().equals(group.optimizer())).toList();
            double[] gradients = runs.stream().mapToDouble(r -> r.targets().gradientsTo(target))
                    .map(c -> Double.isNaN(c) ? Double.POSITIVE_INFINITY : c).toArray();
            boolean known = runs.stream().noneMatch(r -> Double.isNaN(r.optimalValue()));
            double[] gaps = known ? runs.stream().mapToDouble(r -> r.status() == Status.DIVERGED
                    || r.status() == Status.FAILED || Double.isNaN(r.gapToOptimum()) ? Double.POSITIVE_INFINITY
                    : r.gapToOptimum()).toArray() : new double[0];
            entries.add(new Entry(group.problem(), group.optimizer(), group.runs(), group.successRate(target),
                    group.medianGradientsTo(target), Quantiles.median(group.finalGaps()),
                    runs.stream().mapToLong(SummaryRow::seed).toArray(), gradients, gaps));
        }
        return new Baseline(experiment, target, tolerances, entries);
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": not a baseline (not valid JSON)");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": not a baseline (empty, or not a JSON object)");
        }
        JsonNode t = root.path("tolerances");
        Tolerances tolerances = new Tolerances(t.path("evaluations_factor").asDouble(Tolerances.DEFAULT.evaluationsFactor()),
                t.path("gap_factor").asDouble(Tolerances.DEFAULT.gapFactor()),
                t.path("gap_floor").asDouble(Tolerances.DEFAULT.gapFloor()),
                t.path("success_drop").asDouble(Tolerances.DEFAULT.successDrop()),
                t.path("alpha").asDouble(Tolerances.DEFAULT.alpha()));
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : root.path("entries")) {
            JsonNode seeds = e.path("seeds");
            entries.add(new Entry(e.path("problem").asText(), e.path("optimizer").asText(), e.path("runs").asInt(),
                    e.path("success_rate").asDouble(), number(e.get("median_gevals_to_target"), Double.POSITIVE_INFINITY),
                    number(e.get("median_final_gap"), Double.NaN),
                    seeds.isArray() ? stream(seeds).mapToLong(JsonNode::asLong).toArray() : new long[0],
                    numbers(e.path("gevals_to_target")), numbers(e.path("final_gap"))));
        }
        if (!root.hasNonNull("target")) {
            throw new IllegalArgumentException(file + ": a baseline needs a target");
        }
        return new Baseline(root.path("experiment").asText(), root.path("target").asText(), tolerances, entries);
    }

    /** Writes this baseline atomically. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("experiment", experiment);
        root.put("target", target);
        ObjectNode t = root.putObject("tolerances");
        t.put("evaluations_factor", tolerances.evaluationsFactor());
        t.put("gap_factor", tolerances.gapFactor());
        t.put("gap_floor", tolerances.gapFloor());
        t.put("success_drop", tolerances.successDrop());
        t.put("alpha", tolerances.alpha());
        ArrayNode list = root.putArray("entries");
        for (Entry e : entries) {
            ObjectNode node = list.addObject();
            node.put("problem", e.problem());
            node.put("optimizer", e.optimizer());
            node.put("runs", e.runs());
            node.put("success_rate", e.successRate());
            putNumber(node, "median_gevals_to_target", e.medianGradients());
            putNumber(node, "median_final_gap", e.medianFinalGap());
            if (e.seeds.length > 0) {
                ArrayNode seeds = node.putArray("seeds");
                Arrays.stream(e.seeds).forEach(seeds::add);
                putNumbers(node.putArray("gevals_to_target"), e.gradients);
                if (e.finalGaps.length > 0) {
                    putNumbers(node.putArray("final_gap"), e.finalGaps);
                }
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    /** A per-seed array: null is +∞ (never reached, diverged or failed); a missing array is empty. */
    private static double[] numbers(JsonNode array) {
        return array.isArray() ? stream(array).mapToDouble(n -> number(n, Double.POSITIVE_INFINITY)).toArray()
                : new double[0];
    }

    private static double number(JsonNode node, double missing) {
        return node == null || node.isNull() ? missing : node.asDouble();
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    private static void putNumbers(ArrayNode array, double[] values) {
        for (double value : values) {
            if (Double.isFinite(value)) {
                array.add(value);
            } else {
                array.addNull();
            }
        }
    }
}
