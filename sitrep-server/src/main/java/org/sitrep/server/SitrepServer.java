package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.sitrep.Pipeline;
import org.sitrep.fuse.ControlGeoJson;
import org.sitrep.fuse.ControlTimeline;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusedEventJson;
import org.sitrep.store.ActorCount;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.Page;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoreStats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The HTTP server: the REST API of {@code openapi.json} and the web map, over one store. Errors are JSON
 * {"error", "parameter"?} with no stack trace or file path; every response carries the security headers.
 */
public final class SitrepServer implements AutoCloseable {
    /** Largest request body: an article as JSON. */
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");
    /** The routes the server registers; the OpenAPI document is tested against this list. */
    public static final List<String> ROUTES = List.of("GET /api/events", "GET /api/events/{id}", "GET /api/control",
            "GET /api/places", "GET /api/actors", "GET /api/stats", "POST /api/documents");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SitrepServer.class);

    /**
     * @param db      the store: DuckDB file or JDBC URL
     * @param theatre the pipeline's theatre, asked for on the first POSTed article only
     * @param token   the bearer token for writes, or null: writes off
     * @param docTimeLimit how long one POSTed article may take through extraction
     */
    public record Settings(String db, String host, int port, String token, Supplier<Pipeline.Theatre> theatre,
                           java.nio.file.Path ochaDir, java.nio.file.Path gazetteerDir, org.sitrep.DocumentTimeLimit docTimeLimit) {}

    private final EventStore store;
    private final EventListing listing;
    private final PlaceSearch places;
    private final DocumentIntake intake;
    private final WriteToken token;
    private final Javalin app;
    private volatile CachedTimeline timeline;

    private record CachedTimeline(StoreCounts counts, ControlTimeline timeline) {}

    private SitrepServer(Settings s, EventStore store) {
        this.store = store;
        this.listing = EventListing.open(s.db());
        this.places = PlaceSearch.open(store, s.ochaDir(), s.gazetteerDir());
        this.intake = new DocumentIntake(store, s.theatre(), s.docTimeLimit());
        this.token = new WriteToken(s.token());
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = MAX_BODY_BYTES;
            c.http.generateEtags = true;
            c.staticFiles.add(f -> {
                f.hostedPath = "/";
                f.directory = "/web";
                f.location = Location.CLASSPATH;
                f.headers = SECURITY_HEADERS;
            });
            c.staticFiles.add(f -> {
                f.hostedPath = "/webjars";
                f.directory = "/META-INF/resources/webjars";
                f.location = Location.CLASSPATH;
                f.headers = SECURITY_HEADERS;
            });
        });
        routes();
    }

    /** Opens the store and starts serving; {@code port} 0 picks a free port ({@link #port()}). */
    public static SitrepServer start(Settings s) {
        EventStore store = EventStore.open(s.db());
        SitrepServer server;
        try {
            server = new SitrepServer(s, store);
        } catch (RuntimeException x) {
            store.close();
            throw x;
        }
        server.app.start(s.host(), s.port());
        return server;
    }

    public int port() { return app.port(); }

    public EventStore store() { return store; }

    private void routes() {
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.before("/api/*", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.attribute("sitrep.t0", System.nanoTime());
        });
        // how long the server worked on the request, so a load run can tell it from time spent queueing for the CPU
        app.after("/api/*", ctx -> {
            Long t0 = ctx.attribute("sitrep.t0");
            if (t0 != null) ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - t0) / 1e6));
        });
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", this::event);
        app.get("/api/control", this::control);
        app.get("/api/places", this::places);
        app.get("/api/actors", this::actors);
        app.get("/api/stats", this::stats);
        app.post("/api/documents", this::document);
        app.exception(BadParameter.class, (x, ctx) -> error(ctx, 400, x.getMessage(), x.parameter()));
        app.exception(HttpResponseException.class, (x, ctx) -> error(ctx, x.getStatus(), statusText(x.getStatus()), null));
        app.exception(Exception.class, (x, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), x);   // the log has the detail; the client never does
            error(ctx, 500, "internal error", null);
        });
        app.error(404, ctx -> { if (!"true".equals(ctx.res().getHeader("X-Sitrep-Error"))) error(ctx, 404, "not found", null); });
        app.error(413, ctx -> error(ctx, 413, "request body over " + MAX_BODY_BYTES + " bytes", "body"));
    }

    private static String statusText(int status) {
        return switch (status) {
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request body over " + MAX_BODY_BYTES + " bytes";
            default -> status >= 500 ? "internal error" : "bad request";
        };
    }

    static void error(Context ctx, int status, String message, String parameter) {
        ObjectNode o = ListingFormats.MAPPER.createObjectNode();
        o.put("error", message);
        if (parameter != null) o.put("parameter", parameter);
        ctx.status(status).header("X-Sitrep-Error", "true").contentType("application/json").result(o.toString());
    }

    private void events(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        EventQuery q = EventFilters.parse(params, union(EventFilters.FILTERS, EventFilters.PAGING));
        String format = Optional.ofNullable(EventFilters.value(params, "format")).orElse("json");
        if (!Set.of("json", "geojson", "csv").contains(format)) throw new BadParameter("format", "must be json, geojson or csv");
        Page<ListedEvent> page = listing.page(q);
        if (page.nextCursor() != null) ctx.header("X-Next-Cursor", page.nextCursor());
        switch (format) {
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"sitrep-events.csv\"").result(ListingFormats.csv(page));
            case "geojson" -> ctx.contentType("application/geo+json").result(ListingFormats.bytes(page, true));
            default -> ctx.contentType("application/json").result(ListingFormats.bytes(page, false));
        }
    }

    private void event(Context ctx) {
        EventFilters.parse(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) throw new BadParameter("id", "not an event id");
        Optional<FusedEvent> f = store.fusedEvent(id);
        if (f.isEmpty()) f = store.fusedEventOf(id);   // a report's id leads to its fused event
        if (f.isEmpty()) { error(ctx, 404, "no event " + id, "id"); return; }
        ctx.contentType("application/json").result(FusedEventJson.toJson(f.get()).toString());
    }

    private void control(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        EventFilters.parse(params, Set.of("at"));
        LocalDate at = EventFilters.date(params, "at");
        if (at == null) throw new BadParameter("at", "required: the day, YYYY-MM-DD");
        ctx.contentType("application/geo+json").result(ControlGeoJson.toGeoJson(timeline().controlAt(at)).toString());
    }

    /** The control timeline, rebuilt only when the store's counts change. */
    private ControlTimeline timeline() {
        StoreCounts now = store.counts();
        CachedTimeline c = timeline;
        if (c == null || !c.counts().equals(now)) {
            c = new CachedTimeline(now, store.controlTimeline());
            timeline = c;
        }
        return c.timeline();
    }

    private void places(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        EventFilters.parse(params, Set.of("q", "limit"));
        String q = EventFilters.value(params, "q");
        if (q == null || q.length() < 2) throw new BadParameter("q", "required, at least 2 characters");
        int limit = limit(params, 20, 100);
        ArrayNode out = ListingFormats.MAPPER.createArrayNode();
        for (PlaceSearch.Hit h : places.search(q, limit)) {
            ObjectNode o = out.addObject();
            o.put("name", h.name());
            o.put("name_ar", h.nameAr());
            o.put("kind", h.kind());
            o.put("admin1", h.admin1());
            o.put("latitude", h.latitude());
            o.put("longitude", h.longitude());
            o.put("reports", h.reports());
        }
        ctx.contentType("application/json").result(out.toString());
    }

    private void actors(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        EventFilters.parse(params, Set.of("limit"));
        int limit = limit(params, 1000, 10_000);
        ArrayNode out = ListingFormats.MAPPER.createArrayNode();
        for (ActorCount a : store.actors().stream().limit(limit).toList())
            out.addObject().put("name", a.name()).put("fused_events", a.fusedEvents());
        ctx.contentType("application/json").result(out.toString());
    }

    private void stats(Context ctx) {
        EventQuery q = EventFilters.parse(ctx.queryParamMap(), EventFilters.FILTERS);
        StoreStats s = store.stats(q);
        ObjectNode o = ListingFormats.MAPPER.createObjectNode();
        o.put("total", s.total());
        ObjectNode t = o.putObject("by_type");
        s.byType().forEach(t::put);
        ObjectNode a = o.putObject("by_actor");
        s.byActor().forEach(a::put);
        ObjectNode w = o.putObject("by_week");
        s.byWeek().forEach((k, v) -> w.put(k.toString(), v));
        ctx.contentType("application/json").result(o.toString());
    }

    private void document(Context ctx) {
        if (!token.writesEnabled()) { error(ctx, 403, "writes are off: start the server with --token or SITREP_TOKEN", null); return; }
        if (!token.admits(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, 401, "a bearer token is required", null);
            return;
        }
        EventFilters.parse(ctx.queryParamMap(), Set.of());
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) { error(ctx, 413, "request body over " + MAX_BODY_BYTES + " bytes", "body"); return; }
        DocumentIntake.Outcome r;
        try {
            r = intake.ingest(body);
        } catch (org.sitrep.store.StoreException x) {
            // the store refused this article (its transaction rolled back): the client's data, not a server fault
            LOG.warn("POST /api/documents not stored: {}", x.getMessage());
            error(ctx, 422, "the article could not be stored (nothing was changed)", "body");
            return;
        } catch (org.sitrep.DocumentTimeLimit.Exceeded x) {
            LOG.warn("POST /api/documents not stored: extraction {}", x.getMessage());
            error(ctx, 422, "the article " + x.getMessage() + " to extract (nothing was changed)", "body");
            return;
        } finally {
            listing.markStale();
            timeline = null;
        }
        ObjectNode o = ListingFormats.MAPPER.createObjectNode();
        o.put("doc_id", r.docId());
        o.put("added", r.result().added());
        o.put("reports", r.result().reports());
        o.put("content_hash", r.result().contentHash());
        ArrayNode ids = o.putArray("fused_ids");
        r.fusedIds().forEach(ids::add);
        ctx.status(r.result().added() ? 201 : 200).contentType("application/json").result(o.toString());
    }

    private static int limit(Map<String, List<String>> params, int dflt, int max) {
        String l = EventFilters.value(params, "limit");
        if (l == null) return dflt;
        try {
            int n = Integer.parseInt(l);
            if (n < 1 || n > max) throw new BadParameter("limit", "must be 1.." + max);
            return n;
        } catch (NumberFormatException x) {
            throw new BadParameter("limit", "must be a whole number");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String openApi() throws IOException {
        try (InputStream in = SitrepServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IOException("openapi.json missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        app.stop();
        intake.close();
        places.close();
        listing.close();
        store.close();
    }

}
