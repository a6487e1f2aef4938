package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class ActorRecognizerTest {
    private static final ActorDictionary DICTIONARY = SharedCorpus.dictionary();
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(DICTIONARY);

    // --- our own sentences ---

    @Test
    void acronymsAreCaseSensitiveAndTokenBounded() {
        List<ActorMention> ms = RECOGNIZER.find("This is what IS fighters did; the Isis cell too. Saddam's saa? Nusrat and HTSX are not names.");
        assertEquals(List.of("IS", "Isis"), texts(ms));
        assertTrue(ms.stream().allMatch(m -> m.actor().name().equals("Islamic State")));
        assertTrue(RECOGNIZER.find("WHAT IS NEXT FOR THE VILLAGE").isEmpty());
        assertEquals(List.of("ISIS", "SDF"), texts(RECOGNIZER.find("ISIS AND SDF CLASH")));
    }

    @Test
    void spellingVariantsMeetOneActor() {
        for (String s : List.of("Hay'at Tahrir al-Sham", "Hay’at Tahrir al-Sham", "Hayʼat Tahrir al-Sham", "Hayat Tahrir al Sham",
                "Hayyat Tahrir Al-Sham", "HAY'AT TAHRIR AL-SHAM", "HTS"))
            assertEquals("Hay'at Tahrir al-Sham", only(s + " shelled a village.").actor().name(), s);
        for (String s : List.of("Jaysh al-Islam", "Jaish al-Islam", "Jeish Al Islam"))
            assertEquals("Jaysh al-Islam", only("Fighters of " + s + " withdrew.").actor().name(), s);
        for (String s : List.of("ISIS", "ISIL", "Daesh", "Da'esh", "Dae’sh", "DAESH", "Islamic State of Iraq and the Levant",
                "Islamic State of Iraq and Syria"))
            assertEquals("Islamic State", only("Then " + s + " withdrew.").actor().name(), s);
        for (String s : List.of("Nusra", "al-Nusra Front", "Jabhat al-Nusra", "Jabha al-Nusra", "Al Nusra"))
            assertEquals("Jabhat al-Nusra", only("Then " + s + " withdrew.").actor().name(), s);
    }

    @Test
    void possessivesEndANameWithoutHidingIt() {
        String t = "HTS' gunners and the SAA’s tanks met the Kurds' advance; ISIL's losses grew.";
        List<ActorMention> ms = RECOGNIZER.find(t);
        assertEquals(List.of("HTS", "SAA", "the Kurds", "ISIL"), texts(ms));
        assertEquals(t.indexOf("HTS"), ms.get(0).span().start());
        assertEquals("Syrian Democratic Forces", ms.get(2).actor().name());
    }

    @Test
    void longestMatchWinsAndRepeatsMerge() {
        String t = "The Russian Aerospace Defense Forces backed the Syrian Arab Army (SAA) against ISIS-Daesh and ISIS/Daesh.";
        List<ActorMention> ms = RECOGNIZER.find(t);
        assertEquals(List.of("Russian Aerospace Defense Forces", "Syrian Arab Army (SAA)", "ISIS-Daesh", "ISIS/Daesh"), texts(ms));
        assertEquals("Russian Armed Forces", ms.get(0).actor().name());
    }

    @Test
    void aNameWithAGenericNounIsOneNamedMention() {
        List<ActorMention> ms = RECOGNIZER.find("ISIL militants and ISIS terrorists fought rebels.");
        assertEquals(List.of("ISIL militants", "ISIS terrorists", "rebels"), texts(ms));
        assertEquals(List.of("Islamic State", "Islamic State", "Syrian opposition"), ms.stream().map(m -> m.actor().name()).toList());
        List<ActorMention> apposition = RECOGNIZER.find("Later the terrorist group ISIL and the militant group HTS withdrew.");
        assertEquals(List.of("terrorist group ISIL", "militant group HTS"), texts(apposition));
        assertEquals("Hay'at Tahrir al-Sham", apposition.get(1).actor().name());
        assertTrue(RECOGNIZER.find("The Army of the Victorious Sect claimed it.").isEmpty(), "a proper name, not 'the army'");
        assertEquals(List.of(), texts(RECOGNIZER.find("Talks in the Syrian\nArmy barracks")).stream().filter(x -> x.contains("\n")).toList());
    }

    @Test
    void anotherCountrysSecurityForcesAreNotTheTheatresArmy() {
        assertTrue(RECOGNIZER.find("Lebanese security forces and Jordanian special forces deployed.").isEmpty());
        assertEquals("Turkish Armed Forces", only("Turkish security forces deployed.").actor().name());
        assertEquals("Syrian Arab Army", only("Syrian security forces deployed.").actor().name());
        assertEquals("Syrian Arab Army", only("Yesterday security forces deployed.").actor().name(), "an adverb is no demonym");
        assertEquals("Syrian Arab Army", only("Syrian pro-government forces deployed.").actor().name());
        ActorMention russian = only("Then Russian elite troops deployed.");
        assertEquals("Russian elite troops", russian.text());
        assertEquals("Russian Armed Forces", russian.actor().name());
    }

    @Test
    void modifiersAreNotActingSides() {
        String t = "The anti-ISIS campaign reached ISIL-held villages near al-Qaeda-linked camps, a pro-ISIS cell said; HTS-controlled towns stayed calm.";
        List<ActorMatch> all = RECOGNIZER.matches(t);
        assertEquals(List.of(MentionUsage.OPPOSED, MentionUsage.HOLDING, MentionUsage.LINKED, MentionUsage.LINKED, MentionUsage.HOLDING),
                all.stream().map(ActorMatch::usage).toList());
        assertTrue(RECOGNIZER.find(t).isEmpty(), texts(RECOGNIZER.find(t)).toString());
        // a name that is itself led or backed stays acting: the leader acts
        assertEquals("US-led coalition", only("The U.S.-led coalition struck twice.").actor().name());
        assertEquals("Syrian National Army", only("Turkish-backed militants advanced.").actor().name());
    }

    @Test
    void unitsAndDescriptionsMapToTheirForce() {
        Map<String, String> cases = Map.of(
                "Tiger Forces", "Syrian Arab Army",
                "the Republican Guard", "Syrian Arab Army",
                "Syrian warplanes", "Syrian Arab Army",
                "six Tu-22M3 bombers", "Russian Armed Forces",
                "Russian military police", "Russian Armed Forces",
                "U.S. airstrikes", "US-led coalition",
                "Israeli jets", "Israeli Armed Forces",
                "unidentified gunmen", "Unidentified armed group",
                "women and children", "Civilians",
                "Kurdish People's Protection Units", "People's Protection Units");
        cases.forEach((text, actor) -> assertEquals(actor, only("Yesterday " + text + " were seen.").actor().name(), text));
        Map<String, String> more = Map.of(
                "the Sultan Murad Division", "Syrian National Army",
                "PKK/YPG terrorists", "People's Protection Units",
                "barrel bombs", "Syrian Arab Army",
                "demonstrators", "Protesters",
                "Islamist rebels", "Syrian opposition",
                "Iraqi Kurdish forces", "Peshmerga");
        more.forEach((text, actor) -> assertEquals(actor, only("Yesterday " + text + " were seen.").actor().name(), text));
    }

    // --- the real articles of ../shared/corpus ---

    @Test
    void htsNewsNetworkIsAnHtsMentionAtItsSpan() {
        String t = SharedCorpus.document("003").text();
        Matcher m = Pattern.compile("HTS.\\s*news network Iba.a").matcher(t);
        assertTrue(m.find());
        ActorMention hts = at(RECOGNIZER.find(t), m.start());
        assertEquals(m.end(), hts.span().end());
        assertEquals("Hay'at Tahrir al-Sham", hts.actor().name());
    }

    @Test
    void seedReportsYieldTheirActors() {
        String t000 = SharedCorpus.document("000").text();
        List<ActorMention> m000 = RECOGNIZER.find(t000);
        assertEquals("Syrian Arab Army", at(m000, indexOf(t000, "The SAA")).actor().name());
        assertEquals("Syrian Arab Army", at(m000, indexOf(t000, "Syrian warplanes")).actor().name());
        assertEquals("Jabhat al-Nusra", at(m000, indexOf(t000, "Al-Nusra")).actor().name());
        assertEquals("Syrian Arab Army", at(m000, indexOf(t000, "loyalists")).actor().name());
        ActorMention ypg = at(m000, indexOf(t000, "Kurdish People"));
        assertEquals("People's Protection Units", ypg.actor().name());
        assertTrue(ypg.text().endsWith("(YPG)"), ypg.text());

        String t001 = SharedCorpus.document("001").text();
        List<ActorMention> m001 = RECOGNIZER.find(t001);
        assertEquals("ISIS-Daesh", at(m001, indexOf(t001, "ISIS-Daesh")).text());
        assertEquals("Syrian Arab Army", at(m001, indexOf(t001, "Tiger Forces")).actor().name());
        assertEquals("Russian Armed Forces", at(m001, indexOf(t001, "Russian Tu-22M3")).actor().name());
        assertEquals("Syrian National Army", at(m001, indexOf(t001, "pro-Turkish militant groups")).actor().name());
        assertEquals("National Defence Forces", at(m001, indexOf(t001, "National Defense Forces")).actor().name());

        String t002 = SharedCorpus.document("002").text();
        List<ActorMention> m002 = RECOGNIZER.find(t002);
        assertEquals("Jaysh al-Mujahideen", at(m002, indexOf(t002, "Jaysh Al-Mujahiddeen")).actor().name());
        assertEquals("Jabhat al-Shamiya", at(m002, indexOf(t002, "Jabhat Al-Shamiyah")).actor().name());
        assertEquals("Ahrar al-Sham", at(m002, indexOf(t002, "Harakat Ahrar")).actor().name());
        assertEquals("Islamic State", at(m002, indexOf(t002, "ISIL militants")).actor().name());

        String t003 = SharedCorpus.document("003").text();
        assertEquals("Bayariq al-Islam", at(RECOGNIZER.find(t003), indexOf(t003, "Byariq")).actor().name());
        ActorMatch antiIsis = RECOGNIZER.matches(t003).stream()
                .filter(x -> x.mention().span().start() == indexOf(t003, "anti-ISIS") + 5).findFirst().orElseThrow();
        assertEquals(MentionUsage.OPPOSED, antiIsis.usage());

        String t004 = SharedCorpus.document("004").text();
        List<ActorMention> m004 = RECOGNIZER.find(t004);
        assertEquals("Islamic State", at(m004, indexOf(t004, "Isis loses")).actor().name());
        assertEquals("Turkish Armed Forces", at(m004, indexOf(t004, "TAF")).actor().name());
    }

    @Test
    void pressReleasesYieldTheirActors() {
        String r05 = SharedCorpus.document("r05").text();
        ActorMatch held = RECOGNIZER.matches(r05).stream()
                .filter(x -> x.mention().span().start() == indexOf(r05, "ISIL-held")).findFirst().orElseThrow();
        assertEquals(MentionUsage.HOLDING, held.usage());
        String r07 = SharedCorpus.document("r07").text();
        List<ActorMention> m07 = RECOGNIZER.find(r07);
        assertEquals("US-led coalition", at(m07, indexOf(r07, "U.S. airstrikes")).actor().name());
        assertEquals("al-Qaeda", at(m07, indexOf(r07, "al-Qaida")).actor().name());
        String r08 = SharedCorpus.document("r08").text();
        assertEquals("US-led coalition", at(RECOGNIZER.find(r08), indexOf(r08, "Coalition military forces")).actor().name());
        String r36 = SharedCorpus.document("r36").text();
        assertEquals("Islamic State", at(RECOGNIZER.find(r36), indexOf(r36, "Dae’sh")).actor().name());
        String r40 = SharedCorpus.document("r40").text();
        assertTrue(RECOGNIZER.find(r40).stream().noneMatch(m -> m.span().start() == indexOf(r40, "anti-coalition") + 5),
                "'anti-coalition forces' are not the coalition");
    }

    @Test
    void everyDocumentGivesOrderedNonOverlappingSpansOfItsText() {
        int total = 0;
        for (SharedCorpus.Doc d : SharedCorpus.documents()) {
            List<ActorMatch> ms = RECOGNIZER.matches(d.text());
            total += ms.size();
            for (int i = 0; i < ms.size(); i++) {
                ActorMention m = ms.get(i).mention();
                assertEquals(m.text(), m.span().of(d.text()), d.id());
                if (i > 0) assertTrue(ms.get(i - 1).mention().span().end() <= m.span().start(), d.id() + " overlap at " + m.span());
            }
        }
        assertTrue(total > 500, "mentions in the corpus: " + total);
    }

    @Test
    void oneRecognizerServesManyThreadsAndIsFast() {
        List<SharedCorpus.Doc> docs = SharedCorpus.documents();
        Map<String, List<ActorMention>> sequential = new ConcurrentHashMap<>();
        docs.forEach(d -> sequential.put(d.id(), RECOGNIZER.find(d.text())));
        Map<String, List<ActorMention>> parallel = new ConcurrentHashMap<>();
        docs.parallelStream().forEach(d -> parallel.put(d.id(), RECOGNIZER.find(d.text())));
        assertEquals(sequential, parallel);
        long chars = 0;
        long t0 = System.nanoTime();
        for (int round = 0; round < 20; round++)
            for (SharedCorpus.Doc d : docs) { RECOGNIZER.find(d.text()); chars += d.text().length(); }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ActorRecognizer: %.1f MB/s over %d chars%n", chars / seconds / 1e6, chars);
        assertTrue(seconds < 10, "recognition took " + seconds + " s");
    }

    @Test
    void re3dOrganisationAnnotationsAreFound() throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.nio.file.Path re3d = SharedCorpus.shared().resolve("data/re3d");
        int orgs = 0, found = 0;
        Map<String, Integer> missed = new java.util.TreeMap<>();
        Map<String, String> actorOfValue = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> dirs = java.nio.file.Files.list(re3d)) {
            for (java.nio.file.Path dir : dirs.filter(p -> java.nio.file.Files.exists(p.resolve("entities.json"))).sorted().toList()) {
                Map<String, String> texts = new java.util.HashMap<>();
                for (String line : java.nio.file.Files.readAllLines(dir.resolve("documents.json"))) {
                    if (line.isBlank()) continue;
                    com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
                    texts.put(n.path("_id").asText(), n.path("text").asText());
                }
                Map<String, List<ActorMatch>> matches = new java.util.HashMap<>();
                for (String line : java.nio.file.Files.readAllLines(dir.resolve("entities.json"))) {
                    if (line.isBlank()) continue;
                    com.fasterxml.jackson.databind.JsonNode e = json.readTree(line);
                    if (!e.path("type").asText().equals("Organisation")) continue;
                    String text = texts.get(e.path("documentId").asText());
                    if (text == null) continue;
                    org.sitrep.model.Span span = new org.sitrep.model.Span(e.path("begin").asInt(), e.path("end").asInt());
                    orgs++;
                    List<ActorMatch> ms = matches.computeIfAbsent(e.path("documentId").asText(), k -> RECOGNIZER.matches(text));
                    Optional<ActorMatch> hit = ms.stream().filter(m -> m.mention().span().overlaps(span)).findFirst();
                    if (hit.isPresent()) { found++; actorOfValue.put(e.path("value").asText(), hit.get().mention().actor().name()); }
                    else missed.merge(e.path("value").asText(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("re3d Organisation annotations overlapped by an actor mention: %d of %d (%.0f%%)%n", found, orgs, 100.0 * found / orgs);
        actorOfValue.forEach((v, a) -> System.out.println("   re3d hit  " + v + " -> " + a));
        missed.forEach((v, n) -> System.out.println("   re3d miss " + n + " " + v));
        assertTrue(orgs > 300, "re3d organisations read: " + orgs);
    }

    @Test
    void printsMentionsPerDocument() {
        for (SharedCorpus.Doc d : SharedCorpus.documents()) {
            System.out.println("== " + d.id() + " " + d.source() + " | " + d.title());
            for (ActorMatch m : RECOGNIZER.matches(d.text()))
                System.out.println("   " + m.mention().span().start() + "-" + m.mention().span().end() + " '" + m.mention().text()
                        + "' -> " + m.mention().actor().name() + " [" + m.alias().kind().label() + (m.acting() ? "" : ", " + m.usage()) + "]");
        }
    }

    private static ActorMention only(String text) {
        List<ActorMention> ms = RECOGNIZER.find(text);
        assertEquals(1, ms.size(), text + " -> " + texts(ms));
        return ms.get(0);
    }

    private static ActorMention at(List<ActorMention> ms, int start) {
        return ms.stream().filter(m -> m.span().start() == start).findFirst()
                .orElseThrow(() -> new AssertionError("no mention starts at " + start + ": " + ms));
    }

    private static int indexOf(String text, String s) {
        int i = text.indexOf(s);
        assertTrue(i >= 0, "the article no longer contains '" + s + "'");
        return i;
    }

    private static List<String> texts(List<ActorMention> ms) { return ms.stream().map(ActorMention::text).toList(); }
}
