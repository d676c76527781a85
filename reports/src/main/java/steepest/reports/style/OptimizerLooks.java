package steepest.reports.style;

import static steepest.reports.style.Palette.BLACK;
import static steepest.reports.style.Palette.BLUE;
import static steepest.reports.style.Palette.BLUISH_GREEN;
import static steepest.reports.style.Palette.ORANGE;
import static steepest.reports.style.Palette.REDDISH_PURPLE;
import static steepest.reports.style.Palette.SKY_BLUE;
import static steepest.reports.style.Palette.VERMILLION;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One fixed look (colour, line style, marker) per optimizer, the same in every figure, keyed on the
 * optimizer's name: the part of a spec before ':' (or before the first blank), lower-cased, so
 * {@code adam:lr=1e-3} and {@code Adam} are both {@code adam}.
 *
 * <p>The suite's optimizers have a fixed table. No two share both colour and line style, so any
 * set of them stays apart in colour and in grayscale. Methods that appear together in the built-in
 * experiments (GD, SGD, AdaGrad, RMSProp, Adam; Adam, AdamW, NAdam, Adamax; GD, GD with line
 * search, NCG, Newton, Newton-CG, BFGS, L-BFGS; Frank-Wolfe and PGD; subgradient, ISTA, FISTA;
 * natural gradient and GD) differ in marker, in colour (but Adam and Adamax), and in line style as
 * far as four styles go. Any other name gets a stable look from a 32-bit FNV-1a hash of its UTF-8 bytes
 * (colour, then line style, then marker from successive digits), which may coincide with another's.
 *
 * <p>Several settings of one optimizer in one figure (e.g. {@code adam:lr=1e-3} and
 * {@code adam:lr=1e-2}) keep the optimizer's colour and marker; in the order the figure lists them,
 * the first keeps its line style and the k-th further one takes the style k places on in
 * {@link Dash} (cycling after four): see {@link #forFigure}.
 */
public final class OptimizerLooks {

    private static final Map<String, Look> TABLE = new LinkedHashMap<>();

    static {
        put("gd", BLACK, Dash.SOLID, MarkerShape.CIRCLE);
        put("sgd", BLUE, Dash.DASHED, MarkerShape.SQUARE);
        put("adagrad", BLUISH_GREEN, Dash.DOTTED, MarkerShape.TRIANGLE_DOWN);
        put("rmsprop", REDDISH_PURPLE, Dash.DASH_DOT, MarkerShape.DIAMOND);
        put("adam", VERMILLION, Dash.SOLID, MarkerShape.TRIANGLE_UP);
        put("adamw", ORANGE, Dash.DASHED, MarkerShape.CROSS);
        put("nadam", SKY_BLUE, Dash.DOTTED, MarkerShape.PLUS);
        put("adamax", VERMILLION, Dash.DASH_DOT, MarkerShape.CIRCLE);
        put("adadelta", BLUISH_GREEN, Dash.DASHED, MarkerShape.SQUARE);
        put("gd-ls", ORANGE, Dash.DOTTED, MarkerShape.SQUARE);
        put("ncg", BLUISH_GREEN, Dash.SOLID, MarkerShape.DIAMOND);
        put("newton", REDDISH_PURPLE, Dash.DASHED, MarkerShape.TRIANGLE_UP);
        put("newton-cg", VERMILLION, Dash.DOTTED, MarkerShape.TRIANGLE_DOWN);
        put("bfgs", BLUE, Dash.DASH_DOT, MarkerShape.CROSS);
        put("lbfgs", SKY_BLUE, Dash.SOLID, MarkerShape.PLUS);
        put("frank-wolfe", ORANGE, Dash.SOLID, MarkerShape.DIAMOND);
        put("pgd", BLUE, Dash.DOTTED, MarkerShape.TRIANGLE_UP);
        put("subgradient", BLACK, Dash.DOTTED, MarkerShape.CROSS);
        put("ista", BLUISH_GREEN, Dash.DASH_DOT, MarkerShape.SQUARE);
        put("fista", SKY_BLUE, Dash.DASHED, MarkerShape.TRIANGLE_DOWN);
        put("natural-gradient", REDDISH_PURPLE, Dash.DOTTED, MarkerShape.PLUS);
    }

    private OptimizerLooks() {
    }

    private static void put(String name, Color color, Dash dash, MarkerShape marker) {
        TABLE.put(name, new Look(color, dash, marker));
    }

    /** The optimizer names with a fixed look, in table order. */
    public static List<String> knownNames() {
        return List.copyOf(TABLE.keySet());
    }

    /** The optimizer name of a style key or spec: the text before ':' or the first blank, lower-cased. */
    public static String optimizerName(String styleKey) {
        String trimmed = styleKey.strip();
        int end = trimmed.length();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == ':' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The look of the optimizer named (or specified by) {@code styleKey}. */
    public static Look of(String styleKey) {
        String name = optimizerName(styleKey);
        Look fixed = TABLE.get(name);
        return fixed != null ? fixed : hashed(name);
    }

    /**
     * The looks of a figure's series, given their style keys in legend order: equal keys get equal
     * looks; the k-th distinct key (k &gt;= 1) of an optimizer already seen gets its line style
     * shifted by k.
     */
    public static List<Look> forFigure(List<String> styleKeys) {
        Map<String, List<String>> keysByName = new HashMap<>();
        List<Look> looks = new ArrayList<>(styleKeys.size());
        for (String key : styleKeys) {
            List<String> seen = keysByName.computeIfAbsent(optimizerName(key), n -> new ArrayList<>());
            int variant = seen.indexOf(key);
            if (variant < 0) {
                variant = seen.size();
                seen.add(key);
            }
            looks.add(of(key).withDashShifted(variant));
        }
        return looks;
    }

    private static Look hashed(String name) {
        int hash = 0x811c9dc5;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        long h = Integer.toUnsignedLong(hash);
        Color color = Palette.categorical((int) (h % Palette.categoricalSize()));
        h /= Palette.categoricalSize();
        Dash dash = Dash.values()[(int) (h % Dash.values().length)];
        h /= Dash.values().length;
        MarkerShape marker = MarkerShape.SERIES[(int) (h % MarkerShape.SERIES.length)];
        return new Look(color, dash, marker);
    }
}
