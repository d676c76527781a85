package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import steepest.harness.report.ReportWriter;
import steepest.reports.export.Format;
import steepest.reports.style.Column;
import steepest.reports.style.Style;

/**
 * {@code steepest report RESULTS [--format png,svg,pdf] [--style paper|screen] [--out DIR]}: the
 * figures, tables and HTML page of a results folder.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw the figures and tables of a results folder and write an HTML report (index.html) "
            + "that opens from disk. Figures: convergence with seed bands, contours with trajectories, performance and "
            + "data profiles, learning-rate sensitivity, time to target, cost against dimension, layer gradient norms.")
final class ReportCommand implements Callable<Integer> {

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
        Path target = out != null ? out : results.resolve("report");
        List<Path> written = ReportWriter.write(results, target, chosen, Format.parse(formats), main.catalogs());
        PrintWriter console = spec.commandLine().getOut();
        console.println("wrote " + written.size() + " files into " + target);
        console.println("report: " + target.resolve("index.html"));
        return 0;
    }
}
