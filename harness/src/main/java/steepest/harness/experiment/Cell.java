package steepest.harness.experiment;

/**
 * One run of an experiment: a problem, an optimizer and a replicate seed. Its random stream is
 * derived from the experiment seed and the cell's key alone, so its result does not depend on which
 * thread runs it or when.
 *
 * @param index     position in the experiment's cell order (problem-major, then optimizer, then seed)
 * @param problem   the canonical problem spec
 * @param optimizer the canonical optimizer spec
 * @param seed      the replicate seed
 * @param rngSeed   the seed of the cell's random stream ({@code trace --seed} replays it)
 */
public record Cell(int index, String problem, String optimizer, long seed, long rngSeed) {

    private static final int SLUG_LIMIT = 100;

    /** A file-name-safe identifier, unique within the experiment: {@code c0003-rosenbrock_d=2__gd_lr=0.001__s0}. */
    public String id() {
        String slug = (problem + "__" + optimizer + "__s" + seed).replaceAll("[^A-Za-z0-9.=+-]", "_");
        if (slug.length() > SLUG_LIMIT) {
            slug = slug.substring(0, SLUG_LIMIT);
        }
        return String.format("c%04d-%s", index, slug);
    }

    /**
     * The random-stream seed of a cell: a SplitMix64 mix of the experiment seed and a 64-bit FNV-1a
     * hash of the key (problem, optimizer, replicate seed). Stable across JVMs and platforms.
     */
    public static long deriveSeed(long experimentSeed, String problem, String optimizer, long seed) {
        String key = problem + '\u0000' + optimizer + '\u0000' + seed;
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(experimentSeed ^ hash);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
