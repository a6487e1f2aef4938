package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceSentencesTest {
    private final PlaceSentences sentences = new PlaceSentences(PlaceNames.standard());

    @Test
    void findsASpellingOfThePlaceAcrossWordsAndPunctuation() {
        String text = "Clashes went on near Tell Rif'at on Monday. Nothing happened elsewhere!\n"
                + "Residents of the town of Tal Rifaat, they said, fled. \"Al-Bab fell,\" he said.";
        assertEquals(List.of("Clashes went on near Tell Rif'at on Monday.", "Residents of the town of Tal Rifaat, they said, fled."),
                sentences.naming(text, List.of("Tal Rifaat")));
        assertEquals(List.of("\"Al-Bab fell,\" he said."), sentences.naming(text, List.of("al-Bab")));
        assertEquals(List.of(), sentences.naming(text, List.of("Manbij")));
        assertEquals(List.of(), sentences.naming(text, List.of("")));
    }

    @Test
    void realArticlesNameMostGoldPlaces() throws Exception {
        for (String name : List.of("seeds", "re3d-conflict")) {
            Map<String, Document> docs = new HashMap<>();
            List<String> problems = new ArrayList<>();
            new CorpusReader(ReadOptions.defaults()).read(List.of(SharedFiles.corpus(name).toString()),
                    d -> docs.put(d.id(), d), e -> problems.add(e.toString()));
            List<GoldEvent> gold = GoldEvent.read(SharedFiles.gold(name), problems::add);
            int named = 0, all = 0;
            for (GoldEvent g : gold) {
                if (!g.core() || !docs.containsKey(g.doc())) continue;
                all++;
                if (!sentences.naming(docs.get(g.doc()).text(), g.names()).isEmpty()) named++;
            }
            assertTrue(all > 30, name + ": " + all + " gold events with their article");
            // the gold's own name is the article's: nearly every event's place is found in its text
            assertTrue(named >= 0.95 * all, name + ": " + named + " of " + all);
        }
    }
}
