package org.sitrep.server;

import org.sitrep.geo.AdminArea;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.ScoredEntry;
import org.sitrep.store.EventStore;
import org.sitrep.store.PlaceHit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GET /api/places: places named in the store's reports first, then OCHA's governorates, districts and
 * sub-districts by their English or Arabic names, then the gazetteer index when one is built. Each hit has
 * coordinates to fly the map to.
 */
public final class PlaceSearch implements AutoCloseable {
    /** One place to show in the search list. {@code reports} is 0 for places no stored report names. */
    public record Hit(String name, String nameAr, String kind, String admin1, Double latitude, Double longitude, long reports) {}

    private final EventStore store;
    private final List<AdminArea> areas;
    private final Gazetteer gazetteer;

    public PlaceSearch(EventStore store, AdminAreas admin, Gazetteer gazetteer) {
        this.store = store;
        this.areas = admin == null ? List.of() : admin.areas();
        this.gazetteer = gazetteer;
    }

    /** The OCHA areas under {@code ochaDir} and the gazetteer index in {@code gazetteerDir}, each only when present. */
    public static PlaceSearch open(EventStore store, Path ochaDir, Path gazetteerDir) {
        AdminAreas admin = ochaDir != null && Files.isDirectory(ochaDir) ? AdminAreas.load(ochaDir) : null;
        Gazetteer g = null;
        if (gazetteerDir != null && Files.isDirectory(gazetteerDir)) {
            try {
                g = Gazetteer.open(gazetteerDir);
            } catch (IOException | RuntimeException x) {
                g = null;   // search still answers from the store and the OCHA names
            }
        }
        return new PlaceSearch(store, admin, g);
    }

    public List<Hit> search(String q, int limit) {
        String query = q.trim();
        List<Hit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PlaceHit h : store.places(query, limit))
            if (h.name() != null && seen.add(key(h.name())))
                out.add(new Hit(h.name(), null, "reported place", h.admin1(), h.latitude(), h.longitude(), h.reports()));
        String folded = fold(query);
        for (AdminArea a : areas) {
            if (out.size() >= limit) break;
            boolean match = fold(a.name()).contains(folded) || (a.nameAr() != null && fold(a.nameAr()).contains(folded))
                    || a.alternateNames().stream().anyMatch(n -> fold(n).contains(folded));
            if (match && seen.add(key(a.name())))
                out.add(new Hit(a.name(), a.nameAr(), a.level() == 1 ? "governorate" : a.level() == 2 ? "district" : "sub-district",
                        a.admin1(), a.latitude(), a.longitude(), 0));
        }
        if (gazetteer != null && out.size() < limit) {
            for (ScoredEntry s : gazetteer.candidates(query, limit)) {
                if (out.size() >= limit) break;
                if (s.score() < 0.8 || !seen.add(key(s.entry().name()))) continue;
                String ar = s.entry().alternateNames().stream().filter(n -> n.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06ff))
                        .findFirst().orElse(null);
                out.add(new Hit(s.entry().name(), ar, "gazetteer", s.entry().admin1(), s.entry().latitude(), s.entry().longitude(), 0));
            }
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static String key(String s) { return fold(s); }

    /** Lower case, no diacritics, no tatweel, alef forms unified: "Ḥalab" finds "Halab", "أعزاز" finds "اعزاز". */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return n.replace('\u0640', ' ').replaceAll("[\u0622\u0623\u0625]", "\u0627").replace('\u0629', '\u0647')
                .replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        if (gazetteer != null) try { gazetteer.close(); } catch (IOException ignored) { /* read-only index */ }
    }
}
