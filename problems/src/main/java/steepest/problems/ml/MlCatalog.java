package steepest.problems.ml;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import steepest.optimizers.Objective;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Problem;
import steepest.problems.Tag;
import steepest.problems.data.SharedCache;

/**
 * The spec entries of the linear models. Each takes the data keys of {@link DataSpec} and
 * {@code lambda} (plus {@code delta} for Huber); the standard start is w = 0, and f*, x* are
 * computed by {@link Optima} where it can certify them (else f* is NaN). Nothing here loads data
 * until a factory runs.
 */
public final class MlCatalog {

    /** The default ridge weight λ of the smooth models and the SVMs. */
    public static final double DEFAULT_LAMBDA = 1e-3;
    /** The default ℓ1 weight of the Lasso (the standardized diabetes target has λ_max ≈ 0.59). */
    public static final double DEFAULT_LASSO_LAMBDA = 0.05;
    /** The default Huber threshold δ, in standardized target units. */
    public static final double DEFAULT_HUBER_DELTA = 1.0;

    private MlCatalog() {
    }

    /** A model built from prepared data and the spec's arguments. */
    private record Model(String name, String summary, DataSpec.Family family, String dataset, TargetEncoding encoding,
                         double lambda, boolean smooth, List<Key> extraKeys,
                         BiFunction<PreparedData, Arguments, Objective> build) {
    }

    private record OptimumKey(String model, DataSpec data, double lambda, double delta) {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        List<Model> models = List.of(
                new Model("least-squares", "ridge regression, mean 1/2 (x'w - y)^2 + lambda/2 |w|^2",
                        DataSpec.Family.LINEAR, "diabetes", TargetEncoding.REGRESSION, DEFAULT_LAMBDA, true, List.of(),
                        (data, args) -> new LeastSquares(data, args.real("lambda"))),
                new Model("logreg", "binary logistic regression, mean log(1 + e^z) - y z + lambda/2 |w|^2, y in {0,1}",
                        DataSpec.Family.LINEAR, "breast_cancer", TargetEncoding.BINARY_01, DEFAULT_LAMBDA, true,
                        List.of(), (data, args) -> new LogisticRegression(data, args.real("lambda"))),
                new Model("softmax", "multinomial logistic regression, mean log-sum-exp(z) - z_y + lambda/2 |W|^2",
                        DataSpec.Family.MULTICLASS, "iris", TargetEncoding.MULTICLASS, DEFAULT_LAMBDA, true, List.of(),
                        (data, args) -> new SoftmaxRegression(data, args.real("lambda"))),
                new Model("svm-hinge", "linear SVM, mean max(0, 1 - y z) + lambda/2 |w|^2, y in {-1,+1} (subgradient)",
                        DataSpec.Family.LINEAR, "breast_cancer", TargetEncoding.BINARY_SIGNED, DEFAULT_LAMBDA, false,
                        List.of(), (data, args) -> new HingeSvm(data, args.real("lambda"))),
                new Model("svm-squared-hinge", "L2-loss linear SVM, mean max(0, 1 - y z)^2 + lambda/2 |w|^2",
                        DataSpec.Family.LINEAR, "breast_cancer", TargetEncoding.BINARY_SIGNED, DEFAULT_LAMBDA, true,
                        List.of(), (data, args) -> new SquaredHingeSvm(data, args.real("lambda"))),
                new Model("lasso", "mean 1/2 (x'w - y)^2 + lambda |w|_1, composite with soft-threshold prox",
                        DataSpec.Family.LINEAR, "diabetes", TargetEncoding.REGRESSION, DEFAULT_LASSO_LAMBDA, false,
                        List.of(), (data, args) -> new Lasso(data, args.real("lambda"))),
                new Model("huber", "Huber regression, mean h_delta(x'w - y) + lambda/2 |w|^2",
                        DataSpec.Family.LINEAR, "diabetes", TargetEncoding.REGRESSION, DEFAULT_LAMBDA, true,
                        List.of(Key.of("delta", DEFAULT_HUBER_DELTA, "Huber threshold, > 0 (target units)")),
                        (data, args) -> new HuberRegression(data, args.real("lambda"), args.real("delta"))));
        return models.stream().map(MlCatalog::entry).toList();
    }

    private static CatalogEntry<Problem> entry(Model model) {
        List<Key> keys = new ArrayList<>(DataSpec.keys(model.family(), model.dataset(), 0));
        keys.add(Key.of("lambda", model.lambda(), model.name().equals("lasso")
                ? "l1 weight, >= 0, on every coefficient" : "ridge weight, >= 0, on every coefficient"));
        keys.addAll(model.extraKeys());
        return new CatalogEntry<>(model.name(), model.summary(), keys,
                Tag.tokens(tags(model, model.lambda(), false)),
                args -> create(model, args));
    }

    /**
     * The tags of an instance: convex finite sums; smooth or not; λ-strongly convex when a ridge
     * λ &gt; 0 is present; scalable on synthetic data, whose dimension is a key.
     */
    static Set<Tag> tags(Model model, double lambda, boolean synthetic) {
        Set<Tag> tags = EnumSet.of(Tag.CONVEX, Tag.FINITE_SUM, model.smooth() ? Tag.SMOOTH : Tag.NONSMOOTH);
        if (lambda > 0 && !model.name().equals("lasso")) {
            tags.add(Tag.STRONGLY_CONVEX);
        }
        if (synthetic) {
            tags.add(Tag.SCALABLE);
        }
        return tags;
    }

    private static Problem create(Model model, Arguments args) {
        DataSpec spec = DataSpec.read(args, model.family(), model.dataset());
        PreparedData data = spec.prepare(model.encoding(), model.name());
        Objective objective = model.build().apply(data, args);
        double lambda = args.real("lambda");
        double delta = model.extraKeys().isEmpty() ? 0 : args.real("delta");
        Optimum optimum = SharedCache.get(new OptimumKey(model.name(), spec, lambda, delta), Optimum.class,
                () -> solve(objective));
        return new Problem(objective, new double[objective.dimension()], optimum.value(), optimum.point(),
                tags(model, lambda, spec.dataset().equals("synthetic")));
    }

    private static Optimum solve(Objective objective) {
        if (objective instanceof SmoothLinearModel smooth) {
            return Optima.newton(smooth);
        }
        if (objective instanceof Lasso lasso) {
            return Optima.lasso(lasso);
        }
        if (objective instanceof HingeSvm svm) {
            return Optima.hinge(svm);
        }
        throw new IllegalStateException("no solver for " + objective.getClass().getSimpleName());
    }
}
