package steepest.optimizers.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The three rules of {@link InitialStep}, each from numbers worked by hand. */
class InitialStepTest {

    private static final double[] SHORT = {0.3, -0.4};
    private static final double[] LONG = {3, -4};

    @Test
    void firstTrialIsTheUnitStepShortenedToUnitLength() {
        assertEquals(1.0, new InitialStep().propose(10, -0.25, SHORT), "‖d‖ = 0.5: the unit step");
        assertEquals(0.2, new InitialStep().propose(10, -25, LONG), 1e-16, "‖d‖ = 5: unit length 1/5");
    }

    @Test
    void consecutiveProposalsTakeTheQuadraticThroughBothValuesAndTheSlope() {
        InitialStep step = new InitialStep();
        step.propose(10, -4, LONG);
        step.accepted(0.5, -4);
        assertEquals(1.01 * 2 * 0.1 / 2, step.propose(9.9, -2, LONG), 1e-15, "min(1, 1.01·2(f_k − f_{k−1})/slope)");
        step.accepted(0.1, -2);
        assertEquals(1.0, step.propose(5.9, -2, LONG), "the quadratic's 4.04 is capped at the unit step");
    }

    @Test
    void aDecreaseLostInRoundingFallsBackToTheRatioOfSlopes() {
        InitialStep step = new InitialStep();
        step.propose(10, -4, LONG);
        step.accepted(0.5, -4);
        assertEquals(0.5 * -4 / -2, step.propose(10 - 1e-12, -2, LONG), 1e-15, "α_{k−1}·slope_{k−1}/slope_k");
    }

    @Test
    void aValueFromAnEarlierIterationIsNotUsed() {
        // L-BFGS proposes only when its memory is empty: f of two iterations back says nothing
        InitialStep step = new InitialStep();
        step.propose(10, -4, LONG);
        step.accepted(0.5, -4);
        step.accepted(1.0, -3);
        assertEquals(1.0 * -3 / -6, step.propose(2, -6, LONG), 1e-15, "α_{k−1}·slope_{k−1}/slope_k");
    }
}
