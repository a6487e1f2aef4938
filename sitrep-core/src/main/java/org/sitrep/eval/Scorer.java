package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores predictions against gold exactly as ../shared/eval/score.py does: per document, core gold events are
 * matched first (maximum one-to-one matching over candidates of the same type, date window and place), then
 * optional ones among the predictions left; unmatched core gold are misses, unmatched predictions extras;
 * fields are scored on matched core pairs; predictions at a negative line's place are events from non-events.
 */
public final class Scorer {
    private final MatchCriteria criteria;
    private final FieldAgreement agreement;

    public Scorer(PlaceNames places) {
        this.criteria = new MatchCriteria(places);
        this.agreement = new FieldAgreement(criteria);
    }

    /** With score.py's place keys. */
    public Scorer() { this(PlaceNames.standard()); }

    public MatchCriteria criteria() { return criteria; }

    public FieldAgreement agreement() { return agreement; }

    public Score score(List<GoldEvent> allGold, List<Prediction> predictions) {
        List<GoldEvent> negatives = allGold.stream().filter(GoldEvent::negative).toList();
        List<GoldEvent> gold = allGold.stream().filter(g -> !g.negative()).toList();
        Set<String> docs = new TreeSet<>(PythonJson.CODE_POINT_ORDER);
        gold.forEach(g -> docs.add(g.doc()));
        Map<String, List<Prediction>> byDoc = new HashMap<>();
        for (Prediction p : predictions) {
            docs.add(p.doc());
            byDoc.computeIfAbsent(p.doc(), d -> new ArrayList<>()).add(p);
        }
        int tp = 0, fp = 0, fn = 0;
        Map<String, int[]> tallies = new TreeMap<>(PythonJson.CODE_POINT_ORDER);
        List<Score.DocRow> rows = new ArrayList<>();
        List<Score.Pair> pairs = new ArrayList<>();
        List<GoldEvent> misses = new ArrayList<>();
        List<Prediction> extras = new ArrayList<>();
        List<Score.NonEventHit> hits = new ArrayList<>();
        for (String doc : docs) {
            List<GoldEvent> G = gold.stream().filter(g -> g.doc().equals(doc)).toList();
            List<Prediction> P = inScoreOrder(byDoc.getOrDefault(doc, List.of()));
            Map<Integer, String> ids = new HashMap<>();
            for (int j = 0; j < G.size(); j++) ids.put(j, G.get(j).id());
            Map<Integer, Integer> core = Matching.maximum(candidates(P, G, false), ids);
            Set<Integer> taken = new HashSet<>(core.values());
            Map<Integer, List<Integer>> optional = new LinkedHashMap<>();
            candidates(P, G, true).forEach((j, c) -> {
                List<Integer> left = c.stream().filter(i -> !taken.contains(i)).toList();
                if (!left.isEmpty()) optional.put(j, left);
            });
            Map<Integer, Integer> match = new TreeMap<>(core);
            match.putAll(Matching.maximum(optional, ids));
            Set<Integer> usedPredictions = new HashSet<>(match.values());
            int dTp = 0, dFn = 0;
            for (Map.Entry<Integer, Integer> m : match.entrySet()) {
                GoldEvent g = G.get(m.getKey());
                Prediction p = P.get(m.getValue());
                Map<String, Boolean> f = agreement.fields(p, g);
                pairs.add(new Score.Pair(p, g, f));
                if (g.optional()) continue;
                dTp++;
                f.forEach((k, v) -> {
                    if (v == null) return;
                    int[] t = tallies.computeIfAbsent(k, x -> new int[2]);
                    if (v) t[0]++;
                    t[1]++;
                });
            }
            for (int j = 0; j < G.size(); j++) {
                if (!match.containsKey(j) && !G.get(j).optional()) {
                    dFn++;
                    misses.add(G.get(j));
                }
            }
            int dFp = P.size() - match.size();
            for (int i = 0; i < P.size(); i++) if (!usedPredictions.contains(i)) extras.add(P.get(i));
            for (GoldEvent n : negatives) {
                if (!n.doc().equals(doc)) continue;
                for (Prediction p : P) if (criteria.placeMatches(p, n)) hits.add(new Score.NonEventHit(p, n));
            }
            tp += dTp;
            fp += dFp;
            fn += dFn;
            rows.add(new Score.DocRow(doc, dTp, dFp, dFn));
        }
        Map<String, Score.Tally> fields = new LinkedHashMap<>();
        tallies.forEach((k, t) -> fields.put(k, new Score.Tally(t[0], t[1])));
        return new Score(tp, fp, fn, predictions.size(), fields, rows, pairs, misses, extras, hits, allGold, predictions);
    }

    /** score.py sorts a document's predictions by their sorted-key JSON text: file order must not matter. */
    static List<Prediction> inScoreOrder(List<Prediction> ps) {
        Map<Prediction, String> keys = new java.util.IdentityHashMap<>();
        ps.forEach(p -> keys.put(p, p.sortKey()));
        List<Prediction> sorted = new ArrayList<>(ps);
        sorted.sort(Comparator.comparing(keys::get, PythonJson.CODE_POINT_ORDER));
        return sorted;
    }

    /** Gold index (core or optional ones) to candidate predictions, best-fitting first (ties keep score order). */
    private Map<Integer, List<Integer>> candidates(List<Prediction> P, List<GoldEvent> G, boolean optional) {
        Map<Integer, List<Integer>> c = new LinkedHashMap<>();
        for (int j = 0; j < G.size(); j++) {
            GoldEvent g = G.get(j);
            if (g.optional() != optional) continue;
            List<Integer> ok = new ArrayList<>();
            Map<Integer, Integer> fit = new HashMap<>();
            for (int i = 0; i < P.size(); i++) {
                if (criteria.candidate(P.get(i), g)) {
                    ok.add(i);
                    fit.put(i, agreement.pairScore(P.get(i), g));
                }
            }
            ok.sort(Comparator.comparingInt(i -> -fit.get(i)));
            if (!ok.isEmpty()) c.put(j, ok);
        }
        return c;
    }
}
