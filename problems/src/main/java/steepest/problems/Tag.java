package steepest.problems;

import java.util.Locale;

/** Properties of a problem that comparisons filter and group by. */
public enum Tag {
    /** f is convex. */
    CONVEX,
    /** f is strongly convex. */
    STRONGLY_CONVEX,
    /** f is continuously differentiable (else subgradients only). */
    SMOOTH,
    /** f is not differentiable everywhere. */
    NONSMOOTH,
    /** f is a sum of functions of one coordinate each. */
    SEPARABLE,
    /** f has many local minima. */
    MULTIMODAL,
    /** f is minimized over a feasible set. */
    CONSTRAINED,
    /** f is a finite sum over data samples (stochastic methods apply). */
    FINITE_SUM,
    /** the dimension is a parameter and scales to 1e6 without O(d²) memory. */
    SCALABLE,
    /**
     * COCO's bbob group 1 (f1–f5): separable functions. The five {@code bbob-*} tags are COCO's
     * function groups, by which its runtime distributions are aggregated: every bbob instance
     * carries exactly one, beside its properties (smooth, separable, ...), which hold on their own.
     */
    BBOB_SEPARABLE,
    /** COCO's bbob group 2 (f6–f9): functions with low or moderate conditioning. */
    BBOB_MODERATE,
    /** COCO's bbob group 3 (f10–f14): unimodal functions with high conditioning. */
    BBOB_ILL_CONDITIONED,
    /** COCO's bbob group 4 (f15–f19): multimodal functions with adequate global structure. */
    BBOB_MULTIMODAL,
    /** COCO's bbob group 5 (f20–f24): multimodal functions with weak global structure. */
    BBOB_WEAKLY_STRUCTURED;

    /** The tokens of {@code tags} in declaration order, for catalog listings. */
    public static java.util.List<String> tokens(java.util.Set<Tag> tags) {
        return java.util.Arrays.stream(values()).filter(tags::contains).map(Tag::token).toList();
    }

    /**
     * The tag whose token is {@code token}.
     *
     * @throws IllegalArgumentException naming the token and listing the valid ones
     */
    public static Tag of(String token) {
        for (Tag tag : values()) {
            if (tag.token().equals(token)) {
                return tag;
            }
        }
        throw new IllegalArgumentException("unknown tag '" + token + "'; valid tags: "
                + String.join(", ", tokens(java.util.EnumSet.allOf(Tag.class))));
    }

    /** The lowercase token used in listings, e.g. {@code strongly-convex}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
