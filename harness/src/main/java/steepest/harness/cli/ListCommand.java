package steepest.harness.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import steepest.harness.experiment.ExperimentLoader;
import steepest.optimizers.Optimizers;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Problems;

/** {@code steepest list [optimizers|problems|experiments]}: one line per entry with its keys. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List optimizers, problems and built-in experiments, one line each with their keys and defaults.")
final class ListCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "WHAT", defaultValue = "all",
            description = "optimizers, problems, experiments or all (default).")
    private String what;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case "optimizers" -> print(out, "optimizers", Optimizers.catalog().entries());
            case "problems" -> print(out, "problems", Problems.catalog().entries());
            case "experiments" -> printExperiments(out);
            case "all" -> {
                print(out, "optimizers", Optimizers.catalog().entries());
                print(out, "problems", Problems.catalog().entries());
                printExperiments(out);
            }
            default -> throw new IllegalArgumentException("list: unknown category '" + what
                    + "'; valid: optimizers, problems, experiments, all");
        }
        return 0;
    }

    private static void print(PrintWriter out, String title, List<? extends CatalogEntry<?>> entries) {
        out.println(title + ":");
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (CatalogEntry<?> entry : entries) {
            String keys = entry.keys().stream().map(ListCommand::describe).collect(Collectors.joining(", "));
            String tags = entry.tags().isEmpty() ? "" : " [" + String.join(", ", entry.tags()) + "]";
            out.printf("  %-" + width + "s  %s%s%s%n", entry.name(), entry.summary(), tags,
                    keys.isEmpty() ? "" : " (" + keys + ")");
        }
    }

    private static String describe(Key key) {
        return key.name() + "=" + (key.defaultValue() == null ? "<required>" : key.defaultValue());
    }

    private static void printExperiments(PrintWriter out) {
        out.println("experiments:");
        List<String> names = ExperimentLoader.builtinNames();
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            out.printf("  %-" + width + "s  %s%n", name, ExperimentLoader.describe(name));
        }
    }
}
