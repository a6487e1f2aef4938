package org.sitrep.eval;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Document;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link Score}: first score.py's own lines (per-document table, field accuracies with n, events from
 * non-events, the headline), then each miss and extra with what a person needs to see why: the gold note and
 * the article's sentences naming the gold place; the prediction's evidence, place, date and actors; and the
 * nearest events on the other side with the criterion that kept them apart.
 */
public final class ScoreReport {
    private static final int MAX_SENTENCES = 3;
    private static final int MAX_NEAR = 3;
    private static final int MAX_TEXT = 400;

    private final Score score;
    private final MatchCriteria criteria;
    private final FieldAgreement agreement;
    private final PlaceSentences sentences;

    public ScoreReport(Score score, MatchCriteria criteria) {
        this.score = score;
        this.criteria = criteria;
        this.agreement = new FieldAgreement(criteria);
        this.sentences = new PlaceSentences(criteria.places());
    }

    /** score.py's output without --verbose, line for line; the headline is the last line. */
    public void printFigures(PrintStream out) {
        out.println("doc   tp  fp  fn");
        for (Score.DocRow r : score.docs())
            out.println(padRight(r.doc(), 5) + " " + padLeft(r.tp(), 3) + " " + padLeft(r.fp(), 3) + " " + padLeft(r.fn(), 3));
        score.fields().forEach((k, t) ->
                out.println("  " + padRight(k, 15) + " " + fixed3(t.accuracy()) + "  (n=" + t.n() + ")"));
        out.println("  events coded from plans/hypotheticals/announcements: " + score.nonEventHits().size());
        out.println(headline());
    }

    /** {@code events F1=... P=... R=... (gold N, predicted M)}. */
    public String headline() {
        return "events F1=" + fixed3(score.f1()) + " P=" + fixed3(score.precision()) + " R=" + fixed3(score.recall())
                + " (gold " + score.goldCore() + ", predicted " + score.predicted() + ")";
    }

    /**
     * Misses, extras and events coded from non-events, each with its evidence.
     *
     * @param documents the articles by id, for the sentences naming a missed place; may be empty
     * @param verbose   also the matched pairs whose fields disagree
     */
    public void printExplanations(PrintStream out, Map<String, Document> documents, boolean verbose) {
        if (!score.misses().isEmpty()) out.println();
        for (GoldEvent g : score.misses()) explainMiss(out, g, documents.get(g.doc()));
        if (!score.extras().isEmpty()) out.println();
        for (Prediction p : score.extras()) explainExtra(out, p);
        if (!score.nonEventHits().isEmpty()) out.println();
        for (Score.NonEventHit h : score.nonEventHits()) {
            out.println("NON-EVENT " + h.negative().id() + " " + h.negative().location() + ": " + describe(h.prediction()));
            out.println("  gold note: " + clip(h.negative().note()));
            evidence(out, h.prediction());
        }
        if (verbose) {
            boolean first = true;
            for (Score.Pair pair : score.pairs()) {
                List<String> wrong = new ArrayList<>();
                pair.fields().forEach((k, v) -> {
                    if (Boolean.FALSE.equals(v)) wrong.add(k + " " + predictedValue(pair.prediction(), k) + " (gold " + goldValue(pair.gold(), k) + ")");
                });
                if (wrong.isEmpty()) continue;
                if (first) out.println();
                first = false;
                out.println("FIELDS " + pair.gold().id() + (pair.gold().optional() ? " (optional)" : "") + " <- "
                        + label(pair.prediction()) + ": " + String.join("; ", wrong));
            }
        }
    }

    private void explainMiss(PrintStream out, GoldEvent g, Document doc) {
        out.println("MISSED " + g.id() + " " + g.eventType() + " / " + String.join("|", nonNull(g.subEventTypes()))
                + " at " + g.location() + " " + days(g) + " actor1 " + names(g.actor1()) + " actor2 " + names(g.actor2())
                + (g.fatalities() == null ? "" : " fatalities " + g.fatalities()));
        if (!g.note().isBlank()) out.println("  gold note: " + clip(g.note()));
        if (doc == null) out.println("  (article " + g.doc() + " not given: no sentences to show)");
        else {
            List<String> found = sentences.naming(doc.text(), g.names());
            if (found.isEmpty()) out.println("  the article never names " + g.location() + " or its spellings");
            found.stream().limit(MAX_SENTENCES).forEach(s -> out.println("  text: " + clip(s)));
            if (found.size() > MAX_SENTENCES) out.println("  (" + (found.size() - MAX_SENTENCES) + " more sentences)");
        }
        List<Prediction> same = score.predictions().stream().filter(p -> p.doc().equals(g.doc())).toList();
        if (same.isEmpty()) {
            out.println("  no prediction for this article");
            return;
        }
        // a prediction already paired elsewhere only matters if it could have served this event too
        List<Prediction> open = same.stream().filter(p -> !paired(p) || Mismatch.reasons(criteria, p, g).isEmpty()).toList();
        if (open.isEmpty()) out.println("  every prediction for this article is matched to another gold event");
        near(open, p -> Mismatch.reasons(criteria, p, g), p -> agreement.pairScore(p, g)).forEach(p -> {
            List<String> why = Mismatch.reasons(criteria, p, g);
            String reason = why.isEmpty() ? "a candidate, but matched to " + partnerOf(p) : String.join("; ", why);
            out.println("  near: " + describe(p) + ": " + reason);
        });
    }

    private void explainExtra(PrintStream out, Prediction p) {
        out.println("EXTRA  " + p.doc() + " " + describe(p));
        evidence(out, p);
        List<GoldEvent> same = score.gold().stream().filter(g -> !g.negative() && g.doc().equals(p.doc())).toList();
        if (same.isEmpty()) {
            out.println("  no gold event for this article");
            return;
        }
        List<GoldEvent> open = same.stream().filter(g -> !paired(g) || Mismatch.reasons(criteria, p, g).isEmpty()).toList();
        if (open.isEmpty()) out.println("  every gold event of this article is matched to another prediction");
        near(open, g -> Mismatch.reasons(criteria, p, g), g -> agreement.pairScore(p, g)).forEach(g -> {
            List<String> why = Mismatch.reasons(criteria, p, g);
            String reason = why.isEmpty() ? "fits, but it was matched to " + partnerOf(g) : String.join("; ", why);
            out.println("  near gold " + g.id() + (g.optional() ? " (optional)" : "") + " " + g.eventType() + " at "
                    + g.location() + " " + days(g) + ": " + reason);
        });
    }

    /** The events of the other side that fail the fewest criteria, fewest first, then the best fitting. */
    private static <T> List<T> near(List<T> xs, java.util.function.Function<T, List<String>> reasons,
                                    java.util.function.ToIntFunction<T> fit) {
        List<T> sorted = new ArrayList<>(xs);
        sorted.sort(Comparator.<T>comparingInt(x -> reasons.apply(x).size()).thenComparing(Comparator.comparingInt(fit).reversed()));
        int best = sorted.isEmpty() ? 0 : reasons.apply(sorted.get(0)).size();
        return sorted.stream().filter(x -> reasons.apply(x).size() <= Math.max(best, 1)).limit(MAX_NEAR).toList();
    }

    private boolean paired(Prediction p) {
        return score.pairs().stream().anyMatch(x -> x.prediction() == p);
    }

    private boolean paired(GoldEvent g) {
        return score.pairs().stream().anyMatch(x -> x.gold() == g);
    }

    private String partnerOf(Prediction p) {
        return score.pairs().stream().filter(x -> x.prediction() == p).findFirst()
                .map(x -> "gold " + x.gold().id()).orElse("nothing");
    }

    private String partnerOf(GoldEvent g) {
        return score.pairs().stream().filter(x -> x.gold() == g).findFirst()
                .map(x -> label(x.prediction())).orElse("nothing");
    }

    private static void evidence(PrintStream out, Prediction p) {
        String ev = p.evidence();
        out.println("  evidence: " + (ev.isBlank() ? "(none)" : clip(ev)));
    }

    private static String describe(Prediction p) {
        String mention = p.text("location_mention");
        String place = p.text("location") + (mention == null || mention.equals(p.text("location")) ? "" : " (text '" + mention + "')");
        double[] c = p.coordinates();
        return label(p) + " " + p.text("event_type") + " / " + p.text("sub_event_type") + " at " + place
                + (c == null ? "" : String.format(java.util.Locale.ROOT, " [%.4f, %.4f]", c[0], c[1]))
                + " " + p.text("event_date") + " actor1 " + p.text("actor1") + " actor2 " + p.text("actor2")
                + (p.text("fatalities") == null ? "" : " fatalities " + p.text("fatalities"))
                + " " + p.text("certainty");
    }

    private static String label(Prediction p) {
        String id = p.text("event_id");
        return id == null ? p.origin() : id;
    }

    private static String predictedValue(Prediction p, String field) {
        return switch (field) {
            case "date" -> String.valueOf(p.text("event_date"));
            case "coordinates" -> {
                double[] c = p.coordinates();
                yield c == null ? "none" : String.format(java.util.Locale.ROOT, "%.4f, %.4f", c[0], c[1]);
            }
            default -> String.valueOf(p.text(field));
        };
    }

    private static String goldValue(GoldEvent g, String field) {
        return switch (field) {
            case "sub_event_type" -> String.join("|", nonNull(g.subEventTypes()));
            case "actor1" -> names(g.actor1()) + (g.assocActor1().isEmpty() ? "" : " or " + names(g.assocActor1()));
            case "actor2" -> names(g.actor2());
            case "date" -> days(g);
            case "coordinates" -> String.format(java.util.Locale.ROOT, "%.4f, %.4f within %s km", g.lat(), g.lon(), g.tolerance());
            case "fatalities" -> String.valueOf(g.fatalities());
            case "certainty" -> String.valueOf(g.certainty());
            default -> "?";
        };
    }

    private static String days(GoldEvent g) {
        return g.date() == null ? "undated" : g.date().equals(g.dateUntil()) ? g.date().toString() : g.date() + ".." + g.dateUntil();
    }

    private static String names(List<String> xs) {
        return xs == null ? "(open)" : String.join("|", nonNull(xs));
    }

    private static List<String> nonNull(List<String> xs) {
        return xs.stream().map(String::valueOf).toList();
    }

    private static String clip(String s) {
        String one = s.replaceAll("(?U)\\s+", " ").strip();
        return one.length() <= MAX_TEXT ? one : one.substring(0, MAX_TEXT) + "...";
    }

    /** The figures as score.py's --json writes them (same keys, values rounded to 3 places). */
    public ObjectNode toJson() {
        ObjectNode o = JsonLines.JSON.createObjectNode();
        o.put("gold_core", score.goldCore());
        o.put("predicted", score.predicted());
        o.put("tp", score.tp());
        o.put("fp", score.fp());
        o.put("fn", score.fn());
        o.put("precision", rounded(score.precision()));
        o.put("recall", rounded(score.recall()));
        o.put("f1", rounded(score.f1()));
        ObjectNode acc = o.putObject("field_accuracy");
        score.fields().forEach((k, t) -> acc.put(k, rounded(t.accuracy())));
        ObjectNode support = o.putObject("field_support");
        score.fields().forEach((k, t) -> support.put(k, t.n()));
        o.put("events_from_non_events", score.nonEventHits().size());
        return o;
    }

    public void writeJson(Path file) throws IOException {
        Files.writeString(file, JsonLines.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson()));
    }

    /** Python's round(x, 3), written as Python writes the float (0.812, 1.0). */
    static BigDecimal rounded(double x) {
        double r = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
        return new BigDecimal(PythonJson.repr(r));
    }

    /** Python's f"{x:.3f}": half-even on the exact binary value (13/16 is 0.812, where Java's %.3f says 0.813). */
    public static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String padRight(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    private static String padLeft(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
