package steepest.problems.ml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import steepest.optimizers.Checks;
import steepest.optimizers.Memory;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.Key;
import steepest.problems.Footprint;
import steepest.problems.data.Dataset;
import steepest.problems.data.Datasets;
import steepest.problems.data.DenseMatrix;
import steepest.problems.data.FeatureMatrix;
import steepest.problems.data.SharedCache;
import steepest.problems.data.Split;
import steepest.problems.data.Standardization;
import steepest.problems.data.Storage;
import steepest.problems.data.Synthetic;

/**
 * The data keys of a model's problem spec, typed, and the preparation they ask for. One record per
 * spec; it determines the prepared data completely, so it is also the {@link SharedCache} key under
 * which runs share them.
 *
 * <p>Preparation, in order: load the data set (bundled, a file, or generated); encode the targets
 * ({@link TargetEncoding}); split off {@code test_fraction} of the rows with {@code seed} ({@link
 * Split}); standardize the features, and a regression target, with the training rows' mean and
 * population standard deviation ({@link Standardization}); append the intercept's column of ones
 * last; store the result as {@code storage} asks. The storage is only a representation: dense and
 * sparse give the same problem. {@code standardize=auto} standardizes real data (bundled or a file)
 * with at least a quarter of its entries non-zero, and leaves synthetic data (whose column scales
 * set its condition number) and sparse data (which centering would make dense) as they are;
 * {@code standardize=true} on sparse data densifies it.
 *
 * @param dataset      a bundled name, {@code synthetic}, {@code spirals}, or empty when a file is given
 * @param file         a file path, or empty
 * @param format       the file's format
 * @param storage      the design matrix's storage
 * @param standardize  {@code auto}, {@code true} or {@code false}
 * @param intercept    whether to append an intercept column
 * @param testFraction the held-out fraction
 * @param seed         the seed of the split and of generated data
 * @param n            generated samples (synthetic and spirals)
 * @param d            generated features (synthetic)
 * @param cond         the generated features' condition number (synthetic)
 * @param density      the generated features' density (synthetic)
 * @param noise        the generated targets' noise (synthetic) or the points' jitter (spirals)
 * @param classes      the generated classes (synthetic, softmax)
 */
public record DataSpec(String dataset, String file, Datasets.Format format, Storage storage, String standardize,
                       boolean intercept, double testFraction, long seed, int n, int d, double cond, double density,
                       double noise, int classes) {

    /** Which data keys an entry declares. */
    public enum Family {
        /** Linear models with a scalar output: the bundled sets, files and {@code synthetic}. */
        LINEAR,
        /** Softmax regression: as {@link #LINEAR} plus {@code classes}. */
        MULTICLASS,
        /** Networks: the bundled sets, files and {@code spirals}; dense storage, no intercept column. */
        NEURAL
    }

    private static final List<String> SYNTHETIC_KEYS = List.of("n", "d", "cond", "density", "noise", "classes");

    /**
     * The data keys of an entry, in display order.
     *
     * @param defaultDataset      the default of {@code dataset}
     * @param defaultTestFraction the default of {@code test_fraction}
     */
    public static List<Key> keys(Family family, String defaultDataset, double defaultTestFraction) {
        String generated = family == Family.NEURAL ? "spirals" : "synthetic";
        List<Key> keys = new ArrayList<>();
        keys.add(Key.of("dataset", defaultDataset, String.join("|", Datasets.BUNDLED) + "|" + generated));
        keys.add(Key.of("file", "", "a CSV or LIBSVM file to use instead of dataset"));
        keys.add(Key.of("format", "auto", "auto|csv|libsvm, of file (auto: csv for *.csv[.gz])"));
        if (family != Family.NEURAL) {
            keys.add(Key.of("storage", "auto", "auto|dense|sparse (auto: sparse below density 1/4)"));
        }
        keys.add(Key.of("standardize", "auto", "auto|true|false, features (and a regression target) by training "
                + "mean and std (auto: real data with >= 1/4 non-zeros)"));
        if (family != Family.NEURAL) {
            keys.add(Key.of("intercept", "true", "append a column of ones as the last feature"));
        }
        keys.add(Key.of("test_fraction", defaultTestFraction, "held-out fraction in [0, 1), split by seed"));
        keys.add(Key.of("seed", 0, "seed of the split, of generated data" + (family == Family.NEURAL
                ? " and of the initial weights" : "")));
        if (family == Family.NEURAL) {
            keys.add(Key.of("n", 1000, "spirals: points"));
            keys.add(Key.of("noise", 0.05, "spirals: jitter standard deviation"));
        } else {
            keys.add(Key.of("n", 1000, "synthetic: samples"));
            keys.add(Key.of("d", 20, "synthetic: features"));
            keys.add(Key.of("cond", 10, "synthetic: condition number of the feature covariance"));
            keys.add(Key.of("density", 1, "synthetic: fraction of non-zero features"));
            keys.add(Key.of("noise", 0.1, "synthetic: target noise std (regression) or label-flip probability"));
        }
        if (family == Family.MULTICLASS) {
            keys.add(Key.of("classes", 3, "synthetic: number of classes"));
        }
        return keys;
    }

    /**
     * Reads the data keys of {@code family} from {@code args}. Keys that do not apply (a dataset
     * beside a file, format without a file, generator keys for real data) are rejected when set to
     * anything but their default, so that a canonical spec, which spells out every default, reads
     * back as the same problem.
     *
     * @param defaultDataset the entry's default of {@code dataset}
     * @throws IllegalArgumentException naming the key if a value is invalid or keys conflict
     */
    public static DataSpec read(Arguments args, Family family, String defaultDataset) {
        Map<String, String> defaults = new HashMap<>();
        keys(family, defaultDataset, 0).forEach(key -> defaults.put(key.name(), key.defaultValue()));
        boolean fromFile = !args.text("file").isEmpty();
        if (fromFile && changed(args, "dataset", defaults)) {
            throw new IllegalArgumentException("give dataset or file, not both");
        }
        String generated = family == Family.NEURAL ? "spirals" : "synthetic";
        String dataset = fromFile ? "" : args.text("dataset");
        if (!fromFile && !Datasets.BUNDLED.contains(dataset) && !dataset.equals(generated)) {
            throw new IllegalArgumentException("dataset='" + dataset + "' is not one of "
                    + String.join(", ", Datasets.BUNDLED) + ", " + generated);
        }
        if (!fromFile && changed(args, "format", defaults)) {
            throw new IllegalArgumentException("format applies only to file=");
        }
        boolean isGenerated = dataset.equals(generated);
        for (String key : SYNTHETIC_KEYS) {
            if (declared(key, family) && changed(args, key, defaults) && !isGenerated) {
                throw new IllegalArgumentException(key + " applies only to dataset=" + generated);
            }
        }
        Datasets.Format format = Datasets.Format.valueOf(args.choice("format", "auto", "csv", "libsvm")
                .toUpperCase(Locale.ROOT));
        Storage storage = family == Family.NEURAL ? Storage.DENSE
                : Storage.valueOf(args.choice("storage", "auto", "dense", "sparse").toUpperCase(Locale.ROOT));
        String standardize = args.choice("standardize", "auto", "true", "false");
        boolean intercept = family != Family.NEURAL && args.flag("intercept");
        double testFraction = Checks.inHalfOpen("test_fraction", args.real("test_fraction"), 0, 1);
        long seed = args.integer("seed");
        int n = args.integer("n");
        int d = family == Family.NEURAL ? 2 : args.integer("d");
        double cond = family == Family.NEURAL ? 1 : args.real("cond");
        double density = family == Family.NEURAL ? 1 : args.real("density");
        double noise = args.real("noise");
        int classes = family == Family.MULTICLASS ? args.integer("classes") : 2;
        return new DataSpec(dataset, fromFile ? args.text("file") : "", format, storage, standardize, intercept,
                testFraction, seed, n, d, cond, density, noise, classes);
    }

    /** Whether the spec sets {@code key} to other than its default. */
    private static boolean changed(Arguments args, String key, Map<String, String> defaults) {
        return args.given(key) && !args.text(key).equals(defaults.get(key));
    }

    private static boolean declared(String key, Family family) {
        return switch (key) {
            case "n", "noise" -> true;
            case "classes" -> family == Family.MULTICLASS;
            default -> family != Family.NEURAL;
        };
    }

    /** A short name of the data, for messages: the dataset name or the file. */
    public String source() {
        return file.isEmpty() ? "dataset=" + dataset : "file=" + file;
    }

    private record Prepared(DataSpec spec, TargetEncoding encoding, String model) {
    }

    /**
     * The prepared data (shared through the {@link SharedCache}).
     *
     * @param encoding how the model reads targets
     * @param model    the model's spec name, for messages
     * @throws IllegalArgumentException if the data do not suit the model or the keys
     */
    public PreparedData prepare(TargetEncoding encoding, String model) {
        return SharedCache.get(new Prepared(this, encoding, model), PreparedData.class, () -> build(encoding, model));
    }

    private PreparedData build(TargetEncoding encoding, String model) {
        Dataset raw = load(encoding);
        double[] targets = encoding.encode(raw.targets(), model, source());
        requireMemory(raw.features(), encoding.classes(targets));
        Split split = Split.of(new Dataset(raw.name(), raw.features(), targets), testFraction, seed);
        FeatureMatrix train = split.train().features();
        FeatureMatrix test = split.hasTest() ? split.test().features() : null;
        double[] trainTargets = split.train().targets();
        double[] testTargets = split.hasTest() ? split.test().targets() : null;
        if (standardizes(raw.features())) {
            Standardization features = Standardization.fit(dense(train));
            train = features.apply(dense(train));
            test = test == null ? null : features.apply(dense(test));
            if (encoding == TargetEncoding.REGRESSION) {
                Standardization target = Standardization.fit(new DenseMatrix(trainTargets.length, 1, trainTargets));
                trainTargets = target.apply(new DenseMatrix(trainTargets.length, 1, trainTargets)).toArray();
                testTargets = testTargets == null ? null
                        : target.apply(new DenseMatrix(testTargets.length, 1, testTargets)).toArray();
            }
        }
        int features = train.cols();
        if (intercept) {
            train = train.withOnesColumn();
            test = test == null ? null : test.withOnesColumn();
        }
        return new PreparedData(model + " on " + source(), storage.apply(train), trainTargets,
                test == null ? null : storage.apply(test), testTargets, features, intercept, encoding.classes(targets));
    }

    /**
     * Refuses data whose preparation and model cannot fit the heap, before the copies are made:
     * the split, the intercept column and the chosen storage each copy the matrix (standardizing
     * makes it dense), and a model of p = (d + 1)·outputs parameters keeps the problem's and a run's
     * p-vectors ({@link Footprint}) and as many again for its workspaces and its optimum's solver.
     */
    private void requireMemory(FeatureMatrix raw, int classes) {
        double entries = (double) raw.rows() * raw.cols();
        boolean dense = standardizes(raw) || !storage.sparse(raw.rows(), raw.cols(), raw.nonZeros());
        if (dense) {
            Memory.requireArrayLength(source() + " (" + raw.rows() + "x" + raw.cols() + " dense)", entries);
        }
        double copy = dense ? Memory.doubles(entries) : 12.0 * raw.nonZeros() + 4.0 * raw.rows();
        double parameters = (raw.cols() + 1.0) * Math.max(1, classes > 2 ? classes : 1);
        Memory.requireArrayLength(source() + " with " + raw.cols() + " features", parameters);
        Memory.require(source() + " (" + raw.rows() + " samples, " + raw.cols() + " features)", 3 * copy
                + Memory.doubles(2 * (Footprint.PROBLEM_VECTORS + Memory.RUN_VECTORS) * parameters));
    }

    private static DenseMatrix dense(FeatureMatrix matrix) {
        return (DenseMatrix) Storage.DENSE.apply(matrix);
    }

    private Dataset load(TargetEncoding encoding) {
        if (!file.isEmpty()) {
            return Datasets.file(Path.of(file), format, storage);
        }
        return switch (dataset) {
            case "spirals" -> Synthetic.spirals(n, noise, seed);
            case "synthetic" -> Synthetic.linear(new Synthetic.Spec(n, d, cond, density, noise,
                    encoding == TargetEncoding.REGRESSION ? 0 : classes, seed));
            default -> Datasets.bundled(dataset);
        };
    }

    /** Whether to standardize: as asked, or under auto real data with at least 1/4 non-zero entries. */
    private boolean standardizes(FeatureMatrix raw) {
        return switch (standardize) {
            case "true" -> true;
            case "false" -> false;
            default -> (!file.isEmpty() || Datasets.BUNDLED.contains(dataset))
                    && raw.nonZeros() >= Storage.SPARSE_BELOW_DENSITY * raw.rows() * (double) raw.cols();
        };
    }
}
