package steepest.problems;

import java.util.List;

/**
 * A model-fitting objective with a held-out test set, whose metrics (test loss, test accuracy) the
 * harness records beside the training objective. Implemented by the objective.
 */
public interface HeldOutMetrics {

    /** The metric names, in output order, e.g. {@code test_loss}, {@code test_accuracy}. */
    List<String> testMetricNames();

    /**
     * Evaluates the metrics at parameters x.
     *
     * @param x   the parameters. Not modified.
     * @param out receives one value per name. Modified.
     */
    void testMetrics(double[] x, double[] out);
}
