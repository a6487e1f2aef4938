package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class SourceRegistryTest {
    private static final SourceRegistry SOURCES = SourceRegistry.load(SharedCorpus.pack().resolve("sources.tsv"));

    @Test
    void everyOutletHasAValidAlignmentAndAReference() {
        assertTrue(SOURCES.outlets().size() >= 30, "outlets: " + SOURCES.outlets().size());
        for (Outlet o : SOURCES.outlets()) {
            assertTrue(SourceRegistry.ALIGNMENTS.contains(o.alignment()), o.toString());
            assertFalse(o.reference().isBlank(), o.toString());
        }
        for (String name : new String[]{"SANA", "Sputnik", "RT", "South Front", "Al-Masdar News", "Syrian Observatory for Human Rights",
                "Enab Baladi", "Orient News", "Hawar News", "Rudaw", "Kurdistan24", "Anadolu Agency", "Daily Sabah", "Reuters", "AFP",
                "AP", "BBC", "Al Jazeera", "Al Arabiya", "CENTCOM", "CJTF-OIR", "US State Department", "UK Government",
                "EU delegation", "Australian DFAT", "Iba'a", "Amaq"})
            assertTrue(SOURCES.find(name).isPresent(), name);
    }

    @Test
    void findsOutletsLooselyPreferringTheNameOutsideBrackets() {
        assertEquals("South Front", name("South Front (republished by Global Research)"));
        assertEquals("Global Research", name("Global Research"));
        assertEquals("Syrian Observatory for Human Rights", name("the UK-based Syrian Observatory for Human Rights"));
        assertEquals("Syrian Observatory for Human Rights", name("SOHR"));
        assertEquals("Hawar News Agency", name("ANHA"));
        assertEquals("Agence France-Presse", name("AFP"));
        assertEquals("Iba'a", name("Iba’a"));
        assertEquals("monitor", SOURCES.find("Syrian Observatory").orElseThrow().alignment());
        assertTrue(SOURCES.find("CENTCOM").orElseThrow().isParty());
    }

    @Test
    void shortCapitalNamesDoNotMatchOrdinaryWords() {
        assertTrue(SOURCES.find("a local outlet, as reported").isEmpty());
        assertTrue(SOURCES.find("ap news digest").isEmpty());
        assertTrue(SOURCES.find("").isEmpty());
        assertTrue(SOURCES.find(null).isEmpty());
    }

    @Test
    void everyCorpusSourceIsKnownExceptAnUnnamedOne() {
        for (SharedCorpus.Doc d : SharedCorpus.documents()) {
            Optional<Outlet> o = SOURCES.find(d.source());
            System.out.println(d.id() + " " + d.source() + " -> " + o.map(x -> x.name() + " (" + x.alignment() + ")").orElse("-"));
            if (d.source().startsWith("unknown")) assertTrue(o.isEmpty(), d.source());
            else assertTrue(o.isPresent(), d.id() + ": " + d.source());
        }
        assertEquals("BBC", name("BBC Online"));
        assertEquals("EU delegation", name("Delegation of the European Union to Syria"));
        assertEquals("Australian DFAT", name("Australian Department of Foreign Affairs"));
        assertEquals("Wikipedia", name("Wikipedia"));
    }

    @Test
    void badRowsAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sources.tsv");
        Files.writeString(f, "outlet\talignment\tcountry\treference\talso\n"
                + "Good News\tindependent\tSyria\tWikipedia: Good News\t\n"
                + "Bad Side\tneutral\tSyria\tWikipedia: Bad Side\t\n"
                + "No Reference\tmonitor\tSyria\t\t\n"
                + "too\tfew\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceRegistry.load(f));
        assertTrue(e.getMessage().startsWith("3 bad source registry row(s)"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":3: alignment 'neutral' is not one of"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":4: outlet 'No Reference' has no reference"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":5: expected outlet"), e.getMessage());
    }

    private static String name(String source) {
        return SOURCES.find(source).map(Outlet::name).orElse(null);
    }
}
