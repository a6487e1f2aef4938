package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreTest {
    private static Score score(int tp, int fp, int fn) {
        return new Score(tp, fp, fn, tp + fp, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void figuresAreZeroRatherThanUndefined() {
        assertEquals(0.0, score(0, 0, 0).f1());
        assertEquals(0.0, score(0, 0, 3).precision());
        assertEquals(0.0, score(0, 2, 0).recall());
        assertEquals(0.0, score(0, 2, 3).f1());
    }

    @Test
    void precisionRecallAndF1() {
        Score s = score(13, 3, 7);
        assertEquals(13.0 / 16, s.precision());
        assertEquals(13.0 / 20, s.recall());
        assertEquals(2 * (13.0 / 16) * (13.0 / 20) / (13.0 / 16 + 13.0 / 20), s.f1());
        assertEquals(20, s.goldCore());
        assertEquals(0.75, new Score.Tally(3, 4).accuracy());
    }
}
