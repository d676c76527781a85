package steepest.optimizers.spec;

import java.util.Objects;

/**
 * A spec resolved once against its catalog: the entry it names, its arguments (keys checked, values
 * typed on demand) and its canonical text (every declared key spelled out, nested specs canonical
 * too). It names a cell in manifests, labels and figures, and {@link #build()} makes the value only
 * when it is needed: in the worker that runs the cell, not when an experiment is loaded.
 *
 * @param entry     the catalog entry the spec names
 * @param arguments the spec's arguments for that entry
 * @param canonical the canonical spec text
 * @param <T>       what the entry builds
 */
public record ResolvedSpec<T>(CatalogEntry<T> entry, Arguments arguments, String canonical) {

    /** Requires every part. */
    public ResolvedSpec {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(canonical, "canonical");
    }

    /** The entry's catalog name. */
    public String name() {
        return entry.name();
    }

    /**
     * Builds a fresh value (a new instance per call: objectives keep scratch buffers).
     *
     * @throws SpecException naming the entry when a value is invalid
     */
    public T build() {
        try {
            return entry.factory().apply(arguments);
        } catch (SpecException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw arguments.fail(e.getMessage());
        }
    }

    @Override
    public String toString() {
        return canonical;
    }
}
