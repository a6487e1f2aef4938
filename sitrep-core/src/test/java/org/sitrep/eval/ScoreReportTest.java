package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.eval.HandMade.gold;
import static org.sitrep.eval.HandMade.prediction;

class ScoreReportTest {
    @TempDir
    Path dir;

    private final Scorer scorer = new Scorer();

    @Test
    void roundsHalfEvenOnTheExactValueAsPythonDoes() {
        assertEquals("0.812", ScoreReport.fixed3(13.0 / 16)); // String.format would say 0.813
        assertEquals("0.062", ScoreReport.fixed3(1.0 / 16));
        assertEquals("0.667", ScoreReport.fixed3(2.0 / 3));
        assertEquals("1.000", ScoreReport.fixed3(1.0));
        assertEquals("0.000", ScoreReport.fixed3(0.0));
        assertEquals("0.812", ScoreReport.rounded(13.0 / 16).toPlainString());
        assertEquals("1.0", ScoreReport.rounded(1.0).toPlainString());
    }

    @Test
    void printsScorePysLinesThenExplanations() throws Exception {
        GoldEvent hit = gold("{\"id\": \"t-01\"}");
        GoldEvent missed = gold("{\"id\": \"t-02\", \"location\": \"Deir Hafer\", \"location_alt\": [], \"lat\": null, \"lon\": null,"
                + " \"note\": \"a made-up note\"}");
        Prediction late = prediction("{\"event_id\": \"late\", \"location\": \"Dayr Hafer\", \"location_mention\": \"Dayr Hafer\","
                + " \"event_date\": \"2020-03-20\", \"latitude\": null, \"evidence\": {\"text\": \"Why this was coded.\"}}");
        Score s = scorer.score(List.of(hit, missed), List.of(prediction("{\"certainty\": \"claimed\"}"), late));
        ScoreReport report = new ScoreReport(s, scorer.criteria());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        report.printFigures(out);
        Document doc = new Document("d1", null, "test", null, false, "", "Fighting was reported at Dayr Hafer on Friday. "
                + "Nothing else.", "test");
        report.printExplanations(out, Map.of("d1", doc), true);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(String.join("\n",
                "doc   tp  fp  fn",
                "d1      1   1   1",
                "  actor1          1.000  (n=1)",
                "  actor2          1.000  (n=1)",
                "  certainty       0.000  (n=1)",
                "  coordinates     1.000  (n=1)",
                "  date            1.000  (n=1)",
                "  fatalities      1.000  (n=1)",
                "  sub_event_type  1.000  (n=1)",
                "  events coded from plans/hypotheticals/announcements: 0",
                "events F1=0.500 P=0.500 R=0.500 (gold 2, predicted 2)",
                "",
                "MISSED t-02 Battles / Armed clash at Deir Hafer 2020-03-10..2020-03-11 actor1 Syrian Arab Army actor2 Syrian opposition fatalities 4",
                "  gold note: a made-up note",
                "  text: Fighting was reported at Dayr Hafer on Friday.",
                "  near: late Battles / Armed clash at Dayr Hafer 2020-03-20 actor1 Syrian Arab Army actor2 Syrian opposition fatalities 4 reported:"
                        + " date 2020-03-20 outside 2020-03-09..2020-03-12",
                "",
                "EXTRA  d1 late Battles / Armed clash at Dayr Hafer 2020-03-20 actor1 Syrian Arab Army actor2 Syrian opposition fatalities 4 reported",
                "  evidence: Why this was coded.",
                "  near gold t-02 Battles at Deir Hafer 2020-03-10..2020-03-11: date 2020-03-20 outside 2020-03-09..2020-03-12",
                "",
                "FIELDS t-01 <- p-1: certainty claimed (gold reported)",
                ""), printed);
    }

    @Test
    void writesScorePysJsonKeys() throws Exception {
        Score s = scorer.score(List.of(gold("{}")), List.of(prediction("{}"), prediction("{\"event_id\": \"p-2\"}")));
        Path file = dir.resolve("out.json");
        new ScoreReport(s, scorer.criteria()).writeJson(file);
        JsonNode json = JsonLines.JSON.readTree(file.toFile());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("gold_core", "predicted", "tp", "fp", "fn", "precision", "recall", "f1", "field_accuracy",
                "field_support", "events_from_non_events"), keys);
        assertEquals(0.5, json.get("precision").doubleValue());
        assertEquals(0.667, json.get("f1").doubleValue());
        assertEquals(1, json.get("field_support").get("date").intValue());
        assertTrue(json.get("field_accuracy").get("date").isNumber());
    }
}
