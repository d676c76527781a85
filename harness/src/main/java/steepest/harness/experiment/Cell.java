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
 * @param digits    the digits of the index in {@link #id()}: {@value #MIN_DIGITS}, or as many as the
 *                  largest index of the experiment has ({@link #digitsFor})
 */
public record Cell(int index, String problem, String optimizer, long seed, long rngSeed, int digits) {

    /** The digits of the index in the id of a cell of an experiment of at most 10⁴ cells. */
    public static final int MIN_DIGITS = 4;
    private static final int SLUG_LIMIT = 100;

    /** Validates the index and the digits, naming the field. */
    public Cell {
        if (index < 0) {
            throw new IllegalArgumentException("cell index must be >= 0, got " + index);
        }
        if (digits < MIN_DIGITS) {
            throw new IllegalArgumentException("cell id digits must be >= " + MIN_DIGITS + ", got " + digits);
        }
    }

    /** A cell of an experiment of at most 10⁴ cells. */
    public Cell(int index, String problem, String optimizer, long seed, long rngSeed) {
        this(index, problem, optimizer, seed, rngSeed, MIN_DIGITS);
    }

    /**
     * The digits of the indices in the ids of an experiment of {@code cells} cells: 4 up to 10⁴ cells
     * (the ids of every experiment that size are unchanged), then as many as its largest index has, so
     * that the ids of any experiment sort in cell order ({@code c00000-...} to {@code c99999-...}).
     */
    public static int digitsFor(int cells) {
        return Math.max(MIN_DIGITS, Integer.toString(Math.max(0, cells - 1)).length());
    }

    /**
     * A file-name-safe identifier, unique within the experiment (the index comes first) and sorting in
     * cell order within it: {@code c0003-rosenbrock_d=2__gd_lr=0.001__s0}.
     */
    public String id() {
        String number = Integer.toString(index);
        StringBuilder id = new StringBuilder(24 + Math.max(digits, number.length()) + problem.length() + optimizer.length())
                .append('c');
        id.append("0".repeat(Math.max(0, digits - number.length()))).append(number).append('-');
        int slugStart = id.length();
        appendSafe(id, problem);
        id.append("__");
        appendSafe(id, optimizer);
        id.append("__s").append(seed);
        id.setLength(Math.min(id.length(), slugStart + SLUG_LIMIT));
        return id.toString();
    }

    /** Appends {@code text} with every character outside [A-Za-z0-9.=+-] (a code point) replaced by '_'. */
    private static void appendSafe(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '=' || c == '+' || c == '-';
            out.append(safe ? (char) c : '_');
            i += Character.charCount(c);
        }
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
