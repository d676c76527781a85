package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import steepest.harness.report.ReportWriter;
import steepest.harness.store.ResultsFileException;
import steepest.reports.export.Format;
import steepest.reports.style.Column;
import steepest.reports.style.Style;

/**
 * {@code steepest report RESULTS [--format png,svg,pdf] [--style paper|screen] [--out DIR]}: the
 * figures, tables and HTML page of a results folder. {@code --out} must be a new or empty folder or
 * an earlier report.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw the figures and tables of a results folder and write an HTML report (index.html) "
            + "that opens from disk. Figures: convergence with seed bands, optimality certificates, contours with "
            + "trajectories, performance and data profiles, runtime ECDFs, critical-difference diagrams, learning-rate "
            + "sensitivity, time to target, success rates, cost against dimension, layer gradient norms, feature "
            + "importance. Tables (CSV, Markdown, LaTeX): final gap, evaluations to target, success rate, aRT, paired "
            + "significance tests, ECDF points.")
final class ReportCommand implements Callable<Integer> {

    private static final String INDEX = "index.html";
    /** What a report folder holds. */
    private static final Set<String> REPORT_ENTRIES = Set.of(INDEX, "figures", "tables");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @CommandLine.Parameters(index = "0", paramLabel = "RESULTS", description = "A results folder.")
    private Path results;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "png,svg,pdf",
            description = "Figure formats, comma-separated: png, svg, pdf (default: ${DEFAULT-VALUE}).")
    private String formats;

    @Option(names = "--style", paramLabel = "NAME", defaultValue = "paper",
            description = "paper (single column, serif, 300 dpi), paper-wide (double column) or screen (default: ${DEFAULT-VALUE}).")
    private String style;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report (default: RESULTS/report).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Style chosen = switch (style) {
            case "paper" -> Style.paper(Column.SINGLE);
            case "paper-wide" -> Style.paper(Column.DOUBLE);
            case "screen" -> Style.screen();
            default -> throw new IllegalArgumentException("--style '" + style + "' is not one of paper, paper-wide, screen");
        };
        if (out != null) {
            refuseForeignFolder(out);
        }
        Path target = out != null ? out : results.resolve("report");
        List<Path> written = ReportWriter.write(results, target, chosen, Format.parse(formats), main.catalogs());
        PrintWriter console = spec.commandLine().getOut();
        console.println("wrote " + written.size() + " files into " + target);
        console.println("report: " + target.resolve("index.html"));
        return 0;
    }

    /**
     * Refuses to write a report into a folder that holds anything but an earlier report (a results
     * folder, a source tree): only a new or empty folder, or one with index.html and nothing but what
     * a report writes, is written into.
     */
    static void refuseForeignFolder(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + target + " is a file, not a folder");
        }
        boolean earlierReport = Files.isRegularFile(target.resolve(INDEX));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!earlierReport || !REPORT_ENTRIES.contains(name) && !(name.startsWith(".") && name.contains(".tmp"))) {
                    throw new IllegalArgumentException("--out " + target + " holds other files ('"
                            + ResultsFileException.excerpt(name, 60) + "'); write the report into a new or empty folder, "
                            + "or over an earlier report");
                }
            }
        }
    }
}
