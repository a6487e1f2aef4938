package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.model.EventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

/** The REST API over the store built from the seed articles by the real pipeline. */
class EventsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<JsonNode> all;

    @BeforeAll
    static void load() {
        all = pages("", 1000);
        assertTrue(all.size() >= 5, "the seeds give several fused events: " + all.size());
    }

    static JsonNode json(HttpResponse<String> r) {
        try { return JSON.readTree(r.body()); } catch (Exception x) { throw new AssertionError("not JSON: " + r.body(), x); }
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** Every page of /api/events with this query, following next_cursor. */
    static List<JsonNode> pages(String query, int limit) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        for (int guard = 0; guard < 10_000; guard++) {
            HttpResponse<String> r = SeedServer.get("/api/events?limit=" + limit + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = json(r);
            assertTrue(page.path("items").size() <= limit);
            page.path("items").forEach(out::add);
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            if (cursor == null) return out;
            assertEquals(limit, page.path("items").size(), "only the last page is short");
        }
        throw new AssertionError("pagination never ended");
    }

    static List<String> ids(List<JsonNode> items) { return items.stream().map(n -> n.path("fused_id").asText()).toList(); }

    /** The store's own (full-record) query agrees with the listing on the same filter. */
    static void sameAsStore(String query, UnaryOperator<EventQuery> filter) {
        List<String> store = new ArrayList<>();
        SeedServer.server().store().forEachFused(filter.apply(EventQuery.all()), f -> store.add(f.fusedId()));
        assertEquals(store, ids(pages(query, 1000)), query);
    }

    @Test
    void pagesCoverEveryEventOnceInOrder() {
        for (int limit : new int[]{1, 2, 3, 7}) {
            List<String> paged = ids(pages("", limit));
            assertEquals(ids(all), paged, "limit " + limit);
            assertEquals(paged.size(), new HashSet<>(paged).size(), "no repeats at limit " + limit);
        }
        List<String> dates = all.stream().map(n -> n.path("event_date").asText()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "ordered by date");
        sameAsStore("", q -> q);
    }

    @Test
    void dateFilters() {
        LocalDate mid = LocalDate.parse(all.get(all.size() / 2).path("event_date").asText());
        List<JsonNode> from = pages("&from=" + mid, 1000);
        List<JsonNode> to = pages("&to=" + mid, 1000);
        assertFalse(from.isEmpty());
        assertFalse(to.isEmpty());
        from.forEach(n -> assertFalse(LocalDate.parse(n.path("event_date").asText()).isBefore(mid)));
        to.forEach(n -> assertFalse(LocalDate.parse(n.path("event_date").asText()).isAfter(mid)));
        List<JsonNode> day = pages("&from=" + mid + "&to=" + mid, 1000);
        assertFalse(day.isEmpty());
        assertEquals(from.size() + to.size() - day.size(), all.size());
        sameAsStore("&from=" + mid, q -> q.withDates(mid, null));
    }

    @Test
    void bboxFilter() {
        JsonNode located = all.stream().filter(n -> !n.path("latitude").isNull()).findFirst().orElseThrow();
        double lat = located.path("latitude").asDouble(), lon = located.path("longitude").asDouble();
        String box = (lon - 0.3) + "," + (lat - 0.3) + "," + (lon + 0.3) + "," + (lat + 0.3);
        List<JsonNode> in = pages("&bbox=" + box, 1000);
        assertTrue(ids(in).contains(located.path("fused_id").asText()));
        for (JsonNode n : in) {
            assertTrue(Math.abs(n.path("latitude").asDouble() - lat) <= 0.3 + 1e-9);
            assertTrue(Math.abs(n.path("longitude").asDouble() - lon) <= 0.3 + 1e-9);
        }
        assertTrue(pages("&bbox=-10,-10,-9,-9", 1000).isEmpty(), "nothing off the coast of Africa");
        sameAsStore("&bbox=" + box, q -> q.withBbox(BoundingBox.parse(box)));
    }

    @Test
    void typeFilters() {
        String type = all.get(0).path("event_type").asText();
        String sub = all.get(0).path("sub_event_type").asText();
        List<JsonNode> t = pages("&event_type=" + enc(type), 1000);
        assertFalse(t.isEmpty());
        t.forEach(n -> assertEquals(type, n.path("event_type").asText()));
        List<JsonNode> s = pages("&sub_event_type=" + enc(sub), 1000);
        assertFalse(s.isEmpty());
        s.forEach(n -> assertEquals(sub, n.path("sub_event_type").asText()));
        sameAsStore("&event_type=" + enc(type), q -> q.withEventType(EventType.fromLabel(type)));
    }

    @Test
    void actorSourcePrecisionAndTextFilters() {
        JsonNode withActor = all.stream().filter(n -> !n.path("actor1").isNull()).findFirst().orElseThrow();
        String actor = withActor.path("actor1").asText();
        List<JsonNode> a = pages("&actor=" + enc(actor), 1000);
        assertTrue(ids(a).contains(withActor.path("fused_id").asText()));
        assertTrue(a.size() < all.size() || all.stream().allMatch(n -> true));
        sameAsStore("&actor=" + enc(actor), q -> q.withActor(actor));

        String source = all.get(0).path("sources").asText().split("; ")[0];
        List<JsonNode> s = pages("&source=" + enc(source), 1000);
        assertFalse(s.isEmpty());
        s.forEach(n -> assertTrue(n.path("sources").asText().contains(source)));
        sameAsStore("&source=" + enc(source), q -> q.withSource(source));

        List<JsonNode> p1 = pages("&min_precision=1", 1000);
        p1.forEach(n -> assertEquals(1, n.path("geo_precision").asInt()));
        assertTrue(pages("&min_precision=3", 1000).size() >= p1.size());
        sameAsStore("&min_precision=2", q -> q.withMinPrecision(2));

        JsonNode named = all.stream().filter(n -> !n.path("location").isNull()).findFirst().orElseThrow();
        String word = named.path("location").asText().split("[\\s-]+")[0].toLowerCase();
        List<JsonNode> t = pages("&text=" + enc(word), 1000);
        assertTrue(ids(t).contains(named.path("fused_id").asText()));
        sameAsStore("&text=" + enc(word), q -> q.withText(word));
        assertTrue(pages("&text=zzqqxxnothing", 1000).isEmpty());

        List<JsonNode> independent = pages("&independent=true", 1000);
        independent.forEach(n -> assertTrue(n.path("independently_confirmed").asBoolean()));
    }

    @Test
    void formats() {
        HttpResponse<String> g = SeedServer.get("/api/events?format=geojson&limit=1000");
        assertEquals(200, g.statusCode());
        assertTrue(g.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonNode fc = json(g);
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertEquals(all.size(), fc.path("features").size() + fc.path("without_coordinates").asInt());
        for (JsonNode f : fc.path("features")) assertEquals(2, f.path("geometry").path("coordinates").size());

        HttpResponse<String> c = SeedServer.get("/api/events?format=csv&limit=1000");
        assertEquals(200, c.statusCode());
        String[] lines = c.body().split("\r\n");
        assertTrue(lines[0].startsWith("fused_id,event_date,event_type"));
        assertEquals(all.size() + 1, lines.length);

        assertTrue(c.headers().firstValue("Server-Timing").orElse("").matches("app;dur=[0-9.]+"), "the server's own time is told");
        HttpResponse<String> small = SeedServer.get("/api/events?format=csv&limit=1");
        assertTrue(small.headers().firstValue("X-Next-Cursor").isPresent(), "the cursor of a CSV page travels in a header");
    }

    @Test
    void oneEventWithReportsEvidenceAndDisagreements() {
        String id = all.get(0).path("fused_id").asText();
        HttpResponse<String> r = SeedServer.get("/api/events/" + id);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode f = json(r);
        assertEquals(id, f.path("fused_id").asText());
        assertTrue(f.path("reports").size() >= 1);
        JsonNode rep = f.path("reports").get(0);
        assertFalse(rep.path("evidence").path("text").asText().isBlank());
        assertTrue(rep.path("evidence").path("fields").isObject());
        assertTrue(f.path("disagreements").isArray());
        assertTrue(f.path("sources").size() >= 1);

        HttpResponse<String> byReport = SeedServer.get("/api/events/" + enc(rep.path("event_id").asText()));
        assertEquals(id, json(byReport).path("fused_id").asText(), "a report's id leads to its fused event");

        HttpResponse<String> missing = SeedServer.get("/api/events/F0000000000000000");
        assertEquals(404, missing.statusCode());
        assertEquals("id", json(missing).path("parameter").asText());
        HttpResponse<String> bad = SeedServer.get("/api/events/" + enc("x'; DROP TABLE fused; --"));
        assertEquals(400, bad.statusCode());
        assertEquals("id", json(bad).path("parameter").asText());
    }

    @Test
    void fusedEventsWithSeveralReportsListThemAll() {
        for (JsonNode n : all) {
            if (n.path("reports").asInt() < 2) continue;
            JsonNode f = json(SeedServer.get("/api/events/" + n.path("fused_id").asText()));
            assertEquals(n.path("reports").asInt(), f.path("reports").size());
            return;
        }
    }

    @Test
    void controlActorsStatsAndPlaces() {
        HttpResponse<String> c = SeedServer.get("/api/control?at=2019-01-07");
        assertEquals(200, c.statusCode(), c.body());
        assertEquals("FeatureCollection", json(c).path("type").asText());
        HttpResponse<String> noDay = SeedServer.get("/api/control");
        assertEquals(400, noDay.statusCode());
        assertEquals("at", json(noDay).path("parameter").asText());

        JsonNode actors = json(SeedServer.get("/api/actors"));
        assertTrue(actors.size() > 0);
        for (int i = 1; i < actors.size(); i++)
            assertTrue(actors.get(i - 1).path("fused_events").asLong() >= actors.get(i).path("fused_events").asLong());

        JsonNode stats = json(SeedServer.get("/api/stats"));
        assertEquals(all.size(), stats.path("total").asInt());
        long byType = 0;
        for (JsonNode v : stats.path("by_type")) byType += v.asLong();
        assertEquals(all.size(), byType);
        long byWeek = 0;
        for (JsonNode v : stats.path("by_week")) byWeek += v.asLong();
        assertEquals(all.size(), byWeek);
        String type = all.get(0).path("event_type").asText();
        assertEquals(pages("&event_type=" + enc(type), 1000).size(), json(SeedServer.get("/api/stats?event_type=" + enc(type))).path("total").asInt());

        String place = all.stream().filter(n -> !n.path("location").isNull()).findFirst().orElseThrow().path("location").asText();
        JsonNode hits = json(SeedServer.get("/api/places?q=" + enc(place)));
        assertTrue(hits.size() >= 1);
        assertEquals(place, hits.get(0).path("name").asText());
        assertTrue(hits.get(0).path("reports").asLong() >= 1);

        JsonNode arabic = json(SeedServer.get("/api/places?q=" + enc("حلب")));
        Set<String> names = new HashSet<>();
        arabic.forEach(h -> names.add(h.path("name").asText()));
        assertTrue(names.contains("Aleppo"), "the Arabic name finds the governorate: " + names);
        assertEquals(400, SeedServer.get("/api/places").statusCode());
    }

    @Test
    void badParametersAreNamed() {
        String[][] cases = {
                {"from=2019-13-01", "from"}, {"to=yesterday", "to"}, {"from=2019-02-01&to=2019-01-01", "to"},
                {"bbox=1,2,3", "bbox"}, {"bbox=10,20,5,30", "bbox"}, {"bbox=a,b,c,d", "bbox"}, {"bbox=0,0,1,NaN", "bbox"},
                {"event_type=Wars", "event_type"}, {"sub_event_type=Duel", "sub_event_type"},
                {"min_precision=7", "min_precision"}, {"min_precision=x", "min_precision"},
                {"limit=0", "limit"}, {"limit=20000", "limit"}, {"limit=ten", "limit"},
                {"cursor=bm90LWEtY3Vyc29y", "cursor"}, {"cursor=%25%25", "cursor"}, {"format=xml", "format"},
                {"independent=maybe", "independent"}, {"colour=red", "colour"}, {"actor=a&actor=b", "actor"},
                {"text=" + "a".repeat(400), "text"}, {"actor=%00", "actor"}};
        for (String[] c : cases) {
            HttpResponse<String> r = SeedServer.get("/api/events?" + c[0]);
            assertEquals(400, r.statusCode(), c[0] + " → " + r.body());
            JsonNode e = json(r);
            assertEquals(c[1], e.path("parameter").asText(), c[0]);
            assertFalse(e.path("error").asText().isBlank());
        }
        assertEquals("limit", json(SeedServer.get("/api/actors?limit=-1")).path("parameter").asText());
        assertEquals("at", json(SeedServer.get("/api/control?at=2019-02-30")).path("parameter").asText());
        assertEquals("from", json(SeedServer.get("/api/stats?from=0000-01-01")).path("parameter").asText());
    }

    @Test
    void unknownPathsAreJson404() {
        HttpResponse<String> r = SeedServer.get("/api/nothing");
        assertEquals(404, r.statusCode());
        assertEquals("not found", json(r).path("error").asText());
    }

    @Test
    void storeQueryAndListingAgreeOnFusedEventFields() {
        FusedEvent f = SeedServer.server().store().fusedEvents(EventQuery.all().withLimit(1)).items().get(0);
        JsonNode n = all.get(0);
        assertEquals(f.fusedId(), n.path("fused_id").asText());
        assertEquals(f.subEventType().label(), n.path("sub_event_type").asText());
        assertEquals(f.reports().size(), n.path("reports").asInt());
        assertEquals(String.join("; ", f.sources()), n.path("sources").asText());
    }
}
