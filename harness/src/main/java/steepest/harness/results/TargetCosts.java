package steepest.harness.results;

import java.util.List;

/**
 * The cost of one cell to reach each target of the ladder: gradient evaluations and seconds at the
 * first iterate that reached it, NaN for a target never reached (censored, never a number).
 *
 * @param labels    the targets' labels in ladder order, e.g. {@code 1e-6}
 * @param gradients gradient evaluations to each target, NaN when not reached
 * @param seconds   seconds to each target, NaN when not reached
 */
public record TargetCosts(List<String> labels, double[] gradients, double[] seconds) {

    /** Copies the arrays; all three have one entry per target. */
    public TargetCosts {
        labels = List.copyOf(labels);
        gradients = gradients.clone();
        seconds = seconds.clone();
        if (gradients.length != labels.size() || seconds.length != labels.size()) {
            throw new IllegalArgumentException(labels.size() + " targets, " + gradients.length + " costs and "
                    + seconds.length + " times");
        }
    }

    /** No target reached. */
    public static TargetCosts none(List<String> labels) {
        double[] nothing = new double[labels.size()];
        java.util.Arrays.fill(nothing, Double.NaN);
        return new TargetCosts(labels, nothing, nothing);
    }

    /** Gradient evaluations to reach {@code label} (NaN: not reached). */
    public double gradientsTo(String label) {
        return gradients[index(label)];
    }

    /** Seconds to reach {@code label} (NaN: not reached). */
    public double secondsTo(String label) {
        return seconds[index(label)];
    }

    @Override
    public double[] gradients() {
        return gradients.clone();
    }

    @Override
    public double[] seconds() {
        return seconds.clone();
    }

    private int index(String label) {
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("no target '" + label + "' in the ladder " + labels);
        }
        return index;
    }
}
