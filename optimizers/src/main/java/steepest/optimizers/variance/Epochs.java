package steepest.optimizers.variance;

import java.util.OptionalInt;
import steepest.optimizers.Checks;

/** The epoch length m of SVRG and SARAH (spec key {@code m}), written once for both. */
final class EpochLength {

    /** The default m is this many passes' worth of batches, ⌈2n/b⌉ (Johnson and Zhang's m = 2n). */
    static final int DEFAULT_PASSES = 2;

    private EpochLength() {
    }

    /** Requires a given m to be &gt;= 1, naming the key. */
    static void check(OptionalInt given) {
        given.ifPresent(m -> Checks.atLeast("m", m, 1));
    }

    /** m as given, or ⌈2n/b⌉. */
    static int resolve(OptionalInt given, int samples, int batchSize) {
        return given.orElse(Math.max(1, (int) Math.ceil((double) DEFAULT_PASSES * samples / batchSize)));
    }
}
