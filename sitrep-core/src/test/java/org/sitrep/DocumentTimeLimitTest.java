package org.sitrep;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.*;

/** The deadline on its own: work that checks its interrupt is stopped and reported; the thread is clean afterwards. */
class DocumentTimeLimitTest {
    /** Work that would run for ever but stops, as the pipeline's stages do, when its thread is interrupted. */
    private static int untilInterrupted() {
        long spins = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted after " + spins + " steps");
            spins++;
        }
    }

    @Test
    void workThatWouldNeverEndIsStoppedAndReportedAsOverTheLimit() {
        DocumentTimeLimit limit = DocumentTimeLimit.of(Duration.ofMillis(200));
        // the guard only turns a broken limit into a failure instead of a hung build
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            DocumentTimeLimit.Exceeded e = assertThrows(DocumentTimeLimit.Exceeded.class, () -> limit.run(DocumentTimeLimitTest::untilInterrupted));
            assertEquals("took longer than 200 ms", e.getMessage());
            assertEquals(Duration.ofMillis(200), e.limit());
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is cleared: the thread goes on with the next document");
            assertEquals("next", limit.run(() -> "next"));
        });
    }

    @Test
    void aBlockingWaitIsInterruptedToo() {
        DocumentTimeLimit limit = DocumentTimeLimit.of(Duration.ofMillis(100));
        assertThrows(DocumentTimeLimit.Exceeded.class, () -> limit.run(() -> {
            try {
                Thread.sleep(600_000);
                return "slept";
            } catch (InterruptedException x) {
                throw new IllegalStateException("woken", x);
            }
        }));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void workThatSwallowsTheInterruptAndReturnsIsStillOverTheLimit() {
        // a stage that catches the interrupt and returns what it has must not pass off part of a document as the whole
        DocumentTimeLimit limit = DocumentTimeLimit.of(Duration.ofMillis(100));
        assertThrows(DocumentTimeLimit.Exceeded.class, () -> limit.run(() -> {
            try {
                untilInterrupted();
            } catch (CancellationException swallowed) { /* as a careless stage would */ }
            return "part";
        }));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void workWithinTheLimitGivesItsResultAndLeavesNoAlarmBehind() throws InterruptedException {
        DocumentTimeLimit limit = DocumentTimeLimit.of(Duration.ofMillis(50));
        for (int i = 0; i < 100; i++) assertEquals(i, limit.run(() -> 0) + i);
        Thread.sleep(300); // past every deadline: a cancelled alarm must not ring now
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aFailureOfTheWorkItselfPassesThroughUnchanged() {
        DocumentTimeLimit limit = DocumentTimeLimit.of(Duration.ofSeconds(60));
        IllegalStateException bug = new IllegalStateException("a stage's bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> limit.run(() -> { throw bug; })));
    }

    @Test
    void eachThreadHasItsOwnDeadline() throws Exception {
        DocumentTimeLimit limit = DocumentTimeLimit.of(Duration.ofMillis(200));
        Thread slow = new Thread(() -> assertThrows(DocumentTimeLimit.Exceeded.class, () -> limit.run(DocumentTimeLimitTest::untilInterrupted)));
        slow.start();
        // this thread's quick documents are not touched by the other thread's alarm
        for (int i = 0; i < 20; i++) assertEquals("quick", limit.run(() -> "quick"));
        slow.join(60_000);
        assertFalse(slow.isAlive());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void noLimitRunsTheWorkAsItIs() {
        assertEquals("done", DocumentTimeLimit.none().run(() -> "done"));
        assertFalse(DocumentTimeLimit.none().bounded());
        assertFalse(DocumentTimeLimit.of(Duration.ZERO).bounded());
    }

    @Test
    void readsLimitsAsPeopleWriteThem() {
        assertEquals(Duration.ofSeconds(60), DocumentTimeLimit.parse("60s").limit());
        assertEquals(Duration.ofSeconds(60), DocumentTimeLimit.parse("60").limit());
        assertEquals(Duration.ofMillis(1500), DocumentTimeLimit.parse("1.5s").limit());
        assertEquals(Duration.ofMillis(500), DocumentTimeLimit.parse("500ms").limit());
        assertEquals(Duration.ofMinutes(2), DocumentTimeLimit.parse("2m").limit());
        assertEquals(Duration.ofMinutes(2), DocumentTimeLimit.parse(" 2 min ").limit());
        assertEquals(Duration.ofHours(1), DocumentTimeLimit.parse("1h").limit());
        assertFalse(DocumentTimeLimit.parse("0").bounded());
        assertFalse(DocumentTimeLimit.parse("none").bounded());
        for (String bad : new String[]{"", "soon", "-5s", "5 days", "1e9999s"})
            assertThrows(IllegalArgumentException.class, () -> DocumentTimeLimit.parse(bad), bad);
        assertEquals("60 s", DocumentTimeLimit.parse("60s").toString());
        assertEquals("1.5 s", DocumentTimeLimit.parse("1.5s").toString());
        assertEquals("2 min", DocumentTimeLimit.parse("120s").toString());
        assertEquals("none", DocumentTimeLimit.none().toString());
        for (String s : new String[]{"60s", "1.5s", "500ms", "0"})
            assertEquals(DocumentTimeLimit.parse(s).limit(), DocumentTimeLimit.parse(DocumentTimeLimit.parse(s).argument()).limit(), s);
    }
}
