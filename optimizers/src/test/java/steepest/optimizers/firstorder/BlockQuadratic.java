package steepest.optimizers.firstorder;

import java.util.List;
import steepest.optimizers.Objective;
import steepest.optimizers.ParameterBlock;
import steepest.optimizers.ParameterBlocks;

/**
 * f(x) = ½ Σᵢ aᵢ(xᵢ − cᵢ)² over four parameter blocks: a 3×4 matrix, a vector of 4, a 5×2 matrix
 * and a 3×3 matrix (d = 35), with curvatures aᵢ from 0.5 to 10 and targets cᵢ of both signs, so the
 * gradient matrices are not rank one and blocks of every orientation (rows &lt; columns, rows &gt;
 * columns, square) exist for the block-wise rules (LAMB, Adafactor).
 */
final class BlockQuadratic implements Objective, ParameterBlocks {

    static final List<ParameterBlock> BLOCKS = List.of(new ParameterBlock(0, 3, 4), ParameterBlock.vector(12, 4),
            new ParameterBlock(16, 5, 2), new ParameterBlock(26, 3, 3));
    static final int DIMENSION = 35;

    private static double curvature(int i) {
        return 0.5 + 9.5 * ((i * 7) % DIMENSION) / (DIMENSION - 1);
    }

    private static double target(int i) {
        return Math.sin(1.3 * i + 0.4) * (1 + i % 3);
    }

    /** A start away from the targets, with no zero coordinate. */
    static double[] start() {
        double[] x = new double[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            x[i] = 0.5 + 0.1 * i - 0.04 * i * (i % 4);
        }
        return x;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < DIMENSION; i++) {
            double r = x[i] - target(i);
            f += 0.5 * curvature(i) * r * r;
            g[i] = curvature(i) * r;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        return valueAndGradient(x, new double[DIMENSION]);
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return BLOCKS;
    }
}
