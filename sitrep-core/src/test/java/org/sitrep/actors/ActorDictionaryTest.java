package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ActorDictionaryTest {
    private static final ActorDictionary PACK = SharedCorpus.dictionary();

    @Test
    void canonicalActorsCarryInterAndCountryFromTheCanonicalFiles() {
        Actor hts = PACK.canonical("hay'at tahrir al-sham").orElseThrow();
        assertEquals("Hay'at Tahrir al-Sham", hts.name());
        assertEquals("Rebel group", hts.inter());
        assertEquals("Syria", hts.country());
        Actor saa = PACK.canonical("Syrian Arab Army").orElseThrow();
        assertTrue(saa.isState());
        assertEquals("External/Other forces", PACK.canonical("Russian Armed Forces").orElseThrow().inter());
        // added by the pack's actors-extra.tsv
        assertEquals("International", PACK.canonical("al-Qaeda").orElseThrow().country());
        assertTrue(PACK.canonical("Tiger Forces").isEmpty(), "an alias is not a canonical actor");
        assertTrue(PACK.canonical(null).isEmpty());
    }

    @Test
    void everyActorOfTheSpecHasPackRows() throws IOException {
        List<String> spec = Files.readAllLines(SharedCorpus.shared().resolve("spec/ACTORS.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertTrue(spec.size() >= 30, "ACTORS.tsv read: " + spec.size());
        Set<String> covered = PACK.aliases().stream().filter(a -> a.origin().contains("actors.tsv:"))
                .map(a -> a.actor().name()).collect(Collectors.toSet());
        for (String name : spec) {
            assertTrue(PACK.canonical(name).isPresent(), name);
            assertTrue(covered.contains(name), "actors.tsv has no row for " + name);
        }
        for (ActorAlias a : PACK.aliases()) assertFalse(a.source().isBlank(), a.alias() + " at " + a.origin());
    }

    @Test
    void theBriefsWordingsMapWhereTheyShould() {
        assertAlias("Tiger Forces", "Syrian Arab Army", AliasKind.UNIT);
        assertAlias("the army", "Syrian Arab Army", AliasKind.GENERIC);
        assertAlias("Tu-22M3 bombers", "Russian Armed Forces", AliasKind.UNIT);
        assertAlias("HTS' news network Iba'a", "Hay'at Tahrir al-Sham", AliasKind.UNIT);
        assertAlias("Turkish-backed militants", "Syrian National Army", AliasKind.DESCRIPTION);
        assertAlias("militants", "Syrian opposition", AliasKind.GENERIC);
        assertAlias("unidentified gunmen", "Unidentified armed group", AliasKind.GENERIC);
        assertAlias("mourners", "Civilians", AliasKind.GENERIC);
        assertAlias("IS", "Islamic State", AliasKind.ACRONYM);
    }

    @Test
    void contextRowsSayWhoAGenericWordingIsInAnotherCountry() {
        Actor saa = PACK.canonical("Syrian Arab Army").orElseThrow();
        assertEquals("Iraqi Security Forces", PACK.inCountry(saa, "Iraq").orElseThrow().name());
        assertEquals("Peshmerga", PACK.inCountry(PACK.canonical("Syrian Democratic Forces").orElseThrow(), "iraq").orElseThrow().name());
        assertTrue(PACK.inCountry(saa, "Syria").isEmpty());
    }

    @Test
    void badRowsAreAllReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path canonical = dir.resolve("canon.tsv");
        Files.writeString(canonical, "name\tinter\tcountry\tdescription\nAlpha Brigade\tRebel group\tSyria\t\n"
                + "Beta Army\tState forces\tSyria\t\nAlpha Brigade\tRebel group\tSyria\tagain\n\tRebel group\tSyria\t\n");
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, "# comment\nalias\tcanonical\tkind\tsource\tnote\n"
                + "Alpha\tAlpha Brigade\tname\tmy notes\t\n"      // 3 fine
                + "Gamma\tGamma Front\tname\tmy notes\t\n"        // 4 unknown canonical
                + "AB\tAlpha Brigade\tabbreviation\tmy notes\t\n" // 5 bad kind
                + "the alphas\tAlpha Brigade\tgeneric\t\t\n"      // 6 no source
                + "just two\tcolumns\n"                           // 7 too few columns
                + "alpha\tBeta Army\talias\tmy notes\t\n"         // 8 same wording, other actor
                + "ALPHA\tAlpha Brigade\talias\tmy notes\t\n");   // 9 same wording, same actor: harmless
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.load(aliases, canonical));
        String m = e.getMessage();
        assertTrue(m.startsWith("7 bad actor dictionary row(s)"), m);
        assertTrue(m.contains(canonical + ":4: actor 'Alpha Brigade' already defined at " + canonical + ":2"), m);
        assertTrue(m.contains(canonical + ":5: empty actor name"), m);
        assertTrue(m.contains(aliases + ":4: alias 'Gamma' maps to 'Gamma Front', which is not a canonical actor"), m);
        assertTrue(m.contains(aliases + ":5: kind must be one of"), m);
        assertTrue(m.contains(aliases + ":6: alias 'the alphas' has no source"), m);
        assertTrue(m.contains(aliases + ":7: expected alias"), m);
        assertTrue(m.contains(aliases + ":8: alias 'alpha' maps to 'Beta Army' but " + aliases + ":3"), m);
        assertFalse(m.contains(aliases + ":9"), m);
    }

    @Test
    void aFileOfUnknownShapeIsNamed(@TempDir Path dir) throws IOException {
        Path odd = dir.resolve("odd.tsv");
        Files.writeString(odd, "who\twhat\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.load(SharedCorpus.pack().resolve("actors.tsv"), SharedCorpus.shared().resolve("spec/ACTORS.tsv"), odd));
        assertTrue(e.getMessage().contains(odd + ": header must start with"), e.getMessage());
    }

    @Test
    void aPackDirectoryLoadsItsOptionalFilesWhenPresent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actors.tsv"), "alias\tcanonical\tkind\tsource\tnote\nthe brigade\tAlpha Brigade\tgeneric\tmy notes\n");
        Path canonical = dir.resolve("canon.tsv");
        Files.writeString(canonical, "name\tinter\tcountry\tdescription\nAlpha Brigade\tRebel group\tSyria\tx\n");
        assertEquals(2, ActorDictionary.loadPack(dir, canonical).aliases().size());
        Files.writeString(dir.resolve("actors-extra.tsv"), "name\tinter\tcountry\tdescription\nBeta Front\tRebel group\tIraq\ty\n");
        Files.writeString(dir.resolve("actor-context.tsv"), "actor\tcountry\tactor_there\tsource\nAlpha Brigade\tIraq\tBeta Front\tmy notes\n");
        ActorDictionary d = ActorDictionary.loadPack(dir, canonical);
        assertEquals("Beta Front", d.inCountry(d.canonical("Alpha Brigade").orElseThrow(), "Iraq").orElseThrow().name());
    }

    @Test
    void aValidSmallDictionaryLoadsWithCanonicalNamesAsAliases(@TempDir Path dir) throws IOException {
        Path canonical = dir.resolve("canon.tsv");
        Files.writeString(canonical, "name\tinter\tcountry\tdescription\nAlpha Brigade\tRebel group\tSyria\tx\n");
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, "alias\tcanonical\tkind\tsource\tnote\nAB\tAlpha Brigade\tacronym\tmy notes\n");
        ActorDictionary d = ActorDictionary.load(aliases, canonical);
        assertEquals(List.of("AB", "Alpha Brigade"), d.aliases().stream().map(ActorAlias::alias).toList());
        assertEquals("x", d.description("alpha brigade"));
    }

    private static void assertAlias(String wording, String actor, AliasKind kind) {
        ActorAlias a = PACK.aliases().stream().filter(x -> x.alias().equals(wording)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + wording));
        assertEquals(actor, a.actor().name(), wording);
        assertEquals(kind, a.kind(), wording);
    }
}
