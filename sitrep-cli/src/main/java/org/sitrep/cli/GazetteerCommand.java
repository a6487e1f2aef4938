package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerImporter;
import org.sitrep.geo.GazetteerSources;
import org.sitrep.geo.ImportProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer}: build the default place index, import GeoNames/pack files into it, or download a
 * GeoNames country file and import it.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Build and extend the place-name index the geocoder uses.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Import.class, GazetteerCommand.Download.class})
public final class GazetteerCommand implements Callable<Integer> {
    static final String DEFAULT_INDEX = ".sitrep/gazetteer";

    @Spec CommandSpec spec;

    @Override public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The shared data directory when none is given: ./shared, else ../shared. */
    static Path defaultShared() {
        String p = System.getProperty("sitrep.shared");
        if (p != null) return Path.of(p);
        return Files.isDirectory(Path.of("shared")) ? Path.of("shared") : Path.of("../shared");
    }

    static Path defaultPack() {
        String p = System.getProperty("sitrep.packs");
        return p != null ? Path.of(p, "syria") : Path.of("packs/syria");
    }

    static AdminAreas adminOrNull(Path shared) {
        Path ocha = shared.resolve("data/ocha-syria-admin");
        return Files.isRegularFile(ocha.resolve("syr_admin3.geojson")) ? AdminAreas.load(ocha) : null;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the default index from the shared data (GeoNames dumps, OCHA boundaries) and the theatre "
                    + "pack's places.tsv; files imported earlier with `gazetteer import` are imported again.")
    static final class Build implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--shared", description = "shared data directory (default: ./shared or ../shared)") Path shared;
        @Option(names = "--pack", description = "theatre pack directory holding places.tsv (default: packs/syria)") Path pack;
        @Option(names = "--index", description = "index directory (default: " + DEFAULT_INDEX + ")", defaultValue = DEFAULT_INDEX) Path index;

        @Override public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            Path s = shared != null ? shared : defaultShared();
            Path p = pack != null ? pack : defaultPack();
            GazetteerSources sources = GazetteerSources.defaults(s, p);
            if (sources.geonames().isEmpty() && sources.ochaDir() == null && sources.packPlaces().isEmpty()) {
                err.println("gazetteer build: no sources under " + s + " (data/geonames, data/ocha-syria-admin) or " + p + "/places.tsv");
                return 2;
            }
            List<ImportProblem> problems = new ArrayList<>();
            long t = System.nanoTime();
            Gazetteer.build(index, sources, problems::add);
            problems.forEach(pr -> err.println("skipped " + pr));
            try (Gazetteer g = Gazetteer.open(index)) {
                out.printf(Locale.ROOT, "built %s: %d places from %d GeoNames file(s), %s, %d pack file(s) in %.1f s; %d row(s) skipped%n",
                        index, g.size(), sources.geonames().size(), sources.ochaDir() == null ? "no OCHA boundaries" : "OCHA boundaries",
                        sources.packPlaces().size(), (System.nanoTime() - t) / 1e9, problems.size());
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import files into the index (created if missing): GeoNames dumps (19 columns, plain or .zip: "
                    + "SY.txt, allCountries.txt, cities500.txt), GeoNames alternateNamesV2 files, or a pack's places.tsv. "
                    + "The kind is read from the file's first line. Rows with an id already indexed are replaced; bad rows "
                    + "are reported with their line and skipped.")
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;
        @Option(names = "--index", description = "index directory (default: " + DEFAULT_INDEX + ")", defaultValue = DEFAULT_INDEX) Path index;
        @Option(names = "--shared", description = "shared data directory, for the OCHA boundaries that give admin1/admin2") Path shared;

        @Override public Integer call() throws IOException {
            return importFiles(spec.commandLine(), files, index, shared != null ? shared : defaultShared());
        }
    }

    static int importFiles(CommandLine cl, List<Path> files, Path index, Path shared) throws IOException {
        PrintWriter out = cl.getOut(), err = cl.getErr();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("gazetteer import: " + f + ": no such file");
                return 2;
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        long total = 0;
        try (GazetteerImporter im = new GazetteerImporter(index, false, adminOrNull(shared), pr -> {
            problems.add(pr);
            err.println("skipped " + pr);
        })) {
            for (Path f : files) {
                long n = im.importAny(f);
                out.printf(Locale.ROOT, "%s: %d row(s) imported%n", f, n);
                total += n;
            }
            im.commit(null, files);
        }
        out.printf(Locale.ROOT, "index %s: %d row(s) imported, %d skipped%n", index, total, problems.size());
        return 0;
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = "Download a GeoNames country file (e.g. SY: every village, hill and base GeoNames has for Syria) "
                    + "and import it. Fetches <url-base><CODE>.zip (or .txt when --txt), and with --alternate-names also "
                    + "<url-base>alternatenames/<CODE>.zip. Needs internet, or a file: URL of a local mirror.")
    static final class Download implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "COUNTRY", description = "ISO country code, e.g. SY") String country;
        @Option(names = "--url-base", defaultValue = "https://download.geonames.org/export/dump/",
                description = "where the files are (default: ${DEFAULT-VALUE})") String urlBase;
        @Option(names = "--txt", description = "fetch <CODE>.txt instead of <CODE>.zip") boolean txt;
        @Option(names = "--alternate-names", description = "also fetch and import alternatenames/<CODE>.zip") boolean alternateNames;
        @Option(names = "--index", description = "index directory (default: " + DEFAULT_INDEX + ")", defaultValue = DEFAULT_INDEX) Path index;
        @Option(names = "--downloads", description = "where downloaded files are kept (default: .sitrep/downloads)",
                defaultValue = ".sitrep/downloads") Path downloads;
        @Option(names = "--shared", description = "shared data directory, for the OCHA boundaries") Path shared;

        @Override public Integer call() throws IOException, InterruptedException {
            CommandLine cl = spec.commandLine();
            String code = country.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}|allCountries|ALLCOUNTRIES")) {
                cl.getErr().println("gazetteer download: '" + country + "' is not a two-letter country code");
                return 2;
            }
            Files.createDirectories(downloads);
            String base = urlBase.endsWith("/") ? urlBase : urlBase + "/";
            List<Path> got = new ArrayList<>();
            String file = code + (txt ? ".txt" : ".zip");
            got.add(fetch(cl, URI.create(base + file), downloads.resolve(file)));
            if (alternateNames) got.add(fetch(cl, URI.create(base + "alternatenames/" + code + ".zip"), downloads.resolve("alternateNames-" + code + ".zip")));
            return importFiles(cl, got, index, shared != null ? shared : defaultShared());
        }

        /** Streams the URL to a temporary file, then moves it into place: a broken download never replaces a good one. */
        private static Path fetch(CommandLine cl, URI uri, Path target) throws IOException, InterruptedException {
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".part");
            try {
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(Duration.ofSeconds(30)).build();
                    HttpResponse<Path> r = http.send(HttpRequest.newBuilder(uri).GET().build(),
                            HttpResponse.BodyHandlers.ofFile(tmp));
                    if (r.statusCode() != 200) throw new IOException(uri + ": HTTP " + r.statusCode());
                } else {
                    try (InputStream in = uri.toURL().openStream()) {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                cl.getOut().printf(Locale.ROOT, "downloaded %s (%d bytes) to %s%n", uri, Files.size(target), target);
                return target;
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GazetteerCommand()).execute(args));
    }
}
