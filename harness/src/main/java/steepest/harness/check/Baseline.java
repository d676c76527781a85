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
import java.util.List;
import steepest.harness.stats.Group;
import steepest.harness.stats.Quantiles;
import steepest.reports.export.AtomicFiles;

/**
 * A committed reference for regression checks: per (problem, optimizer), the success rate, the
 * median gradient evaluations to reach the target and the median final gap, with the tolerances
 * within which a new result still counts as unchanged. Stored as JSON; censored medians (the target
 * was never reached by most runs) are {@code null}.
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
     * {@code successDrop}; better symmetrically.
     *
     * @param evaluationsFactor &gt;= 1, e.g. 1.1 (10% more evaluations)
     * @param gapFactor         &gt;= 1, e.g. 10
     * @param gapFloor          &gt;= 0, gaps below this are all alike (rounding)
     * @param successDrop       in [0, 1]
     */
    public record Tolerances(double evaluationsFactor, double gapFactor, double gapFloor, double successDrop) {

        /** 10% more evaluations, a 10x larger final gap above 1e-12, any drop in success rate. */
        public static final Tolerances DEFAULT = new Tolerances(1.1, 10, 1e-12, 0);

        /** Validates the fields, naming them. */
        public Tolerances {
            if (!(evaluationsFactor >= 1) || !(gapFactor >= 1) || !(gapFloor >= 0) || !(successDrop >= 0 && successDrop <= 1)) {
                throw new IllegalArgumentException("tolerances need evaluations_factor >= 1, gap_factor >= 1, gap_floor >= 0, "
                        + "0 <= success_drop <= 1; got " + this);
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
     */
    public record Entry(String problem, String optimizer, int runs, double successRate, double medianGradients,
                        double medianFinalGap) {
    }

    /** Summarizes the groups of a results summary at {@code target}. */
    public static Baseline of(String experiment, List<Group> groups, String target, Tolerances tolerances) {
        List<Entry> entries = new ArrayList<>();
        for (Group group : groups) {
            entries.add(new Entry(group.problem(), group.optimizer(), group.runs(), group.successRate(target),
                    group.medianGradientsTo(target), Quantiles.median(group.finalGaps())));
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
                t.path("success_drop").asDouble(Tolerances.DEFAULT.successDrop()));
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : root.path("entries")) {
            entries.add(new Entry(e.path("problem").asText(), e.path("optimizer").asText(), e.path("runs").asInt(),
                    e.path("success_rate").asDouble(), number(e.get("median_gevals_to_target"), Double.POSITIVE_INFINITY),
                    number(e.get("median_final_gap"), Double.NaN)));
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
        ArrayNode list = root.putArray("entries");
        for (Entry e : entries) {
            ObjectNode node = list.addObject();
            node.put("problem", e.problem());
            node.put("optimizer", e.optimizer());
            node.put("runs", e.runs());
            node.put("success_rate", e.successRate());
            putNumber(node, "median_gevals_to_target", e.medianGradients());
            putNumber(node, "median_final_gap", e.medianFinalGap());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
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
}
