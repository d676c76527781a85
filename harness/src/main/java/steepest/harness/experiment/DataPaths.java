package steepest.harness.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import steepest.optimizers.spec.Spec;

/**
 * The data-file paths of a problem spec: the values of its {@code file=} keys, nested specs
 * included ({@code noisy:problem=(logreg:file=data.csv)}). An experiment file's relative paths are
 * made absolute against the folder of that file when it is read, so that a run does not depend on
 * the directory it was started from and the manifest names the file that was read.
 */
public final class DataPaths {

    /** The key that names a data file. */
    public static final String KEY = "file";

    private DataPaths() {
    }

    /** The non-empty {@code file=} values of {@code spec}, in order of appearance. */
    public static List<String> of(String spec) {
        List<String> paths = new ArrayList<>();
        collect(Spec.parse("problem", spec), paths);
        return paths;
    }

    private static void collect(Spec spec, List<String> paths) {
        spec.arguments().forEach((key, value) -> {
            if (Spec.isNested(value)) {
                collect(Spec.parse("problem", Spec.unwrap(value)), paths);
            } else if (key.equals(KEY) && !value.isEmpty()) {
                paths.add(value);
            }
        });
    }

    /**
     * {@code spec} with every relative {@code file=} path resolved against {@code folder} (absolute
     * and normalized); other text unchanged. A spec without such a key is returned as it is.
     *
     * @throws steepest.optimizers.spec.SpecException if the spec does not parse
     */
    public static String absolute(String spec, Path folder) {
        if (!spec.contains(KEY + "=")) {
            return spec;
        }
        return absolute(Spec.parse("problem", spec), folder).toString();
    }

    private static Spec absolute(Spec spec, Path folder) {
        Map<String, String> arguments = new LinkedHashMap<>();
        spec.arguments().forEach((key, value) -> {
            if (Spec.isNested(value)) {
                arguments.put(key, "(" + absolute(Spec.parse("problem", Spec.unwrap(value)), folder) + ")");
            } else if (key.equals(KEY) && !value.isEmpty() && !Path.of(value).isAbsolute()) {
                arguments.put(key, folder.resolve(value).toAbsolutePath().normalize().toString());
            } else {
                arguments.put(key, value);
            }
        });
        return new Spec(spec.name(), arguments);
    }
}
