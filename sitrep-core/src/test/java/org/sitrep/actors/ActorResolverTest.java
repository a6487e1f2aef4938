package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class ActorResolverTest {
    private static final ActorDictionary DICTIONARY = SharedCorpus.dictionary();
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(DICTIONARY);
    private static final ActorResolver RESOLVER = new ActorResolver(DICTIONARY, RECOGNIZER);

    // --- our own sentences ---

    @Test
    void descriptionsAreGenericAndNamesAreNot() {
        List<ActorMention> ms = RECOGNIZER.find("Militants and unidentified gunmen attacked residents; the army and HTS replied, as did Tiger Forces.");
        assertEquals(List.of(true, true, true, true, false, false), ms.stream().map(RESOLVER::isGeneric).toList());
    }

    @Test
    void theGroupAndItsFightersPointBackToTheLastNamedArmedGroupInTheParagraph() {
        String t = "The army shelled Sarmin. HTS said the group repelled the attack and that its fighters held the hill.";
        List<ActorMention> ms = resolve(t, null);
        assertEquals("Hay'at Tahrir al-Sham", mentionOf(ms, t, "the group").actor().name());
        assertEquals("Hay'at Tahrir al-Sham", mentionOf(ms, t, "its fighters").actor().name());
        assertFalse(RESOLVER.isGeneric(mentionOf(ms, t, "the group")));
    }

    @Test
    void anaphoraNeitherCrossesParagraphsNorPointsAtStatesOrPlainCollectives() {
        String t = "HTS took Atarib.\n\nThe army said the group of villages was calm; the group withdrew.";
        List<ActorMention> ms = resolve(t, null);
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("the group")), ms.toString());
        String s = "Russian warplanes struck Idlib and the group said nothing.";
        assertTrue(resolve(s, null).stream().noneMatch(m -> m.text().equals("the group")));
    }

    @Test
    void loadedPluralsOnlyResolveToAGroupAlreadyCalledSo() {
        String t = "ISIL terrorists attacked Hit. Iraqi troops repelled the terrorists.";
        assertEquals("Islamic State", mentionOf(resolve(t, null), t, "the terrorists").actor().name());
        // the SDF was named last, but nobody called it "the terrorists": the plural stays generic
        String u = "The SDF and the army advanced. They fought the terrorists near Kiffin.";
        ActorMention m = resolve(u, null).stream().filter(x -> x.text().contains("terrorists")).findFirst().orElseThrow();
        assertEquals("Syrian opposition", m.actor().name());
        assertTrue(RESOLVER.isGeneric(m));
    }

    @Test
    void theArmyIsTheTheatresArmyUnlessTheContextIsAnotherCountry() {
        String syria = "The army advanced on Qutbiyah.";
        assertEquals("Syrian Arab Army", resolve(syria, null).get(0).actor().name());
        String iraq = "Iraqi forces entered the district. The army said government forces and Kurdish fighters held it.";
        List<ActorMention> ms = resolve(iraq, null);
        assertEquals("Iraqi Security Forces", mentionOf(ms, iraq, "The army").actor().name());
        assertEquals("Iraqi Security Forces", mentionOf(ms, iraq, "government forces").actor().name());
        assertEquals("Peshmerga", mentionOf(ms, iraq, "Kurdish fighters").actor().name());
        assertTrue(RESOLVER.isGeneric(mentionOf(ms, iraq, "The army")));
        assertEquals("Iraqi Security Forces", resolve(syria, "Iraq").get(0).actor().name(), "the caller's country hint");
        // external forces do not move the context
        String israel = "Israeli jets struck Mezzeh, the army said.";
        assertEquals("Syrian Arab Army", mentionOf(resolve(israel, null), israel, "the army").actor().name());
        // a name or a description that says its country is never moved
        String syrian = "Iraqi forces advanced while Syrian pro-government forces waited.";
        ActorMention qualified = mentionOf(resolve(syrian, null), syrian, "Syrian pro-government forces");
        assertEquals("Syrian Arab Army", qualified.actor().name());
        assertFalse(RESOLVER.isGeneric(qualified));
        assertEquals("Syrian Arab Army", resolve("Iraqi forces and the Syrian army met.", null).get(1).actor().name());
    }

    @Test
    void inputListsAreNotChanged() {
        String t = "Iraqi forces advanced. The army said HTS and the group were far away.";
        List<ActorMention> found = List.copyOf(RECOGNIZER.find(t));
        RESOLVER.resolve(t, found, null);
        assertEquals(RECOGNIZER.find(t), found);
    }

    // --- the real articles of ../shared/corpus ---

    @Test
    void htsReportResolvesTheGroupAndItsFighters() {
        String t = SharedCorpus.document("003").text();
        List<ActorMention> ms = resolve(t, null);
        Matcher iba = Pattern.compile("news network Iba.a said that (the group)").matcher(t);
        assertTrue(iba.find());
        ActorMention group = at(ms, iba.start(1));
        assertEquals("the group", group.text());
        assertEquals("Hay'at Tahrir al-Sham", group.actor().name());
        Matcher fighters = Pattern.compile("HTS announced that (its fighters)").matcher(t);
        assertTrue(fighters.find());
        assertEquals("Hay'at Tahrir al-Sham", at(ms, fighters.start(1)).actor().name());
    }

    @Test
    void mosulReportMovesGenericForcesToIraq() {
        String t = SharedCorpus.document("r15").text();
        List<ActorMention> ms = resolve(t, null);
        assertEquals("Iraq", RESOLVER.documentCountry(RECOGNIZER.find(t)));
        assertEquals("Peshmerga", at(ms, t.indexOf("Kurdish fighters")).actor().name());
        assertEquals("Iraqi Security Forces", at(ms, t.indexOf("call on government forces") + 8).actor().name());
        // the IS caliphate sentence: "the group's" is Islamic State
        assertEquals("Islamic State", at(ms, t.indexOf("the group's")).actor().name());
    }

    @Test
    void mosulUniversityReportMakesEliteTroopsIraqi() {
        String t = SharedCorpus.document("r18").text();
        int elite = t.indexOf("Elite troops");
        assertTrue(elite > 0);
        assertEquals("Iraqi Security Forces", at(resolve(t, null), elite).actor().name());
    }

    @Test
    void israeliStrikeReportKeepsTheSyrianArmy() {
        String t = SharedCorpus.document("r17").text();
        List<ActorMention> ms = resolve(t, null);
        assertEquals("Syria", RESOLVER.documentCountry(RECOGNIZER.find(t)));
        assertEquals("Syrian Arab Army", at(ms, t.indexOf("The army")).actor().name());
        assertEquals("Israeli Armed Forces", at(ms, t.indexOf("Israeli jets")).actor().name());
    }

    @Test
    void seedLoadedPluralStaysOpposition() {
        // 002: "the terrorists" after an SDF/YPG paragraph are the government's enemies, not the Kurds
        String t = SharedCorpus.document("002").text();
        for (ActorMention m : resolve(t, null))
            if (m.text().toLowerCase().contains("terrorists")) assertEquals("Syrian opposition", m.actor().name(), m.toString());
    }

    @Test
    void printsResolvedMentionsPerDocument() {
        int resolved = 0;
        for (SharedCorpus.Doc d : SharedCorpus.documents()) {
            List<ActorMention> found = RECOGNIZER.find(d.text());
            List<ActorMention> out = RESOLVER.resolve(d.text(), found, null);
            System.out.println("== " + d.id() + " country=" + RESOLVER.documentCountry(found));
            for (ActorMention m : out) {
                if (found.contains(m)) continue;
                resolved++;
                System.out.println("   " + m.span().start() + "-" + m.span().end() + " '" + m.text() + "' -> " + m.actor().name());
            }
            for (int i = 1; i < out.size(); i++) assertTrue(out.get(i - 1).span().end() <= out.get(i).span().start(), d.id());
        }
        System.out.println("resolved mentions: " + resolved);
        assertTrue(resolved >= 8, "resolved " + resolved);
    }

    private static List<ActorMention> resolve(String text, String country) {
        return RESOLVER.resolve(text, RECOGNIZER.find(text), country);
    }

    private static ActorMention mentionOf(List<ActorMention> ms, String text, String wording) {
        return at(ms, text.indexOf(wording));
    }

    private static ActorMention at(List<ActorMention> ms, int start) {
        return ms.stream().filter(m -> m.span().start() == start).findFirst()
                .orElseThrow(() -> new AssertionError("no mention starts at " + start + ": " + ms));
    }
}
