package org.sitrep.fuzz;

import java.time.Duration;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The time one parser call may take on one input. Text from the open web can be built to make a regex
 * backtrack for minutes; a call over the bound is a finding even when it ends with the right answer.
 */
final class TimeBound {
    /** Far above any real article's cost (milliseconds), far below a hung batch. */
    static final Duration PER_CALL = Duration.ofSeconds(2);

    private TimeBound() {}

    static <T> T within(String what, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        long took = System.nanoTime() - start;
        if (took > PER_CALL.toNanos()) {
            fail(what + " took " + took / 1_000_000 + " ms, over the bound of " + PER_CALL.toMillis() + " ms");
        }
        return result;
    }
}
