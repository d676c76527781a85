package steepest.problems.bbob;

import java.util.EnumSet;
import java.util.Set;
import steepest.problems.Problem;
import steepest.problems.Tag;

/**
 * The 24 noiseless functions of COCO's bbob suite, in COCO's order, with their group and properties.
 * {@link #problem} builds instance i in dimension n exactly as COCO's {@code bbob_f0kk_i0i_d0n}: the
 * same x_opt, f_opt and rotations (see {@link LegacyRandom}) and the same values.
 *
 * <p>Each problem's start is the origin, the centre of the region of interest [−5, 5]ⁿ, which is
 * COCO's suggested initial solution ({@code coco_problem_get_initial_solution}); f* = f_opt and
 * x* = x_opt, the instance's optimum (for f20, f(x_opt) exceeds f_opt by rounding only).
 *
 * <p>Tags: exactly one of the five group tags ({@link Tag#BBOB_SEPARABLE} ... {@link
 * Tag#BBOB_WEAKLY_STRUCTURED}); {@link Tag#SMOOTH} where f is continuously differentiable on all of
 * Rⁿ, {@link Tag#NONSMOOTH} where it is not, each class's comment saying where the kinks are and
 * which subgradient is returned there; {@link Tag#SEPARABLE}, {@link Tag#MULTIMODAL}, {@link
 * Tag#CONVEX} where the property holds. The group is COCO's classification; the properties are
 * mathematical (f3 and f4 are multimodal although in the separable group).
 */
public enum BbobFunction {
    /** f1. */
    SPHERE(1, "sphere", Tag.BBOB_SEPARABLE, EnumSet.of(Tag.SMOOTH, Tag.CONVEX, Tag.STRONGLY_CONVEX, Tag.SEPARABLE),
            Sphere::new),
    /** f2. */
    ELLIPSOID(2, "separable ellipsoid", Tag.BBOB_SEPARABLE, EnumSet.of(Tag.SMOOTH, Tag.SEPARABLE),
            OscillatedQuadratic::ellipsoid),
    /** f3. */
    RASTRIGIN(3, "separable Rastrigin", Tag.BBOB_SEPARABLE, EnumSet.of(Tag.SMOOTH, Tag.SEPARABLE, Tag.MULTIMODAL),
            Rastrigin::separable),
    /** f4. */
    BUECHE_RASTRIGIN(4, "Bueche-Rastrigin", Tag.BBOB_SEPARABLE, EnumSet.of(Tag.SMOOTH, Tag.SEPARABLE, Tag.MULTIMODAL),
            BuecheRastrigin::new),
    /** f5. */
    LINEAR_SLOPE(5, "linear slope", Tag.BBOB_SEPARABLE, EnumSet.of(Tag.NONSMOOTH, Tag.CONVEX, Tag.SEPARABLE),
            LinearSlope::new),
    /** f6. */
    ATTRACTIVE_SECTOR(6, "attractive sector", Tag.BBOB_MODERATE, EnumSet.of(Tag.SMOOTH), AttractiveSector::new),
    /** f7. */
    STEP_ELLIPSOID(7, "step ellipsoid", Tag.BBOB_MODERATE, EnumSet.of(Tag.NONSMOOTH), StepEllipsoid::new),
    /** f8. */
    ROSENBROCK(8, "Rosenbrock, original", Tag.BBOB_MODERATE, EnumSet.of(Tag.SMOOTH), Rosenbrock::original),
    /** f9. */
    ROSENBROCK_ROTATED(9, "Rosenbrock, rotated", Tag.BBOB_MODERATE, EnumSet.of(Tag.SMOOTH), Rosenbrock::rotated),
    /** f10. */
    ELLIPSOID_ROTATED(10, "ellipsoid, rotated", Tag.BBOB_ILL_CONDITIONED, EnumSet.of(Tag.SMOOTH),
            OscillatedQuadratic::rotatedEllipsoid),
    /** f11. */
    DISCUS(11, "discus", Tag.BBOB_ILL_CONDITIONED, EnumSet.of(Tag.SMOOTH), OscillatedQuadratic::discus),
    /** f12. */
    BENT_CIGAR(12, "bent cigar", Tag.BBOB_ILL_CONDITIONED, EnumSet.of(Tag.SMOOTH), BentCigar::new),
    /** f13. */
    SHARP_RIDGE(13, "sharp ridge", Tag.BBOB_ILL_CONDITIONED, EnumSet.of(Tag.NONSMOOTH, Tag.CONVEX), SharpRidge::new),
    /** f14. */
    DIFFERENT_POWERS(14, "different powers", Tag.BBOB_ILL_CONDITIONED, EnumSet.of(Tag.NONSMOOTH),
            DifferentPowers::new),
    /** f15. */
    RASTRIGIN_ROTATED(15, "Rastrigin, rotated", Tag.BBOB_MULTIMODAL, EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL),
            Rastrigin::rotated),
    /** f16. */
    WEIERSTRASS(16, "Weierstrass", Tag.BBOB_MULTIMODAL, EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL), Weierstrass::new),
    /** f17. */
    SCHAFFERS_F7(17, "Schaffers F7", Tag.BBOB_MULTIMODAL, EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL),
            (n, instance) -> new Schaffers(17, 10, n, instance)),
    /** f18. */
    SCHAFFERS_F7_ILL_CONDITIONED(18, "Schaffers F7, moderately ill-conditioned", Tag.BBOB_MULTIMODAL,
            EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL), (n, instance) -> new Schaffers(18, 1000, n, instance)),
    /** f19. */
    GRIEWANK_ROSENBROCK(19, "composite Griewank-Rosenbrock F8F2", Tag.BBOB_MULTIMODAL,
            EnumSet.of(Tag.SMOOTH, Tag.MULTIMODAL), GriewankRosenbrock::new),
    /** f20. */
    SCHWEFEL(20, "Schwefel x*sin(x)", Tag.BBOB_WEAKLY_STRUCTURED, EnumSet.of(Tag.SMOOTH, Tag.MULTIMODAL),
            Schwefel::new),
    /** f21. */
    GALLAGHER_101(21, "Gallagher's Gaussian 101-me peaks", Tag.BBOB_WEAKLY_STRUCTURED,
            EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL), (n, instance) -> new Gallagher(21, n, instance)),
    /** f22. */
    GALLAGHER_21(22, "Gallagher's Gaussian 21-hi peaks", Tag.BBOB_WEAKLY_STRUCTURED,
            EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL), (n, instance) -> new Gallagher(22, n, instance)),
    /** f23. */
    KATSUURA(23, "Katsuura", Tag.BBOB_WEAKLY_STRUCTURED, EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL), Katsuura::new),
    /** f24. */
    LUNACEK_BI_RASTRIGIN(24, "Lunacek bi-Rastrigin", Tag.BBOB_WEAKLY_STRUCTURED,
            EnumSet.of(Tag.NONSMOOTH, Tag.MULTIMODAL), LunacekBiRastrigin::new);

    /** COCO's smallest dimension. */
    public static final int MIN_DIMENSION = 2;
    /**
     * The largest dimension accepted. COCO's own rotation code stops at 44 (a fixed buffer); up to
     * this bound the same construction continues, its cost growing as n³ (Gram–Schmidt).
     */
    public static final int MAX_DIMENSION = 1000;
    /** The largest instance number: keeps every seed (up to r + 10⁶ + 10⁵) below 2³¹ − 1. */
    public static final int MAX_INSTANCE = 100_000;

    @FunctionalInterface
    private interface Factory {
        BbobObjective create(int dimension, int instance);
    }

    private final int number;
    private final String title;
    private final Tag group;
    private final Set<Tag> tags;
    private final Factory factory;

    BbobFunction(int number, String title, Tag group, Set<Tag> properties, Factory factory) {
        this.number = number;
        this.title = title;
        this.group = group;
        EnumSet<Tag> all = EnumSet.copyOf(properties);
        all.add(group);
        this.tags = Set.copyOf(all);
        this.factory = factory;
    }

    /** The function with COCO's number {@code number} (1 to 24). */
    public static BbobFunction of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("f=" + number + " is not a bbob function (1 to 24)");
        }
        return values()[number - 1];
    }

    /** COCO's number, 1 to 24. */
    public int number() {
        return number;
    }

    /** The function's name as the bbob definitions give it. */
    public String title() {
        return title;
    }

    /** COCO's group: one of the five {@code BBOB_*} tags. */
    public Tag group() {
        return group;
    }

    /** The group and the properties. */
    public Set<Tag> tags() {
        return tags;
    }

    /**
     * Instance {@code instance} in dimension {@code dimension}: start at the origin, f* = f_opt,
     * x* = x_opt, this function's tags.
     *
     * @throws IllegalArgumentException if dimension or instance is out of range, naming it
     */
    public Problem problem(int dimension, int instance) {
        if (dimension < MIN_DIMENSION || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("d=" + dimension + " is outside [" + MIN_DIMENSION + ", " + MAX_DIMENSION
                    + "] (COCO's smallest dimension is 2)");
        }
        if (instance < 1 || instance > MAX_INSTANCE) {
            throw new IllegalArgumentException("instance=" + instance + " is outside [1, " + MAX_INSTANCE + "]");
        }
        BbobObjective objective = factory.create(dimension, instance);
        return new Problem(objective, new double[dimension], objective.optimalValue, objective.minimizer(), tags);
    }
}
