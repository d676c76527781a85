package steepest.harness.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.Spec;

/**
 * Labels for the specs shown side by side in one report, short but unambiguous. A spec keeps the
 * keys whose values differ from their defaults (its compact form) and every key whose value differs
 * between the report's specs of the same entry, even at its default: {@code gd:lr=0.001} beside
 * {@code gd:lr=0.002} is not a bare {@code gd} (0.001 being gd's default), and a noisy problem at
 * the default {@code sigma=0.1} beside {@code sigma=0.01} shows its sigma. A nested spec (a key's
 * value in parentheses) is labelled the same way among the nested values of that key in specs of
 * the same entry, recursively, so {@code noisy:problem=(noisy:problem=(...),sigma=0.1)} keeps the
 * inner sigma too. Values may be shortened ({@link ResultsView#readable}); specs the catalog lacks
 * are labelled as written; should two labels still coincide (shortened reals), those specs are
 * labelled by their canonical text.
 */
final class SpecLabels {

    private SpecLabels() {
    }

    /**
     * The label of each of {@code specs}.
     *
     * @param shorten how a plain (not nested) value is shown
     */
    static Map<String, String> of(Catalog<?> catalog, List<String> specs, UnaryOperator<String> shorten) {
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String text : specs) {
            try {
                canonical.put(text, catalog.canonical(text));
            } catch (IllegalArgumentException e) {
                // not in the catalogs (a folder of another version, a plugin not loaded): labelled as written
            }
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(canonical.values()));
        List<String> labels = labels(catalog, distinct, shorten);
        Map<String, String> byCanonical = new HashMap<>();
        Map<String, Long> uses = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byCanonical.put(distinct.get(i), labels.get(i));
            uses.merge(labels.get(i), 1L, Long::sum);
        }
        Map<String, String> result = new HashMap<>();
        for (String text : specs) {
            String full = canonical.get(text);
            String label = full == null ? text : byCanonical.get(full);
            result.put(text, full != null && uses.get(label) > 1 ? full : label);
        }
        return result;
    }

    /** The labels of distinct canonical specs of {@code catalog}, in order. */
    private static List<String> labels(Catalog<?> catalog, List<String> canonical, UnaryOperator<String> shorten) {
        List<Spec> specs = canonical.stream().map(text -> Spec.parse(catalog.kind(), text)).toList();
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            Spec spec = specs.get(s);
            List<Spec> siblings = specs.stream().filter(other -> other.name().equals(spec.name())).toList();
            Map<String, String> differing = Spec.parse(catalog.kind(), catalog.compact(canonical.get(s))).arguments();
            Map<String, String> kept = new LinkedHashMap<>();
            spec.arguments().forEach((key, value) -> {
                List<String> values = siblings.stream().map(other -> other.arguments().get(key))
                        .filter(Objects::nonNull).distinct().toList();
                if (Spec.isNested(value)) {
                    List<String> inner = values.stream().filter(Spec::isNested).map(Spec::unwrap).toList();
                    kept.put(key, "(" + labels(catalog, inner, shorten).get(inner.indexOf(Spec.unwrap(value))) + ")");
                } else if (values.size() > 1 || differing.containsKey(key)) {
                    kept.put(key, shorten.apply(value));
                }
            });
            labels.add(new Spec(spec.name(), kept).toString());
        }
        return labels;
    }
}
