package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderTest {

    @Test
    void cocoHasFiftyOneTargetsFromTenSquaredToTenToTheMinusEight() {
        Ladder coco = Ladder.coco();
        assertEquals(51, coco.size());
        assertEquals(100, coco.levels()[0]);
        assertEquals(1, coco.levels()[10]);
        assertEquals(1e-3, coco.levels()[25], 1e-18);
        assertEquals(1e-8, coco.levels()[50], 1e-23);
        assertEquals(Math.pow(10, 1.8), coco.levels()[1], 1e-12);
        assertEquals(List.of("1e2", "1e1.8", "1e1.6"), coco.labels().subList(0, 3));
        assertEquals(List.of("1e0", "1e-0.2"), coco.labels().subList(10, 12));
        assertEquals("1e-8", coco.label(50));
        assertEquals(Ladder.Kind.ABSOLUTE, coco.kind());
    }

    @Test
    void theRelativeLadderIsTheSuitesFiveReductionsWithTheSameLabels() {
        assertEquals(steepest.harness.experiment.Targets.labels(), Ladder.relative().labels());
        assertEquals(Ladder.relative().labels(), Ladder.named("relative").labels());
        assertEquals(51, Ladder.named("coco").size());
    }

    @Test
    void boundsScaleRelativeLevelsByTheInitialGap() {
        assertArrayEquals(new double[] {1, 1e-1, 1e-3, 1e-5, 1e-7}, Ladder.relative().bounds(1, 11), 1e-20);
        assertArrayEquals(new double[] {1e-2, 1e-4}, Ladder.absolute(1e-2, 1e-4).bounds(1, 11));
        assertArrayEquals(new double[] {0, 0}, Ladder.relative(0.5, 0.1).bounds(3, 2), "a start below f*");
        assertTrue(Double.isNaN(Ladder.coco().bounds(Double.NaN, 5)[0]), "f* unknown");
    }

    @Test
    void otherLevelsAreLabelledInDecimal() {
        assertEquals(List.of("0.005", "1e-3", "5e-7"), Ladder.absolute(5e-3, 1e-3, 5e-7).labels());
    }

    @Test
    void badLaddersAreRefusedNamingTheKey() {
        IllegalArgumentException rising = assertThrows(IllegalArgumentException.class, () -> Ladder.absolute(1e-3, 1e-2));
        assertEquals("targets: levels must decrease (easiest first), got 0.001 then 0.01", rising.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ladder.relative(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Ladder.absolute());
        assertEquals("targets: unknown ladder 'bbob'; known: coco, relative",
                assertThrows(IllegalArgumentException.class, () -> Ladder.named("bbob")).getMessage());
    }
}
