package steepest.reports.model;

/** Validation shared by the model's records; messages name the record, the item and the field. */
final class Checks {

    private Checks() {
    }

    /** Requires {@code length} to be {@code expected}. */
    static void sameLength(String what, int expected, String field, int length) {
        if (length != expected) {
            throw new IllegalArgumentException(what + " has " + length + " " + field + " values, expected " + expected);
        }
    }

    /** Requires every value to be finite. */
    static void finite(String what, String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " has a non-finite " + field + " at index " + i + ": " + values[i]);
            }
        }
    }

    /** Requires finite values in non-decreasing order. */
    static void nonDecreasing(String what, String field, double[] values) {
        finite(what, field, values);
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                throw new IllegalArgumentException(what + " has " + field + " decreasing at index " + i + ": "
                        + values[i - 1] + " then " + values[i]);
            }
        }
    }

    /** Requires finite values in strictly increasing order. */
    static void increasing(String what, String field, double[] values) {
        finite(what, field, values);
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] > values[i - 1])) {
                throw new IllegalArgumentException(what + " has " + field + " not increasing at index " + i + ": "
                        + values[i - 1] + " then " + values[i]);
            }
        }
    }
}
