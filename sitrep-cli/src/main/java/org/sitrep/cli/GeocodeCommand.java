package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerSources;
import org.sitrep.geo.GeoCandidate;
import org.sitrep.geo.GeoContext;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.geo.RelativePlaceParser;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep geocode}: the top candidates for a place name, with scores and why; with --batch a file of
 * {@code query<TAB>context} lines, one JSON array per line.
 */
@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = "Geocode a place name: the best candidates with coordinates, admin1, geo_precision, score and why. "
                + "The context (a phrase or the article's text) names governorates and nearby places that decide between "
                + "same-name places, and may place an unknown name relative to a known one "
                + "(\"5 km north of al-Bab\", \"western countryside of Aleppo\").")
public final class GeocodeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "the place name as the text writes it") String query;
    @Option(names = "--context", description = "text around the name, e.g. \"western countryside of Aleppo\"") String context;
    @Option(names = "--json", description = "print a JSON array of candidates, best first") boolean json;
    @Option(names = "--batch", paramLabel = "FILE.tsv", description = "geocode every line 'query<TAB>context' of a file; one result per line") Path batch;
    @Option(names = {"-n", "--max"}, defaultValue = "5", description = "candidates to show (default: ${DEFAULT-VALUE})") int max;
    @Option(names = "--theatre", defaultValue = "SY", description = "the theatre's country code (default: ${DEFAULT-VALUE})") String theatre;
    @Option(names = "--index", defaultValue = GazetteerCommand.DEFAULT_INDEX, description = "index directory (default: ${DEFAULT-VALUE}); built from --shared and --pack when missing") Path index;
    @Option(names = "--shared", description = "shared data directory (default: ./shared or ../shared)") Path shared;
    @Option(names = "--pack", description = "theatre pack directory (default: packs/syria)") Path pack;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RelativePlaceParser relative = new RelativePlaceParser();

    @Override public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut(), err = cl.getErr();
        if (query == null && batch == null) {
            err.println("geocode: give a NAME or --batch FILE.tsv");
            cl.usage(err);
            return 2;
        }
        Path s = shared != null ? shared : GazetteerCommand.defaultShared();
        Path p = pack != null ? pack : GazetteerCommand.defaultPack();
        // an existing index is used as it is, unless sources are named explicitly: then it is rebuilt if they changed
        boolean rebuildIfStale = shared != null || pack != null || !hasIndex(index);
        try (Gazetteer g = rebuildIfStale
                ? Gazetteer.openOrBuild(index, GazetteerSources.defaults(s, p), pr -> err.println("skipped " + pr))
                : Gazetteer.open(index)) {
            AdminAreas admin = GazetteerCommand.adminOrNull(s);
            Geocoder geocoder = new Geocoder(g, admin, theatre);
            if (batch != null) return runBatch(geocoder, out, err);
            List<GeoCandidate> found = candidates(geocoder, query, context);
            if (json) out.println(JSON.writeValueAsString(found));
            else print(out, query, found);
            return found.isEmpty() ? 1 : 0;
        }
    }

    private static boolean hasIndex(Path index) {
        if (!Files.isDirectory(index)) return false;
        try (var files = Files.list(index)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    private int runBatch(Geocoder geocoder, PrintWriter out, PrintWriter err) throws IOException {
        int line = 0, bad = 0;
        try (BufferedReader r = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            String row;
            while ((row = r.readLine()) != null) {
                line++;
                if (row.isBlank()) { out.println("[]"); continue; }
                String[] f = row.split("\t", 2);
                String q = f[0].trim();
                if (q.isEmpty()) {
                    err.println(batch + ":" + line + ": empty query");
                    out.println("[]");
                    bad++;
                    continue;
                }
                List<GeoCandidate> found = candidates(geocoder, q, f.length > 1 ? f[1] : null);
                if (json) out.println(JSON.writeValueAsString(found));
                else print(out, q, found);
            }
        }
        return bad == 0 ? 0 : 1;
    }

    /** Gazetteer candidates in context; when none is good, the estimate the context allows (relative or governorate). */
    private List<GeoCandidate> candidates(Geocoder geocoder, String q, String ctxText) {
        String text = ctxText == null || ctxText.isBlank() ? q : q + ", " + ctxText.trim();
        GeoContext ctx = ctxText == null || ctxText.isBlank() ? GeoContext.empty() : geocoder.contextOf(text);
        Optional<PlaceQuery> rel = relative.parse(text, new Span(0, q.length()));
        Place resolved = geocoder.resolve(q, rel, ctx);
        List<GeoCandidate> found = new ArrayList<>(geocoder.geocode(q, ctx, max));
        boolean estimate = resolved.hasCoordinates()
                && (found.isEmpty() || resolved.gazetteerId() == null || !resolved.gazetteerId().equals(found.get(0).gazetteerId())
                    && resolved.geoPrecision() > 1);
        if (estimate) {
            String why = rel.map(r -> "estimated: " + r.relation().name().toLowerCase(Locale.ROOT)
                    + (r.heading() != null ? " (" + r.heading().name().toLowerCase(Locale.ROOT) + ")" : "") + " of " + r.anchor())
                    .orElse(resolved.gazetteerId() != null && resolved.gazetteerId().startsWith("ocha:")
                            ? "estimated: the governorate the context names"
                            : "estimated: from the places its name is made of (a road between two towns, a feature named after a town)");
            found.add(0, new GeoCandidate(resolved.name(), resolved.latitude(), resolved.longitude(), resolved.admin1(),
                    resolved.admin2(), resolved.country(), "EST", resolved.geoPrecision(), resolved.gazetteerId(),
                    found.isEmpty() ? 0.5 : found.get(0).score(), why));
            if (found.size() > max) found.remove(found.size() - 1);
        }
        return found;
    }

    private static void print(PrintWriter out, String q, List<GeoCandidate> found) {
        if (found.isEmpty()) {
            out.println(q + ": no candidate");
            return;
        }
        out.println(q + ":");
        int i = 1;
        for (GeoCandidate c : found) {
            out.printf(Locale.ROOT, "%2d. %s  (%.5f, %.5f)  %s%s  %s  precision %d  %s  score %.3f%n      why: %s%n", i++, c.name(),
                    c.latitude(), c.longitude(), c.admin1() == null ? "" : c.admin1() + ", ", c.country() == null ? "?" : c.country(),
                    c.feature(), c.geoPrecision(), c.gazetteerId(), c.score(), c.why());
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GeocodeCommand()).execute(args));
    }
}
