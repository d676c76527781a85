package steepest.harness.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A hyperparameter tuning: per (problem, optimizer family), try candidate settings (a grid, or seeded
 * random draws from the family's ranges) on tuning seeds, pick the one with the best declared
 * criterion (median over the tuning seeds, lower is better; diverged or failed runs count as +∞),
 * then rerun the choice and the family's default settings on fresh seeds, so that "tuned" and
 * "default" results can be compared as in Schmidt, Schneider and Hennig, "Descending through a
 * crowded valley", ICML 2021.
 *
 * @param base        the experiment's problems, final seeds, budget, tolerances and recording
 * @param families    each optimizer family's catalog name
 * @param candidates  each family's candidate specs (canonical)
 * @param defaults    each family's default spec (canonical)
 * @param method      grid or random
 * @param tuningSeeds the seeds of the trials (disjoint from the final seeds)
 * @param criterion   final_f, final_gap or gevals_to_&lt;target&gt;
 */
public record TuningPlan(Experiment base, List<String> families, List<List<String>> candidates, List<String> defaults,
                         String method, List<Long> tuningSeeds, String criterion) {

    /** The criteria a tuning may declare. */
    public static final List<String> CRITERIA = Stream.concat(Stream.of("final_f", "final_gap"),
            Targets.labels().stream().map(t -> "gevals_to_" + t)).toList();

    /** Copies the lists. */
    public TuningPlan {
        families = List.copyOf(families);
        candidates = candidates.stream().map(List::copyOf).toList();
        defaults = List.copyOf(defaults);
        tuningSeeds = List.copyOf(tuningSeeds);
    }

    /**
     * The choice for one (problem, family).
     *
     * @param problem the problem spec
     * @param family  the family's index
     * @param chosen  the chosen spec
     * @param value   its criterion value (median over the tuning seeds)
     */
    public record Choice(String problem, int family, String chosen, double value) {
    }

    /** {@code trials} seeded random points of a family's space; the stream depends only on the seed and family. */
    static List<String> draws(SearchSpace space, int trials, long seed, int family) {
        SplittableRandom random = new SplittableRandom(Cell.deriveSeed(seed, "tune", space.name(), family));
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            specs.add(space.draw(random));
        }
        return specs;
    }

    /** The trials: every problem × every candidate × the tuning seeds. */
    public Experiment trials() {
        List<String> all = new ArrayList<>(candidates.stream().flatMap(List::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return new Experiment(base.name() + "-trials", "tuning trials of " + base.name(), base.seed(), base.problems(),
                all, tuningSeeds, List.of(), base.budget(), base.tolerances(), base.recording(), base.start());
    }

    /** The final runs: per problem, each family's choice and its default, on the final seeds. */
    public Experiment finals(List<Choice> choices) {
        List<Experiment.Pair> pairs = new ArrayList<>();
        LinkedHashSet<String> optimizers = new LinkedHashSet<>();
        for (String problem : base.problems()) {
            for (Choice choice : choices) {
                if (!choice.problem().equals(problem)) {
                    continue;
                }
                for (String spec : List.of(choice.chosen(), defaults.get(choice.family()))) {
                    Experiment.Pair pair = new Experiment.Pair(problem, spec);
                    if (!pairs.contains(pair)) {
                        pairs.add(pair);
                        optimizers.add(spec);
                    }
                }
            }
        }
        return new Experiment(base.name() + "-final", "tuned and default settings of " + base.name(), base.seed(),
                base.problems(), new ArrayList<>(optimizers), base.seeds(), pairs, base.budget(), base.tolerances(),
                base.recording(), base.start());
    }
}
