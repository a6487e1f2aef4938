package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.server.SitrepServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** `sitrep serve`: the REST API and the web map over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/openapi.json) and the web map (/) over the event store.",
                "Writes (POST /api/documents) need --token or SITREP_TOKEN; without one they are off.",
                "  sitrep serve --db sitrep.duckdb --port 8080"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})") int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE}: this machine only)") String host;
    @Option(names = "--token", description = "bearer token that allows writes (default: $SITREP_TOKEN; none: writes off)") String token;

    @Mixin
    StoreOptions store;

    @Mixin
    DocumentTimeLimitOption timeLimit;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws InterruptedException {
        String t = token != null ? token : System.getenv("SITREP_TOKEN");
        Pipeline.Theatre th = theatre.theatre();
        SitrepServer server = SitrepServer.start(new SitrepServer.Settings(store.db, host, port, t, theatre::theatre,
                th.ochaDir(), th.gazetteerDir(), timeLimit.limit));
        System.err.println("sitrep: serving " + org.sitrep.store.EventStore.redact(store.db) + " on http://" + host + ":" + server.port() + "/ (writes "
                + (t == null || t.isBlank() ? "off" : "on, bearer token") + ")");
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.close(); done.countDown(); }));
        done.await();
        return 0;
    }
}
