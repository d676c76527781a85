package steepest.harness.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CellTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static Experiment withSeeds(int seeds) {
        return new Experiment("ids", "", 0, List.of("rosenbrock:d=2"), List.of("gd:lr=0.001"),
                LongStream.range(0, seeds).boxed().toList(), List.of(), new Experiment.Budget(10, INF, INF, INF),
                new Experiment.Tolerances(0, 0, 0, 0, 1), new Experiment.Recording(1, 0, false, false, false), null);
    }

    /** The slug as the ids of earlier versions wrote it: a regular expression over the key. */
    private static String referenceSlug(String problem, String optimizer, long seed) {
        String slug = (problem + "__" + optimizer + "__s" + seed).replaceAll("[^A-Za-z0-9.=+-]", "_");
        return slug.length() > 100 ? slug.substring(0, 100) : slug;
    }

    @Test
    void idsOfExperimentsUpToTenThousandCellsKeepFourDigits() {
        List<Cell> cells = withSeeds(10_000).cells();
        assertEquals("c0000-rosenbrock_d=2__gd_lr=0.001__s0", cells.get(0).id());
        assertEquals("c9999-rosenbrock_d=2__gd_lr=0.001__s9999", cells.get(9_999).id());
    }

    @Test
    void idsPastTenThousandCellsSortInCellOrderAndStayUnique() {
        for (int size : new int[] {10_001, 100_000, 100_001}) {
            List<String> ids = withSeeds(size).cells().stream().map(Cell::id).toList();
            assertEquals(ids, ids.stream().sorted().toList(), size + " cells");
            assertEquals(size, new HashSet<>(ids).size());
        }
        assertEquals("c00000-rosenbrock_d=2__gd_lr=0.001__s0", withSeeds(100_000).cells().get(0).id());
        assertEquals("c100000-rosenbrock_d=2__gd_lr=0.001__s100000", withSeeds(100_001).cells().get(100_000).id());
    }

    @Test
    void slugsReplaceWhatFileNamesCannotHoldAsBefore() {
        String[][] keys = {
            {"noisy:problem=(logreg:dataset=breast_cancer,lambda=1.0E-3),sigma=0.1", "lookahead:k=5,inner=(adam:lr=1e-3)"},
            {"mlp:layers=64-32-10,file=/data/x y.csv", "sgd:lr=0.1,momentum=0.9,nesterov=true"},
            {"plugin:name=\u00e9t\u00e9,emoji=\ud83d\ude00", "opt:path=a\\b\tc"},
            {"p".repeat(150), "o"},
        };
        for (String[] key : keys) {
            Cell cell = new Cell(7, key[0], key[1], 3, 0);
            assertEquals("c0007-" + referenceSlug(key[0], key[1], 3), cell.id());
        }
    }

    @Test
    void refusesANegativeIndexOrTooFewDigits() {
        assertThrows(IllegalArgumentException.class, () -> new Cell(-1, "p", "o", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Cell(0, "p", "o", 0, 0, 3));
    }
}
