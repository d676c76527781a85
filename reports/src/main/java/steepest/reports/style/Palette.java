package steepest.reports.style;

import java.awt.Color;

/**
 * The colours figures use.
 * <ul>
 *   <li>Categorical: Okabe and Ito's colour-blind-safe set ("Color Universal Design", 2008), without
 *       its yellow, which is unreadable as a thin line on white.</li>
 *   <li>Sequential ({@link #sequential}): viridis (van der Walt and Smith, matplotlib 2015),
 *       perceptually uniform and monotone in lightness, so order survives grayscale printing.</li>
 *   <li>Contour levels ({@link #contourGray}): grays, darker for lower levels, quiet enough for
 *       trajectories to stand out.</li>
 * </ul>
 */
public final class Palette {

    /** Okabe–Ito black. */
    public static final Color BLACK = new Color(0, 0, 0);
    /** Okabe–Ito orange. */
    public static final Color ORANGE = new Color(230, 159, 0);
    /** Okabe–Ito sky blue. */
    public static final Color SKY_BLUE = new Color(86, 180, 233);
    /** Okabe–Ito bluish green. */
    public static final Color BLUISH_GREEN = new Color(0, 158, 115);
    /** Okabe–Ito blue. */
    public static final Color BLUE = new Color(0, 114, 178);
    /** Okabe–Ito vermillion. */
    public static final Color VERMILLION = new Color(213, 94, 0);
    /** Okabe–Ito reddish purple. */
    public static final Color REDDISH_PURPLE = new Color(204, 121, 167);

    /** The categorical colours in the order positional series take them. */
    private static final Color[] CATEGORICAL = {BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK};

    /** Viridis sampled at 0, 1/8, ..., 1 (matplotlib's table); interpolated linearly in between. */
    private static final int[][] VIRIDIS = {
        {68, 1, 84}, {71, 44, 122}, {59, 81, 139}, {44, 113, 142}, {33, 144, 141},
        {39, 173, 129}, {92, 200, 99}, {170, 220, 50}, {253, 231, 37},
    };

    /** Viridis is cut at this fraction: its last yellows vanish on white. */
    private static final double VIRIDIS_END = 0.85;

    private Palette() {
    }

    /** The number of categorical colours. */
    public static int categoricalSize() {
        return CATEGORICAL.length;
    }

    /** The {@code index}-th categorical colour, cycling. */
    public static Color categorical(int index) {
        return CATEGORICAL[Math.floorMod(index, CATEGORICAL.length)];
    }

    /**
     * The colour of item {@code index} of {@code count} ordered items (first dark purple, last green),
     * from viridis.
     */
    public static Color sequential(int index, int count) {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("index " + index + " is not in [0, " + count + ")");
        }
        double t = count == 1 ? 0 : VIRIDIS_END * index / (count - 1);
        double scaled = t * (VIRIDIS.length - 1);
        int low = (int) Math.floor(scaled);
        int high = Math.min(low + 1, VIRIDIS.length - 1);
        double w = scaled - low;
        int[] rgb = new int[3];
        for (int c = 0; c < 3; c++) {
            rgb[c] = (int) Math.round(VIRIDIS[low][c] * (1 - w) + VIRIDIS[high][c] * w);
        }
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    /** The gray of contour level {@code index} of {@code count}: from 35% gray (lowest) to 75% (highest). */
    public static Color contourGray(int index, int count) {
        double t = count <= 1 ? 0 : (double) index / (count - 1);
        int value = (int) Math.round(90 + t * (190 - 90));
        return new Color(value, value, value);
    }

    /** {@code color} with opacity {@code alpha} in [0, 1]. */
    public static Color translucent(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(255 * alpha));
    }
}
