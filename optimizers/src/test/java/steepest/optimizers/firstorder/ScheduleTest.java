package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schedules at the steps where their formulas give exact, hand-computed values. */
class ScheduleTest {

    static final double TOLERANCE = 1e-15;

    static Schedule named(String name) {
        return switch (name) {
            case "step" -> new Schedule.Step(30, 0.5);
            case "exponential" -> new Schedule.Exponential(0.5);
            case "inverse_time" -> new Schedule.InverseTime(0.25);
            case "cosine" -> new Schedule.Cosine(10, 0.25);
            case "poly" -> new Schedule.Polynomial(4, 0.5);
            case "warmup_cosine" -> new Schedule.Warmup(4, 0.25, new Schedule.Cosine(10, 0.25));
            default -> Schedule.CONSTANT;
        };
    }

    /** η = 2 throughout; expected values from the formulas by hand. */
    @ParameterizedTest(name = "{0} at k={1}: {2}")
    @CsvSource({
        "constant,0,2", "constant,1000,2",
        "step,0,2", "step,29,2", "step,30,1", "step,59,1", "step,60,0.5",
        "exponential,0,2", "exponential,3,0.25",
        "inverse_time,0,2", "inverse_time,4,1", "inverse_time,12,0.5",
        "cosine,0,2", "cosine,5,1.125", "cosine,10,0.25", "cosine,15,1.125", "cosine,20,2",
        "poly,0,2", "poly,12,1", "poly,60,0.5",
        "warmup_cosine,0,0.5", "warmup_cosine,2,1.25", "warmup_cosine,4,2", "warmup_cosine,9,1.125",
        "warmup_cosine,14,0.25"})
    void ratesFollowTheirFormulas(String schedule, long k, double expected) {
        assertEquals(expected, named(schedule).learningRate(2, k), TOLERANCE * (1 + expected));
    }
}
