package steepest.optimizers;

import java.util.List;

/**
 * One block of an objective's variables: a rows × columns matrix stored row-major from
 * {@code offset} (a network layer's weights, a multiclass model's coefficient matrix), or a vector,
 * which is a block of one column. Rules that treat blocks separately read them through
 * {@link ParameterBlocks}: LAMB's trust ratio is per block, Adafactor factors the second moments of
 * matrix blocks.
 *
 * @param offset  the index of the block's first variable, &gt;= 0
 * @param rows    &gt;= 1
 * @param columns &gt;= 1; 1 for a vector
 */
public record ParameterBlock(int offset, int rows, int columns) {

    /** Validates the bounds. */
    public ParameterBlock {
        Checks.atLeast("offset", offset, 0);
        Checks.atLeast("rows", rows, 1);
        Checks.atLeast("columns", columns, 1);
        if ((long) rows * columns > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("block of " + rows + " x " + columns + " is too large");
        }
    }

    /** A vector of {@code length} variables from {@code offset}. */
    public static ParameterBlock vector(int offset, int length) {
        return new ParameterBlock(offset, length, 1);
    }

    /** The number of variables, rows · columns. */
    public int size() {
        return rows * columns;
    }

    /** One past the block's last variable. */
    public int end() {
        return offset + size();
    }

    /** Whether both dimensions exceed 1 (a vector, or a matrix with one row or column, is not). */
    public boolean isMatrix() {
        return rows > 1 && columns > 1;
    }

    /**
     * Checks that {@code blocks} tile [0, dimension) in order, without gaps or overlaps.
     *
     * @return the blocks, as an unmodifiable list
     * @throws IllegalArgumentException naming the first block that does not fit
     */
    public static List<ParameterBlock> tiling(List<ParameterBlock> blocks, int dimension) {
        int next = 0;
        for (ParameterBlock block : blocks) {
            if (block.offset() != next) {
                throw new IllegalArgumentException("parameter block " + block + " should start at " + next);
            }
            next = block.end();
        }
        if (next != dimension) {
            throw new IllegalArgumentException("parameter blocks cover " + next + " of " + dimension + " variables");
        }
        return List.copyOf(blocks);
    }
}
