package steepest.harness.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import steepest.harness.catalog.Catalogs;
import steepest.harness.catalog.Origin;
import steepest.harness.experiment.ExperimentSource;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;

/**
 * {@code steepest list [optimizers|problems|experiments]}: one line per entry with its keys; an
 * entry from a plugin jar is marked with the jar's name.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List optimizers, problems and built-in experiments, one line each with their keys and defaults; "
            + "entries of plugin jars are marked with the jar.")
final class ListCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "WHAT", defaultValue = "all",
            description = "optimizers, problems, experiments or all (default).")
    private String what;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case "optimizers" -> optimizers(out);
            case "problems" -> problems(out);
            case "experiments" -> printExperiments(out);
            case "all" -> {
                optimizers(out);
                problems(out);
                printExperiments(out);
            }
            default -> throw new IllegalArgumentException("list: unknown category '" + what
                    + "'; valid: optimizers, problems, experiments, all");
        }
        return 0;
    }

    private void optimizers(PrintWriter out) {
        Catalogs catalogs = main.catalogs();
        print(out, "optimizers", catalogs.optimizers().entries(), catalogs::optimizerOrigin);
    }

    private void problems(PrintWriter out) {
        Catalogs catalogs = main.catalogs();
        print(out, "problems", catalogs.problems().entries(), catalogs::problemOrigin);
    }

    private static void print(PrintWriter out, String title, List<? extends CatalogEntry<?>> entries,
                              Function<String, Origin> origins) {
        out.println(title + ":");
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (CatalogEntry<?> entry : entries) {
            String keys = entry.keys().stream().map(ListCommand::describe).collect(Collectors.joining(", "));
            String tags = entry.tags().isEmpty() ? "" : " [" + String.join(", ", entry.tags()) + "]";
            String origin = origins.apply(entry.name()).plugin().map(jar -> " {plugin " + jar.fileName() + "}").orElse("");
            out.printf("  %-" + width + "s  %s%s%s%s%n", entry.name(), entry.summary(), tags,
                    keys.isEmpty() ? "" : " (" + keys + ")", origin);
        }
    }

    private static String describe(Key key) {
        return key.name() + "=" + (key.defaultValue() == null ? "<required>" : key.defaultValue());
    }

    private static void printExperiments(PrintWriter out) {
        out.println("experiments:");
        List<String> names = ExperimentSource.builtinNames();
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            out.printf("  %-" + width + "s  %s%n", name, ExperimentSource.describe(name));
        }
    }
}
