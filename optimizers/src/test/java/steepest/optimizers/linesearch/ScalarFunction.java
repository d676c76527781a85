package steepest.optimizers.linesearch;

import java.util.function.DoubleUnaryOperator;
import steepest.optimizers.Objective;
import steepest.optimizers.Oracle;

/** A function of one variable as an objective, so that φ(α) = f(0 + α·1) exercises the real line function. */
record ScalarFunction(String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative) implements Objective {

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        gradOut[0] = derivative.applyAsDouble(x[0]);
        return value.applyAsDouble(x[0]);
    }

    @Override
    public double value(double[] x) {
        return value.applyAsDouble(x[0]);
    }

    /** φ aimed from 0 along +1. */
    LineFunction line() {
        LineFunction phi = new LineFunction(new Oracle(this));
        phi.aim(new double[] {0}, value.applyAsDouble(0), new double[] {1}, derivative.applyAsDouble(0));
        return phi;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Moré and Thuente (ACM TOMS 20(3), 1994), function (5.1): φ = −α/(α² + β), β = 2. */
    static ScalarFunction moreThuente1() {
        double beta = 2;
        return new ScalarFunction("MT 5.1", a -> -a / (a * a + beta), a -> (a * a - beta) / ((a * a + beta) * (a * a + beta)));
    }

    /** (5.2): φ = (α + β)⁵ − 2(α + β)⁴, β = 0.004. */
    static ScalarFunction moreThuente2() {
        double beta = 0.004;
        return new ScalarFunction("MT 5.2", a -> Math.pow(a + beta, 5) - 2 * Math.pow(a + beta, 4),
                a -> 5 * Math.pow(a + beta, 4) - 8 * Math.pow(a + beta, 3));
    }

    /** (5.3): φ = φ₀(α) + 2(1 − β)/(lπ)·sin(lπα/2), β = 0.01, l = 39, φ₀ piecewise linear/quadratic. */
    static ScalarFunction moreThuente3() {
        double beta = 0.01;
        double l = 39;
        return new ScalarFunction("MT 5.3", a -> {
            double base = a <= 1 - beta ? 1 - a : a >= 1 + beta ? a - 1 : (a - 1) * (a - 1) / (2 * beta) + beta / 2;
            return base + 2 * (1 - beta) / (l * Math.PI) * Math.sin(l * Math.PI * a / 2);
        }, a -> {
            double base = a <= 1 - beta ? -1 : a >= 1 + beta ? 1 : (a - 1) / beta;
            return base + (1 - beta) * Math.cos(l * Math.PI * a / 2);
        });
    }

    /** (5.4), Yanai, Ozawa and Kaneko: φ = γ(β₁)√((1 − α)² + β₂²) + γ(β₂)√(α² + β₁²), γ(β) = √(1 + β²) − β. */
    static ScalarFunction yanaiOzawaKaneko(double beta1, double beta2) {
        double g1 = Math.sqrt(1 + beta1 * beta1) - beta1;
        double g2 = Math.sqrt(1 + beta2 * beta2) - beta2;
        return new ScalarFunction("YOK(" + beta1 + ", " + beta2 + ")",
                a -> g1 * Math.sqrt((1 - a) * (1 - a) + beta2 * beta2) + g2 * Math.sqrt(a * a + beta1 * beta1),
                a -> g1 * (a - 1) / Math.sqrt((1 - a) * (1 - a) + beta2 * beta2) + g2 * a / Math.sqrt(a * a + beta1 * beta1));
    }
}
