package org.sitrep.geo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes gazetteer entries into the Lucene index. Rows are streamed (Lucene flushes its buffer to disk as it
 * fills), an entry with an id already in the index replaces it (re-import is idempotent), and nothing is visible
 * until {@link #commit}: a killed import leaves the previous commit openable.
 * <p>
 * Index layout, one document per entry: {@code id}, {@code type}=place, {@code key} (one per spelling) and
 * {@code phon} (DoubleMetaphone of each key) as exact terms; the entry's fields stored. An alternateNamesV2 row is a
 * document of {@code type}=alt pointing at its place through {@code of}, so names can be added without rewriting
 * the place.
 */
public final class GazetteerImporter implements Closeable {
    static final String SCHEMA = "sitrep-gazetteer-1";
    static final String SEP = "\u001f";
    /** Rows are flushed to disk in segments of about this size: the import's memory does not grow with the file. */
    static final double RAM_BUFFER_MB = 32;

    private final IndexWriter writer;
    private final AdminAreas admin;
    private final Consumer<ImportProblem> problems;
    private final NameKey keys = NameKey.standard();
    private final BitSet geonameIds = new BitSet();
    private boolean geonameIdsLoaded;

    /**
     * @param indexDir where the index lives (created if missing)
     * @param fresh    true: the committed index will hold only what this importer adds (a rebuild); the previous
     *                 index stays readable until commit
     * @param admin    boundaries to fill admin1/admin2 of points in Syria, or null
     * @param problems where skipped rows are reported
     */
    public GazetteerImporter(Path indexDir, boolean fresh, AdminAreas admin, Consumer<ImportProblem> problems) throws IOException {
        Files.createDirectories(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer());
        cfg.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(RAM_BUFFER_MB);
        cfg.setCommitOnClose(false);
        this.writer = new IndexWriter(dir, cfg);
        this.admin = admin;
        this.problems = problems;
    }

    public long importGeoNames(Path file) throws IOException {
        loadGeonameIds();
        return GeoNamesReader.read(file, e -> {
            add(e);
            geonameIds.set(Integer.parseInt(e.id().substring("geonames:".length())));
        }, problems);
    }

    /** Adds the names of places already in the index (or imported before in this run); others are skipped. */
    public long importAlternateNames(Path file) throws IOException {
        loadGeonameIds();
        long[] kept = {0};
        AlternateNamesReader.read(file, a -> {
            if (a.geonameId() > Integer.MAX_VALUE || !geonameIds.get((int) a.geonameId())) return;
            addAlternate("alt:" + a.alternateNameId(), "geonames:" + a.geonameId(), a.name());
            kept[0]++;
        }, problems);
        return kept[0];
    }

    public long importOcha(Path ochaDir, AdminAreas areas) throws IOException {
        return OchaPlacesReader.read(ochaDir, areas, this::add, problems);
    }

    public long importPackPlaces(Path file) throws IOException {
        return PackPlacesReader.read(file, this::add, problems);
    }

    /**
     * Makes everything added visible, atomically. The fingerprint of the default sources and the list of files
     * imported on top of them are kept with the commit; null keeps what the previous commit had.
     */
    public void commit(String fingerprint, java.util.List<Path> extraImports) throws IOException {
        Map<String, String> data = new HashMap<>(previousCommitData());
        data.put("schema", SCHEMA);
        data.put("keys", keys.fingerprint());
        if (fingerprint != null) data.put("fingerprint", fingerprint);
        if (extraImports != null) {
            Set<String> all = new LinkedHashSet<>();
            String before = data.get("imports");
            if (before != null && !before.isEmpty()) all.addAll(java.util.List.of(before.split("\n")));
            for (Path p : extraImports) all.add(p.toAbsolutePath().normalize().toString());
            data.put("imports", String.join("\n", all));
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    private Map<String, String> previousCommitData() throws IOException {
        if (!DirectoryReader.indexExists(writer.getDirectory())) return Map.of();
        try (DirectoryReader r = DirectoryReader.open(writer.getDirectory())) {
            return r.getIndexCommit().getUserData();
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return Map.of();
        }
    }

    /** Imports a file by what its first data line looks like: a pack's places.tsv, alternateNamesV2 or a GeoNames dump. */
    public long importAny(Path file) throws IOException {
        return switch (SourceKind.of(file)) {
            case PACK_PLACES -> importPackPlaces(file);
            case ALTERNATE_NAMES -> importAlternateNames(file);
            case GEONAMES -> importGeoNames(file);
        };
    }

    /** Closes without committing what was added since the last commit. */
    @Override public void close() throws IOException {
        writer.rollback();
    }

    void add(GazetteerEntry e) {
        GazetteerEntry entry = withAdmin(e);
        Document d = new Document();
        d.add(new StringField("id", entry.id(), Field.Store.YES));
        d.add(new StringField("type", "place", Field.Store.NO));
        Set<String> entryKeys = new LinkedHashSet<>();
        entryKeys.add(keys.key(entry.name()));
        for (String a : entry.alternateNames()) entryKeys.add(keys.key(a));
        entryKeys.add(keys.gluedKey(entry.name()));
        for (String a : entry.alternateNames()) entryKeys.add(keys.gluedKey(a));
        // "Kuweires Military Airbase" is also written "Kuweires" when the text says what it is around it
        FeatureWords kinds = FeatureWords.standard();
        for (String n : names(entry)) {
            String bare = kinds.withoutTrailing(n);
            if (bare != null && keys.key(bare).length() >= 4) entryKeys.add(keys.key(bare));
        }
        entryKeys.remove("");
        addKeys(d, entryKeys);
        d.add(new StoredField("name", entry.name()));
        d.add(new StoredField("alts", String.join(SEP, entry.alternateNames())));
        d.add(new StoredField("lat", entry.latitude()));
        d.add(new StoredField("lon", entry.longitude()));
        d.add(new StoredField("fc", entry.featureCode()));
        d.add(new StoredField("cc", entry.countryCode()));
        if (entry.admin1() != null) d.add(new StoredField("a1", entry.admin1()));
        if (entry.admin2() != null) d.add(new StoredField("a2", entry.admin2()));
        d.add(new StoredField("pop", entry.population()));
        d.add(new StoredField("src", entry.source() == null ? "" : entry.source()));
        update(entry.id(), d);
    }

    private static java.util.List<String> names(GazetteerEntry e) {
        java.util.List<String> all = new java.util.ArrayList<>(e.alternateNames());
        all.add(0, e.name());
        return all;
    }

    private void addAlternate(String id, String of, String name) {
        String k = keys.key(name);
        if (k.isEmpty()) return;
        Set<String> altKeys = new LinkedHashSet<>(java.util.List.of(k));
        String glued = keys.gluedKey(name);
        if (!glued.isEmpty()) altKeys.add(glued);
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new StringField("type", "alt", Field.Store.NO));
        d.add(new StoredField("of", of));
        d.add(new StoredField("name", name));
        addKeys(d, altKeys);
        update(id, d);
    }

    private void addKeys(Document d, Set<String> entryKeys) {
        Set<String> codes = new LinkedHashSet<>();
        for (String k : entryKeys) {
            d.add(new StringField("key", k, Field.Store.NO));
            codes.addAll(NameKey.phonetic(k));
        }
        for (String c : codes) d.add(new StringField("phon", c, Field.Store.NO));
        d.add(new StoredField("keys", String.join(SEP, entryKeys)));
    }

    private void update(String id, Document d) {
        try {
            writer.updateDocument(new Term("id", id), d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private GazetteerEntry withAdmin(GazetteerEntry e) {
        if (admin == null || !(e.countryCode().isEmpty() || e.countryCode().equals("SY"))) return e;
        return (e.countryCode().isEmpty() ? admin.locateWithin(e.latitude(), e.longitude()) : admin.locate(e.latitude(), e.longitude()))
                .map(a -> e.withAdmin(a.admin1(), a.level() >= 2 ? a.admin2() : e.admin2()))
                .orElse(e);
    }

    /** The geonameids already committed, so alternate names can be kept for known places only. */
    private void loadGeonameIds() throws IOException {
        if (geonameIdsLoaded) return;
        geonameIdsLoaded = true;
        if (!DirectoryReader.indexExists(writer.getDirectory())) return;
        try (DirectoryReader r = DirectoryReader.open(writer.getDirectory())) {
            Terms terms = MultiTerms.getTerms(r, "id");
            if (terms == null) return;
            TermsEnum te = terms.iterator();
            BytesRef prefix = new BytesRef("geonames:");
            if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) return;
            for (BytesRef t = te.term(); t != null; t = te.next()) {
                String s = t.utf8ToString();
                if (!s.startsWith("geonames:")) break;
                try { geonameIds.set(Integer.parseInt(s.substring(9))); } catch (NumberFormatException ignored) { }
            }
        } catch (org.apache.lucene.index.IndexNotFoundException ignored) {
            // a fresh directory: nothing committed yet
        }
    }
}
