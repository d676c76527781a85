package steepest.problems.data;

import java.util.Arrays;

/** A growable list of doubles without boxing, for readers that do not know the row count ahead. */
final class DoubleList {

    private double[] values = new double[1024];
    private int size;

    void add(double value) {
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

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
