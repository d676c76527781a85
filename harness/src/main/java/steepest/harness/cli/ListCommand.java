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
import steepest.problems.BuiltinProblems;
import steepest.problems.Suite;
import steepest.problems.Tag;

/**
 * {@code steepest list [optimizers|problems|experiments]}: one line per entry with its keys; an
 * entry from a plugin jar is marked with the jar's name. {@code list problems --tag T} lists the
 * problems carrying T: entries by the tags they declare (those of their default instance), the
 * functions of a suite (COCO's bbob, whose entry declares none because its tags depend on f) by
 * theirs.
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

    @CommandLine.Option(names = "--tag", split = ",", paramLabel = "TAG",
            description = "With 'problems': only the problems that carry every TAG (repeat the option or separate"
                + " tags by commas), by the tags each entry declares; a suite's functions (bbob's) one by one.")
    private List<String> tags = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!tags.isEmpty()) {
            if (!what.equals("problems")) {
                throw new IllegalArgumentException("list: --tag applies to 'list problems' only");
            }
            tags.forEach(tag -> {
                try {
                    Tag.of(tag);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("list: --tag: " + e.getMessage());
                }
            });
            tagged(out);
            return 0;
        }
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

    /**
     * The problems carrying every tag of {@code tags}: the entries that declare them, then each
     * suite's functions that carry them (as {@code bbob:f=k}, with their titles and tags), then a line
     * naming the entries that declare no tags and belong to no suite (an instance's tags may then
     * depend on its keys, as a noisy problem's are the wrapped one's), which the filter cannot judge.
     */
    private void tagged(PrintWriter out) {
        Catalogs catalogs = main.catalogs();
        List<CatalogEntry<steepest.problems.Problem>> entries = catalogs.problems().entries();
        List<Suite> suites = BuiltinProblems.suites().stream().filter(s -> catalogs.problems().contains(s.entry())).toList();
        print(out, "problems tagged " + String.join(", ", tags),
                entries.stream().filter(e -> e.tags().containsAll(tags)).toList(), catalogs::problemOrigin);
        for (Suite suite : suites) {
            List<Suite.Function> functions = suite.functions().stream()
                    .filter(f -> Tag.tokens(f.tags()).containsAll(tags)).toList();
            List<String> names = functions.stream()
                    .map(f -> suite.entry() + ":" + suite.functionKey() + "=" + f.number()).toList();
            int width = names.stream().mapToInt(String::length).max().orElse(0);
            for (int i = 0; i < functions.size(); i++) {
                out.printf("  %-" + width + "s  %s, suite %s [%s]%n", names.get(i), functions.get(i).title(), suite.name(),
                        String.join(", ", Tag.tokens(functions.get(i).tags())));
            }
        }
        List<String> unjudged = entries.stream().filter(e -> e.tags().isEmpty())
                .map(CatalogEntry::name).filter(name -> suites.stream().noneMatch(s -> s.entry().equals(name))).toList();
        if (!unjudged.isEmpty()) {
            out.println("not filtered (they declare no tags; an instance's may depend on its keys, see their summaries): "
                    + String.join(", ", unjudged));
        }
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
