package steepest.reports.style;

/** The width a paper figure spans. */
public enum Column {
    /** One column of a two-column layout: 3.5 in wide, 2.625 in high (4:3). */
    SINGLE(3.5, 2.625),
    /** The full text width of a two-column layout: 7 in wide, 3 in high. */
    DOUBLE(7.0, 3.0);

    private final double widthInches;
    private final double heightInches;

    Column(double widthInches, double heightInches) {
        this.widthInches = widthInches;
        this.heightInches = heightInches;
    }

    /** The width in inches. */
    public double widthInches() {
        return widthInches;
    }

    /** The default height in inches. */
    public double heightInches() {
        return heightInches;
    }
}
