package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partition's rules (its boundaries are a function of the data alone) and the loop's contract:
 * every chunk runs exactly once whatever the threads, on the helpers as well as the caller, the
 * caller can finish alone when no helper ever starts, and a failure reaches the caller.
 */
class ChunksTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(6, r -> {
        Thread thread = new Thread(r, "chunks-test");
        thread.setDaemon(true);
        return thread;
    });

    @AfterAll
    static void shutDown() {
        POOL.shutdownNow();
    }

    @Test
    void chunksTileTheTermsInOrderWithEqualSizesButTheLast() {
        Chunks chunks = new Chunks(1000, 300);
        assertEquals(4, chunks.count());
        int[] starts = new int[chunks.count()];
        int[] ends = new int[chunks.count()];
        for (int c = 0; c < chunks.count(); c++) {
            starts[c] = chunks.start(c);
            ends[c] = chunks.end(c);
        }
        assertArrayEquals(new int[] {0, 300, 600, 900}, starts);
        assertArrayEquals(new int[] {300, 600, 900, 1000}, ends);
        assertEquals(1, new Chunks(5, 64).count(), "a chunk larger than the data is the data");
    }

    @Test
    void smallSumsFormOneChunk() {
        // breast_cancer with an intercept: 455 training rows of 31 entries, far below MIN_WORK.
        assertEquals(1, Chunks.of(455, 16, 31, 31).count());
        // Sparse rows (50 non-zeros of d = 50 000): enough work for 15 chunks, but a partial gradient
        // would cost more to add than its rows to compute.
        assertEquals(1, Chunks.of(20_000, 16, 50, 50_000).count());
    }

    @Test
    void eachLimitCapsTheCount() {
        // n = 1e6 rows of d = 100: the work allows thousands of chunks, the cap keeps 64.
        assertEquals(Chunks.MAX_COUNT, Chunks.of(1_000_000, 16, 100, 100).count());
        // 2^20 multiply-adds allow 16 chunks by work (2^16 each).
        assertEquals(16, Chunks.of(1 << 14, 1, 64, 1).count());
        // Partial results of 2^12: each chunk must carry 32 * 2^12 = 2^17 multiply-adds, so 8 chunks.
        assertEquals(8, Chunks.of(1 << 14, 1, 64, 1 << 12).count());
        // At least 256 terms per chunk: 1797 rows make 7 chunks of 257 (the last 255).
        Chunks rows = Chunks.of(1797, 256, 7104, 2410);
        assertEquals(7, rows.count());
        assertEquals(257, rows.end(0));
        assertEquals(1797, rows.end(6));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void everyChunkRunsExactlyOnceOnAnyNumberOfThreads(int threads) {
        Chunks chunks = new Chunks(10_000, 157);
        AtomicIntegerArray runs = new AtomicIntegerArray(chunks.count());
        Set<String> names = ConcurrentHashMap.newKeySet();
        chunks.forEach(new ThreadShare(POOL, threads), c -> {
            runs.incrementAndGet(c);
            names.add(Thread.currentThread().getName());
            spin();
        });
        for (int c = 0; c < chunks.count(); c++) {
            assertEquals(1, runs.get(c), "chunk " + c);
        }
        assertTrue(names.size() <= threads, names + " on " + threads + " threads");
        if (threads == 1) {
            assertEquals(Set.of(Thread.currentThread().getName()), names, "one thread is the caller's");
        }
    }

    @Test
    void helpersTakeChunksWhenTheyStart() {
        Chunks chunks = new Chunks(64, 1);
        Set<String> names = ConcurrentHashMap.newKeySet();
        for (int attempt = 0; attempt < 50 && names.size() < 2; attempt++) {
            chunks.forEach(new ThreadShare(POOL, 2), c -> {
                names.add(Thread.currentThread().getName());
                spin();
            });
        }
        assertTrue(names.contains("chunks-test"), "a pool thread took part: " + names);
    }

    @Test
    void theCallerFinishesAloneWhenNoHelperEverStarts() {
        Chunks chunks = new Chunks(100, 10);
        AtomicIntegerArray runs = new AtomicIntegerArray(chunks.count());
        chunks.forEach(new ThreadShare(task -> { }, 4), runs::incrementAndGet);
        chunks.forEach(new ThreadShare(task -> {
            throw new RejectedExecutionException("shut down");
        }, 4), runs::incrementAndGet);
        for (int c = 0; c < chunks.count(); c++) {
            assertEquals(2, runs.get(c), "chunk " + c);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aFailingChunkReachesTheCaller(int threads) {
        IllegalStateException failure = new IllegalStateException("chunk 5");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new Chunks(20, 2).forEach(new ThreadShare(POOL, threads), c -> {
                    if (c == 5) {
                        throw failure;
                    }
                }));
        assertSame(failure, thrown);
    }

    @Test
    void aThreadCountBelowOneIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ThreadShare(POOL, 0));
        assertEquals("threads must be >= 1, got 0", e.getMessage());
    }

    /** A few microseconds of work, so that helpers have time to join. */
    private static void spin() {
        double x = 1;
        for (int i = 0; i < 20_000; i++) {
            x = Math.sqrt(x + i);
        }
        if (x < 0) {
            throw new AssertionError();
        }
    }
}
