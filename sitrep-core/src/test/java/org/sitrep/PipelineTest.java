package org.sitrep;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Certainty;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The extraction path on reports we write ourselves: each test states one coding rule of spec/EVENTS.md. */
class PipelineTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 3, 14);

    private static List<Event> extract(String text) {
        return TestTheatre.pipeline().extract(new Document("t", null, "test", PUBLISHED, false, "", text, "test"));
    }

    private static Set<String> places(List<Event> events) {
        return events.stream().map(e -> e.place().mention()).collect(Collectors.toSet());
    }

    @Test
    void oneEventPerPlaceOfACoordinatedCapture() {
        List<Event> events = extract("On March 12, government forces captured the villages of Khirbet Zaytun, Tal Marwan and the 5th Brigade base north of Hama.");
        assertEquals(Set.of("Khirbet Zaytun", "Tal Marwan", "5th Brigade base"), places(events));
        for (Event e : events) {
            assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, e.subEventType());
            assertEquals("Syrian Arab Army", e.actor1().name());
            assertEquals(LocalDate.of(2018, 3, 12), e.date().eventDate());
            assertEquals(1, e.date().precision());
            assertNotNull(e.place().latitude(), "an unknown village north of Hama is placed by its anchor");
            assertTrue(e.place().geoPrecision() >= 2);
        }
    }

    @Test
    void anUnknownTownListedWithAKnownOneLiesBesideItNotAtTheProvinceCapital() {
        List<Event> events = extract("On March 12, rebels captured the towns of Xyzqabad and Khan Shaykhun in Idlib province.");
        Event known = events.stream().filter(e -> e.place().mention().equals("Khan Shaykhun")).findFirst().orElseThrow();
        Event unknown = events.stream().filter(e -> e.place().mention().equals("Xyzqabad")).findFirst().orElseThrow();
        assertEquals(2, unknown.place().geoPrecision());
        assertEquals(known.place().latitude(), unknown.place().latitude(), 1e-6);
        assertEquals(known.place().longitude(), unknown.place().longitude(), 1e-6);
    }

    @Test
    void anUnknownVillageBesideARoadNamedByItsTownsIsPlacedOnTheRoad() {
        Event e = extract("On March 12, the army secured the Homs-Hama highway and captured the village of Xyzqabad.").stream()
                .filter(x -> x.place().mention().equals("Xyzqabad")).findFirst().orElseThrow();
        assertEquals(2, e.place().geoPrecision());
        assertTrue(e.place().latitude() > 34.8 && e.place().latitude() < 35.1, "between Homs and Hama: " + e.place());
    }

    @Test
    void aSideLosingFightersBetweenTwoTownsIsOneBattleWithItsToll() {
        List<Event> events = extract("On March 12, ISIS lost 40 fighters between Raqqa and Tabqa, following an offensive of the SDF and the coalition.");
        assertEquals(1, events.size(), "one stretch of ground, one event: " + events);
        Event e = events.get(0);
        assertEquals(SubEventType.ARMED_CLASH, e.subEventType());
        assertEquals("Syrian Democratic Forces", e.actor1().name(), "the side that fought them");
        assertEquals("Islamic State", e.actor2().name(), "the side that lost the fighters");
        assertEquals(40, e.fatalities());
        assertEquals("Raqqa-Tabqa", e.place().name());
        assertEquals("Ar-Raqqa", e.place().admin1());
        assertEquals(List.of(), extract("On March 12, ISIS lost control of 15 villages near Raqqa and lost its positions."),
                "losing ground is no toll and no battle of its own");
    }

    @Test
    void aPlaceNamedToDateAnotherEventIsNotItsPlace() {
        assertTrue(extract("On March 12, it was the largest offensive of the army against ISIS since the fall of Palmyra.").stream()
                .noneMatch(e -> "Palmyra".equals(e.place().mention())));
    }

    @Test
    void peopleKilledInABombingInATownGiveTheBombingItsPlaceAndToll() {
        List<Event> events = extract("On March 12, a car bomb explosion in the town of Jarabulus left at least 12 people dead.");
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, e.subEventType());
        assertEquals("Jarabulus", e.place().mention());
        assertEquals(12, e.fatalities());
    }

    @Test
    void theClaimantOfABombingIsItsPerpetratorAndCiviliansNamedInItAreItsTargets() {
        List<Event> events = extract("On March 12, a car bomb exploded among shoppers at a market in Manbij. "
                + "ISIS claimed responsibility for the attack.");
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, e.subEventType(), "who was hit does not change the means");
        assertEquals("Islamic State", e.actor1().name());
        assertEquals("Civilians", e.actor2().name());
        Event toll = extract("On March 12, 20 people were killed in a suicide bombing in Manbij.").get(0);
        assertEquals("Civilians", toll.actor2().name(), "people killed by a bomb are civilians unless said otherwise");
        Event fighters = extract("On March 12, 20 fighters were killed in a suicide bombing in Manbij.").get(0);
        assertNull(fighters.actor2(), "fighters are not civilians");
    }

    @Test
    void aStatementWelcomingACaptureReportsItButTalkOfLiberationDoesNot() {
        List<Event> welcomed = extract("On March 12, the minister welcomed the Syrian government's liberation of Palmyra from ISIS.");
        assertEquals(1, welcomed.size(), welcomed.toString());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, welcomed.get(0).subEventType());
        assertEquals(List.of(), extract("On March 12, the minister spoke about the liberation of Palmyra from ISIS."));
    }

    @Test
    void strikesInSupportOfOperationsJustDescribedAreWhereThoseOperationsWere() {
        String text = "On March 12, SDF fighters continued to clear areas north of Tabqa. "
                + "In support of these operations, the coalition conducted 10 airstrikes.";
        Event strike = extract(text).stream().filter(e -> e.subEventType() == SubEventType.AIR_STRIKE).findFirst().orElseThrow();
        assertEquals("Ar-Raqqa", strike.place().admin1());
        assertTrue(strike.place().geoPrecision() >= 2, "placed by the operations' area, not found by name");
        assertTrue(extract("On March 12, the coalition conducted 10 airstrikes.").isEmpty(), "no place, no event");
    }

    @Test
    void theLocationAndTheAreaReferBackToThePlaceJustNamed() {
        String text = "On March 12, rebels were firing from a building on the edge of Saraqib. "
                + "Russian jets then hit the location.";
        Event strike = extract(text).stream().filter(e -> e.subEventType() == SubEventType.AIR_STRIKE).findFirst().orElseThrow();
        assertEquals("Saraqib", strike.place().mention());
    }

    @Test
    void aNonStateGroupTakingAPlaceOvertakesTerritory() {
        List<Event> events = extract("On March 10, Hay'at Tahrir al-Sham fighters seized the town of Maarat al-Numan from the National Front for Liberation.");
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals(SubEventType.NON_STATE_OVERTAKES_TERRITORY, e.subEventType());
        assertEquals("Hay'at Tahrir al-Sham", e.actor1().name());
        assertEquals("National Front for Liberation", e.actor2().name());
        assertEquals("Idleb", e.place().admin1());
    }

    @Test
    void plansConditionsAndDenialsAreNotEvents() {
        assertEquals(List.of(), extract("The army will attack the town of Khan Shaykhun next week."));
        assertEquals(List.of(), extract("If the rebels capture Saraqib, the road will be cut."));
        assertEquals(List.of(), extract("Kafr Zita is the next expected target of the offensive."));
        assertEquals(List.of(), extract("The ministry denied that its jets had not struck Jisr al-Shughur; the group plans to capture Ariha."),
                "a plan is not an event");
    }

    @Test
    void passiveVoiceGivesTheAgentAsActor1() {
        List<Event> events = extract("On March 13, the village of Tal Sharif was recaptured by Syrian Democratic Forces near Raqqa.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Syrian Democratic Forces", events.get(0).actor1().name());
    }

    @Test
    void airStrikesAndShellingAreTheirOwnSubTypes() {
        List<Event> air = extract("On March 11, Russian warplanes carried out airstrikes on militant positions in Khan Shaykhun.");
        assertEquals(SubEventType.AIR_STRIKE, air.get(0).subEventType());
        assertEquals("Russian Armed Forces", air.get(0).actor1().name());
        List<Event> shelling = extract("On March 11, rebel artillery shelled the town of Mhardeh.");
        assertEquals(SubEventType.SHELLING, shelling.get(0).subEventType());
    }

    @Test
    void fatalitiesAreConservativeAndWoundedAreNotDead() {
        Event over = extract("On March 9, clashes between the army and rebels in Harasta killed over 20 fighters.").get(0);
        assertEquals(20, over.fatalities());
        Event dozens = extract("On March 9, an air strike on Douma killed dozens of civilians.").get(0);
        assertEquals(12, dozens.fatalities());
        Event wounded = extract("On March 9, shelling of Jaramana wounded 15 people.").get(0);
        assertNull(wounded.fatalities());
    }

    @Test
    void attributionMakesClaimsAndDisputes() {
        Event reported = extract("On March 8, rebels reportedly shelled the town of Mhardeh.").get(0);
        assertEquals(Certainty.REPORTED, reported.certainty());
        Event claimed = extract("According to the SDF, Islamic State fighters shelled Hajin on March 8.").get(0);
        assertEquals(Certainty.CLAIMED, claimed.certainty());
        assertTrue(claimed.claimSource().contains("SDF"));
        Event disputed = extract("The group's news agency said its fighters shelled army positions in Jurin on March 8, "
                + "killing 5 soldiers, but pro-government sources denied the claim.").get(0);
        assertEquals(Certainty.DISPUTED, disputed.certainty());
    }

    @Test
    void notesAreNeutralAndEvidenceIsTheSentence() {
        String text = "On March 7, the heroic army liberated the village of Abu Dali from the terrorists.";
        Event e = extract(text).get(0);
        String notes = e.notes().toLowerCase();
        assertFalse(notes.contains("liberat"), notes);
        assertFalse(notes.contains("terrorist"), notes);
        assertFalse(notes.contains("heroic"), notes);
        assertEquals(text, e.evidence().text());
        var location = e.evidence().fields().get("location");
        assertEquals("Abu Dali", text.substring(location.start(), location.end()));
    }

    @Test
    void aFactRepeatedInHeadlineAndBodyIsOneEvent() {
        String text = "Army captures Tal Rifaat\n\nOn March 6, government forces captured Tal Rifaat after heavy clashes. "
                + "The capture of Tal Rifaat was confirmed by residents.";
        List<Event> events = extract(text);
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void undatedEventsTakeThePublishedWeek() {
        Event e = extract("Government forces captured the village of Tal Marwan near Hama.").get(0);
        assertEquals(2, e.date().precision());
        assertEquals(PUBLISHED, e.date().eventDate());
        assertEquals(PUBLISHED.minusDays(6), e.date().from());
    }

    @Test
    void idsAreStable() {
        String text = "On March 12, government forces captured the village of Tal Marwan north of Hama.";
        assertEquals(extract(text).get(0).eventId(), extract(text).get(0).eventId());
    }

    @Test
    void theFastPathCodesWhatParsingEverySentenceCodes() throws Exception {
        // sentences the gate stops before tagging, after tagging ("shell" the noun, "target" the noun), and ones
        // it lets through, including a toll and a method given in sentences of their own
        String text = "On March 5, government forces captured the village of Tal Marwan north of Hama after clashes with rebels.\n\n"
                + "The shell of the old mosque still stands. Over 20 fighters were killed in the clashes.\n\n"
                + "The target date for the talks is in April. A car bomb exploded at the market in Mhardeh on March 6. "
                + "The attack took place near the main square. Residents said prices rose this week.";
        Document doc = new Document("t", null, "test", PUBLISHED, false, "", text, "test");
        try (Pipeline thorough = Pipeline.openThorough(TestTheatre.syria())) {
            List<String> fast = TestTheatre.pipeline().extract(doc).stream().map(org.sitrep.model.EventJson::toLine).toList();
            List<String> all = thorough.extract(doc).stream().map(org.sitrep.model.EventJson::toLine).toList();
            assertFalse(fast.isEmpty());
            assertEquals(all, fast);
        }
    }
}
