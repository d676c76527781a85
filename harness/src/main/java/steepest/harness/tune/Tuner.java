package steepest.harness.tune;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Study;
import steepest.harness.experiment.TuningPlan;
import steepest.harness.run.Runner;
import steepest.harness.stats.Group;
import steepest.harness.stats.Quantiles;
import steepest.harness.store.Csv;
import steepest.harness.store.ResultsFolder;
import steepest.harness.results.Status;
import steepest.harness.store.Summaries;
import steepest.reports.export.AtomicFiles;

/**
 * Carries out a {@link TuningPlan}: runs the trials into {@code OUT/trials}, chooses per (problem,
 * optimizer family) the candidate with the best criterion (median over the tuning seeds, lower is
 * better, diverged and failed runs at +∞), runs the choices and the defaults on fresh seeds into
 * {@code OUT/final}, and writes every trial's criterion and the choices to {@code OUT/tuning.csv}.
 * Both phases resume like any run.
 */
public final class Tuner {

    private final TuningPlan plan;
    private final String sourceText;
    private final Catalogs catalogs;

    /**
     * @param sourceText the tuning file's text, kept beside each phase's manifest
     */
    public Tuner(TuningPlan plan, String sourceText, Catalogs catalogs) {
        this.plan = plan;
        this.sourceText = sourceText;
        this.catalogs = catalogs;
    }

    /**
     * What a tuning produced.
     *
     * @param trials  the trials' results folder
     * @param finals  the final runs' results folder
     * @param table   tuning.csv
     * @param choices the choice per problem and family
     */
    public record Outcome(Path trials, Path finals, Path table, List<TuningPlan.Choice> choices) {
    }

    /** Runs both phases into {@code root}, logging progress to {@code console}. */
    public Outcome run(Path root, Runner runner, PrintWriter console) throws IOException {
        Study trials = Study.of(plan.trials(), sourceText, catalogs);
        List<Cell> trialCells = trials.cells();
        console.println("tuning " + plan.base().name() + ": " + trialCells.size() + " trial cells");
        console.flush();
        // The trials' lock is held to the end, so a second tuning into the same folder is refused at once.
        try (ResultsFolder trialFolder = ResultsFolder.open(root.resolve("trials"), trials)) {
            runner.run(trials, trialCells, trialFolder, "1/1");
            trialFolder.finish(trialCells);
            List<Group> groups = Group.of(Summaries.read(trialFolder.root().resolve("summary.csv")));
            List<TuningPlan.Choice> choices = choose(groups);

            Study finals = Study.of(plan.finals(choices), sourceText, catalogs);
            List<Cell> finalCells = finals.cells();
            console.println("final runs: " + finalCells.size() + " cells (chosen and default settings on fresh seeds)");
            console.flush();
            try (ResultsFolder finalFolder = ResultsFolder.open(root.resolve("final"), finals)) {
                runner.run(finals, finalCells, finalFolder, "1/1");
                finalFolder.finish(finalCells);
                Path table = root.resolve("tuning.csv");
                writeTable(table, groups, choices);
                return new Outcome(trialFolder.root(), finalFolder.root(), table, choices);
            }
        }
    }

    /** The best candidate per (problem, family) among the trials' groups. */
    List<TuningPlan.Choice> choose(List<Group> trialGroups) {
        Map<List<String>, Group> byPair = trialGroups.stream()
                .collect(Collectors.toMap(g -> List.of(g.problem(), g.optimizer()), g -> g));
        List<TuningPlan.Choice> choices = new ArrayList<>();
        for (String problem : plan.base().problems()) {
            for (int f = 0; f < plan.families().size(); f++) {
                String best = null;
                double bestValue = Double.POSITIVE_INFINITY;
                for (String candidate : plan.candidates().get(f)) {
                    Group group = byPair.get(List.of(problem, candidate));
                    if (group == null) {
                        throw new IllegalStateException("the trials lack " + problem + " with " + candidate);
                    }
                    double value = criterion(group);
                    if (best == null || value < bestValue) {
                        best = candidate;
                        bestValue = value;
                    }
                }
                choices.add(new TuningPlan.Choice(problem, f, best, bestValue));
            }
        }
        return choices;
    }

    /** The median over a group's runs of the criterion, with failed and diverged runs at +∞. */
    double criterion(Group group) {
        String criterion = plan.criterion();
        double[] values = new double[group.runs()];
        for (int r = 0; r < values.length; r++) {
            double value = switch (criterion) {
                case "final_f" -> group.finalValues()[r];
                case "final_gap" -> group.finalGaps()[r];
                default -> group.gradientsTo().get(criterion.substring("gevals_to_".length()))[r];
            };
            Status status = group.statuses().get(r);
            boolean failed = status == Status.DIVERGED || status == Status.FAILED || Double.isNaN(value);
            values[r] = failed ? Double.POSITIVE_INFINITY : value;
        }
        return Quantiles.median(values);
    }

    /** One row per trial pair with its criterion (the chosen one marked), then the default (its value if it was a trial). */
    private void writeTable(Path file, List<Group> groups, List<TuningPlan.Choice> choices) throws IOException {
        StringBuilder csv = new StringBuilder("problem,family,optimizer,role,criterion,value\n");
        for (TuningPlan.Choice choice : choices) {
            String family = plan.families().get(choice.family());
            for (String candidate : plan.candidates().get(choice.family())) {
                Group group = groups.stream().filter(g -> g.problem().equals(choice.problem())
                        && g.optimizer().equals(candidate)).findFirst().orElseThrow();
                String role = candidate.equals(choice.chosen()) ? "chosen" : "trial";
                csv.append(Csv.text(choice.problem())).append(',').append(family).append(',').append(Csv.text(candidate))
                        .append(',').append(role).append(',').append(plan.criterion()).append(',')
                        .append(Csv.real(criterion(group))).append('\n');
            }
            String fallback = plan.defaults().get(choice.family());
            String value = groups.stream().filter(g -> g.problem().equals(choice.problem()) && g.optimizer().equals(fallback))
                    .findFirst().map(g -> Csv.real(criterion(g))).orElse("");
            csv.append(Csv.text(choice.problem())).append(',').append(family).append(',')
                    .append(Csv.text(fallback)).append(",default,").append(plan.criterion()).append(',').append(value)
                    .append('\n');
        }
        AtomicFiles.writeString(file, csv.toString());
    }
}
