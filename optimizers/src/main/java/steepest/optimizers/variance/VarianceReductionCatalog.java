package steepest.optimizers.variance;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import steepest.optimizers.Optimizer;
import steepest.optimizers.firstorder.GradientMethod;
import steepest.optimizers.firstorder.MiniBatch;
import steepest.optimizers.firstorder.Sampling;
import steepest.optimizers.firstorder.Sgd;
import steepest.optimizers.firstorder.SharedKeys;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;

/**
 * The spec entries of the variance-reduced methods on finite sums: {@code svrg}, {@code saga},
 * {@code sag} and {@code sarah}. Each is a {@link GradientMethod} whose estimate is the method's
 * ({@link Svrg}, {@link AggregatedGradient}, {@link Sarah}) and whose update is the plain step
 * x ← x − η_k g_k, so the first-order schedule and clipping keys apply unchanged. Their own keys:
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>lr</td><td>0.001</td><td>the step η, &gt; 0 (the theorems ask for η of order 1/L)</td></tr>
 *   <tr><td>batch</td><td>1</td><td>b &gt;= 1 samples per step</td></tr>
 *   <tr><td>replacement</td><td>false</td><td>draw batches with replacement (the theorems' sampling);
 *       otherwise reshuffle every epoch, as {@code sgd} does</td></tr>
 *   <tr><td>m</td><td>auto</td><td>svrg, sarah: steps per epoch, &gt;= 1; auto is ⌈2n/b⌉</td></tr>
 *   <tr><td>snapshot</td><td>last</td><td>svrg, sarah: where an epoch ends, last or random
 *       ({@link Snapshot})</td></tr>
 *   <tr><td>init</td><td>full (saga), zero (sag)</td><td>the table before the first step
 *       ({@link TableStart})</td></tr>
 * </table>
 * Every method needs a finite-sum problem and says so in its requirements, so the driver refuses
 * any other problem naming the capability. Example: {@code svrg:lr=0.05,batch=8,m=500,snapshot=random}.
 */
public final class VarianceReductionCatalog {

    private static final String AUTO = "auto";

    private VarianceReductionCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Optimizer>> entries() {
        List<Key> epochs = List.of(
                Key.of("m", AUTO, "steps per epoch, >= 1; auto = ceil(2n/batch)"),
                Key.of("snapshot", Snapshot.LAST.token(), "where an epoch ends: last | random (the theorems')"));
        return List.of(
                entry("svrg", "SVRG (Johnson-Zhang 2013): g = grad_B f(x) - grad_B f(snapshot) + grad f(snapshot)",
                        epochs, args -> new Svrg(batches(args), epochLength(args), snapshot(args))),
                entry("saga", "SAGA (Defazio et al. 2014): g = grad_B f(x) - table_B + mean(table), unbiased",
                        List.of(init(TableStart.FULL)), args -> new AggregatedGradient(batches(args),
                                AggregatedGradient.Variant.SAGA, TableStart.of(args.choice("init", TableStart.tokens())))),
                entry("sag", "SAG (Schmidt et al. 2017): g = mean(table) after replacing the batch's entries",
                        List.of(init(TableStart.ZERO)), args -> new AggregatedGradient(batches(args),
                                AggregatedGradient.Variant.SAG, TableStart.of(args.choice("init", TableStart.tokens())))),
                entry("sarah", "SARAH (Nguyen et al. 2017): v = grad_B f(x) - grad_B f(x_prev) + v_prev, full at epoch start",
                        epochs, args -> new Sarah(batches(args), epochLength(args), snapshot(args))));
    }

    private static Key init(TableStart start) {
        return Key.of("init", start.token(), "the table at the start: full (gradients at x0, one pass) | zero");
    }

    /** An entry: lr, batch, replacement, the method's own keys, then the schedule and clipping keys. */
    private static CatalogEntry<Optimizer> entry(String name, String summary, List<Key> ownKeys,
                                                 Function<Arguments, Sampling> sampling) {
        List<Key> keys = new ArrayList<>(List.of(
                Key.of("lr", Sgd.DEFAULT_LEARNING_RATE, "step size, > 0"),
                Key.of("batch", 1, "samples per step, >= 1"),
                Key.of("replacement", "false", "sample batches with replacement (else reshuffle every epoch)")));
        keys.addAll(ownKeys);
        keys.addAll(SharedKeys.scheduleAndClippingKeys());
        return new CatalogEntry<>(name, summary, keys, args -> new GradientMethod(Sgd.plain(args.real("lr")),
                sampling.apply(args), SharedKeys.schedule(args, args.real("lr")), SharedKeys.clipping(args)));
    }

    private static MiniBatch batches(Arguments args) {
        return new MiniBatch(args.integer("batch"), args.flag("replacement"));
    }

    private static OptionalInt epochLength(Arguments args) {
        return args.text("m").equals(AUTO) ? OptionalInt.empty() : OptionalInt.of(args.integer("m"));
    }

    private static Snapshot snapshot(Arguments args) {
        return Snapshot.of(args.choice("snapshot", Snapshot.tokens()));
    }
}
