package org.sitrep.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PlaceSlotFinderTest {
    private final PlaceSlotFinder finder = new PlaceSlotFinder(new PlaceNouns());

    private List<String> names(String s) {
        return finder.find(s, 0).stream().map(PlaceSlot::text).toList();
    }

    @Test
    void listAfterAPlaceNounGivesOneSlotPerName() {
        assertEquals(List.of("Alfa", "al-Beta", "5th Brigade base"),
                names("The group seized the villages of Alfa, al-Beta and the 5th Brigade base at dawn."));
        assertEquals(List.of("Tal Qamar", "Tal Rish"), names("Troops took the hilltops of Tal Qamar and Tal Rish."));
    }

    @Test
    void locativeListsDropPartsAndKeepFeatures() {
        assertEquals(List.of("al-Zaytun", "Ain Sud", "Marj"), names("Jets struck depots in al-Zaytun farms, Ain Sud and Marj."));
        assertEquals(List.of("Hamra airbase"), names("Fighting raged near the Hamra airbase."));
    }

    @Test
    void regionWordsMarkARegion() {
        List<PlaceSlot> slots = finder.find("Bombers hit targets in the Wadi Kabir province.", 0);
        assertEquals(1, slots.size());
        assertTrue(slots.get(0).region());
    }

    @Test
    void districtsInsideTheTownAreParts() {
        List<PlaceSlot> slots = finder.find("Fighters took the districts of Harat Sharq and al-Jisr inside the town.", 0);
        assertEquals(2, slots.size());
        assertTrue(slots.stream().allMatch(PlaceSlot::partOfTown));
    }

    @Test
    void offsetsAreDocumentOffsets() {
        PlaceSlot s = finder.find("Clashes in Qaryat Nur.", 100).get(0);
        assertEquals(111, s.span().start());
        assertEquals("Qaryat Nur", s.text());
    }
}
