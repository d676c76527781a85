package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.newton.Newton;
import steepest.optimizers.quasinewton.Bfgs;
import steepest.optimizers.quasinewton.Lbfgs;

/** Memory estimates are refused in one line naming what, how much and the heap; methods check their state. */
class MemoryTest {

    @Test
    void anEstimateAboveTheHeapIsRefusedNamingBoth() {
        Memory.require("d=10", 1000, 1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Memory.require("d=100000000", 9.6e9, 1L << 31));
        assertEquals("d=100000000 needs about 9.6 GB of memory, more than the 2.1 GB the Java heap may grow to; give it"
                + " more with JAVA_OPTS=-Xmx<size>, e.g. JAVA_OPTS=-Xmx12g", e.getMessage());
    }

    @Test
    void sizesAreWrittenInDecimalUnits() {
        assertEquals("999 bytes", Memory.describe(999));
        assertEquals("1.0 kB", Memory.describe(1000));
        assertEquals("12 MB", Memory.describe(12.3e6));
        assertEquals("176 GB", Memory.describe(1.76e11));
        assertEquals("4.8 TB", Memory.describe(4.8e12));
    }

    @Test
    void arraysBeyondTheJvmLimitAreRefused() {
        Memory.requireArrayLength("d=2147483639", Memory.MAX_ARRAY_LENGTH);
        assertEquals("d=2147483640 is too large: it needs an array of 2147483640 entries, and one Java array holds"
                + " at most 2147483639", assertThrows(IllegalArgumentException.class,
                        () -> Memory.requireArrayLength("d=2147483640", 2147483640.0)).getMessage());
        assertEquals("n is too large: it needs an array of 1.00e+20 entries, and one Java array holds at most 2147483639",
                assertThrows(IllegalArgumentException.class, () -> Memory.requireArrayLength("n", 1e20)).getMessage());
    }

    /** BFGS keeps an n×n matrix, Newton a Hessian and its factor, L-BFGS 2(m + 1) n-vectors. */
    @Test
    void methodsWithLargeStateRefuseToStartBeyondTheHeap() {
        assumeTrue(Runtime.getRuntime().maxMemory() < 3.2e11, "a heap this large would allocate the state");
        Oracle wide = new Oracle(new Wide(200_000));
        assertEquals("bfgs in dimension 200000 (a dense inverse Hessian; lbfgs needs O(n)) needs about 320 GB",
                refusal(() -> new Bfgs(true).start(wide)));
        assertEquals("newton in dimension 200000 (a dense Hessian and its factor) needs about 640 GB",
                refusal(() -> new Newton().start(wide)));
        assertEquals("lbfgs:m=1000000000 in dimension 10 needs about 192 GB",
                refusal(() -> new Lbfgs(1_000_000_000).start(new Oracle(new Wide(10)))));
    }

    private static String refusal(Supplier<DirectionRule.State> start) {
        String message = assertThrows(IllegalArgumentException.class, start::get).getMessage();
        return message.substring(0, message.indexOf(" of memory"));
    }

    /** f = 0 in dimension n, holding nothing of that size. */
    private record Wide(int dimension) implements Objective {
        @Override
        public double valueAndGradient(double[] x, double[] g) {
            return 0;
        }

        @Override
        public double value(double[] x) {
            return 0;
        }
    }
}
