package steepest.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import steepest.harness.catalog.Catalogs;

/**
 * Reads a tuning: an experiment file with a {@code tune} section, whose optimizer items are search
 * spaces.
 * <pre>
 * tune: {method: random, trials: 20, seeds: [100, 101, 102], criterion: final_gap}
 * </pre>
 * {@code method: grid} (the default) tries every grid point; {@code random} draws {@code trials}
 * seeded points per optimizer item. Tuning seeds default to 1000, 1001, 1002 and must differ from
 * the experiment's own (final) seeds. Criteria: {@link TuningPlan#CRITERIA}.
 */
public final class TuningParser {

    private static final List<Long> DEFAULT_TUNING_SEEDS = List.of(1000L, 1001L, 1002L);

    private TuningParser() {
    }

    /**
     * Parses and validates a tuning; every candidate spec is resolved and built once.
     *
     * @param maxCells the most trial cells accepted
     * @throws ExperimentException naming the file, line and field of the first problem found
     */
    public static TuningPlan plan(ExperimentSource source, Catalogs catalogs, long maxCells) {
        ExperimentParser parser = new ExperimentParser(source, catalogs, maxCells);
        Experiment base = parser.experiment(false);
        JsonNode tune = parser.yaml.root().get("tune");
        if (tune == null) {
            throw parser.yaml.fail("", "a tuning needs a tune section (method, trials, seeds, criterion)");
        }
        return tuning(parser, base, tune);
    }

    private static TuningPlan tuning(ExperimentParser parser, Experiment base, JsonNode tune) {
        YamlFields yaml = parser.yaml;
        yaml.checkKeys("/tune", tune, Set.of("method", "trials", "seeds", "criterion"));
        String method = tune.has("method") ? yaml.text("/tune/method", tune.get("method")) : "grid";
        if (!method.equals("grid") && !method.equals("random")) {
            throw yaml.fail("/tune/method", "'" + method + "' is not grid or random");
        }
        boolean random = method.equals("random");
        int trials = 0;
        if (random) {
            long count = yaml.integer("/tune/trials", yaml.required(tune, "trials", "/tune"));
            if (count < 1 || count > 10_000) {
                throw yaml.fail("/tune/trials", "must be in [1, 10000], got " + count);
            }
            trials = (int) count;
        } else if (tune.has("trials")) {
            throw yaml.fail("/tune/trials", "trials applies to method: random; a grid tries every point");
        }
        List<Long> seeds = tune.has("seeds") ? parser.seeds("/tune/seeds", tune.get("seeds")) : DEFAULT_TUNING_SEEDS;
        if (seeds.stream().anyMatch(base.seeds()::contains)) {
            throw yaml.fail("/tune/seeds", "tuning seeds must differ from the final seeds " + base.seeds());
        }
        String criterion = tune.has("criterion") ? yaml.text("/tune/criterion", tune.get("criterion")) : "final_f";
        if (!TuningPlan.CRITERIA.contains(criterion)) {
            throw yaml.fail("/tune/criterion", "'" + criterion + "' is not one of " + String.join(", ", TuningPlan.CRITERIA));
        }
        List<SearchSpace> families = parser.spaces("optimizers", yaml.root(), !random);
        long candidateCount = random ? (long) trials * families.size() : ExperimentParser.gridSize(families);
        parser.checkCells(base.problems().size(), candidateCount, seeds.size());
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            String pointer = "/optimizers/" + i;
            Set<String> specs = new LinkedHashSet<>();
            List<String> drawn = random ? TuningPlan.draws(families.get(i), trials, base.seed(), i) : families.get(i).grid();
            for (String spec : drawn) {
                specs.add(parser.resolve(pointer, spec, parser.catalogs.optimizers(), parser.optimizers).canonical());
            }
            candidates.add(List.copyOf(specs));
        }
        List<String> defaults = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            defaults.add(parser.resolve("/optimizers/" + i, families.get(i).defaults(), parser.catalogs.optimizers(),
                    parser.optimizers).canonical());
        }
        return new TuningPlan(base, families.stream().map(SearchSpace::name).toList(), candidates, defaults, method,
                seeds, criterion);
    }
}
