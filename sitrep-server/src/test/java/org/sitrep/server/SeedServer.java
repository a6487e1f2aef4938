package org.sitrep.server;

import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.EventStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The test fixture shared by every test class of the JVM: a DuckDB store built from the seed articles with the real
 * pipeline (models loaded once), and a server over it on a free port with a write token.
 */
final class SeedServer {
    static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());
    private static SitrepServer server;
    private static Pipeline.Theatre theatre;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private SeedServer() {}

    static Path home() {
        String h = System.getProperty("sitrep.home");
        return Path.of(h == null ? ".." : h).toAbsolutePath().normalize();
    }

    static Path shared() {
        String s = System.getProperty("sitrep.shared");
        return (s == null ? home().resolve("../shared") : Path.of(s)).toAbsolutePath().normalize();
    }

    static synchronized Pipeline.Theatre theatre() {
        if (theatre == null) {
            Pipeline.Theatre d = Pipeline.Theatre.syria(home());
            theatre = new Pipeline.Theatre(d.packDir(), shared(), d.gazetteerDir(), d.countryCode());
        }
        return theatre;
    }

    static synchronized SitrepServer server() {
        if (server != null) return server;
        try {
            Path dir = Path.of("target/test-store").toAbsolutePath();
            Files.createDirectories(dir);
            Path db = dbPath();
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
            try (EventStore store = EventStore.open(db.toString()); Pipeline pipeline = Pipeline.open(theatre())) {
                new CorpusReader(ReadOptions.defaults()).read(List.of(shared().resolve("corpus/seeds.jsonl").toString()),
                        doc -> store.ingest(doc, pipeline.extract(doc)), err -> System.err.println("seed read: " + err));
            }
            server = SitrepServer.start(new SitrepServer.Settings(db.toString(), "127.0.0.1", 0, TOKEN, SeedServer::theatre,
                    theatre().ochaDir(), theatre().gazetteerDir(), org.sitrep.DocumentTimeLimit.of(org.sitrep.DocumentTimeLimit.DEFAULT)));
            return server;
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    static Path dbPath() {
        return Path.of("target/test-store").toAbsolutePath().resolve("seeds-" + ProcessHandle.current().pid() + ".duckdb");
    }

    static String base() { return "http://127.0.0.1:" + server().port(); }

    static HttpResponse<String> get(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(x);
        }
    }

    static HttpResponse<String> post(String path, String body, String authorization) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) b.header("Authorization", authorization);
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(x);
        }
    }
}
