package org.sitrep.eval;

import java.util.List;
import java.util.Map;

/**
 * The figures score.py prints, and the pairs, misses and extras behind them.
 *
 * @param predicted    every prediction read, of any document
 * @param fields       field name (score.py's order of keys: sorted) to agreement on matched core pairs
 * @param docs         one row per document, in score.py's order
 * @param pairs        matched pairs, core and optional, by document then gold order
 * @param misses       core gold events no prediction matched
 * @param extras       predictions that matched no gold event (false positives)
 * @param nonEventHits predictions at a place the gold marks as a plan, denial or conditional (one per negative line)
 * @param gold         every gold line read, negatives included
 * @param predictions  every prediction read
 */
public record Score(int tp, int fp, int fn, int predicted, Map<String, Tally> fields, List<DocRow> docs,
                    List<Pair> pairs, List<GoldEvent> misses, List<Prediction> extras, List<NonEventHit> nonEventHits,
                    List<GoldEvent> gold, List<Prediction> predictions) {
    public Score {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        docs = List.copyOf(docs);
        pairs = List.copyOf(pairs);
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        nonEventHits = List.copyOf(nonEventHits);
        gold = List.copyOf(gold);
        predictions = List.copyOf(predictions);
    }

    /** Agreement on one field: right out of n scored pairs. */
    public record Tally(int right, int n) {
        public double accuracy() { return n == 0 ? 0.0 : (double) right / n; }
    }

    public record DocRow(String doc, int tp, int fp, int fn) {}

    /** @param fields as {@link FieldAgreement#fields}: null where the gold does not score the field */
    public record Pair(Prediction prediction, GoldEvent gold, Map<String, Boolean> fields) {
        public Pair {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    public record NonEventHit(Prediction prediction, GoldEvent negative) {}

    /** Core gold events: matched plus missed. */
    public int goldCore() { return tp + fn; }

    public double precision() { return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp); }

    public double recall() { return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
