package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

class PlaceRecognizerTest {
    private final PlaceRecognizer recognizer = new PlaceRecognizer(GeoFixture.gazetteer());

    private List<String> names(String text) {
        List<PlaceMention> found = recognizer.find(text);
        for (PlaceMention m : found) assertEquals(m.text(), m.span().of(text));
        return found.stream().map(PlaceMention::text).toList();
    }

    @Test void longestMatchFirstAndArticlesKeptWhole() {
        assertEquals(List.of("Ras al-Ain", "Tell Abyad"), names("Turkish-backed forces moved between Ras al-Ain and Tell Abyad."));
        assertEquals(List.of("al-Bab", "Deir ez-Zor"), names("Convoys left al-Bab for Deir ez-Zor."));
        assertEquals(List.of("Kafr Naha"), names("Shelling hit Kafr Naha overnight."));
        assertEquals(List.of("Kuweires"), names("Clashes north of the Kuweires airbase."));
    }

    @Test void arabicScriptNames() {
        assertEquals(List.of("حلب", "إدلب"), names("قصف على حلب و إدلب"));
    }

    @Test void possessivesAndPunctuationStayOutOfTheSpan() {
        assertEquals(List.of("Aleppo", "Idlib"), names("Aleppo's western countryside, and Idlib."));
    }

    @Test void monthsWeekdaysCommonWordsAndActorsAreNotPlaces() {
        List<String> found = names("On Monday in May, the army said Hezbollah and the Free Syrian Army fought. As Aleppo burned, At Homs.");
        assertEquals(List.of("Aleppo", "Homs"), found);
    }

    @Test void aNameAfterAFirstNameOrTitleIsAPerson() {
        List<String> found = names("Officials said Ahmed Homs met President Assad in Damascus.");
        assertFalse(found.contains("Homs"), found.toString());
        assertTrue(found.contains("Damascus"));
    }

    @Test void aGenericHeadAndANameAreAPlaceEvenWhenUnknown() {
        assertEquals(List.of("Tal Xyzhamad", "Deir al-Xyzasafir"), names("They took Tal Xyzhamad and Deir al-Xyzasafir. Tal alone is nothing."));
    }

    @Test void halfANameEndingInAnArticleIsNotTaken() {
        assertTrue(names("Dayr Az\nZawr").stream().noneMatch(n -> n.equals("Dayr Az")));
    }

    @Test void lowercaseWordsAreNotPlaces() {
        assertTrue(names("the bab was open and the homs of it").isEmpty());
    }

    @Test void directionWordsBeforeAPlaceDoNotMakeItAPerson() {
        assertEquals(List.of("Aleppo"), names("Rebels in Northern Aleppo regrouped."));
    }

    @Test void aRoadNamedByTwoKnownTownsIsOnePlace() {
        assertEquals(List.of("Homs-Hama highway"), names("Troops secured the Homs-Hama highway on Friday."));
        assertTrue(names("They secured the Homs-Xyzqabad road.").stream().noneMatch(n -> n.endsWith("road")));
    }
}
