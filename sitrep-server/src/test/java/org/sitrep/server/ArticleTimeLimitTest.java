package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.DocumentTimeLimit;
import org.sitrep.store.EventStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/documents under the per-document time limit: an article still being parsed at the limit is refused, and the server goes on. */
class ArticleTimeLimitTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> post(SitrepServer server, String body) throws IOException, InterruptedException {
        return SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + SeedServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String article(String id, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"Test Wire\",\"published\":\"2019-05-20\",\"text\":\"" + text + "\"}";
    }

    @Test
    void anArticleOverTheLimitIs422AndTheNextOneIsStored() throws Exception {
        String db = dir.resolve("limit.duckdb").toString();
        Path ocha = SeedServer.theatre().ochaDir(), gazetteer = SeedServer.theatre().gazetteerDir();
        try (SitrepServer server = SitrepServer.start(new SitrepServer.Settings(db, "127.0.0.1", 0, SeedServer.TOKEN, SeedServer::theatre,
                ocha, gazetteer, DocumentTimeLimit.parse("1s")))) {
            // the first article opens the pipeline (outside the limit) and warms it
            HttpResponse<String> warm = post(server, article("warm", "On 2 May 2019, army shelling hit the village of Kafr Nabl, killing a man."));
            assertEquals(201, warm.statusCode(), warm.body());

            // our own wording, 15,000 event sentences (under the 2 MB body limit): parsing them all would take many minutes
            StringBuilder endless = new StringBuilder();
            for (int i = 0; i < 15_000; i++) {
                endless.append("Government forces shelled the village of Kafr Nabl on ").append(1 + i % 28).append(" April, killing ")
                        .append(2 + i % 5).append(" civilians. ");
            }
            HttpResponse<String> slow = post(server, article("endless", endless.toString()));
            assertEquals(422, slow.statusCode(), slow.body());
            assertTrue(slow.body().contains("took longer than 1 s"), slow.body());
            assertEquals("body", EventsApiTest.json(slow).path("parameter").asText());
            HostileRequestsTest.assertNoLeak(slow);

            HttpResponse<String> next = post(server, article("next", "On 12 May 2019, government forces shelled the town of Kafr Nabl in Idlib province, killing two civilians."));
            assertEquals(201, next.statusCode(), next.body());
            EventStore store = server.store();
            assertEquals(2, store.counts().documents(), "the warm-up and the next article; nothing of the refused one");
        }
    }
}
