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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * {@link Dash} (cycling after four): see {@link #forFigure}. A figure of one optimizer alone whose
 * settings differ in a single key (a {@link Sweep}: {@code gd} at four learning rates) is coloured by
 * that key instead: see {@link #sweep}.
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
     * shifted by k. Style keys that form a {@link Sweep} take its looks, coloured by the varying key.
     */
    public static List<Look> forFigure(List<String> styleKeys) {
        Optional<Sweep> sweep = sweep(styleKeys);
        if (sweep.isPresent()) {
            return sweep.get().looks();
        }
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

    /**
     * Several settings of one optimizer that differ in exactly one key, e.g. {@code gd:lr=1e-3} ...
     * {@code gd:lr=1e-2}. Its {@link #looks()} keep the optimizer's marker and colour the key: with
     * the distinct values ordered (numerically when every value is a number, else as first listed),
     * the i-th of m takes viridis' i-th of m colours ({@link Palette#sequential}) when the values
     * are numbers, which keeps their order readable in grayscale, else the i-th categorical colour,
     * and the optimizer's line style moved i places on.
     *
     * @param optimizer the optimizer's name
     * @param key       the key that varies
     * @param values    the key's value in each style key of the figure, in figure order (empty
     *                  where a style key leaves the key out)
     */
    public record Sweep(String optimizer, String key, List<String> values) {

        /** Copies the values. */
        public Sweep {
            values = List.copyOf(values);
        }

        /** Whether every value is a number (and none is left out). */
        public boolean numeric() {
            return values.stream().allMatch(OptimizerLooks::isNumber);
        }

        /** The distinct values in their order: ascending numbers, else as first listed. */
        public List<String> ordered() {
            List<String> distinct = values.stream().distinct().toList();
            return numeric() ? distinct.stream().sorted(Comparator.comparingDouble(Double::parseDouble)).toList()
                    : distinct;
        }

        /** The look of each series, in figure order. */
        public List<Look> looks() {
            Look base = of(optimizer);
            List<String> ordered = ordered();
            boolean numeric = numeric();
            List<Look> looks = new ArrayList<>(values.size());
            for (String value : values) {
                int rank = ordered.indexOf(value);
                Color color = numeric ? Palette.sequential(rank, ordered.size()) : Palette.categorical(rank);
                looks.add(new Look(color, base.dash().next(rank), base.marker()));
            }
            return looks;
        }
    }

    /**
     * The sweep a figure's style keys form, if they name one optimizer, at least two distinct
     * settings, and differ in exactly one key (a key a spec leaves out has the empty value there).
     */
    public static Optional<Sweep> sweep(List<String> styleKeys) {
        if (styleKeys.stream().distinct().count() < 2
                || styleKeys.stream().map(OptimizerLooks::optimizerName).distinct().count() != 1) {
            return Optional.empty();
        }
        List<Map<String, String>> arguments = styleKeys.stream().map(OptimizerLooks::arguments).toList();
        Set<String> keys = new LinkedHashSet<>();
        arguments.forEach(a -> keys.addAll(a.keySet()));
        List<String> varying = keys.stream()
                .filter(k -> arguments.stream().map(a -> a.getOrDefault(k, "")).distinct().count() > 1).toList();
        if (varying.size() != 1) {
            return Optional.empty();
        }
        String key = varying.get(0);
        return Optional.of(new Sweep(optimizerName(styleKeys.get(0)), key,
                arguments.stream().map(a -> a.getOrDefault(key, "")).toList()));
    }

    /**
     * The {@code key=value} arguments of a spec, after its first ':' and split at the commas outside
     * parentheses (a value may be a whole nested spec, {@code inner=(adam:lr=1e-3,beta1=0.9)}).
     */
    static Map<String, String> arguments(String styleKey) {
        Map<String, String> arguments = new LinkedHashMap<>();
        String spec = styleKey.strip();
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return arguments;
        }
        int depth = 0;
        int start = colon + 1;
        for (int i = start; i <= spec.length(); i++) {
            char c = i < spec.length() ? spec.charAt(i) : ',';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String part = spec.substring(start, i);
                int equals = part.indexOf('=');
                if (equals > 0) {
                    arguments.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
                }
                start = i + 1;
            }
        }
        return arguments;
    }

    private static boolean isNumber(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
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
