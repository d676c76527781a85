package steepest.problems.data;

import java.lang.ref.SoftReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Immutable values that every run in this JVM may share, computed once per key: loaded and
 * generated data sets, preprocessed training data, the optima of problems. Keys are records (or
 * strings) that determine the value completely, so a cached value is exactly what a fresh
 * computation would give. Values are held by soft references: under memory pressure the garbage
 * collector may drop them, and they are then computed again.
 */
public final class SharedCache {

    private static final ConcurrentHashMap<Object, SoftReference<Object>> VALUES = new ConcurrentHashMap<>();

    private SharedCache() {
    }

    /**
     * The value under {@code key}, computed by {@code compute} when absent or collected. The
     * computation runs outside any lock, so it may itself use this cache (a prepared data set loads
     * its raw data set through it); two threads that miss the same key at once may both compute,
     * and both get the value stored first. A computation that throws caches nothing.
     *
     * @param key     determines the value; must implement equals and hashCode by value
     * @param type    the value's class
     * @param compute computes the value
     */
    public static <T> T get(Object key, Class<T> type, Supplier<? extends T> compute) {
        SoftReference<Object> reference = VALUES.get(key);
        Object present = reference == null ? null : reference.get();
        if (present != null) {
            return type.cast(present);
        }
        Object computed = compute.get();
        Object[] stored = new Object[1];
        VALUES.compute(key, (k, current) -> {
            Object alive = current == null ? null : current.get();
            stored[0] = alive != null ? alive : computed;
            return alive != null ? current : new SoftReference<>(computed);
        });
        return type.cast(stored[0]);
    }
}
