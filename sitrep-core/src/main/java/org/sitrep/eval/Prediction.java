package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A predicted event as score.py sees it: the JSON record of spec/EVENTS.md, read field by field with Python's
 * leniency (a missing field is None, a date is the first ten characters of its text), so that a file any
 * extractor wrote scores the same here as there.
 *
 * @param origin file:line, or the event id for events extracted in this run
 */
public record Prediction(ObjectNode json, String origin) {
    public static Prediction of(Event e) {
        return new Prediction(EventJson.toJson(e), e.eventId());
    }

    /**
     * Reads a predictions file; a line that is not a JSON object is reported as "file:line: problem" and skipped.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static List<Prediction> read(Path file, Consumer<String> errors) throws IOException {
        List<Prediction> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file, errors)) {
            if (line.value() instanceof ObjectNode o) out.add(new Prediction(o, line.origin()));
            else errors.accept(line.origin() + ": not a JSON object");
        }
        return out;
    }

    public JsonNode get(String field) { return json.get(field); }

    /** A field as text (numbers as written), or null when missing or null. */
    public String text(String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    /** score.py's str(p.get("doc_id")): "None" when missing. */
    public String doc() { return PythonJson.str(json.get("doc_id")); }

    public LocalDate eventDate() { return PythonJson.day(json.get("event_date")); }

    /** (latitude, longitude), or null unless both read as numbers. */
    public double[] coordinates() {
        Double lat = PythonJson.asFloat(json.get("latitude")), lon = PythonJson.asFloat(json.get("longitude"));
        return lat == null || lon == null ? null : new double[]{lat, lon};
    }

    public BigInteger fatalities() { return PythonJson.asInt(json.get("fatalities")); }

    /** The texts of a list field (assoc_actor_2); empty when missing. */
    public List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = json.get(field);
        if (v != null && v.isArray()) v.forEach(x -> out.add(x.isNull() ? null : x.asText()));
        return out;
    }

    /** The evidence sentence, or "" when the record has none. */
    public String evidence() {
        JsonNode ev = json.get("evidence");
        if (ev == null || !ev.isObject()) return "";
        JsonNode t = ev.get("text");
        return t == null || t.isNull() ? "" : t.asText();
    }

    /** score.py's order of a document's predictions: by their sorted-key JSON text, so file order does not matter. */
    public String sortKey() { return PythonJson.dumps(json); }
}
