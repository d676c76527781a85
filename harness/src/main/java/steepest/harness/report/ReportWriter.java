package steepest.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.FigureKind;
import steepest.harness.experiment.ReportSettings;
import steepest.harness.experiment.ReportSettingsParser;
import steepest.harness.stats.Ladder;
import steepest.harness.stats.Significance.Comparison;
import steepest.harness.store.TextFiles;
import steepest.reports.export.AtomicFiles;
import steepest.reports.export.Export;
import steepest.reports.export.Format;
import steepest.reports.html.HtmlReport;
import steepest.reports.html.ManifestEntry;
import steepest.reports.html.Report;
import steepest.reports.html.ReportFigure;
import steepest.reports.style.Style;
import steepest.reports.table.LatexTables;
import steepest.reports.table.MarkdownTables;

/**
 * Writes the report of a results folder: every figure its results support (or that its experiment
 * file's {@code report} section lists) in the chosen formats and style; under {@code tables/} the
 * summary tables (marked as the paired tests allow), the aRT table ({@code art.csv}), the paired tests
 * ({@code significance.csv}) and the runtime ECDFs' points ({@code ecdf-<group>.csv}), each as CSV,
 * Markdown and LaTeX; and a static {@code index.html} with figures, tables and the manifest. The
 * same folder gives the same files, byte for byte, every time (every resampling is seeded).
 */
public final class ReportWriter {

    /** Above this many problems, per-problem figures are drawn only when the report section lists them. */
    private static final int PER_PROBLEM_LIMIT = 12;
    /** Success-rate figures are drawn unasked only from this many runs per (problem, optimizer). */
    private static final int SUCCESS_RUNS = 5;
    private static final String[] MANIFEST_KEYS = {"experiment", "description", "spec_hash", "cells", "started", "finished"};

    private ReportWriter() {
    }

    /**
     * Writes the report of {@code results} into {@code out}.
     *
     * @return the written figures, tables and page, in order
     */
    public static List<Path> write(Path results, Path out, Style style, Set<Format> formats, Catalogs catalogs)
            throws IOException {
        ResultsView view = ResultsView.of(results, catalogs);
        Path source = results.resolve("experiment.yaml");
        ReportSettings settings = Files.isRegularFile(source)
                ? ReportSettingsParser.of(source.toString(), TextFiles.read(source))
                : ReportSettings.DEFAULT;
        Ladder ladder = view.ladder(settings.ladder());
        List<EcdfFigures.Ecdf> ecdfs = settings.wants(FigureKind.ECDF) ? EcdfFigures.build(view, ladder, style) : List.of();
        List<Comparison> comparisons = SignificanceTables.compare(view, settings.target(), settings.alpha());
        List<NamedTable> tables = new ArrayList<>(SummaryTables.build(view, settings.target(), comparisons,
                settings.alpha()));
        tables.add(AverageRuntimeTables.build(view, ladder, settings.target()));
        tables.add(SignificanceTables.table(view, comparisons, settings.alpha()));
        ecdfs.forEach(ecdf -> tables.add(ecdf.table()));
        List<Path> written = new ArrayList<>();
        List<ReportFigure> figures = new ArrayList<>();
        for (NamedChart chart : charts(view, settings, style, ecdfs)) {
            List<Path> files;
            try {
                files = Export.write(chart.chart(), out.resolve("figures").resolve(chart.name()), formats, style.dpi());
            } catch (RuntimeException e) {
                throw new IllegalStateException("figure " + chart.name() + " could not be drawn: " + e.getMessage(), e);
            }
            written.addAll(files);
            List<String> relative = files.stream().map(f -> out.relativize(f).toString().replace('\\', '/')).toList();
            String image = relative.stream().filter(f -> f.endsWith(".png")).findFirst()
                    .orElse(relative.stream().filter(f -> f.endsWith(".svg")).findFirst().orElse(relative.get(0)));
            figures.add(new ReportFigure(chart.caption(), image, relative.stream().filter(f -> !f.equals(image)).toList()));
        }
        for (NamedTable table : tables) {
            Path base = out.resolve("tables").resolve(table.name());
            written.add(writeText(base, ".md", MarkdownTables.render(table.table())));
            written.add(writeText(base, ".tex", LatexTables.render(table.table())));
            written.add(writeText(base, ".csv", table.csv()));
        }
        JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
        List<ManifestEntry> entries = new ArrayList<>();
        for (String key : MANIFEST_KEYS) {
            if (manifest.hasNonNull(key)) {
                entries.add(new ManifestEntry(key, manifest.get(key).asText()));
            }
        }
        entries.add(new ManifestEntry("commit", manifest.path("project").path("commit").asText()));
        entries.add(new ManifestEntry("cpu", manifest.path("cpu").path("model").asText() + ", "
                + manifest.path("cpu").path("cores").asText() + " cores"));
        entries.add(new ManifestEntry("jvm", manifest.path("jvm").path("vendor").asText() + " "
                + manifest.path("jvm").path("version").asText()));
        Report report = new Report(view.experiment().name(), figures, tables.stream().map(NamedTable::table)
                .filter(t -> !t.rows().isEmpty()).toList(), entries, TextFiles.read(results.resolve("manifest.json")));
        written.add(HtmlReport.write(out, report));
        return written;
    }

    /** The report {@code run}, {@code tune} and {@code merge} draw: PNG in the screen style, in RESULTS/report. */
    public static List<Path> quickLook(Path results, Catalogs catalogs) throws IOException {
        return write(results, results.resolve("report"), Style.screen(), Set.of(Format.PNG), catalogs);
    }

    /** Prints the figures and the page of a report, one per line. */
    public static void printPaths(java.io.PrintWriter console, List<Path> written) {
        for (Path file : written) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                console.println("report:  " + file);
            } else if (file.getParent() != null && file.getParent().getFileName().toString().equals("figures")) {
                console.println("figure:  " + file);
            }
        }
    }

    private static List<NamedChart> charts(ResultsView view, ReportSettings settings, Style style,
                                           List<EcdfFigures.Ecdf> ecdfs) {
        boolean few = view.problems().size() <= PER_PROBLEM_LIMIT;
        List<NamedChart> charts = new ArrayList<>();
        if (perProblem(settings, FigureKind.CONVERGENCE, few)) {
            charts.addAll(ConvergenceFigures.build(view, settings.xAxes(), style));
        }
        if (settings.wants(FigureKind.CONTOUR)) {
            charts.addAll(ContourFigures.build(view, style));
        }
        if (settings.wants(FigureKind.PROFILES)) {
            charts.addAll(ProfileFigures.build(view, settings.target(), style));
        }
        ecdfs.forEach(ecdf -> charts.add(ecdf.chart()));
        if (settings.wants(FigureKind.CRITICAL_DIFFERENCE)) {
            charts.addAll(CriticalDifferenceFigures.build(view, settings.target(), settings.alpha(), style));
        }
        if (settings.wants(FigureKind.SENSITIVITY)) {
            charts.addAll(SensitivityFigures.build(view, style));
        }
        if (perProblem(settings, FigureKind.TIME_TO_TARGET, few)) {
            charts.addAll(TargetFigures.build(view, settings.target(), style));
        }
        if (settings.wants(FigureKind.SCALING)) {
            charts.addAll(ScalingFigures.build(view, settings.target(), style));
        }
        if (perProblem(settings, FigureKind.CERTIFICATE, few)) {
            charts.addAll(ConvergenceFigures.certificates(view, style));
        }
        if (settings.lists(FigureKind.SUCCESS) || settings.wants(FigureKind.SUCCESS) && few
                && view.groups().stream().anyMatch(g -> g.runs() >= SUCCESS_RUNS)) {
            charts.addAll(SuccessFigures.build(view, settings.target(), style));
        }
        if (settings.lists(FigureKind.IMPORTANCE)) {
            charts.addAll(ImportanceFigures.build(view, style));
        }
        if (settings.wants(FigureKind.LAYERS)) {
            charts.addAll(LayerFigures.build(view, style));
        }
        return charts;
    }

    /** Per-problem figures: drawn when listed, or unasked for experiments of few problems. */
    private static boolean perProblem(ReportSettings settings, FigureKind kind, boolean few) {
        return settings.lists(kind) || settings.wants(kind) && few;
    }

    private static Path writeText(Path base, String extension, String text) throws IOException {
        Path file = base.resolveSibling(base.getFileName() + extension);
        AtomicFiles.writeString(file, text);
        return file;
    }
}
