package steepest.reports.style;

/** Where a chart's legend goes. */
public enum LegendPlacement {
    /** The chart type's own choice: where its data usually leave room. */
    AUTO,
    /** Inside the plot, top right. */
    INSIDE_TOP_RIGHT,
    /** Inside the plot, top left. */
    INSIDE_TOP_LEFT,
    /** Inside the plot, bottom right. */
    INSIDE_BOTTOM_RIGHT,
    /** Inside the plot, bottom left. */
    INSIDE_BOTTOM_LEFT,
    /** Right of the plot. */
    OUTSIDE_RIGHT,
    /** Below the plot, entries side by side. */
    OUTSIDE_BELOW,
    /** Below the plot, one entry per line: where labels are too long to stand beside the plot. */
    OUTSIDE_BELOW_STACKED
}
