package steepest.problems.bbob;

import java.util.Arrays;
import java.util.List;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Problem;
import steepest.problems.Suite;

/**
 * The spec entry {@code bbob:f=1..24,d=,instance=}: instance {@code instance} of bbob function
 * {@code f} in dimension {@code d}, COCO's {@code bbob_f0ff_i0i_d0d}. The entry lists no tags because
 * they depend on f: {@link BbobFunction#tags()} gives them per function, and each instance carries
 * its function's. {@link #suite()} is the same family as COCO's suite {@code bbob}, for experiment
 * files ({@code suite: bbob}) and for listing the tags per function.
 */
public final class BbobCatalog {

    private BbobCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        return List.of(new CatalogEntry<>("bbob",
                "COCO's 24 noiseless bbob functions with COCO's instances (x_opt, f_opt, rotations), exact"
                        + " (sub)gradients, start 0, f* = f_opt; tags per function",
                List.of(Key.of("f", 1, "function number, 1 to 24"),
                        Key.of("d", 2, "dimension, 2 to " + BbobFunction.MAX_DIMENSION),
                        Key.of("instance", 1, "COCO instance number, 1 to " + BbobFunction.MAX_INSTANCE)),
                args -> BbobFunction.of(args.integer("f")).problem(args.integer("d"), args.integer("instance"))));
    }

    /**
     * COCO's suite {@code bbob}: the 24 functions with their titles and tags, dimensions from 2 (COCO's
     * smallest) to {@link BbobFunction#MAX_DIMENSION}, instances from 1 to {@link BbobFunction#MAX_INSTANCE}.
     */
    public static Suite suite() {
        return new Suite("bbob", "bbob", "f", "d", "instance",
                Arrays.stream(BbobFunction.values()).map(f -> new Suite.Function(f.number(), f.title(), f.tags())).toList(),
                BbobFunction.MIN_DIMENSION, BbobFunction.MAX_DIMENSION, BbobFunction.MAX_INSTANCE);
    }
}
