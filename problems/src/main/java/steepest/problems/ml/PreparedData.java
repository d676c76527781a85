package steepest.problems.ml;

import java.util.Objects;
import steepest.problems.data.FeatureMatrix;

/**
 * The training (and optional held-out) data a model is fitted to, after target encoding, the split,
 * standardization and the intercept column: exactly the X and y of the model's formula. Immutable;
 * the target arrays are copied in and out.
 *
 * @param description  where the data came from, for messages
 * @param train        the n×d training design matrix; with an intercept its last column is ones
 * @param trainTargets n encoded training targets (see {@link TargetEncoding})
 * @param test         the held-out design matrix, or null
 * @param testTargets  the held-out targets, or null
 * @param features     the number of input features, d without the intercept column
 * @param intercept    whether the last column is the intercept's column of ones
 * @param classes      K &gt;= 2 for a classification target, 0 for a real one
 */
public record PreparedData(String description, FeatureMatrix train, double[] trainTargets, FeatureMatrix test,
                           double[] testTargets, int features, boolean intercept, int classes) {

    /** Validates the shapes and copies the targets. */
    public PreparedData {
        Objects.requireNonNull(description, "description");
        if (trainTargets.length != train.rows()) {
            throw new IllegalArgumentException(train.rows() + " training rows but " + trainTargets.length + " targets");
        }
        if ((test == null) != (testTargets == null)) {
            throw new IllegalArgumentException("held-out rows and targets must be given together");
        }
        if (test != null && (testTargets.length != test.rows() || test.cols() != train.cols())) {
            throw new IllegalArgumentException("held-out data of shape " + test.rows() + "x" + test.cols() + " with "
                    + testTargets.length + " targets does not match training data of " + train.cols() + " columns");
        }
        if (train.cols() != features + (intercept ? 1 : 0)) {
            throw new IllegalArgumentException(train.cols() + " columns do not hold " + features + " features"
                    + (intercept ? " and an intercept" : ""));
        }
        if (classes == 1 || classes < 0) {
            throw new IllegalArgumentException("classes must be 0 (regression) or >= 2, got " + classes);
        }
        trainTargets = trainTargets.clone();
        testTargets = testTargets == null ? null : testTargets.clone();
    }

    /**
     * Training data alone: no held-out set, no intercept column, for models built directly on a
     * matrix (benchmarks, tests).
     */
    public static PreparedData training(String description, FeatureMatrix train, double[] targets, int classes) {
        return new PreparedData(description, train, targets, null, null, train.cols(), false, classes);
    }

    /** The training targets (a copy). */
    @Override
    public double[] trainTargets() {
        return trainTargets.clone();
    }

    /** The held-out targets (a copy), or null. */
    @Override
    public double[] testTargets() {
        return testTargets == null ? null : testTargets.clone();
    }

    /** Whether there is a held-out set. */
    public boolean hasTest() {
        return test != null;
    }
}
