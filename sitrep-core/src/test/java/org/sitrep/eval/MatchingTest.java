package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatchingTest {
    private static Map<Integer, String> ids(String... ids) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int j = 0; j < ids.length; j++) m.put(j, ids[j]);
        return m;
    }

    @Test
    void augmentingPathsMatchAsManyGoldEventsAsPossible() {
        // gold 0 prefers prediction 0, but gold 1 can only take prediction 0: 0 moves to its second choice
        Map<Integer, List<Integer>> c = new LinkedHashMap<>();
        c.put(0, List.of(0, 1));
        c.put(1, List.of(0));
        assertEquals(Map.of(0, 1, 1, 0), Matching.maximum(c, ids("a", "b")));
    }

    @Test
    void theMostConstrainedGoldEventChoosesFirstThenById() {
        Map<Integer, List<Integer>> c = new LinkedHashMap<>();
        c.put(0, List.of(0));
        c.put(1, List.of(0));
        // both have one candidate: the smaller id wins it
        assertEquals(Map.of(1, 0), Matching.maximum(c, ids("z", "a")));
        assertEquals(Map.of(0, 0), Matching.maximum(c, ids("a", "z")));
    }

    @Test
    void bestCandidatesComeFirst() {
        Map<Integer, List<Integer>> c = new LinkedHashMap<>();
        c.put(0, List.of(2, 0, 1));
        assertEquals(Map.of(0, 2), Matching.maximum(c, ids("a")));
    }

    @Test
    void nothingToMatch() {
        assertEquals(Map.of(), Matching.maximum(new LinkedHashMap<>(), ids()));
    }
}
