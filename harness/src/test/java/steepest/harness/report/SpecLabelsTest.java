package steepest.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import steepest.harness.experiment.Experiments;

/** Problem labels of nested specs and figure names stay unambiguous. */
class SpecLabelsTest {

    private static Map<String, String> problemLabels(String... specs) {
        return SpecLabels.of(Experiments.catalogs().problems(), List.of(specs), UnaryOperator.identity());
    }

    @Test
    void aWrappersDefaultValueIsShownWhenItTellsProblemsApart() {
        String atDefault = "noisy:problem=(quadratic:d=10,cond=1000),sigma=0.1";
        String smaller = "noisy:problem=(quadratic:d=10,cond=1000),sigma=0.01";
        Map<String, String> labels = problemLabels(atDefault, smaller, "quadratic:d=10,cond=1000");
        assertEquals("noisy:problem=(quadratic:cond=1000),sigma=0.1", labels.get(atDefault),
                "not the bare noisy:problem=(...) of the compact form; d=10 is quadratic's default everywhere");
        assertEquals("noisy:problem=(quadratic:cond=1000),sigma=0.01", labels.get(smaller));
        assertEquals("quadratic:cond=1000", labels.get("quadratic:d=10,cond=1000"));
        assertEquals("noisy:problem=(quadratic:cond=1000)", problemLabels(atDefault).get(atDefault),
                "alone, the default stays hidden");
    }

    @Test
    void nestedSpecsAreLabelledAmongTheirSiblingsToo() {
        String inner01 = "noisy:problem=(noisy:problem=(sphere),sigma=0.1)";
        String inner02 = "noisy:problem=(noisy:problem=(sphere),sigma=0.2)";
        Map<String, String> labels = problemLabels(inner01, inner02);
        assertEquals("noisy:problem=(noisy:problem=(sphere),sigma=0.1)", labels.get(inner01));
        assertEquals("noisy:problem=(noisy:problem=(sphere),sigma=0.2)", labels.get(inner02));
    }

    @Test
    void labelsThatShorteningWouldMergeFallBackToTheCanonicalSpec() {
        Map<String, String> labels = ResultsView.optimizerLabels(Experiments.catalogs().optimizers(),
                List.of("gd:lr=0.0123456789", "gd:lr=0.0123456788", "gd:lr=0.5"));
        assertEquals("gd:lr=0.0123456789", labels.get("gd:lr=0.0123456789"));
        assertEquals("gd:lr=0.0123456788", labels.get("gd:lr=0.0123456788"));
        assertEquals("gd:lr=0.5", labels.get("gd:lr=0.5"));
    }

    @Test
    void longFigureNamesKeepTheirEndReadable() {
        String base = "noisy:problem=(logreg:dataset=breast_cancer,lambda=1e-3,test_fraction=0,standardize=true),sigma=";
        String a = NamedChart.slug(base + "0.001");
        String b = NamedChart.slug(base + "0.01");
        assertNotEquals(a, b);
        assertTrue(a.endsWith("sigma=0.001") && b.endsWith("sigma=0.01"), a + " / " + b);
        assertTrue(a.startsWith("noisy_problem=_logreg_dataset=breast_cancer"), a);
        assertTrue(a.length() <= 120, a);
        assertEquals("noisy_problem=_quadratic_d=10_cond=100__sigma=0.1",
                NamedChart.slug("noisy:problem=(quadratic:d=10,cond=100),sigma=0.1"), "short names are not cut");
    }
}
