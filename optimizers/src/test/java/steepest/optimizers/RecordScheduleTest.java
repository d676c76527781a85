package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecordScheduleTest {

    /** The definition, tested iteration by iteration: every k &lt;= p, then each first crossing of a level. */
    private static boolean recorded(long k, int perDecade) {
        return k <= perDecade || Math.floor(perDecade * Math.log10(k)) > Math.floor(perDecade * Math.log10(k - 1));
    }

    @Test
    void logSpacingJumpsToExactlyTheIterationsItsDefinitionSelects() {
        for (int perDecade : new int[] {1, 3, 10, 20, 47}) {
            RecordSchedule schedule = RecordSchedule.logSpaced(perDecade);
            long expected = 1;
            long k = 0;
            while (k < 3_000_000) {
                while (!recorded(expected, perDecade)) {
                    expected++;
                }
                long next = schedule.nextAfter(k);
                assertEquals(expected, next, "after " + k + " with " + perDecade + " per decade");
                k = next;
                expected = next + 1;
            }
        }
    }

    @Test
    void everyKJumpsByK() {
        RecordSchedule schedule = RecordSchedule.every(7);
        assertEquals(7, schedule.nextAfter(0));
        assertEquals(14, schedule.nextAfter(7));
        assertEquals(14, schedule.nextAfter(8));
        assertEquals(Long.MAX_VALUE, RecordSchedule.endsOnly().nextAfter(5));
    }
}
