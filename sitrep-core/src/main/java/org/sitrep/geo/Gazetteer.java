package org.sitrep.geo;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The place-name index: exact lookups on the normalised key ({@link NameKey}), fuzzy (edit distance) and phonetic
 * (DoubleMetaphone) candidates, and an in-memory set of every key for fast scanning of text.
 * Thread-safe for concurrent reads.
 */
public final class Gazetteer implements Closeable {
    private static final int MAX_HITS = 200;
    /** Fuzzy and phonetic readings beyond this many are too weak to matter and cost stored-field reads. */
    private static final int MAX_LOOSE_HITS = 40;

    private final DirectoryReader reader;
    private final FSDirectory directory;
    private final IndexSearcher searcher;
    /** Every key in memory for fast text scanning, up to this many (a Syria index has tens of thousands). */
    private static final long MAX_KEYS_IN_MEMORY = 3_000_000;
    private final Set<String> knownKeys;
    private final Terms keyTerms;
    /** Keys of the generic words place names begin with (tal, dair, kafr...). */
    private final List<String> headKeys;
    private final NameKey keys = NameKey.standard();
    private static final int CACHE_SIZE = 20_000;
    private static final int CACHED_CANDIDATES = 60;
    private final java.util.concurrent.ConcurrentHashMap<String, List<ScoredEntry>> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private Gazetteer(DirectoryReader reader, FSDirectory directory) throws IOException {
        this(reader, directory, MAX_KEYS_IN_MEMORY);
    }

    private Gazetteer(DirectoryReader reader, FSDirectory directory, long maxKeysInMemory) throws IOException {
        this.reader = reader;
        this.directory = directory;
        this.searcher = new IndexSearcher(reader);
        Terms terms = MultiTerms.getTerms(reader, "key");
        this.keyTerms = terms;
        long count = 0; // an upper bound: keys shared by segments count once per segment
        for (var leaf : reader.leaves()) {
            Terms t = leaf.reader().terms("key");
            if (t != null) count += Math.max(0, t.size());
        }
        if (terms != null && count <= maxKeysInMemory) {
            Set<String> known = new HashSet<>();
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) known.add(t.utf8ToString());
            this.knownKeys = Set.copyOf(known);
        } else {
            this.knownKeys = null; // an allCountries-sized index: ask the terms dictionary instead
        }
        Set<String> heads = new HashSet<>();
        for (String[] row : Geocoder.rows("place-name-heads.tsv", 2)) {
            String k = keys.key(row[0]);
            if (k.length() >= 2) heads.add(k);
        }
        this.headKeys = List.copyOf(heads);
    }

    /** Opens a built index. */
    public static Gazetteer open(Path indexDir) throws IOException {
        return open(indexDir, MAX_KEYS_IN_MEMORY);
    }

    /** Opens with a limit on the keys held in memory (above it {@link #knowsName} asks the terms dictionary). */
    static Gazetteer open(Path indexDir, long maxKeysInMemory) throws IOException {
        if (!Files.isDirectory(indexDir)) throw new IOException(indexDir + ": no gazetteer index here; build one with `sitrep gazetteer build`");
        FSDirectory dir = FSDirectory.open(indexDir);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new IOException(indexDir + ": no gazetteer index here; build one with `sitrep gazetteer build`");
        }
        return new Gazetteer(DirectoryReader.open(dir), dir, maxKeysInMemory);
    }

    /**
     * Opens the index, first (re)building it from the sources when it is missing, was built from other sources or
     * files that changed since (size and modification time), or with other name-key rules.
     */
    public static Gazetteer openOrBuild(Path indexDir, GazetteerSources sources) throws IOException {
        return openOrBuild(indexDir, sources, p -> System.err.println("gazetteer: skipped " + p));
    }

    public static synchronized Gazetteer openOrBuild(Path indexDir, GazetteerSources sources, Consumer<ImportProblem> problems)
            throws IOException {
        String wanted = fingerprint(sources);
        if (!wanted.equals(storedFingerprint(indexDir))) build(indexDir, sources, problems);
        return open(indexDir);
    }

    /** Builds the index afresh from the sources and commits it with their fingerprint. */
    public static void build(Path indexDir, GazetteerSources sources, Consumer<ImportProblem> problems) throws IOException {
        AdminAreas areas = sources.ochaDir() == null ? null : AdminAreas.load(sources.ochaDir());
        // files a user imported on top of the defaults (`sitrep gazetteer import SY.txt`) survive a rebuild
        List<Path> extra = storedImports(indexDir).stream().filter(Files::isRegularFile).toList();
        try (GazetteerImporter im = new GazetteerImporter(indexDir, true, areas, problems)) {
            if (areas != null) im.importOcha(sources.ochaDir(), areas);
            for (Path p : sources.geonames()) im.importGeoNames(p);
            for (Path p : extra) if (SourceKind.of(p) == SourceKind.GEONAMES) im.importGeoNames(p);
            for (Path p : sources.alternateNames()) im.importAlternateNames(p);
            for (Path p : extra) if (SourceKind.of(p) == SourceKind.ALTERNATE_NAMES) im.importAlternateNames(p);
            for (Path p : sources.packPlaces()) im.importPackPlaces(p);
            for (Path p : extra) if (SourceKind.of(p) == SourceKind.PACK_PLACES) im.importPackPlaces(p);
            im.commit(fingerprint(sources), extra);
        }
    }

    /** Files imported on top of the default sources, as recorded with the last commit. */
    public static List<Path> storedImports(Path indexDir) throws IOException {
        String v = commitData(indexDir).get("imports");
        if (v == null || v.isEmpty()) return List.of();
        return Arrays.stream(v.split("\n")).map(Path::of).toList();
    }

    private static Map<String, String> commitData(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) return Map.of();
        try (FSDirectory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) return Map.of();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return r.getIndexCommit().getUserData();
            }
        }
    }

    /** The fingerprint the index was committed with, or null when there is no index. */
    public static String storedFingerprint(Path indexDir) throws IOException {
        return commitData(indexDir).get("fingerprint");
    }

    /** What the built index depends on: schema, key rules, and each source's path, size and modification time. */
    public static String fingerprint(GazetteerSources sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder b = new StringBuilder(GazetteerImporter.SCHEMA).append('|').append(NameKey.standard().fingerprint());
            for (Path p : sources.geonames()) b.append("|g:").append(describe(p));
            for (Path p : sources.alternateNames()) b.append("|a:").append(describe(p));
            if (sources.ochaDir() != null) {
                b.append("|o:").append(sources.ochaDir().toAbsolutePath().normalize());
                try (var files = Files.list(sources.ochaDir())) {
                    files.sorted().forEach(f -> b.append(',').append(describe(f)));
                }
            }
            for (Path p : sources.packPlaces()) b.append("|p:").append(describe(p));
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path p) {
        try {
            return p.toAbsolutePath().normalize() + "#" + Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize() + "#missing";
        }
    }

    /** Very fast: is this (whole) name a spelling of some place? */
    public boolean knowsName(String name) {
        String k = keys.key(name);
        return !k.isEmpty() && knowsKey(k);
    }

    /** Same as {@link #knowsName} for a key already computed with {@link NameKey#standard()}. */
    public boolean knowsKey(String key) {
        if (knownKeys != null) return knownKeys.contains(key);
        if (keyTerms == null) return false;
        try {
            return keyTerms.iterator().seekExact(new BytesRef(key)); // a fresh enum per call: enums are not thread-safe
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of place entries (alternate-name rows not counted). */
    public int size() throws IOException {
        return searcher.count(new TermQuery(new Term("type", "place")));
    }

    /** The entry with this id, or null. */
    public GazetteerEntry byId(String id) {
        try {
            ScoreDoc[] hits = searcher.search(new TermQuery(new Term("id", id)), 1).scoreDocs;
            if (hits.length == 0) return null;
            Document d = searcher.storedFields().document(hits[0].doc);
            return d.get("of") == null ? entry(d) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries whose key equals the name's key, most populous first. */
    public List<GazetteerEntry> lookup(String name) {
        String k = keys.key(name);
        if (k.isEmpty()) return List.of();
        return search(new TermQuery(new Term("key", k)), k, MAX_HITS).values().stream()
                .map(ScoredEntry::entry)
                .sorted(Comparator.comparingLong(GazetteerEntry::population).reversed())
                .toList();
    }

    /**
     * Exact, fuzzy and phonetic candidates, best first. Scores: 1 for the same key; 0.9 minus a share per edit for
     * a key 1-2 edits away; about 0.5 for a key that only sounds alike.
     */
    public List<ScoredEntry> candidates(String name, int max) {
        String k = keys.key(name);
        if (k.isEmpty()) return List.of();
        List<ScoredEntry> cached = recent.get(k);
        if (cached == null) {
            cached = uncachedCandidates(k);
            // the same few hundred names recur across a corpus; the index never changes under an open reader
            if (recent.size() > CACHE_SIZE) recent.clear();
            recent.put(k, cached);
        }
        return cached.size() <= max ? cached : cached.subList(0, max);
    }

    private List<ScoredEntry> uncachedCandidates(String k) {
        Map<String, ScoredEntry> best = new LinkedHashMap<>(search(new TermQuery(new Term("key", k)), k, MAX_HITS));
        if (k.length() >= 4) {
            search(new FuzzyQuery(new Term("key", k), 1, 1, 64, true), k, MAX_LOOSE_HITS).values()
                    .forEach(s -> best.merge(s.entry().id(), s, Gazetteer::better));
            // two edits only for long names nothing closer matched: its automaton costs a millisecond or two
            if (best.isEmpty() && k.length() >= 8)
                search(new FuzzyQuery(new Term("key", k), 2, 1, 64, true), k, MAX_LOOSE_HITS).values()
                        .forEach(s -> best.merge(s.entry().id(), s, Gazetteer::better));
        }
        List<String> codes = NameKey.phonetic(k);
        if (!codes.isEmpty()) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (String c : codes) q.add(new TermQuery(new Term("phon", c)), BooleanClause.Occur.SHOULD);
            search(q.build(), k, MAX_LOOSE_HITS).values().forEach(s -> best.merge(s.entry().id(), s, Gazetteer::better));
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(ScoredEntry::score).reversed()
                        .thenComparing(Comparator.comparingLong((ScoredEntry s) -> s.entry().population()).reversed())
                        .thenComparing(s -> s.entry().id()))
                .limit(CACHED_CANDIDATES)
                .toList();
    }

    private static ScoredEntry better(ScoredEntry a, ScoredEntry b) { return a.score() >= b.score() ? a : b; }

    /** Runs a query and scores each place by how close its nearest key is to the query key. */
    private Map<String, ScoredEntry> search(Query q, String queryKey, int maxHits) {
        Map<String, ScoredEntry> out = new LinkedHashMap<>();
        try {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, maxHits).scoreDocs) {
                Document d = stored.document(sd.doc);
                GazetteerEntry e;
                String via = null;
                if (d.get("of") != null) {
                    e = byId(d.get("of"));
                    if (e == null) continue;
                    via = d.get("name");
                } else {
                    e = entry(d);
                }
                String[] entryKeys = d.get("keys") == null ? new String[0] : d.get("keys").split(GazetteerImporter.SEP);
                ScoredEntry s = score(e, queryKey, entryKeys, via);
                out.merge(e.id(), s, Gazetteer::better);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

    private ScoredEntry score(GazetteerEntry e, String queryKey, String[] entryKeys, String via) {
        int edits = Integer.MAX_VALUE;
        String nearest = null;
        for (String k : entryKeys) {
            int d = EditDistance.of(queryKey, k);
            if (d < edits) { edits = d; nearest = k; }
        }
        String alt = via == null ? "" : " via alternate name '" + via + "'";
        if (edits == 0) return new ScoredEntry(e, 1.0, "exact" + alt);
        if (edits <= 2) {
            int len = Math.max(queryKey.length(), 1);
            double s;
            String kind;
            // An edit in a short name is another name (Sinkar is not Sinjar, Mayer is not Mari'): only vowel changes in
            // names of six letters or more, and a single consonant change in long names, read as a spelling variant;
            // anything looser stays a candidate below the acceptance line, to be taken only with the context's support.
            if (skeleton(queryKey).equals(skeleton(nearest))) {
                // only vowels differ: the commonest transliteration difference (Jarablus/Jarabulus)
                boolean variant = edits == 1 ? len >= 6 : len >= 9;
                s = variant ? 0.92 - 0.04 * (edits - 1) - 0.2 * edits / len : 0.42;
                kind = "vowels";
            } else {
                boolean variant = edits == 1 && len >= 9;
                s = variant ? 0.7 - 0.6 / len : 0.4 - 0.1 * (edits - 1);
                kind = "letters";
                // a consonant changed in the short name after a generic head: Kafr Naya is not Kafr Naha
                String head = headOf(queryKey);
                if (head != null && nearest.startsWith(head) && queryKey.length() - head.length() < 6) s -= 0.3;
            }
            return new ScoredEntry(e, round(s), "fuzzy (" + edits + " edit" + (edits > 1 ? "s" : "") + " in " + kind + ": " + nearest + ")" + alt);
        }
        double similarity = nearest == null ? 0 : 1.0 - (double) edits / Math.max(queryKey.length(), nearest.length());
        // a name that only sounds alike is a lead, not an answer: below the line even with the context's support,
        // unless most of its letters agree
        double s = similarity >= 0.75 ? 0.35 + 0.25 * similarity : 0.3;
        return new ScoredEntry(e, round(s), "sounds like (" + String.join("/", NameKey.phonetic(queryKey)) + ": " + nearest + ")" + alt);
    }

    /** The consonants of a key; semi-vowels count as vowels, as transliterations swap them (Suwayda/Sweida). */
    static String skeleton(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouyw".indexOf(c) < 0 && (b.length() == 0 || b.charAt(b.length() - 1) != c)) b.append(c);
        }
        return b.toString();
    }

    private String headOf(String key) {
        for (String h : headKeys) if (key.length() > h.length() && key.startsWith(h)) return h;
        return null;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    private static GazetteerEntry entry(Document d) {
        String alts = d.get("alts");
        IndexableField pop = d.getField("pop");
        return new GazetteerEntry(d.get("id"), d.get("name"),
                alts == null || alts.isEmpty() ? List.of() : Arrays.asList(alts.split(GazetteerImporter.SEP)),
                d.getField("lat").numericValue().doubleValue(), d.getField("lon").numericValue().doubleValue(),
                d.get("fc"), d.get("cc"), d.get("a1"), d.get("a2"), pop == null ? 0 : pop.numericValue().longValue(),
                d.get("src"));
    }

    @Override public void close() throws IOException {
        try { reader.close(); } finally { directory.close(); }
    }
}
