package steepest.problems.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference values of {@code src/test/python/ml_fixture.py}, read from the committed output
 * {@code fixtures/ml_fixture.txt}: one quantity per line, a name and its values.
 */
final class Fixture {

    private static final Map<String, double[]> VALUES = load();

    private Fixture() {
    }

    /** The values named {@code name} (a copy). */
    static double[] get(String name) {
        double[] values = VALUES.get(name);
        if (values == null) {
            throw new IllegalArgumentException("the fixture has no " + name);
        }
        return values.clone();
    }

    /** The single value named {@code name}. */
    static double scalar(String name) {
        return get(name)[0];
    }

    private static Map<String, double[]> load() {
        Map<String, double[]> values = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Fixture.class.getResourceAsStream("/fixtures/ml_fixture.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] tokens = line.strip().split(" ");
                values.put(tokens[0], Arrays.stream(tokens, 1, tokens.length).mapToDouble(Double::parseDouble).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(values);
    }
}
