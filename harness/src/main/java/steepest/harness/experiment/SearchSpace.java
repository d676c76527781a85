package steepest.harness.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One item of an experiment's problem or optimizer list: a catalog name and, per key, the values it
 * takes: a fixed value, a list, or a range [low, high] on a log or linear scale. A grid (every
 * combination, ranges at {@code points} evenly spaced values) is how {@code run} expands it; seeded
 * random draws (log-uniform, uniform, or a uniform choice from a list) are how {@code tune} samples it.
 *
 * @param name       the catalog name
 * @param parameters the keys in the order given
 */
public record SearchSpace(String name, List<Parameter> parameters) {

    /** Copies the list. */
    public SearchSpace {
        parameters = List.copyOf(parameters);
    }

    /**
     * The values of one key.
     *
     * @param key    the spec key
     * @param values the listed values as spec text (empty for a range)
     * @param log    whether a range is on a log scale
     * @param low    the range's low end
     * @param high   the range's high end
     * @param points how many grid values a range gives (0: random search only)
     */
    public record Parameter(String key, List<String> values, boolean log, double low, double high, int points) {

        /** Copies the list. */
        public Parameter {
            values = List.copyOf(values);
        }

        /** A key with listed values. */
        public static Parameter listed(String key, List<String> values) {
            return new Parameter(key, values, false, Double.NaN, Double.NaN, 0);
        }

        /** How many grid values this key gives. */
        public int gridSize() {
            return isRange() ? points : values.size();
        }

        /** Whether this is a range rather than a list. */
        public boolean isRange() {
            return values.isEmpty();
        }

        /** The grid values: the list, or {@code points} evenly spaced values of the range. */
        public List<String> grid() {
            if (!isRange()) {
                return values;
            }
            List<String> grid = new ArrayList<>();
            for (int i = 0; i < points; i++) {
                grid.add(at((double) i / (points - 1)));
            }
            return grid;
        }

        /** One random value: a uniform choice from the list, or log-uniform / uniform in the range. */
        public String draw(RandomGenerator random) {
            return isRange() ? at(random.nextDouble()) : values.get(random.nextInt(values.size()));
        }

        private String at(double t) {
            return format(log ? low * Math.pow(high / low, t) : low + (high - low) * t);
        }
    }

    /** How many specs {@link #grid()} gives (saturating at Long.MAX_VALUE), counted without expanding. */
    public long gridSize() {
        long size = 1;
        for (Parameter parameter : parameters) {
            int count = parameter.gridSize();
            size = count != 0 && size > Long.MAX_VALUE / count ? Long.MAX_VALUE : size * count;
        }
        return size;
    }

    /** Every combination of the keys' grid values, as specs. */
    public List<String> grid() {
        List<String> specs = new ArrayList<>(List.of(name + ":"));
        for (Parameter parameter : parameters) {
            List<String> next = new ArrayList<>();
            for (String prefix : specs) {
                for (String value : parameter.grid()) {
                    next.add(append(prefix, parameter.key(), value));
                }
            }
            specs = next;
        }
        return specs.stream().map(SearchSpace::trim).toList();
    }

    /** One random point of the space, as a spec. */
    public String draw(RandomGenerator random) {
        String spec = name + ":";
        for (Parameter parameter : parameters) {
            spec = append(spec, parameter.key(), parameter.draw(random));
        }
        return trim(spec);
    }

    /** The entry with its catalog defaults: the name alone. */
    public String defaults() {
        return name;
    }

    private static String append(String prefix, String key, String value) {
        return prefix + (prefix.endsWith(":") ? "" : ",") + key + "=" + value;
    }

    private static String trim(String spec) {
        return spec.endsWith(":") ? spec.substring(0, spec.length() - 1) : spec;
    }

    /** Ten significant digits, so grid points print as 0.001 rather than 0.0010000000000000002. */
    static String format(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : Double.toString(rounded.doubleValue());
    }
}
