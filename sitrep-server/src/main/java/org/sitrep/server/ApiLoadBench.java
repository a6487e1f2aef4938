package org.sitrep.server;

import org.sitrep.store.EventStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The API load run: fills a DuckDB store with synthetic fused events (random days over 2012-2023, random points over
 * Syria, the real schema), serves it, and times GET /api/events?bbox&from&to from a client on this machine.
 *
 * <pre>java -cp "sitrep-cli/target/sitrep-cli.jar:sitrep-cli/target/lib/*" org.sitrep.server.ApiLoadBench \
 *     --db /tmp/sitrep-bench.duckdb --events 1000000 --requests 5000</pre>
 *
 * Requests go to 127.0.0.1 only, one at a time (a person's map), a fixed number, then it stops.
 */
public final class ApiLoadBench {
    private ApiLoadBench() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of("/tmp/sitrep-bench.duckdb");
        int events = 1_000_000, requests = 5000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[i + 1]);
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--requests" -> requests = Math.min(100_000, Integer.parseInt(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--db, --events, --requests)");
            }
        }
        if (!Files.exists(db) || count(db) != events) fill(db, events);
        try (SitrepServer server = SitrepServer.start(new SitrepServer.Settings(db.toString(), "127.0.0.1", 0, null,
                () -> { throw new IllegalStateException("no writes in the load run"); }, null, null, org.sitrep.DocumentTimeLimit.none()))) {
            HttpClient http = HttpClient.newHttpClient();
            Random rnd = new Random(7);
            for (int i = 0; i < 300; i++) call(http, server.port(), rnd, new int[2]);   // warm the JIT and DuckDB's caches
            long[] ms = new long[requests];
            long[] app = new long[requests];
            long rows = 0;
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                int[] got = new int[2];
                rows += call(http, server.port(), rnd, got);
                ms[i] = System.nanoTime() - t0;
                app[i] = got[1] * 1000L;
            }
            Arrays.sort(ms);
            Arrays.sort(app);
            System.out.printf(Locale.ROOT, "%d events, %d requests of /api/events?bbox(1x1 deg)&from&to(90 days), %.0f rows a page on average%n",
                    events, requests, rows / (double) requests);
            System.out.printf(Locale.ROOT, "p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "server-side (Server-Timing): p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                    pct(app, 50), pct(app, 95), pct(app, 99));
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** One request with a random 1x1 degree box over Syria and a random 90-day window; returns the rows it got. */
    private static int call(HttpClient http, int port, Random rnd, int[] serverMicros) throws Exception {
        double w = 35.7 + rnd.nextDouble() * 6.5, s = 32.3 + rnd.nextDouble() * 4.6;
        LocalDate from = LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(4300));
        String url = String.format(Locale.ROOT, "http://127.0.0.1:%d/api/events?bbox=%.3f,%.3f,%.3f,%.3f&from=%s&to=%s",
                port, w, s, w + 1, s + 1, from, from.plusDays(89));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        serverMicros[1] = (int) Math.round(1000 * Double.parseDouble(r.headers().firstValue("Server-Timing").orElse("app;dur=0").replaceAll(".*dur=", "")));
        int n = 0;
        for (int i = r.body().indexOf("\"fused_id\""); i >= 0; i = r.body().indexOf("\"fused_id\"", i + 1)) n++;
        return n;
    }

    private static long count(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM fused")) {
            r.next();
            return r.getLong(1);
        } catch (Exception x) {
            return -1;
        }
    }

    /** A fresh store with the real schema, then the synthetic rows generated inside DuckDB in one statement. */
    static void fill(Path db, int events) throws Exception {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        EventStore.open(db.toString()).close();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             PreparedStatement p = c.prepareStatement("""
                     INSERT INTO fused SELECT
                       'F' || lpad(printf('%x', i), 16, '0'),
                       DATE '2012-01-01' + CAST(hash(i, 1) % 4383 AS INTEGER),
                       DATE '2012-01-01' + CAST(hash(i, 1) % 4383 AS INTEGER),
                       DATE '2012-01-01' + CAST(hash(i, 1) % 4383 AS INTEGER),
                       1,
                       ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Strategic developments'][1 + CAST(hash(i, 2) % 4 AS INTEGER)],
                       ['Armed clash', 'Shelling/artillery/missile attack', 'Attack', 'Looting/property destruction'][1 + CAST(hash(i, 2) % 4 AS INTEGER)],
                       'Actor ' || (CAST(hash(i, 3) % 40 AS INTEGER)), 'Actor ' || (CAST(hash(i, 4) % 40 AS INTEGER)),
                       '|Actor ' || (CAST(hash(i, 3) % 40 AS INTEGER)) || '|Actor ' || (CAST(hash(i, 4) % 40 AS INTEGER)) || '|',
                       'Place ' || (CAST(hash(i, 5) % 5000 AS INTEGER)), 'Governorate ' || (CAST(hash(i, 6) % 14 AS INTEGER)), 'Syria',
                       32.3 + (CAST(hash(i, 7) % 1000000 AS INTEGER)) / 1000000.0 * 5.0,
                       35.7 + (CAST(hash(i, 8) % 1000000 AS INTEGER)) / 1000000.0 * 6.9,
                       1 + CAST(hash(i, 9) % 3 AS INTEGER), CAST(hash(i, 10) % 20 AS INTEGER), 'reported',
                       1 + CAST(hash(i, 11) % 3 AS INTEGER), 1 + CAST(hash(i, 11) % 3 AS INTEGER), false, false,
                       '|Outlet ' || (CAST(hash(i, 12) % 60 AS INTEGER)) || '|',
                       'synthetic event ' || i, '{}'
                     FROM range(?) t(i)""")) {
            p.setInt(1, events);
            p.executeUpdate();
        }
        System.out.printf(Locale.ROOT, "generated %d synthetic fused events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
    }
}
