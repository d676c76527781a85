package steepest.harness.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;
import steepest.problems.nn.Mlp;

/**
 * One mini-batch forward and backward pass of {@code mlp:dataset=digits,layers=64-32-10} with a
 * batch of 128, and, in the same run, the five gemm calls alone on the same shapes (forward
 * 128×64·64×32 and 128×32·32×10; backward ∂W₂ = Δ₂ᵀA₁, ∂A₁ = Δ₂W₂, ∂W₁ = Δ₁ᵀX): the share of a
 * batch spent outside gemm is 1 − gemmOnly/forwardBackward. Run:
 * {@code steepest bench -prof gc MlpBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MlpBenchmark {

    private static final int BATCH = 128;

    /** Hidden nonlinearity ({@code -p activation=tanh} for another). */
    @Param("relu")
    public String activation;

    /** Whether the hidden layer is batch-normalized. */
    @Param({"false", "true"})
    public boolean batchnorm;

    private Mlp network;
    private double[] theta;
    private double[] gradient;
    private int[] batch;
    private INDArray input;
    private INDArray hidden;
    private INDArray output;
    private INDArray firstWeights;
    private INDArray secondWeights;
    private INDArray firstGradient;
    private INDArray secondGradient;
    private INDArray hiddenDelta;

    /** Builds the network and a seeded batch, and the gemm operands of the same shapes. */
    @Setup(Level.Trial)
    public void build() {
        Problem problem = BuiltinProblems.asCatalog().create("mlp:dataset=digits,layers=64-32-10,activation=" + activation
                + ",batchnorm=" + batchnorm);
        network = (Mlp) problem.objective();
        theta = problem.start();
        gradient = new double[theta.length];
        SplittableRandom random = new SplittableRandom(1);
        batch = random.ints(BATCH, 0, network.size()).toArray();
        input = Nd4j.create(DataType.DOUBLE, BATCH, 64).assign(0.1);
        hidden = Nd4j.create(DataType.DOUBLE, BATCH, 32);
        output = Nd4j.create(DataType.DOUBLE, BATCH, 10);
        firstWeights = Nd4j.create(DataType.DOUBLE, 32, 64).assign(0.1);
        secondWeights = Nd4j.create(DataType.DOUBLE, 10, 32).assign(0.1);
        firstGradient = Nd4j.create(DataType.DOUBLE, 32, 64);
        secondGradient = Nd4j.create(DataType.DOUBLE, 10, 32);
        hiddenDelta = Nd4j.create(DataType.DOUBLE, BATCH, 32);
    }

    /** The network's batch value and gradient. */
    @Benchmark
    public double forwardBackward() {
        return network.valueAndGradient(theta, batch, BATCH, gradient);
    }

    /** The same five gemm calls on constant operands (the values do not change the work). */
    @Benchmark
    public INDArray gemmOnly() {
        Nd4j.gemm(input, firstWeights, hidden, false, true, 1.0, 0.0);
        Nd4j.gemm(hidden, secondWeights, output, false, true, 1.0, 0.0);
        Nd4j.gemm(output, hidden, secondGradient, true, false, 1.0, 0.0);
        Nd4j.gemm(output, secondWeights, hiddenDelta, false, false, 1.0, 0.0);
        return Nd4j.gemm(hiddenDelta, input, firstGradient, true, false, 1.0, 0.0);
    }
}
