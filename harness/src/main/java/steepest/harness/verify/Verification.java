package steepest.harness.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import steepest.harness.catalog.Catalogs;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.optimizers.spec.ResolvedSpec;
import steepest.optimizers.spec.Spec;
import steepest.optimizers.spec.SpecException;
import steepest.problems.Problem;
import steepest.problems.Tag;
import steepest.problems.conformance.Finding;
import steepest.problems.conformance.OptimizerConformance;
import steepest.problems.conformance.ProblemConformance;
import steepest.problems.conformance.Verdict;

/**
 * Runs the conformance checks ({@link ProblemConformance}, {@link OptimizerConformance}) on catalog
 * entries named by spec, built-in and plugin alike: first that the spec builds, then every check.
 * Problem checks use the suite's default tolerances (a minimizer at a kink for problems tagged
 * {@code nonsmooth}) and seed {@value #SEED}.
 */
public final class Verification {

    private static final long SEED = 42;

    private final Catalogs catalogs;

    /** Verifies entries of {@code catalogs}. */
    public Verification(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /**
     * One checked entry.
     *
     * @param spec    the spec checked (an entry's name checks its defaults)
     * @param kind    {@code optimizer} or {@code problem}
     * @param finding what one check found
     */
    public record Row(String spec, String kind, Finding finding) {

        /** Requires every part. */
        public Row {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(finding, "finding");
        }
    }

    /**
     * The specs {@code verify} checks when given no names: every entry of the plugin jars, or every
     * entry when no plugin is loaded.
     */
    public List<String> defaultSpecs() {
        boolean plugins = !catalogs.plugins().isEmpty();
        List<String> specs = new ArrayList<>();
        for (CatalogEntry<Optimizer> entry : catalogs.optimizers().entries()) {
            if (!plugins || catalogs.optimizerOrigin(entry.name()).plugin().isPresent()) {
                specs.add(entry.name());
            }
        }
        for (CatalogEntry<Problem> entry : catalogs.problems().entries()) {
            if (!plugins || catalogs.problemOrigin(entry.name()).plugin().isPresent()) {
                specs.add(entry.name());
            }
        }
        return specs;
    }

    /**
     * Checks every spec: as an optimizer if it names one, as a problem if it names one.
     *
     * @throws SpecException if a spec names no entry of either kind
     */
    public List<Row> verify(List<String> specs) {
        for (String spec : specs) {
            String name = Spec.parse("entry", spec).name();
            if (!catalogs.optimizers().contains(name) && !catalogs.problems().contains(name)) {
                throw new SpecException("verify: '" + name + "' is neither an optimizer nor a problem; see 'steepest list'");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String spec : specs) {
            String name = Spec.parse("entry", spec).name();
            if (catalogs.optimizers().contains(name)) {
                rows.addAll(optimizer(spec));
            }
            if (catalogs.problems().contains(name)) {
                rows.addAll(problem(spec));
            }
        }
        return rows;
    }

    private List<Row> optimizer(String spec) {
        List<Row> rows = new ArrayList<>();
        Optimizer optimizer = build(spec, "optimizer", catalogs.optimizers(), rows);
        if (optimizer != null) {
            for (Finding finding : OptimizerConformance.all(optimizer, () -> catalogs.optimizers().create(spec))) {
                rows.add(new Row(spec, "optimizer", finding));
            }
        }
        return rows;
    }

    private List<Row> problem(String spec) {
        List<Row> rows = new ArrayList<>();
        Problem problem = build(spec, "problem", catalogs.problems(), rows);
        if (problem != null) {
            ProblemConformance.Tolerances tolerances = problem.tags().contains(Tag.NONSMOOTH)
                    ? ProblemConformance.Tolerances.DEFAULT.withNonsmoothOptimum() : ProblemConformance.Tolerances.DEFAULT;
            Supplier<Problem> another = () -> catalogs.problems().create(spec);
            try {
                for (Finding finding : ProblemConformance.all(problem, another, tolerances, SEED)) {
                    rows.add(new Row(spec, "problem", finding));
                }
            } catch (RuntimeException e) {
                rows.add(new Row(spec, "problem", new Finding("evaluates", Verdict.FAIL, "an evaluation failed: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
            }
        }
        return rows;
    }

    /** Builds {@code spec}, adding the {@code builds} row; null when it did not build. */
    private static <T> T build(String spec, String kind, Catalog<T> catalog, List<Row> rows) {
        ResolvedSpec<T> resolved = catalog.resolve(spec);
        List<String> required = resolved.entry().keys().stream().filter(k -> k.defaultValue() == null)
                .map(Key::name).filter(k -> !Spec.parse(kind, spec).arguments().containsKey(k)).toList();
        if (!required.isEmpty()) {
            rows.add(new Row(spec, kind, new Finding("builds", Verdict.SKIP, "needs " + String.join(", ", required)
                    + ": name a full spec, e.g. '" + resolved.name() + ":" + required.get(0) + "=...'")));
            return null;
        }
        try {
            T built = resolved.build();
            rows.add(new Row(spec, kind, new Finding("builds", Verdict.PASS,
                    spec.equals(resolved.name()) ? "from its declared defaults" : "from the spec given")));
            return built;
        } catch (RuntimeException e) {
            rows.add(new Row(spec, kind, new Finding("builds", Verdict.FAIL,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
            return null;
        }
    }
}
