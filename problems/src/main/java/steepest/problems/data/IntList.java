package steepest.problems.data;

import java.util.Arrays;

/** A growable list of ints without boxing, for the column indices of sparse readers. */
final class IntList {

    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            if (values.length == Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("more than " + size + " values do not fit in one array");
            }
            values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, 2L * values.length));
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
