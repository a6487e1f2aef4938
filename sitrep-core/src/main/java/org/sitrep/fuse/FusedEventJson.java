package org.sitrep.fuse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fused event as one JSON object: the chosen fields in the EVENTS.md names, then "sources", "corroboration",
 * "disagreements" and "reports" (each an EVENTS.md record). Read back exactly as written.
 */
public final class FusedEventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FusedEventJson() {}

    public static ObjectNode toJson(FusedEvent f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("fused_id", f.fusedId());
        EventJson.putHappening(o, f.date(), f.subEventType(), f.actor1(), f.actor2(), f.assocActor1(), f.assocActor2(), f.place(),
                f.fatalities(), f.certainty(), f.claimSource(), f.notes());
        strings(o.putArray("sources"), f.sources());
        Corroboration c = f.corroboration();
        ObjectNode co = o.putObject("corroboration");
        co.put("outlets", c.outlets());
        co.put("reports", c.reports());
        strings(co.putArray("alignments"), c.alignments());
        co.put("across_camps", c.acrossCamps());
        co.put("independently_confirmed", c.independentlyConfirmed());
        ArrayNode ds = o.putArray("disagreements");
        for (Disagreement d : f.disagreements()) {
            ObjectNode dn = ds.addObject();
            dn.put("field", d.field());
            dn.put("chosen", d.chosen());
            ArrayNode cs = dn.putArray("claims");
            for (Claim cl : d.claims()) {
                ObjectNode cn = cs.addObject();
                cn.put("value", cl.value());
                cn.put("event_id", cl.eventId());
                cn.put("doc_id", cl.docId());
                cn.put("source", cl.source());
                cn.put("certainty", cl.certainty().label());
                cn.put("claim_source", cl.claimSource());
            }
        }
        ArrayNode rs = o.putArray("reports");
        for (Event e : f.reports()) rs.add(EventJson.toJson(e));
        return o;
    }

    /** The record with "report_ids" in place of the full "reports". */
    public static ObjectNode withoutReports(FusedEvent f) {
        ObjectNode o = toJson(f);
        o.remove("reports");
        ArrayNode ids = o.putArray("report_ids");
        f.reportIds().forEach(ids::add);
        return o;
    }

    /** The report ids of a record written by {@link #withoutReports}. */
    public static List<String> reportIds(JsonNode o) { return strings(o.path("report_ids")); }

    public static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException x) {
            throw new IllegalArgumentException("not a fused event record: " + x.getOriginalMessage(), x);
        }
    }

    public static String toLine(FusedEvent f) {
        try {
            return MAPPER.writeValueAsString(toJson(f));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    public static FusedEvent fromLine(String line) {
        try {
            return fromJson(MAPPER.readTree(line));
        } catch (JsonProcessingException x) {
            throw new IllegalArgumentException("not a fused event record: " + x.getOriginalMessage(), x);
        }
    }

    public static FusedEvent fromJson(JsonNode o) {
        List<Event> reports = new ArrayList<>();
        for (JsonNode r : o.path("reports")) reports.add(EventJson.fromJson(r));
        return fromJson(o, reports);
    }

    /**
     * The record written without its "reports" array ({@link #withoutReports}), given the reports by other means
     * (a store keeps each report once, in its own table).
     */
    public static FusedEvent fromJson(JsonNode o, List<Event> reports) {
        DateRange date = EventJson.date(o);
        Place place = EventJson.place(o);
        JsonNode co = o.get("corroboration");
        Corroboration c = new Corroboration(co.get("outlets").asInt(), co.get("reports").asInt(), strings(co.path("alignments")),
                co.get("across_camps").asBoolean(), co.get("independently_confirmed").asBoolean());
        List<Disagreement> ds = new ArrayList<>();
        for (JsonNode dn : o.path("disagreements")) {
            List<Claim> claims = new ArrayList<>();
            for (JsonNode cn : dn.path("claims"))
                claims.add(new Claim(text(cn, "value"), text(cn, "event_id"), text(cn, "doc_id"), text(cn, "source"),
                        EventJson.certainty(cn), text(cn, "claim_source")));
            ds.add(new Disagreement(text(dn, "field"), text(dn, "chosen"), claims));
        }
        return new FusedEvent(text(o, "fused_id"), date, SubEventType.fromLabel(o.get("sub_event_type").asText()),
                EventJson.actor(o, "actor1", "inter1"), EventJson.actor(o, "actor2", "inter2"), strings(o.path("assoc_actor_1")),
                strings(o.path("assoc_actor_2")), place, o.hasNonNull("fatalities") ? o.get("fatalities").asInt() : null,
                EventJson.certainty(o), text(o, "claim_source"), text(o, "notes"), reports, strings(o.path("sources")), ds, c);
    }

    private static String text(JsonNode o, String k) { return EventJson.text(o, k); }

    private static void strings(ArrayNode a, List<String> xs) { xs.forEach(a::add); }

    private static List<String> strings(JsonNode a) { return EventJson.strings(a); }
}
