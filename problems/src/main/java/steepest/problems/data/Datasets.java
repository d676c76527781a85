package steepest.problems.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where data sets come from: the real ones bundled as resources (see {@code datasets/README.md}
 * beside them for provenance and licences), users' CSV and LIBSVM files, and {@link Synthetic}
 * generators. Every loaded data set is kept in the {@link SharedCache} under a key that determines
 * it (the bundled name; a file's absolute path, size, modification time, format and storage; a
 * generator's parameters), so the many runs of an experiment read and parse a file once and share
 * the immutable result.
 */
public final class Datasets {

    /** The bundled data sets, by spec name. */
    public static final List<String> BUNDLED = List.of("breast_cancer", "digits", "iris", "wine", "diabetes");

    /** The formats of users' files. */
    public enum Format {
        /** CSV when the name ends in {@code .csv} or {@code .csv.gz}, LIBSVM otherwise. */
        AUTO,
        /** {@link CsvReader}. */
        CSV,
        /** {@link LibsvmReader}. */
        LIBSVM;

        /** The concrete format of {@code file}. */
        Format resolve(Path file) {
            if (this != AUTO) {
                return this;
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") || name.endsWith(".csv.gz") ? CSV : LIBSVM;
        }
    }

    private record FileKey(Path path, long size, long modified, Format format, Storage storage) {
    }

    private Datasets() {
    }

    /**
     * A bundled data set: {@code breast_cancer} (569×30, binary), {@code digits} (1797×64, 10
     * classes), {@code iris} (150×4, 3 classes), {@code wine} (178×13, 3 classes) or
     * {@code diabetes} (442×10, real-valued target).
     *
     * @throws IllegalArgumentException naming the valid names if {@code name} is not one
     */
    public static Dataset bundled(String name) {
        if (!BUNDLED.contains(name)) {
            throw new IllegalArgumentException("dataset '" + name + "' is not bundled; valid: " + String.join(", ", BUNDLED));
        }
        return SharedCache.get("bundled:" + name, Dataset.class, () -> readBundled(name));
    }

    /**
     * A user's data file, read with {@link CsvReader} or {@link LibsvmReader}.
     *
     * @param storage the storage of the design matrix
     * @throws IllegalArgumentException if the file does not exist or is a directory;
     *                                  {@link DataFormatException} if a
     *                                  line is malformed
     */
    public static Dataset file(Path file, Format format, Storage storage) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("data file " + file + " is a directory, not a file");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("data file " + file + (Files.exists(path)
                    ? " is not a regular file" : " does not exist"));
        }
        FileKey key;
        try {
            key = new FileKey(path, Files.size(path), Files.getLastModifiedTime(path).toMillis(), format.resolve(path),
                    storage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return SharedCache.get(key, Dataset.class, () -> key.format() == Format.CSV
                ? withStorage(CsvReader.read(file), storage)
                : LibsvmReader.read(file, storage));
    }

    private static Dataset withStorage(Dataset data, Storage storage) {
        return new Dataset(data.name(), storage.apply(data.features()), data.targets());
    }

    private static Dataset readBundled(String name) {
        try {
            return switch (name) {
                case "digits" -> csvResource(name, "digits.csv.gz");
                case "wine" -> csvResource(name, "wine_data.csv");
                case "diabetes" -> diabetes();
                default -> csvResource(name, name + ".csv");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled dataset " + name + ": " + e.getMessage(), e);
        }
    }

    private static Dataset csvResource(String name, String file) throws IOException {
        try (BufferedReader in = Sources.openResource("/datasets/" + file)) {
            Dataset data = CsvReader.toDataset(file, CsvReader.readTable(file, in, CsvReader.Delimiter.COMMA));
            return new Dataset(name, data.features(), data.targets());
        }
    }

    private static Dataset diabetes() throws IOException {
        CsvReader.Table features;
        CsvReader.Table targets;
        try (BufferedReader in = Sources.openResource("/datasets/diabetes_data_raw.csv.gz")) {
            features = CsvReader.readTable("diabetes_data_raw.csv.gz", in, CsvReader.Delimiter.WHITESPACE);
        }
        try (BufferedReader in = Sources.openResource("/datasets/diabetes_target.csv.gz")) {
            targets = CsvReader.readTable("diabetes_target.csv.gz", in, CsvReader.Delimiter.WHITESPACE);
        }
        if (targets.cols() != 1 || targets.rows() != features.rows()) {
            throw new IllegalStateException("diabetes: " + features.rows() + " feature rows but " + targets.rows() + "x"
                    + targets.cols() + " targets");
        }
        return new Dataset("diabetes", new DenseMatrix(features.rows(), features.cols(), features.values()),
                targets.values());
    }
}
