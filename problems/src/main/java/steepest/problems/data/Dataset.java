package steepest.problems.data;

import java.util.Objects;

/**
 * A data set as read or generated: an immutable design matrix of n samples and one target per
 * sample (a class label or a real value; models encode it as they need). Immutable: the targets
 * are copied in and out, so one cached instance can serve every run.
 *
 * @param name     where the data came from, for messages and manifests (a bundled name, a file
 *                 path or a synthetic spec)
 * @param features the n×d design matrix
 * @param targets  n finite targets (copied)
 */
public record Dataset(String name, FeatureMatrix features, double[] targets) {

    /** Validates the shape and copies the targets. */
    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(features, "features");
        if (targets.length != features.rows()) {
            throw new IllegalArgumentException(name + ": " + features.rows() + " rows but " + targets.length
                    + " targets");
        }
        targets = targets.clone();
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException(name + ": the target of row " + (i + 1) + " is " + targets[i]
                        + "; data must be finite");
            }
        }
    }

    /** The targets (a copy). */
    @Override
    public double[] targets() {
        return targets.clone();
    }

    /** The number of samples n. */
    public int size() {
        return features.rows();
    }

    /** The subset of the given rows, in that order. {@code rows} is not modified. */
    public Dataset selectRows(String subsetName, int[] rows) {
        double[] selected = new double[rows.length];
        for (int t = 0; t < rows.length; t++) {
            selected[t] = targets[rows[t]];
        }
        return new Dataset(subsetName, features.selectRows(rows), selected);
    }
}
