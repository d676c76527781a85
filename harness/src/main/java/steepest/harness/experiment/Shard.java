package steepest.harness.experiment;

import java.util.List;

/**
 * The k-th of N deterministic parts of an experiment's cells: cell i belongs to shard (i mod N) + 1.
 * Shards are disjoint and together hold every cell, so N machines can each run one and
 * {@code steepest merge} can put them back together.
 *
 * @param index k, in [1, N]
 * @param count N &gt;= 1
 */
public record Shard(int index, int count) {

    /** The whole experiment. */
    public static final Shard ALL = new Shard(1, 1);

    /** Validates 1 &lt;= k &lt;= N. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard must be k/N with 1 <= k <= N, got " + index + "/" + count);
        }
    }

    /** Parses "k/N". */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--shard must be k/N with 1 <= k <= N, got '" + text + "'");
    }

    /** This shard's cells, in order. */
    public List<Cell> of(List<Cell> cells) {
        return cells.stream().filter(c -> c.index() % count == index - 1).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
