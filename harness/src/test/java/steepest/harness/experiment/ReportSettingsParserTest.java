package steepest.harness.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportSettingsParserTest {

    private static ReportSettings parse(String report) {
        return ReportSettingsParser.of("e.yaml", "name: e\nproblems: [beale]\noptimizers: [gd]\nreport: " + report + "\n");
    }

    @Test
    void defaultsAreCocosLadderAndFivePercent() {
        ReportSettings settings = ReportSettingsParser.of("e.yaml", "name: e\n");
        assertEquals(ReportSettings.LadderChoice.COCO, settings.ladder());
        assertEquals(0.05, settings.alpha());
        assertTrue(settings.wants(FigureKind.ECDF) && settings.wants(FigureKind.CRITICAL_DIFFERENCE));
    }

    @Test
    void readsTheLadderTheLevelAndTheNewFigureKinds() {
        ReportSettings settings = parse("{figures: [ecdf, critical_difference], ladder: relative, alpha: 0.01}");
        assertEquals(ReportSettings.LadderChoice.RELATIVE, settings.ladder());
        assertEquals(0.01, settings.alpha());
        assertEquals(Set.of(FigureKind.ECDF, FigureKind.CRITICAL_DIFFERENCE), settings.figures());
        assertTrue(!settings.wants(FigureKind.CONVERGENCE));
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        ExperimentException ladder = assertThrows(ExperimentException.class, () -> parse("{ladder: bbob}"));
        assertEquals("e.yaml:4: report.ladder: 'bbob' is not a ladder; known: coco, relative", ladder.getMessage());
        ExperimentException alpha = assertThrows(ExperimentException.class, () -> parse("{alpha: 1.5}"));
        assertEquals("e.yaml:4: report.alpha: 1.5 is not in (0, 1)", alpha.getMessage());
        ExperimentException kind = assertThrows(ExperimentException.class, () -> parse("{figures: [ecdfs]}"));
        assertTrue(kind.getMessage().contains("critical_difference"), kind.getMessage());
    }
}
