package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Untrusted clients: SQL injection strings in every filter, random parameter fuzzing, oversized bodies, missing
 * or wrong tokens. Every answer is 2xx or 4xx with a JSON error that carries no stack trace or file path.
 */
class HostileRequestsTest {
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE fused; --", "1; DELETE FROM reports", "\" OR \"\"=\"", "%' OR 1=1 --",
            "') UNION SELECT record, record FROM reports --", "1' AND SLEEP(5)--", "Battles' OR event_type LIKE '%",
            "%", "_", "!", "\\", "'", "\"", "|", "||", "*/ SELECT 1 /*", "2019-01-01' OR '1'='1", "1,2,3,4) OR (1=1",
            "$(reboot)", "<script>alert(1)</script>", "../../../../etc/passwd", "\u202e\u200b", "ðŸ’£", "null", "-1", "1e309");
    static final List<String> FILTERS = List.of("bbox", "from", "to", "event_type", "sub_event_type", "actor", "source",
            "min_precision", "text", "independent", "cursor", "limit", "format");

    @Test
    void sqlInjectionInEveryFilterIsRefusedOrMatchesNothing() {
        int total = EventsApiTest.pages("", 1000).size();
        for (String endpoint : List.of("/api/events", "/api/stats")) {
            for (String f : FILTERS) {
                if (endpoint.equals("/api/stats") && List.of("cursor", "limit", "format").contains(f)) continue;
                for (String bad : INJECTIONS) {
                    HttpResponse<String> r = SeedServer.get(endpoint + "?" + f + "=" + EventsApiTest.enc(bad));
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 400, endpoint + " " + f + "=" + bad + " → " + r.statusCode() + " " + r.body());
                    JsonNode body = EventsApiTest.json(r);
                    // a single odd character is a fair search word (articles have apostrophes); a phrase never matches
                    boolean mayMatch = f.equals("limit") || f.equals("text") && !bad.contains(" ");
                    if (r.statusCode() == 400) {
                        assertEquals(f, body.path("parameter").asText(), f + "=" + bad);
                    } else if (endpoint.equals("/api/events")) {
                        assertTrue(body.path("items").size() == 0 || mayMatch, f + "=" + bad + " must match nothing, got " + body.path("items").size());
                    } else {
                        assertTrue(body.path("total").asInt() == 0 || mayMatch, f + "=" + bad);
                    }
                }
            }
        }
        for (String bad : INJECTIONS) {
            int s = SeedServer.get("/api/places?q=" + EventsApiTest.enc(bad)).statusCode();
            assertTrue(s == 200 || s == 400, "places q=" + bad);
            int c = SeedServer.get("/api/control?at=" + EventsApiTest.enc(bad)).statusCode();
            assertEquals(400, c, "control at=" + bad);
            int e = SeedServer.get("/api/events/" + EventsApiTest.enc(bad)).statusCode();
            assertTrue(e == 400 || e == 404, "event id " + bad + " → " + e);
        }
        assertEquals(total, EventsApiTest.pages("", 1000).size(), "nothing was deleted");
    }

    @Test
    void fuzzedParametersNeverGive5xx() {
        Random rnd = new Random(20261125L);
        String[] pieces = {"", "0", "-1", "1", "3", "2019-01-07", "2019-1-7", "9999-12-31", "Battles", "Armed clash", "a,b", "1,2,3,4",
                "-180,-90,180,90", "35,33,37,36", "NaN", "Infinity", "%", "'", "\"", "\\", "geojson", "csv", "json", "true", "false",
                "ZmFrZQ", "MjAxOS0wMS0wN3xG", "<", ">", "&", "=", "\u0000", "\u0600\u0601", "\uD83D\uDCA3", " ", "+"};
        List<String> names = new ArrayList<>(FILTERS);
        names.addAll(List.of("q", "at", "x", "", "limit[]", "bbox.west"));
        String[] endpoints = {"/api/events", "/api/stats", "/api/places", "/api/control", "/api/actors", "/api/events/F1", "/openapi.json"};
        for (int i = 0; i < 600; i++) {
            StringBuilder q = new StringBuilder();
            int n = 1 + rnd.nextInt(4);
            for (int k = 0; k < n; k++) {
                if (k > 0) q.append('&');
                String v = pieces[rnd.nextInt(pieces.length)] + (rnd.nextInt(4) == 0 ? pieces[rnd.nextInt(pieces.length)] : "");
                q.append(EventsApiTest.enc(names.get(rnd.nextInt(names.size())))).append('=').append(EventsApiTest.enc(v));
            }
            String url = endpoints[rnd.nextInt(endpoints.length)] + "?" + q;
            HttpResponse<String> r = SeedServer.get(url);
            assertTrue(r.statusCode() < 500, url + " → " + r.statusCode() + " " + r.body());
            assertNoLeak(r);
        }
    }

    static void assertNoLeak(HttpResponse<String> r) {
        String b = r.body();
        assertFalse(b.contains("Exception") || b.contains("\tat ") || b.contains(".java:") || b.contains("/work/") || b.contains("duckdb"),
                "error leaks internals: " + b);
    }

    @Test
    void writesNeedTheToken() {
        String article = "{\"id\":\"t-token\",\"text\":\"Nothing happened today.\"}";
        HttpResponse<String> none = SeedServer.post("/api/documents", article, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, SeedServer.post("/api/documents", article, "Bearer wrong").statusCode());
        assertEquals(401, SeedServer.post("/api/documents", article, "Bearer " + SeedServer.TOKEN + "x").statusCode());
        assertEquals(401, SeedServer.post("/api/documents", article, SeedServer.TOKEN).statusCode());
        assertNoLeak(none);
    }

    @Test
    void badBodiesAreRefusedWithTheReason() {
        String auth = "Bearer " + SeedServer.TOKEN;
        HttpResponse<String> notJson = SeedServer.post("/api/documents", "{not json", auth);
        assertEquals(400, notJson.statusCode());
        assertEquals("body", EventsApiTest.json(notJson).path("parameter").asText());
        assertNoLeak(notJson);
        HttpResponse<String> noText = SeedServer.post("/api/documents", "{\"id\":\"x\"}", auth);
        assertEquals(400, noText.statusCode());
        assertEquals("text", EventsApiTest.json(noText).path("parameter").asText());
        assertEquals(400, SeedServer.post("/api/documents", "[1,2]", auth).statusCode());
        String huge = "{\"id\":\"big\",\"text\":\"" + "a".repeat((int) SitrepServer.MAX_BODY_BYTES + 10) + "\"}";
        HttpResponse<String> big = SeedServer.post("/api/documents", huge, auth);
        assertEquals(413, big.statusCode(), big.body());
        assertNoLeak(big);
    }

    @Test
    void otherMethodsAndTraversalsFindNothing() throws Exception {
        for (String method : List.of("DELETE", "PUT", "PATCH")) {
            for (String path : List.of("/api/events", "/api/documents", "/")) {
                var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(SeedServer.base() + path))
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
                HttpResponse<String> r = SeedServer.HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() == 404 || r.statusCode() == 405, method + " " + path + " → " + r.statusCode());
                assertNoLeak(r);
            }
        }
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/webjars/..%2f..%2f..%2fetc/passwd",
                "/..%5c..%5cpom.xml", "/web/../openapi.json/../../pom.xml", "/META-INF/MANIFEST.MF", "/org/sitrep/server/SitrepServer.class")) {
            HttpResponse<String> r = SeedServer.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " → " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), path);
        }
    }

    @Test
    void anArticleTheStoreRefusesIs422AndChangesNothing() {
        String auth = "Bearer " + SeedServer.TOKEN;
        String sentence = "Syrian government forces shelled the town of Maarat al-Numan in Idlib province on 9 April 2019, killing two civilians.";
        String first = "{\"id\":\"same-id\",\"source\":\"Test Wire\",\"published\":\"2019-04-10\",\"text\":\"" + sentence + "\"}";
        HttpResponse<String> a = SeedServer.post("/api/documents", first, auth);
        assertTrue(a.statusCode() == 201 || a.statusCode() == 200, a.body());
        assertTrue(EventsApiTest.json(a).path("reports").asInt() >= 1 || a.statusCode() == 200, a.body());
        int before = EventsApiTest.pages("", 1000).size();
        // same id and the same event sentence, other content: its event ids clash with the stored ones
        String second = first.replace(sentence, sentence + " Residents left the town the next morning.");
        HttpResponse<String> b = SeedServer.post("/api/documents", second, auth);
        assertEquals(422, b.statusCode(), b.body());
        assertEquals("body", EventsApiTest.json(b).path("parameter").asText());
        assertNoLeak(b);
        assertEquals(before, EventsApiTest.pages("", 1000).size(), "the refused article left the store as it was");
    }

    @Test
    void securityHeadersOnPagesAndApi() {
        for (String path : List.of("/", "/app.js", "/api/actors", "/api/nothing", "/api/events?limit=0")) {
            HttpResponse<String> r = SeedServer.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS stays off: " + path);
        }
    }

    @Test
    void pageHasNoInlineScript() {
        String html = SeedServer.get("/").body();
        assertTrue(html.contains("<div id=\"map\">"));
        assertFalse(html.matches("(?s).*<script>(?!</script>).*"), "every script is a file");
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline event handlers");
        assertFalse(html.contains("http://") || html.contains("https://"), "no CDN: everything from this server");
        assertEquals(200, SeedServer.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
        HttpResponse<String> basemap = SeedServer.get("/basemap.geojson");
        assertEquals(200, basemap.statusCode());
        assertTrue(basemap.body().contains("\"governorate\""));
    }
}
