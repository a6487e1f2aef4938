package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceNamesTest {
    private final PlaceNames names = PlaceNames.standard();

    @TempDir
    Path dir;

    /** Spellings that exercise every step: diacritics, ayn and hamza marks, articles, fillers, doubled letters. */
    static final List<String> SPELLINGS = List.of(
            "Tell Rifaat", "Tal Rif'at", "Tall Rifat", "Dayr Hafir", "Deir Hafer", "Der Hafir", "Dair Hafer",
            "Ma'arrat al-Nu'man", "Maarat an-Numan", "Ma‘arrat an Nu‘mān", "Ma`arat al Numan", "Ma´arat",
            "al-Bab", "Al Bab", "the town of al-Bab", "Bab", "el-Bab", "ad-Dana", "Adh-Dhahiriyah", "Ath Thawrah",
            "Kobanî", "Kobane", "Kobani", "Raqqah", "Raqqa", "ar-Raqqah", "Ar Raqqa", "Hasakeh", "Al-Hasakah",
            "Aleppo", "Halab", "Sheikh Maqsoud", "Shaykh Maqsud", "Qamishli", "Al-Qamishli", "Qamishly",
            "Saraqeb", "Saraqib", "Jisr al-Shughour", "Jisr ash-Shughur", "Deir ez-Zor", "Dayr az-Zawr",
            "Deir Ezzor", "Deir el-Zour", "Tadmur (Palmyra)", "Khan Shaykhun", "Khan Sheikhoun", "Ḩarastā",
            "Harasta", "Duma", "Douma", "Zabadani", "Az-Zabadani", "Madaya", "Madaia", "Kafr Nabl", "Kafranbel",
            "Al Bukamal", "Abu Kamal", "al_Mayadin", "Mayadeen", "ﻣﻨﺒﺞ", "Manbij ", "  MANBIJ\t", "Village",
            "the", "", "al ", "Aleppe", "Hamah", "Homs City", "Ayn al-Arab", "Ain al Arab", "Tal Abyad/Tell Abiad",
            "Tell", "Dar'a", "Deraa", "Daraa", "İdlib", "ıdlib", "Idleb", "Straße", "ǅamal", "ﬁq", "²Bab", "A\u0301ra",
            "As-Suwayda", "Sweida", "Ladhiqiyah", "Lattakia", "Latakia", "Tartous", "Al-Qunaytirah", "Quneitra");

    static final List<String> GOVERNORATES = List.of(
            "Idleb", "Idlib Governorate", "Idlib province", "IDLIB PROVINCE", "Rural Damascus", "Damascus Rural",
            "Rif Dimashq", "Rif Dimashk", "Al-Hasakeh", "Hasakeh Governorate", "al-Hasaka", "Deir ez-Zor",
            "Deir-ez-Zor", "Dayr az Zawr", "Deir el-Zor", "Ar-Raqqa", "Raqqa", "Raqqah province", "Lattakia",
            "Latakia", "Al-Ladhiqiyah", "As-Suwayda", "Sweida", "Dar'a", "Deraa", "Daraa", "Tartous", "Tartus",
            "Quneitra", "Al-Qunaytirah", "Hama", "Hamah", "Homs", "Aleppo", "Halab", "Damascus", "Dimashq",
            "Governorate", "", "Nineveh", "Anbar Province", "Provincetown");

    @Test
    void keysAreScorePysNormPlace() throws Exception {
        List<List<Object>> calls = new ArrayList<>();
        SPELLINGS.forEach(s -> calls.add(List.of(s)));
        JsonNode python = ScorePy.call("norm_place", calls, dir);
        for (int i = 0; i < SPELLINGS.size(); i++)
            assertEquals(python.get(i).asText(), names.key(SPELLINGS.get(i)), "norm_place(" + SPELLINGS.get(i) + ")");
    }

    @Test
    void governoratesAreScorePysNormAdmin1() throws Exception {
        List<List<Object>> calls = new ArrayList<>();
        GOVERNORATES.forEach(s -> calls.add(List.of(s)));
        JsonNode python = ScorePy.call("norm_admin1", calls, dir);
        for (int i = 0; i < GOVERNORATES.size(); i++)
            assertEquals(python.get(i).asText(), names.governorate(GOVERNORATES.get(i)), "norm_admin1(" + GOVERNORATES.get(i) + ")");
    }

    @Test
    void spellingsOfOnePlaceShareAKey() {
        assertEquals(names.key("Tal Rifaat"), names.key("Tell Rif'at"));
        assertEquals(names.key("Deir Hafer"), names.key("Dayr Hafer"));
        assertEquals(names.key("al-Bab"), names.key("the town of Bab"));
        assertEquals(names.key("Kobanî"), names.key("Kobani"));
        assertEquals(names.key("Raqqah"), names.key("ar-Raqqa"));
        assertEquals("", names.key(null));
        assertEquals("", names.key("the village of"));
        // the article goes only at the start: "Bab al-Hawa" keeps its inner "al"
        assertNotEquals(names.key("Bab Hawa"), names.key("Bab al-Hawa"));
        assertNotEquals(names.key("Hama"), names.key("Homs"));
    }

    @Test
    void governorateSpellingsShareAKey() {
        assertEquals("idlib", names.governorate("Idleb Governorate"));
        assertEquals("rifdimashq", names.governorate("Rural Damascus"));
        assertEquals(names.governorate("Dayr az Zawr"), names.governorate("Deir ez-Zor province"));
        assertEquals("", names.governorate(null));
        // a region outside the list keeps its own key
        assertEquals(names.key("Nineveh"), names.governorate("Nineveh Governorate"));
    }

    @Test
    void combiningMarksAreThoseWithACombiningClass() {
        assertTrue(PlaceNames.combining(0x0301)); // acute
        assertTrue(PlaceNames.combining(0x0334)); // overlay, class 1
        assertTrue(PlaceNames.combining(0x0651)); // Arabic shadda
        assertEquals(false, PlaceNames.combining('a'));
        assertEquals(false, PlaceNames.combining(0x093F)); // Devanagari vowel sign i: a spacing mark of class 0
    }

    @Test
    void aBadRowNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlaceNames.read(
                new BufferedReader(new StringReader("# header\narticle\tal\t\tsource\nnonsense\tx\ty\tz\n")), "keys.tsv"));
        assertEquals("keys.tsv:3: unknown kind 'nonsense'", e.getMessage());
    }
}
