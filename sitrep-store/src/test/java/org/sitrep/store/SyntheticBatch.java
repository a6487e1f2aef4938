package org.sitrep.store;

import org.sitrep.model.Actor;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A large ingest batch: the real corpus documents, each repeated as variants (the text with a marker line
 * appended, so each variant has its own content hash), and three hand-made reports per document drawn from
 * 40 invented happenings, so that many documents report the same happenings and fusion has work to do.
 */
public final class SyntheticBatch {
    private static final String[] PLACES = {"Tal Nabir", "Deir Hawa", "Kafr Sarin", "Khirbet Amud", "Ain Qasr", "Jisr Malek",
            "Umm Tuwaynah", "Ras Barada"};
    private static final String[] SOURCES = {"Opposition Network", "Government Daily", "Casualty Monitor", "Wire Agency", "State Radio"};
    private static final Actor[][] SIDES = {{Report.SAA, Report.HTS}, {Report.SDF, Report.IS}, {Report.SAA, Report.REBELS},
            {Report.NFL, Report.SAA}};
    private static final SubEventType[] TYPES = {SubEventType.ARMED_CLASH, SubEventType.SHELLING, SubEventType.NON_STATE_OVERTAKES_TERRITORY,
            SubEventType.AIR_STRIKE, SubEventType.GOVERNMENT_REGAINS_TERRITORY};

    private SyntheticBatch() {}

    public static List<Map.Entry<Document, List<Event>>> batch(int n) {
        List<Document> corpus = Corpus.documents();
        List<Map.Entry<Document, List<Event>>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document base = corpus.get(i % corpus.size());
            String docId = "batch-" + i;
            Document d = new Document(docId, base.url(), SOURCES[i % SOURCES.length], base.published(), base.publishedInferred(),
                    base.title(), base.text() + "\n\n[sitrep test variant " + i + "]", base.origin() + "#variant-" + i);
            List<Event> events = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int h = (i * 7 + k * 13) % 40;
                int p = h % PLACES.length;
                LocalDate day = LocalDate.of(2019, 1, 1).plusDays((h / PLACES.length) * 4L + (i % 2));
                Actor[] sides = SIDES[h % SIDES.length];
                Report r = Report.of(docId + "-" + k).doc(docId).source(d.source()).on(day.toString())
                        .type(TYPES[h % TYPES.length]).actors(sides[0], sides[1])
                        .at(i % 3 == 0 ? "al-" + PLACES[p] : PLACES[p], 35.0 + p * 0.3 + (i % 4) * 0.001, 36.5 + p * 0.2)
                        .fatalities(i % 4 == 0 ? null : (h % 9) + (i % 3));
                if (i % 5 == 0) r.claimed("a party's media office");
                events.add(r.build());
            }
            out.add(Map.entry(d, events));
        }
        return out;
    }
}
