package steepest.problems.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import steepest.optimizers.Checks;

/**
 * A seeded train/test split: a uniformly random permutation of the rows (Fisher–Yates, from a
 * {@link SplittableRandom} seeded with {@code seed}) whose first round(f·n) rows form the test set;
 * both sets keep the rows in their original order. Not stratified.
 *
 * @param train the training rows
 * @param test  the held-out rows, or null when the fraction is 0
 */
public record Split(Dataset train, Dataset test) {

    /**
     * Splits {@code data}.
     *
     * @param testFraction f in [0, 1); 0 keeps every row for training
     * @param seed         the seed of the permutation
     * @throws IllegalArgumentException naming {@code test_fraction} if either set would be empty
     */
    public static Split of(Dataset data, double testFraction, long seed) {
        Checks.inHalfOpen("test_fraction", testFraction, 0, 1);
        int n = data.size();
        int testSize = (int) Math.round(testFraction * n);
        if (testFraction == 0) {
            return new Split(data, null);
        }
        if (testSize < 1 || testSize >= n) {
            throw new IllegalArgumentException("test_fraction=" + testFraction + " of " + n
                    + " rows leaves an empty training or test set");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] test = Arrays.copyOfRange(order, 0, testSize);
        int[] train = Arrays.copyOfRange(order, testSize, n);
        Arrays.sort(test);
        Arrays.sort(train);
        return new Split(data.selectRows(data.name() + " (train)", train),
                data.selectRows(data.name() + " (test)", test));
    }

    /** Whether there is a test set. */
    public boolean hasTest() {
        return test != null;
    }
}
