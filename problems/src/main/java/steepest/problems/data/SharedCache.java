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
     * The value under {@code key}, computed by {@code compute} when absent or collected. Concurrent
     * callers with the same key wait for one computation. A computation that throws caches nothing.
     *
     * @param key     determines the value; must implement equals and hashCode by value
     * @param type    the value's class
     * @param compute computes the value; must not use this cache
     */
    public static <T> T get(Object key, Class<T> type, Supplier<? extends T> compute) {
        Object[] result = new Object[1];
        VALUES.compute(key, (k, reference) -> {
            Object present = reference == null ? null : reference.get();
            if (present == null) {
                present = compute.get();
                reference = new SoftReference<>(present);
            }
            result[0] = present;
            return reference;
        });
        return type.cast(result[0]);
    }
}
