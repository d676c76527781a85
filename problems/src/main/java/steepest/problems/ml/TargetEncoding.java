package steepest.problems.ml;

import java.util.Arrays;

/**
 * How a model reads a data set's raw targets. Class labels may be any numbers: the distinct values,
 * sorted, are mapped to the classes in order, so a LIBSVM file labelled −1/+1 and a CSV labelled 0/1
 * give the same binary problem.
 */
public enum TargetEncoding {
    /** Two classes as y ∈ {0, 1} (logistic regression). */
    BINARY_01,
    /** Two classes as y ∈ {−1, +1} (support vector machines). */
    BINARY_SIGNED,
    /** K &gt;= 2 integer class labels as y ∈ {0, ..., K−1} (softmax regression, networks). */
    MULTICLASS,
    /** A real-valued target, unchanged (regression). */
    REGRESSION;

    /**
     * The encoded targets.
     *
     * @param raw     the data set's targets. Not modified.
     * @param model   the model's spec name, for messages
     * @param dataset the data set's name, for messages
     * @throws IllegalArgumentException if the targets do not fit this encoding
     */
    double[] encode(double[] raw, String model, String dataset) {
        if (this == REGRESSION) {
            return raw.clone();
        }
        double[] distinct = Arrays.stream(raw).distinct().sorted().toArray();
        if ((this == BINARY_01 || this == BINARY_SIGNED) && distinct.length != 2) {
            throw new IllegalArgumentException(model + " needs a binary target; " + dataset + " has " + distinct.length
                    + " distinct target values" + (distinct.length > 2 ? " (use softmax or mlp)" : ""));
        }
        if (this == MULTICLASS) {
            if (distinct.length < 2) {
                throw new IllegalArgumentException(model + " needs at least 2 classes; " + dataset + " has "
                        + distinct.length);
            }
            for (double v : distinct) {
                if (v != Math.rint(v)) {
                    throw new IllegalArgumentException(model + " needs integer class labels; " + dataset
                            + " has the target " + v);
                }
            }
        }
        double[] encoded = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            int rank = Arrays.binarySearch(distinct, raw[i]);
            encoded[i] = switch (this) {
                case BINARY_SIGNED -> rank == 0 ? -1.0 : 1.0;
                default -> rank;
            };
        }
        return encoded;
    }

    /** The number of classes of encoded targets: 0 for regression, else the largest label + 1. */
    int classes(double[] encoded) {
        return switch (this) {
            case REGRESSION -> 0;
            case BINARY_01, BINARY_SIGNED -> 2;
            case MULTICLASS -> (int) Arrays.stream(encoded).max().orElse(0) + 1;
        };
    }
}
