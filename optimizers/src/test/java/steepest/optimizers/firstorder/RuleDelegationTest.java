package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.optimizers.Driver;
import steepest.optimizers.Observer;
import steepest.optimizers.ParameterBlock;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;

/**
 * What the rules of the optax family and the wrappers promise beyond their update: which momentum a
 * torch scheduler cycles (β1, as for Adam), that a wrapper keeps its inner rule's averaged iterate
 * and reports its own point instead of the inner iterate, and that each runs through
 * {@link GradientMethod} (its state started from the problem's blocks) and decreases a convex
 * quadratic from a cold start.
 */
class RuleDelegationTest {

    /** ½ Σ λᵢxᵢ² − Σ xᵢ with λ = (1, 2, 4): minimum −7/8 at xᵢ = 1/λᵢ. */
    private static final TestProblems.Quadratic QUADRATIC = new TestProblems.Quadratic(3, 4);

    @Test
    void theOptaxRulesCycleTheirFirstMomentDecay() {
        assertEquals(UpdateRule.CycledMomentum.BETA1, new Lion(1e-4, 0.9, 0.99, 0.1).cycledMomentum());
        assertEquals(new Lion(1e-4, 0.8, 0.99, 0.1), new Lion(1e-4, 0.9, 0.99, 0.1).withCycledMomentum(0.8));
        assertEquals(UpdateRule.CycledMomentum.BETA1, new Lamb(1e-3, 0.9, 0.999, 1e-6, 0, 0.01).cycledMomentum());
        assertEquals(new Lamb(1e-3, 0.8, 0.999, 1e-6, 0, 0.01),
                new Lamb(1e-3, 0.9, 0.999, 1e-6, 0, 0.01).withCycledMomentum(0.8));
        assertEquals(UpdateRule.CycledMomentum.BETA1, new AdaBelief(1e-3, 0.9, 0.999, 1e-16, 1e-16, 0).cycledMomentum());
        assertEquals(new AdaBelief(1e-3, 0.8, 0.999, 1e-16, 1e-16, 0),
                new AdaBelief(1e-3, 0.9, 0.999, 1e-16, 1e-16, 0).withCycledMomentum(0.8));
        assertEquals(UpdateRule.CycledMomentum.BETA1, new Yogi(1e-2, 0.9, 0.999, 1e-3, 0, 1e-6).cycledMomentum());
        assertEquals(new Yogi(1e-2, 0.8, 0.999, 1e-3, 0, 1e-6),
                new Yogi(1e-2, 0.9, 0.999, 1e-3, 0, 1e-6).withCycledMomentum(0.8));
    }

    @Test
    void wrappersKeepTheirInnerRulesAveragedIterateAndReportTheirOwnPoint() {
        UpdateRule asgd = new Asgd(0.01, 1e-4, 0.75, 1e6, 0);
        UpdateRule sgd = Sgd.plain(0.1);
        assertTrue(asgd.keepsAveragedIterate(), "ASGD keeps ax");
        assertTrue(asgd.reportsIterate());
        for (UpdateRule inner : List.of(asgd, sgd)) {
            List<UpdateRule> wrappers = List.of(new Lookahead(inner, 5, 0.5),
                    new Averaging(inner, new Averaging.Uniform(0)), new ScheduleFree(inner, 0.9, 0, 2, 0));
            for (UpdateRule wrapper : wrappers) {
                assertEquals(inner.keepsAveragedIterate(), wrapper.keepsAveragedIterate(), wrapper.toString());
                assertFalse(wrapper.reportsIterate(), wrapper + " reports its own point, not the inner iterate");
            }
        }
    }

    /** Three steps of {@code state} on fixed gradients from a fixed x; returns x. */
    private static double[] threeSteps(UpdateRule.State state) {
        double[] x = {0.5, -1, 2};
        for (int t = 0; t < 3; t++) {
            state.applyInPlace(x, new double[] {1 + t, -0.5 * t, 0.25}, 0.1);
        }
        return x;
    }

    @Test
    void aVectorOfDimensionDIsOneBlockOfD() {
        List<UpdateRule> rules = List.of(new Lamb(1e-2, 0.9, 0.999, 1e-6, 0, 0),
                new Adafactor(1e-2, 128, 0.8, 0, false, 1, 0, 0, 1e-30, true), new Lookahead(Sgd.plain(0.1), 5, 0.5),
                new Averaging(Sgd.plain(0.1), new Averaging.Uniform(0)), new ScheduleFree(Sgd.plain(0.1), 0.9, 0, 2, 0));
        for (UpdateRule rule : rules) {
            assertArrayEquals(threeSteps(rule.start(List.of(ParameterBlock.vector(0, 3)))), threeSteps(rule.start(3)),
                    rule.toString());
        }
    }

    /** A wrapper's inner ASGD sees the same gradients as a bare one, so its ax is the bare one's. */
    @Test
    void aWrapperHandsOnItsInnerRulesAveragedIterate() {
        UpdateRule asgd = new Asgd(0.1, 1e-4, 0.75, 1, 0);
        UpdateRule.State bare = asgd.start(3);
        threeSteps(bare);
        assertEquals(3, bare.averagedIterate().length, "ax exists once averaging has begun (t0 = 1)");
        for (UpdateRule wrapper : List.of(new Lookahead(asgd, 5, 0.5), new Averaging(asgd, new Averaging.Uniform(0)),
                new ScheduleFree(asgd, 0.9, 0, 2, 0))) {
            UpdateRule.State state = wrapper.start(3);
            threeSteps(state);
            assertArrayEquals(bare.averagedIterate(), state.averagedIterate(), wrapper.toString());
        }
    }

    @Test
    void eachRuleAndWrapperRunsAndDecreasesAConvexQuadratic() {
        List<UpdateRule> rules = List.of(new Lion(1e-2, 0.9, 0.99, 0), new Lamb(1e-2, 0.9, 0.999, 1e-6, 0, 0),
                new AdaBelief(1e-2, 0.9, 0.999, 1e-16, 1e-16, 0), new Yogi(1e-2, 0.9, 0.999, 1e-3, 0, 1e-6),
                new Adafactor(1e-2, 128, 0.8, 0, false, 1, 0, 0, 1e-30, true), new RAdam(1e-2, 0.9, 0.999, 1e-8, 0),
                new Rprop(1e-2, 0.5, 1.2, 1e-6, 50), new Asgd(0.1, 1e-4, 0.75, 1e6, 0),
                new Lookahead(Sgd.plain(0.1), 5, 0.5), new Averaging(Sgd.plain(0.1), new Averaging.Uniform(0)),
                new ScheduleFree(Sgd.plain(0.1), 0.9, 0, 2, 0));
        double start = QUADRATIC.value(new double[3]);
        for (UpdateRule rule : rules) {
            RunResult result = Driver.run(GradientMethod.batch(rule), QUADRATIC, new double[3], new SplittableRandom(1),
                    StoppingRules.iterations(200), RecordSchedule.endsOnly(), Observer.NONE);
            assertTrue(result.last().value() < start - 0.1, rule + ": f from " + start + " to " + result.last().value()
                    + " (the minimum is " + QUADRATIC.optimalValue() + ")");
        }
    }
}
