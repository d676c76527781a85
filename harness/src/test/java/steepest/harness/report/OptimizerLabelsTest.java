package steepest.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import steepest.harness.experiment.Experiments;

/** Legend labels keep every key that tells one setting of an optimizer from another in the folder. */
class OptimizerLabelsTest {

    @Test
    void aVaryingKeyIsShownEvenAtItsDefault() {
        Map<String, String> labels = ResultsView.optimizerLabels(Experiments.catalogs().optimizers(), List.of("gd:lr=0.001", "gd:lr=0.002", "adam"));
        assertEquals("gd:lr=0.001", labels.get("gd:lr=0.001"));
        assertEquals("gd:lr=0.002", labels.get("gd:lr=0.002"));
        assertEquals("adam", labels.get("adam"));
    }

    @Test
    void aLoneSettingShowsOnlyWhatDiffersFromTheDefaults() {
        Map<String, String> labels = ResultsView.optimizerLabels(Experiments.catalogs().optimizers(), List.of("sgd:lr=0.05,momentum=0.9,dampening=0", "gd"));
        assertEquals("sgd:lr=0.05,momentum=0.9", labels.get("sgd:lr=0.05,momentum=0.9,dampening=0"));
        assertEquals("gd", labels.get("gd"));
    }

    @Test
    void keysThatDifferOnlyInOtherOptimizersStayHidden() {
        Map<String, String> labels = ResultsView.optimizerLabels(Experiments.catalogs().optimizers(), List.of("adam:lr=0.01", "adam:lr=0.01,amsgrad=true", "sgd:lr=0.01"));
        assertEquals("adam:lr=0.01,amsgrad=false", labels.get("adam:lr=0.01"));
        assertEquals("adam:lr=0.01,amsgrad=true", labels.get("adam:lr=0.01,amsgrad=true"));
        assertEquals("sgd:lr=0.01", labels.get("sgd:lr=0.01"));
    }

    @Test
    void longRealsAreShortenedToFourSignificantDigits() {
        assertEquals("0.04224", ResultsView.readable("0.042240457426589155"));
        assertEquals("1.235E-9", ResultsView.readable("1.23456789E-9"));
        assertEquals("0.001", ResultsView.readable("0.001"));
        assertEquals("abcdefghijk", ResultsView.readable("abcdefghijk"));
    }
}
