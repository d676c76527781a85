package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Driver;
import steepest.optimizers.Objective;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;

/**
 * NAdam against an independent scalar implementation of torch's documented formula,
 * m̂_t = μ_{t+1}·m_t / (1 − Π_{t+1}) + (1 − μ_t)·g_t / (1 − Π_t), x ← x − η·m̂_t / (√(v_t / (1 − β2^t)) + ε),
 * written coordinate by coordinate. The reference applies the two terms of m̂ as two subtractions,
 * the order torch's code uses: evaluated as one combined step, the formula rounds differently in the
 * last bit, and on these problems NAdam runs into a regime (v decays towards 0 while g is tiny,
 * then one gradient is divided by almost nothing) that amplifies a 10⁻¹⁷ difference to 10⁻⁷
 * within 70 steps, for two correct evaluations of the same formula.
 *
 * <p>torch 1.13's NAdam computes Π_{t+1} as Π_t·μ_t·μ_{t+1}, a defect fixed in later releases, so
 * its trajectories cannot check {@link NAdam} directly. Instead the scalar reference has that
 * defect as a switch: switched on, it must replay torch 1.13's trajectories (which validates the
 * reference against torch, defect included); switched off, {@link NAdam} must match it; and
 * {@link NAdam} must visibly differ from torch 1.13, or the switch would prove nothing.
 */
class NAdamTest {

    static Stream<TorchGoldenTest.Case> torch113Cases() {
        return TorchGoldenTest.cases("torch-1.13-nadam").stream();
    }

    /** The scalar reference's trajectory x_0..x_N; {@code torch113} switches on the defect. */
    static List<double[]> reference(NAdam p, Objective f, double[] x0, int iterations, boolean torch113) {
        int d = x0.length;
        double[] x = x0.clone();
        double[] g = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        double product = 1;
        List<double[]> trajectory = new ArrayList<>(List.of(x.clone()));
        for (int t = 1; t <= iterations; t++) {
            f.valueAndGradient(x, g);
            double mu = p.beta1() * (1 - 0.5 * Math.pow(0.96, t * p.momentumDecay()));
            double muNext = p.beta1() * (1 - 0.5 * Math.pow(0.96, (t + 1) * p.momentumDecay()));
            product *= mu;
            double productNext = torch113 ? product * mu * muNext : product * muNext;
            for (int i = 0; i < d; i++) {
                double gi = g[i] + p.weightDecay() * x[i];
                m[i] = p.beta1() * m[i] + (1 - p.beta1()) * gi;
                v[i] = p.beta2() * v[i] + (1 - p.beta2()) * gi * gi;
                double vHat = v[i] / (1 - Math.pow(p.beta2(), t));
                double denominator = Math.sqrt(vHat) + p.epsilon();
                x[i] -= p.learningRate() * (1 - mu) / (1 - product) * (gi / denominator);
                x[i] -= p.learningRate() * muNext / (1 - productNext) * (m[i] / denominator);
            }
            trajectory.add(x.clone());
        }
        return trajectory;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("torch113Cases")
    void followsTheDocumentedFormulaNotTorch113sProduct(TorchGoldenTest.Case c) {
        GradientMethod method = (GradientMethod) BuiltinOptimizers.asCatalog().create(c.spec());
        NAdam rule = (NAdam) method.rule();
        Objective f = TestProblems.named(c.problem());
        double[] x0 = TestProblems.start(c.problem());
        List<double[]> torch = c.trajectory().iterates();
        List<double[]> withDefect = reference(rule, f, x0, c.iterations(), true);
        List<double[]> documented = reference(rule, f, x0, c.iterations(), false);
        List<double[]> ours = new ArrayList<>();
        Driver.run(method, f, x0, new SplittableRandom(0), StoppingRules.iterations(c.iterations()),
                RecordSchedule.everyIteration(), (record, x) -> ours.add(x.clone()));

        double largestDefect = 0;
        for (int k = 0; k <= c.iterations(); k++) {
            double[] expected = torch.get(k);
            TorchGoldenTest.assertClose(expected, withDefect.get(k), "reference with torch 1.13's product, x_" + k);
            TorchGoldenTest.assertClose(documented.get(k), ours.get(k), "NAdam, x_" + k);
            for (int i = 0; i < x0.length; i++) {
                largestDefect = Math.max(largestDefect, Math.abs(ours.get(k)[i] - expected[i]));
            }
        }
        assertTrue(largestDefect > 1e-6, "torch 1.13's defect should be visible, largest difference " + largestDefect);
    }
}
