package steepest.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Oracle;
import steepest.optimizers.ParameterBlock;
import steepest.problems.nn.Mlp;

/**
 * The parameter blocks of the MLP and softmax regression tile their variables and have the shapes
 * their gradients have: for one sample without weight decay, the softmax gradient block is
 * (p − y) ⊗ x, so each column sums to zero over the classes (rows); the MLP's first weight block
 * is δ_1 ⊗ x with its bias block δ_1 (so W_1's row i is b_1's entry i times x), and its last
 * weight block's columns sum to zero over the classes.
 */
class ParameterBlocksTest {

    static final double TOLERANCE = 1e-12;

    static double[] sampleGradient(Problem problem, int sample) {
        FiniteSum f = (FiniteSum) problem.objective();
        double[] g = new double[f.dimension()];
        f.valueAndGradient(problem.start(), new int[] {sample}, 1, g);
        return g;
    }

    @Test
    void softmaxIsOneClassesByFeaturesMatrix() {
        Problem problem = BuiltinProblems.asCatalog().create("softmax:dataset=iris,lambda=0");
        List<ParameterBlock> blocks = new Oracle(problem.objective()).parameterBlocks();
        assertEquals(1, blocks.size());
        ParameterBlock w = blocks.get(0);
        assertEquals(3, w.rows());
        assertEquals(problem.objective().dimension() / 3, w.columns());
        double[] start = problem.start();
        for (int i = 0; i < start.length; i++) {
            start[i] = 0.1 * Math.sin(i + 1);
        }
        FiniteSum f = (FiniteSum) problem.objective();
        double[] g = new double[f.dimension()];
        f.valueAndGradient(start, new int[] {17}, 1, g);
        for (int j = 0; j < w.columns(); j++) {
            double column = 0;
            double scale = 0;
            for (int k = 0; k < w.rows(); k++) {
                column += g[k * w.columns() + j];
                scale += Math.abs(g[k * w.columns() + j]);
            }
            assertEquals(0, column, TOLERANCE * (1 + scale), "column " + j);
        }
    }

    @Test
    void mlpBlocksAreEachLayersWeightsThenBias() {
        Problem problem = BuiltinProblems.asCatalog().create("mlp:dataset=spirals,n=40,layers=2-6-5-2,lambda=0");
        Mlp mlp = (Mlp) problem.objective();
        List<ParameterBlock> blocks = new Oracle(mlp).parameterBlocks();
        assertEquals(List.of(new ParameterBlock(0, 6, 2), ParameterBlock.vector(12, 6), new ParameterBlock(18, 5, 6),
                ParameterBlock.vector(48, 5), new ParameterBlock(53, 2, 5), ParameterBlock.vector(63, 2)), blocks);
        double[] g = sampleGradient(problem, 5);
        ParameterBlock w1 = blocks.get(0);
        ParameterBlock b1 = blocks.get(1);
        double ratio = Double.NaN;
        for (int j = 0; j < w1.columns(); j++) {
            for (int i = 0; i < w1.rows(); i++) {
                double bias = g[b1.offset() + i];
                if (Math.abs(bias) > 1e-8) {
                    double x = g[w1.offset() + i * w1.columns() + j] / bias;
                    if (Double.isNaN(ratio)) {
                        ratio = x;
                    }
                    assertEquals(ratio, x, TOLERANCE * (1 + Math.abs(ratio)), "row " + i + ", column " + j);
                }
            }
            ratio = Double.NaN;
        }
        ParameterBlock last = blocks.get(4);
        for (int j = 0; j < last.columns(); j++) {
            double column = 0;
            for (int k = 0; k < last.rows(); k++) {
                column += g[last.offset() + k * last.columns() + j];
            }
            assertEquals(0, column, TOLERANCE, "last layer, column " + j);
        }
    }

    @Test
    void batchNormalizedLayersHaveScaleAndShiftVectors() {
        Mlp mlp = (Mlp) BuiltinProblems.asCatalog().create("mlp:dataset=spirals,n=40,layers=2-6-2,batchnorm=true").objective();
        List<ParameterBlock> blocks = new Oracle(mlp).parameterBlocks();
        assertEquals(List.of(new ParameterBlock(0, 6, 2), ParameterBlock.vector(12, 6), ParameterBlock.vector(18, 6),
                new ParameterBlock(24, 2, 6), ParameterBlock.vector(36, 2)), blocks);
        assertTrue(blocks.get(blocks.size() - 1).end() == mlp.dimension());
    }
}
