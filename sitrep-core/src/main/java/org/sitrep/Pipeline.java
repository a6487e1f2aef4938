package org.sitrep;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMatch;
import org.sitrep.actors.ActorRecognizer;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.Outlet;
import org.sitrep.actors.SourceRegistry;
import org.sitrep.extract.DocumentMentions;
import org.sitrep.extract.EventCoder;
import org.sitrep.extract.Publisher;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerSources;
import org.sitrep.geo.Geocoder;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DateMention;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceMention;
import org.sitrep.nlp.AnalysedDocument;
import org.sitrep.nlp.Analyser;
import org.sitrep.nlp.ParseGate;
import org.sitrep.time.DateExpressionFinder;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Document → events: composes the stages (analyse, recognise, code, resolve) and nothing else. One instance holds
 * the models and dictionaries and serves any number of threads.
 */
public final class Pipeline implements Closeable {
    private final Analyser analyser;
    private final ActorRecognizer actors;
    private final ActorResolver actorResolver;
    private final SourceRegistry outlets;
    private final Gazetteer gazetteer;
    private final Geocoder geocoder;
    private final AdminAreas admin;
    private final DateExpressionFinder dates = new DateExpressionFinder();
    private final EventCoder coder;
    private final boolean thorough;

    private Pipeline(Theatre theatre, boolean thorough) throws IOException {
        this.thorough = thorough;
        Path pack = theatre.packDir();
        ActorDictionary dictionary = ActorDictionary.load(pack.resolve("actors.tsv"), pack.resolve("canonical-actors.tsv"),
                pack.resolve("actors-extra.tsv"), pack.resolve("actor-context.tsv"));
        this.actors = new ActorRecognizer(dictionary);
        this.actorResolver = new ActorResolver(dictionary, actors);
        this.outlets = SourceRegistry.load(pack.resolve("sources.tsv"));
        this.gazetteer = Gazetteer.openOrBuild(theatre.gazetteerDir(), theatre.gazetteerSources());
        this.admin = AdminAreas.load(theatre.ochaDir());
        this.geocoder = new Geocoder(gazetteer, admin, theatre.countryCode());
        this.coder = new EventCoder(pack, dictionary.canonical("Civilians").orElse(null));
        this.analyser = Analyser.shared();
    }

    /** Opens the pipeline for a theatre; builds its gazetteer index on first use. */
    public static Pipeline open(Theatre theatre) throws IOException { return new Pipeline(theatre, false); }

    /** The slow path: parse every sentence, not only those with a trigger word (to prove the fast path loses nothing). */
    public static Pipeline openThorough(Theatre theatre) throws IOException { return new Pipeline(theatre, true); }

    public List<Event> extract(Document doc) {
        AnalysedDocument analysed = analyser.analyse(doc, thorough ? ParseGate.EVERY_SENTENCE : coder.parseGate());
        DocumentMentions mentions = recognise(doc);
        return coder.code(analysed, mentions, geocoder, admin, publisher(doc));
    }

    /**
     * The publisher when it is a party to the conflict (a military press office): the actors it speaks for, read
     * from its names. Its reports of those actors' own actions are claims.
     */
    private Publisher publisher(Document doc) {
        return outlets.find(doc.source()).filter(Outlet::isParty).map(o -> {
            java.util.Set<String> speaksFor = new java.util.HashSet<>();
            for (String name : concat(o.name(), o.also())) for (ActorMention m : actors.find(name)) speaksFor.add(m.actor().name());
            return new Publisher(o.name(), speaksFor);
        }).orElse(null);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    /** Actor, place and date mentions of the whole document. */
    DocumentMentions recognise(Document doc) {
        String text = doc.text();
        List<ActorMatch> matches = actors.matches(text);
        List<ActorMention> all = new ArrayList<>();
        for (ActorMatch m : matches) all.add(m.mention());
        all = actorResolver.resolve(text, all, null);
        List<ActorMention> acting = new ArrayList<>();
        for (ActorMention m : all) {
            boolean attributive = matches.stream().anyMatch(x -> x.mention().span().equals(m.span()) && !x.acting());
            if (!attributive) acting.add(m);
        }
        List<PlaceMention> places = geocoder.recognizer().find(text);
        List<DateMention> found = dates.find(text, doc.published());
        return new DocumentMentions(acting, all, places, found);
    }

    public Geocoder geocoder() { return geocoder; }

    @Override
    public void close() throws IOException { gazetteer.close(); }

    /**
     * Where a theatre's knowledge lives: its pack (actors, places, sources, government side), the shared reference
     * data (GeoNames extract, OCHA boundaries) and the gazetteer index built from both.
     */
    public record Theatre(Path packDir, Path sharedDir, Path gazetteerDir, String countryCode) {
        public Path ochaDir() { return sharedDir.resolve("data/ocha-syria-admin"); }

        public GazetteerSources gazetteerSources() { return GazetteerSources.defaults(sharedDir, packDir); }

        /** The Syria pack beside the sitrep checkout ({@code home}), shared data in ../shared, index under .sitrep. */
        public static Theatre syria(Path home) {
            Path shared = home.resolve("../shared").normalize();
            if (!Files.isDirectory(shared)) throw new UncheckedIOException(new IOException("shared data folder not found: " + shared));
            return new Theatre(home.resolve("packs/syria"), shared, home.resolve(".sitrep/gazetteer"), "SY");
        }
    }
}
