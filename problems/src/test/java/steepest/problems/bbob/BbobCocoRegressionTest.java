package steepest.problems.bbob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * bbob values against COCO's own regression data for its C suite: 720 points (every function,
 * dimension and instance of COCO's test suite) extracted by {@code coco_bbob_fixture.py} from
 * {@code regression_test_2data_for_suite_bbob.py}, each evaluated through the catalog spec
 * {@code bbob:f=,d=,instance=} and compared with COCO's value to COCO's own tolerance
 * ({@code test_suites.py}, {@code _is_equal}): absolute 1e-9, or relative 2e-9 of |a| + |b| with the
 * same sign, or both beyond 1e21 with the same sign (COCO's INFINITY may be 1e22).
 */
class BbobCocoRegressionTest {

    private static final String FIXTURE = "coco-bbob-regression.csv";
    private static final double ABSOLUTE = 1e-9;
    private static final double RELATIVE = 2e-9;
    private static final double HUGE = 1e21;

    record Point(int function, int dimension, int instance, int index, double value, double[] x) {
    }

    static List<Point> points() {
        List<Point> points = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BbobCocoRegressionTest.class.getResourceAsStream(FIXTURE), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";");
                double[] x = Arrays.stream(fields[5].trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
                points.add(new Point(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                        Integer.parseInt(fields[2]), Integer.parseInt(fields[3]), Double.parseDouble(fields[4]), x));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return points;
    }

    /** COCO's {@code _is_equal}. */
    static boolean cocoEqual(double a, double b) {
        boolean sameSign = a * b > 0;
        return Math.abs(a - b) < ABSOLUTE
                || sameSign && Math.abs(a - b) / (Math.abs(a) + Math.abs(b)) < RELATIVE
                || sameSign && Math.abs(a) > HUGE && Math.abs(b) > HUGE;
    }

    @Test
    void fixtureCoversEveryFunctionDimensionAndInstance() {
        List<Point> points = points();
        assertTrue(points.size() >= 500, "at least 500 points, got " + points.size());
        assertEquals(Set.of(2, 3, 5, 10, 20, 40), points.stream().map(Point::dimension).collect(Collectors.toSet()));
        Set<Integer> instances = new TreeSet<>(List.of(1, 2, 3, 4, 5, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60));
        assertEquals(instances, points.stream().map(Point::instance).collect(Collectors.toCollection(TreeSet::new)));
        for (int f = 1; f <= 24; f++) {
            int function = f;
            assertEquals(instances, points.stream().filter(p -> p.function() == function).map(Point::instance)
                    .collect(Collectors.toCollection(TreeSet::new)), "instances of f" + f);
        }
        for (Point p : points) {
            int dimensionIndex = List.of(2, 3, 5, 10, 20, 40).indexOf(p.dimension());
            int instanceIndex = List.copyOf(instances).indexOf(p.instance());
            assertEquals(dimensionIndex * 360 + (p.function() - 1) * 15 + instanceIndex, p.index(),
                    "problem index of " + p);
        }
    }

    @Test
    void valuesMatchCocosRegressionData() {
        List<String> failures = new ArrayList<>();
        for (Point p : points()) {
            Problem problem = BuiltinProblems.asCatalog().create("bbob:f=" + p.function() + ",d=" + p.dimension()
                    + ",instance=" + p.instance());
            double value = problem.objective().value(p.x());
            double[] gradient = new double[p.dimension()];
            double both = problem.objective().valueAndGradient(p.x(), gradient);
            assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(both),
                    "value() and valueAndGradient() differ for " + p);
            if (!cocoEqual(value, p.value())) {
                failures.add(String.format("f%d d=%d i=%d: %s, COCO %s", p.function(), p.dimension(), p.instance(),
                        value, p.value()));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " values differ from COCO's:\n" + String.join("\n", failures));
    }
}
