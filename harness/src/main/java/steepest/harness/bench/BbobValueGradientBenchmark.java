package steepest.harness.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import steepest.optimizers.Objective;
import steepest.optimizers.linalg.Vectors;
import steepest.problems.BuiltinProblems;

/**
 * One value+gradient evaluation of a rotated bbob function at d = 40 ({@code bbob:f=,d=40,instance=1},
 * created from its spec as a user would) against the dense linear algebra such an evaluation cannot
 * avoid: one 40 × 40 matrix-vector product forward (A x, a {@link Vectors#dot} per row) and one
 * transposed (Aᵀ v, a {@link Vectors#axpy} per row), the kernels the bbob functions themselves use.
 * Target: value+gradient within 2x the two products for the functions whose gradient needs exactly
 * these two (f6, f9, f10, f11, f13, f14, f19, f23, f24); f12, f15, f16 and f17 need four products
 * (two maps), f21 a product plus 101 peaks, and are measured for the record. The point is a seeded
 * uniform draw in [−5, 5]⁴⁰.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BbobValueGradientBenchmark {

    private static final int D = 40;

    /** The bbob function number. */
    @Param({"6", "9", "10", "11", "13", "14", "19", "23", "24", "12", "15", "16", "17", "21"})
    public int f;

    private Objective objective;
    private double[] x;
    private double[] gradient;
    private double[][] matrix;
    private double[] forward;

    /** Creates the instance, a point and a dense matrix once per trial. */
    @Setup(Level.Trial)
    public void create() {
        objective = BuiltinProblems.asCatalog().create("bbob:f=" + f + ",d=" + D + ",instance=1").objective();
        SplittableRandom random = new SplittableRandom(f);
        x = random.doubles(D, -5, 5).toArray();
        gradient = new double[D];
        matrix = new double[D][];
        for (int i = 0; i < D; i++) {
            matrix[i] = random.doubles(D, -1, 1).toArray();
        }
        forward = new double[D];
    }

    /** f and ∇f of the bbob instance. */
    @Benchmark
    public double valueAndGradient() {
        return objective.valueAndGradient(x, gradient);
    }

    /** The baseline: A x, then Aᵀ(A x), the two products alone. */
    @Benchmark
    public double twoProducts() {
        for (int i = 0; i < D; i++) {
            forward[i] = Vectors.dot(matrix[i], x);
        }
        java.util.Arrays.fill(gradient, 0);
        for (int i = 0; i < D; i++) {
            Vectors.axpy(forward[i], matrix[i], gradient);
        }
        return gradient[0];
    }
}
