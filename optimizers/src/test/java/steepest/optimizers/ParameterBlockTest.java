package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter blocks: their shape, and the oracle's check that a problem's blocks tile its variables. */
class ParameterBlockTest {

    record Blocked(int dimension, List<ParameterBlock> parameterBlocks) implements Objective, ParameterBlocks {
        @Override
        public double valueAndGradient(double[] x, double[] g) {
            return 0;
        }

        @Override
        public double value(double[] x) {
            return 0;
        }
    }

    @Test
    void vectorsAreBlocksOfOneColumnAndNotMatrices() {
        ParameterBlock vector = ParameterBlock.vector(4, 6);
        assertEquals(6, vector.size());
        assertEquals(10, vector.end());
        assertFalse(vector.isMatrix());
        assertFalse(new ParameterBlock(0, 1, 5).isMatrix());
        assertTrue(new ParameterBlock(0, 2, 5).isMatrix());
        assertThrows(IllegalArgumentException.class, () -> new ParameterBlock(0, 0, 3));
    }

    @Test
    void oracleSeesOneVectorWithoutBlocksAndChecksDeclaredOnes() {
        Objective plain = new TestObjectives.Separable(1, 2, 3, 4, 5, 6, 7);
        assertEquals(List.of(ParameterBlock.vector(0, 7)), new Oracle(plain).parameterBlocks());
        List<ParameterBlock> tiling = List.of(new ParameterBlock(0, 2, 3), ParameterBlock.vector(6, 1));
        assertEquals(tiling, new Oracle(new Blocked(7, tiling)).parameterBlocks());
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> new Oracle(new Blocked(8,
                List.of(new ParameterBlock(0, 2, 3), ParameterBlock.vector(7, 1)))).parameterBlocks());
        assertTrue(gap.getMessage().contains("should start at 6"), gap.getMessage());
        IllegalArgumentException shortfall = assertThrows(IllegalArgumentException.class,
                () -> new Oracle(new Blocked(9, tiling)).parameterBlocks());
        assertTrue(shortfall.getMessage().contains("cover 7 of 9"), shortfall.getMessage());
    }
}
