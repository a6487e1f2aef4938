package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestTheatre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldScoreTest {
    @Test
    void countsAddUpAcrossGoldSets() {
        GoldScore all = new GoldScore(6, 2, 4).plus(new GoldScore(4, 3, 1));
        assertEquals(new GoldScore(10, 5, 5), all);
        assertEquals(10.0 / 15, all.f1(), 1e-9);
        assertEquals(0.0, GoldScore.NONE.f1());
    }

    @Test
    void readsTheCountsOfScorePyJsonAndRejectsOtherJson() throws IOException {
        assertEquals(new GoldScore(3, 1, 2), GoldScore.fromJson("{\"tp\": 3, \"fp\": 1, \"fn\": 2, \"f1\": 0.667}"));
        assertThrows(IOException.class, () -> GoldScore.fromJson("{\"f1\": 0.5}"));
    }

    @Test
    void noPredictionsScoreNothingTrueAndMissEveryGoldEvent(@TempDir Path dir) throws IOException {
        Path shared = TestTheatre.shared();
        Path empty = Files.writeString(dir.resolve("none.jsonl"), "");
        GoldScore s = GoldScore.score(shared.resolve("eval/score.py"), shared.resolve("eval/seeds.gold.jsonl"), empty);
        assertEquals(0, s.tp());
        assertEquals(0, s.fp());
        assertTrue(s.fn() > 0, "the seeds have gold events");
    }
}
