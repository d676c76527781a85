package steepest.harness.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYSeries;
import steepest.harness.api.RunOptions;
import steepest.harness.api.Steepest;
import steepest.harness.experiment.Abscissa;
import steepest.harness.experiment.Experiments;
import steepest.reports.style.Style;

/**
 * Figures of noisy problems: convergence with the noise floor of constant-step GD beside its curve
 * (and none for momentum or exact gradients), contours of the exact objective.
 */
class NoisyFiguresTest {

    private static final String NOISY = "noisy:problem=(quadratic:d=4,cond=10),sigma=0.1";

    @TempDir
    static Path temp;
    static ResultsView view;

    @BeforeAll
    static void run() throws IOException {
        Path spec = Files.writeString(temp.resolve("noisy.yaml"), """
                name: noisy
                seeds: 2
                problems: ["quadratic:d=4,cond=10", "%s", "noisy:problem=(quadratic:d=2,cond=10),value=true,sigma=0.01"]
                optimizers: [gd:lr=0.05, "sgd:lr=0.05,momentum=0.5"]
                budget: {iterations: 300}
                record: {per_decade: 20, x: true}
                """.formatted(NOISY));
        Path out = temp.resolve("results");
        Steepest steepest = Steepest.onClassPath();
        steepest.run(spec.toString(), out, RunOptions.defaults().withThreads(1));
        view = ResultsView.of(out, steepest.catalogs());
    }

    private static NamedChart convergence(String label) {
        return ConvergenceFigures.build(view, List.of(Abscissa.ITERATIONS), Style.screen()).stream()
                .filter(c -> c.name().equals("convergence-" + NamedChart.slug(label) + "-iterations")).findFirst()
                .orElseThrow(() -> new AssertionError("no convergence figure for " + label));
    }

    private static List<String> legend(NamedChart chart) {
        return chart.chart().getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getLabel)
                .toList();
    }

    /** Σᵢ ησ²/(2(2 − ηλᵢ)) with λᵢ = 10^(i/3), i = 0..3 (quadratic:d=4,cond=10), η = 0.05, σ = 0.1. */
    @Test
    void theNoiseFloorOfConstantStepGdIsDrawnBesideItsCurve() {
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            expected += 0.05 * 0.01 / (2 * (2 - 0.05 * Math.pow(10, i / 3.0)));
        }
        String label = "noisy:problem=(quadratic:d=4,cond=10),sigma=0.1,value=false";
        assertEquals(label, view.problemLabel(Experiments.catalogs().problems().canonical(NOISY)),
                "sigma and value vary between the noisy problems");
        NamedChart chart = convergence(label);
        assertEquals(List.of("gd:lr=0.05 (2 seeds)", "sgd:lr=0.05,momentum=0.5 (2 seeds)",
                "gd:lr=0.05: noise floor (theory)"), legend(chart), "no floor for momentum");
        double[] level = chart.chart().getSeriesMap().get("line 2").getYData();
        assertEquals(Math.log10(expected), level[0], 1e-9, "drawn over log10 values");
        assertEquals(level[0], level[level.length - 1], 0, "horizontal");
        assertTrue(chart.caption().contains("dotted: the stationary E[f − f*] of gradient descent"), chart.caption());
        assertEquals(List.of("gd:lr=0.05 (2 seeds)", "sgd:lr=0.05,momentum=0.5 (2 seeds)"),
                legend(convergence("quadratic:d=4,cond=10")), "exact gradients: no floor");
    }

    @Test
    void contoursAreThoseOfTheExactObjective() {
        List<NamedChart> contours = ContourFigures.build(view, Style.screen());
        assertEquals(List.of("contour-" + NamedChart.slug("noisy:problem=(quadratic:d=2,cond=10),sigma=0.01,value=true")),
                contours.stream().map(NamedChart::name).toList());
        assertArrayEquals(new String[] {"gd:lr=0.05", "sgd:lr=0.05,momentum=0.5", "start", "optimum"},
                legend(contours.get(0)).toArray());
    }
}
