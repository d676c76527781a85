package steepest.reports.table;

import java.util.Locale;
import java.util.Objects;

/**
 * One cell of a {@link Table}. Each kind knows how it is written and the value best-marking
 * compares ({@link #score()}): the value as written, so cells that read the same tie.
 */
public sealed interface Cell {

    /** The cell as plain (Unicode) text. */
    String text();

    /** The value compared when marking the best cell, rounded as written; NaN: never best. */
    double score();

    /** The number this cell stands for in CSV ({@code value} column); NaN: none. */
    double value();

    /** The lower end of the cell's interval in CSV; NaN: none. */
    default double lower() {
        return Double.NaN;
    }

    /** The upper end of the cell's interval in CSV; NaN: none. */
    default double upper() {
        return Double.NaN;
    }

    /** A number. */
    static Cell number(double value, Notation notation) {
        return new Number(value, notation);
    }

    /** A median with its quantile interval, e.g. {@code 1.2e-6 [0.8e-6, 2.1e-6]}. */
    static Cell estimate(double median, double lower, double upper, Notation notation) {
        return new Estimate(median, lower, upper, notation);
    }

    /** A success rate in [0, 1], written as a whole percentage. */
    static Cell rate(double fraction) {
        return new Rate(fraction);
    }

    /** A cost that was never reached: {@code —}. */
    static Cell notReached() {
        return new Censored(Double.NaN, Notation.integer());
    }

    /** A cost that was never reached within {@code budget}: {@code >1e5} in the given notation. */
    static Cell beyond(double budget, Notation notation) {
        return new Censored(budget, notation);
    }

    /**
     * Runs that diverged (f or x went non-finite), written {@code diverged}, or {@code diverged (3/5)}
     * when {@code count} of {@code runs} did: never a number such as the 4.1e35 a diverging run ends on.
     */
    static Cell diverged(int count, int runs) {
        return new Failure(Failure.Kind.DIVERGED, count, runs);
    }

    /** Runs that failed (an error stopped them), written {@code failed} or {@code failed (1/5)}. */
    static Cell failed(int count, int runs) {
        return new Failure(Failure.Kind.FAILED, count, runs);
    }

    /** Free text (never best). */
    static Cell text(String text) {
        return new Text(text);
    }

    /** Nothing. */
    static Cell empty() {
        return new Text("");
    }

    /**
     * A number.
     *
     * @param value    the number (NaN is written {@code —})
     * @param notation how it is written
     */
    record Number(double value, Notation notation) implements Cell {

        /** Requires a notation. */
        public Number {
            Objects.requireNonNull(notation, "notation");
        }

        @Override
        public String text() {
            return notation.format(value);
        }

        @Override
        public double score() {
            return notation.round(value);
        }
    }

    /**
     * A median with a quantile interval; in scientific notation the bounds share the median's
     * power of ten where that keeps their mantissas in [0.1, 100) ({@link Notation#formatAt}).
     *
     * @param median   the median
     * @param lower    the lower quantile, at most the median
     * @param upper    the upper quantile, at least the median (may be +∞)
     * @param notation how the three are written
     */
    record Estimate(double median, double lower, double upper, Notation notation) implements Cell {

        /** Requires lower &lt;= median &lt;= upper. */
        public Estimate {
            Objects.requireNonNull(notation, "notation");
            if (!(lower <= median && median <= upper)) {
                throw new IllegalArgumentException("estimate needs lower <= median <= upper, got " + lower + ", "
                        + median + ", " + upper);
            }
        }

        @Override
        public String text() {
            int exponent = notation.exponent(median);
            return notation.format(median) + " [" + notation.formatAt(lower, exponent) + ", "
                    + notation.formatAt(upper, exponent) + "]";
        }

        @Override
        public double score() {
            return notation.round(median);
        }

        @Override
        public double value() {
            return median;
        }
    }

    /**
     * A success rate.
     *
     * @param fraction in [0, 1]
     */
    record Rate(double fraction) implements Cell {

        /** Requires a fraction in [0, 1]. */
        public Rate {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("rate must be in [0, 1], got " + fraction);
            }
        }

        @Override
        public String text() {
            return String.format(Locale.ROOT, "%d%%", Math.round(fraction * 100));
        }

        @Override
        public double score() {
            return Math.round(fraction * 100) / 100.0;
        }

        @Override
        public double value() {
            return fraction;
        }
    }

    /**
     * A cost never reached (censored): {@code —}, or {@code >budget}. Never best; its CSV value is +∞.
     *
     * @param budget   the budget it was not reached within, or NaN
     * @param notation how the budget is written
     */
    record Censored(double budget, Notation notation) implements Cell {

        /** Requires a notation. */
        public Censored {
            Objects.requireNonNull(notation, "notation");
        }

        @Override
        public String text() {
            return Double.isNaN(budget) ? "—" : ">" + notation.format(budget);
        }

        @Override
        public double score() {
            return Double.NaN;
        }

        @Override
        public double value() {
            return Double.POSITIVE_INFINITY;
        }
    }

    /**
     * Runs that diverged or failed, shown as such; never best, no value.
     *
     * @param kind  what happened
     * @param count how many runs it happened to, at least 1
     * @param runs  how many runs there were, at least {@code count}
     */
    record Failure(Kind kind, int count, int runs) implements Cell {

        /** What happened to the runs. */
        public enum Kind {
            /** f or the iterate went non-finite. */
            DIVERGED,
            /** An error stopped the run. */
            FAILED
        }

        /** Requires a kind and 1 &lt;= count &lt;= runs. */
        public Failure {
            Objects.requireNonNull(kind, "kind");
            if (count < 1 || count > runs) {
                throw new IllegalArgumentException("a failure cell needs 1 <= count <= runs, got " + count + " of " + runs);
            }
        }

        @Override
        public String text() {
            String word = kind.name().toLowerCase(Locale.ROOT);
            return count == runs ? word : word + " (" + count + "/" + runs + ")";
        }

        @Override
        public double score() {
            return Double.NaN;
        }

        @Override
        public double value() {
            return Double.NaN;
        }
    }

    /**
     * Free text, never best.
     *
     * @param text the text
     */
    record Text(String text) implements Cell {

        /** Requires a text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public double score() {
            return Double.NaN;
        }

        @Override
        public double value() {
            return Double.NaN;
        }
    }
}
