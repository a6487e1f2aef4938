package org.sitrep.geo;

import java.util.List;
import java.util.Set;

/**
 * What a document says that helps to choose between same-name places.
 *
 * @param admin1Hints    governorates/provinces the text names (OCHA English names for Syria, the text's words
 *                       otherwise)
 * @param countryHint    ISO code of a country other than the theatre's that the text is about
 *                       (named more often than the theatre's country), or null
 * @param documentPlaces unambiguous places of the same document: candidates near them are preferred
 * @param namedCountries ISO codes of every country the text names: a small foreign place is taken only when its
 *                       country is named (or it lies near the document's other places)
 */
public record GeoContext(Set<String> admin1Hints, String countryHint, List<GazetteerEntry> documentPlaces,
                         Set<String> namedCountries) {
    public GeoContext {
        admin1Hints = admin1Hints == null ? Set.of() : Set.copyOf(admin1Hints);
        documentPlaces = documentPlaces == null ? List.of() : List.copyOf(documentPlaces);
        namedCountries = namedCountries == null ? Set.of() : Set.copyOf(namedCountries);
    }

    public GeoContext(Set<String> admin1Hints, String countryHint, List<GazetteerEntry> documentPlaces) {
        this(admin1Hints, countryHint, documentPlaces, countryHint == null ? Set.of() : Set.of(countryHint));
    }

    public static GeoContext empty() { return new GeoContext(Set.of(), null, List.of(), Set.of()); }

    /**
     * The context of a document's text: the governorates and countries it names and the places the recognizer
     * finds that have only one reading. Same as {@link Geocoder#contextOf(String)}.
     */
    public static GeoContext of(String text, Geocoder geocoder) { return geocoder.contextOf(text); }

    public GeoContext withPlace(GazetteerEntry e) {
        List<GazetteerEntry> places = new java.util.ArrayList<>(documentPlaces);
        places.add(e);
        return new GeoContext(admin1Hints, countryHint, places, namedCountries);
    }

    public GeoContext withAdmin1(String admin1) {
        Set<String> hints = new java.util.LinkedHashSet<>(admin1Hints);
        hints.add(admin1);
        return new GeoContext(hints, countryHint, documentPlaces, namedCountries);
    }
}
