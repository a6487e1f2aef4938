package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The hand-written OpenAPI document describes exactly the routes the server registers, and every event filter. */
class OpenApiDocumentTest {
    @Test
    void documentMatchesTheRoutes() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(SitrepServer.class.getResourceAsStream("/openapi.json"));
        assertEquals("3.0.3", doc.path("openapi").asText());
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        assertEquals(new TreeSet<>(SitrepServer.ROUTES), documented);

        Set<String> params = new HashSet<>();
        doc.path("paths").path("/api/events").path("get").path("parameters").forEach(p -> params.add(p.path("name").asText()));
        Set<String> expected = new HashSet<>(EventFilters.FILTERS);
        expected.addAll(EventFilters.PAGING);
        assertEquals(expected, params);
    }

    @Test
    void servedAtOpenapiJson() throws Exception {
        var r = SeedServer.get("/openapi.json");
        assertEquals(200, r.statusCode());
        assertEquals("sitrep API", new ObjectMapper().readTree(r.body()).path("info").path("title").asText());
    }
}
