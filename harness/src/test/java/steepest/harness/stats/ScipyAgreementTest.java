package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tests' statistics and p-values against scipy.stats 1.10, case by case, from
 * {@code fixtures/stats/scipy-tests.json} (written by {@code src/test/python/stats_fixture.py} with
 * Debian's python3-scipy 1.10; see the script for the conventions each case follows).
 */
class ScipyAgreementTest {

    /** p-values and statistics agree to this relative tolerance (the requirement; they agree to ~1e-13). */
    private static final double RELATIVE = 1e-10;
    /** q_α is the root of a numerical integral on both sides; they agree to about 1e-12. */
    private static final double Q_RELATIVE = 1e-10;

    private static JsonNode fixture() {
        try (InputStream in = ScipyAgreementTest.class.getResourceAsStream("/fixtures/stats/scipy-tests.json")) {
            return JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Arguments> cases(String kind) {
        return StreamSupport.stream(fixture().get(kind).spliterator(), false)
                .map(node -> Arguments.of(node.get("name").asText(), node));
    }

    static Stream<Arguments> signedRank() {
        return cases("signed_rank");
    }

    static Stream<Arguments> rankSum() {
        return cases("rank_sum");
    }

    static Stream<Arguments> friedman() {
        return cases("friedman");
    }

    private static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static Alternative alternative(JsonNode node) {
        return switch (node.get("alternative").asText()) {
            case "two-sided" -> Alternative.TWO_SIDED;
            case "greater" -> Alternative.GREATER;
            case "less" -> Alternative.LESS;
            default -> throw new IllegalArgumentException(node.toString());
        };
    }

    private static void assertClose(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, relative * Math.abs(expected), what);
    }

    @Test
    void theFixtureComesFromScipy110() {
        assertTrue(fixture().get("scipy").asText().startsWith("1.10."), fixture().get("scipy").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedRank")
    void signedRankMatchesScipyWilcoxon(String name, JsonNode node) {
        TestResult result = SignedRankTest.test(numbers(node.get("a")), numbers(node.get("b")), alternative(node));
        assertEquals(node.get("method").asText().equals("exact") ? TestResult.Method.EXACT : TestResult.Method.NORMAL,
                result.method(), name);
        assertClose(node.get("statistic").asDouble(), result.statistic(), RELATIVE, name + " statistic");
        assertClose(node.get("p_value").asDouble(), result.pValue(), RELATIVE, name + " p-value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankSum")
    void rankSumMatchesScipyMannWhitneyU(String name, JsonNode node) {
        TestResult result = RankSumTest.test(numbers(node.get("a")), numbers(node.get("b")), alternative(node));
        assertEquals(TestResult.Method.NORMAL, result.method(), name);
        assertClose(node.get("statistic").asDouble(), result.statistic(), RELATIVE, name + " statistic");
        assertClose(node.get("p_value").asDouble(), result.pValue(), RELATIVE, name + " p-value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("friedman")
    void friedmanMatchesScipyFriedmanChiSquare(String name, JsonNode node) {
        List<double[]> rows = new ArrayList<>();
        node.get("scores").forEach(row -> rows.add(numbers(row)));
        Friedman result = Friedman.test(rows.toArray(double[][]::new));
        assertClose(node.get("statistic").asDouble(), result.statistic(), RELATIVE, name + " statistic");
        assertClose(node.get("p_value").asDouble(), result.pValue(), RELATIVE, name + " p-value");
    }

    @Test
    void nemenyiQMatchesScipyStudentizedRange() {
        for (JsonNode node : fixture().get("studentized_range")) {
            int k = node.get("k").asInt();
            double alpha = node.get("alpha").asDouble();
            assertClose(node.get("q").asDouble(), Nemenyi.q(k, alpha), Q_RELATIVE, "k = " + k + ", alpha = " + alpha);
        }
    }
}
