package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One-to-one matching of gold events to predictions with the most gold events matched (Kuhn's augmenting
 * paths), as score.py's max_matching: gold events with the fewest candidates go first (then by id), and each
 * tries its candidates in the order given, best-fitting first.
 */
public final class Matching {
    private Matching() {}

    /**
     * @param candidates gold index to prediction indexes, best first; iteration order is the gold order
     * @param goldIds    gold index to gold id, for the order among equally constrained gold events
     * @return gold index to matched prediction index
     */
    public static Map<Integer, Integer> maximum(Map<Integer, List<Integer>> candidates, Map<Integer, String> goldIds) {
        Map<Integer, Integer> owner = new HashMap<>(); // prediction -> gold
        List<Integer> order = new ArrayList<>(new TreeMap<>(candidates).keySet());
        order.sort(Comparator.<Integer>comparingInt(j -> candidates.get(j).size())
                .thenComparing(j -> goldIds.get(j), PythonJson.CODE_POINT_ORDER));
        for (int j : order) augment(j, candidates, owner, new HashSet<>());
        Map<Integer, Integer> match = new TreeMap<>();
        owner.forEach((i, j) -> match.put(j, i));
        return match;
    }

    private static boolean augment(int j, Map<Integer, List<Integer>> candidates, Map<Integer, Integer> owner, Set<Integer> seen) {
        for (int i : candidates.getOrDefault(j, List.of())) {
            if (!seen.add(i)) continue;
            if (!owner.containsKey(i) || augment(owner.get(i), candidates, owner, seen)) {
                owner.put(i, j);
                return true;
            }
        }
        return false;
    }
}
