package org.sitrep.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchSummaryTest {
    @Test
    void theLineHasTheFormOfIssue7() {
        BenchSummary s = new BenchSummary(24.53, 1.3, 0.6121, 0.6204, 1480, 3990);
        assertEquals("bench: fast 24.5 articles/s, baseline 1.30 articles/s, ratio 18.9, fast F1 0.612, thorough F1 0.620, "
                + "fast peak RSS 1480 MB, baseline peak RSS 3990 MB", s.line());
        assertEquals(24.53 / 1.3, s.ratio(), 1e-9);
    }
}
