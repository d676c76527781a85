package steepest.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTidyTest {

    @Test
    void statesTheSizeInPointsAndRoundsLongDecimals() {
        String raw = "<?xml version=\"1.0\"?>\n<svg height=\"189px\" viewBox=\"0 0 252 189\" width=\"252px\" x=\"0px\">"
                + "<path d=\"M160.60270705875868,21.87279381275178 C-0.00004,2.5 1.0004999 3.12345\"/></svg>";
        assertEquals("<?xml version=\"1.0\"?>\n<svg height=\"189pt\" viewBox=\"0 0 252 189\" width=\"252pt\" x=\"0px\">"
                + "<path d=\"M160.603,21.873 C0,2.5 1 3.123\"/></svg>", SvgTidy.tidy(raw, 252, 189));
    }
}
