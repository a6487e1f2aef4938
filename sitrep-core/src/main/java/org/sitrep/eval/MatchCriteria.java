package org.sitrep.eval;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * When a prediction may stand for a gold event (score.py's place_matches, date_matches and the event-type test):
 * same event type, the day within the gold range widened by one day each side, and the place named alike,
 * or within the gold tolerance, or (for a gold event known only to its governorate) in the same governorate.
 */
public final class MatchCriteria {
    private final PlaceNames places;

    public MatchCriteria(PlaceNames places) { this.places = places; }

    public PlaceNames places() { return places; }

    /** All three: the prediction is a candidate for the gold event. */
    public boolean candidate(Prediction p, GoldEvent g) {
        return sameType(p, g) && dateMatches(p, g) && placeMatches(p, g);
    }

    public boolean sameType(Prediction p, GoldEvent g) {
        return PythonJson.equalsText(p.get("event_type"), g.eventType());
    }

    public boolean dateMatches(Prediction p, GoldEvent g) {
        LocalDate d = p.eventDate();
        return d != null && g.date() != null
                && !d.isBefore(g.date().minusDays(1)) && !d.isAfter(g.dateUntil().plusDays(1));
    }

    public boolean placeMatches(Prediction p, GoldEvent g) {
        if (nameMatches(p, g)) return true;
        Double km = distanceKm(p, g);
        if (km != null && km <= g.tolerance()) return true;
        if (g.geoPrecision() != null && g.geoPrecision() == 3 && g.admin1() != null && !g.admin1().isEmpty())
            return places.governorate(p.text("admin1")).equals(places.governorate(g.admin1()));
        return false;
    }

    /** The predicted location or location_mention has the key of the gold name or one of its spellings. */
    public boolean nameMatches(Prediction p, GoldEvent g) {
        Set<String> names = new HashSet<>();
        for (String n : g.names()) names.add(places.key(n));
        names.remove("");
        return names.contains(places.key(p.text("location"))) || names.contains(places.key(p.text("location_mention")));
    }

    /** km between predicted and gold coordinates, or null when either side has none. */
    public static Double distanceKm(Prediction p, GoldEvent g) {
        double[] pc = p.coordinates();
        if (pc == null || !g.hasCoordinates()) return null;
        return km(pc[0], pc[1], g.lat(), g.lon());
    }

    /** Haversine on a 6371 km sphere, written as score.py writes it so that the last bits agree too. */
    public static double km(double la1, double lo1, double la2, double lo2) {
        double p = Math.PI / 180;
        double h = Math.pow(Math.sin((la2 - la1) * p / 2), 2)
                + Math.cos(la1 * p) * Math.cos(la2 * p) * Math.pow(Math.sin((lo2 - lo1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(h));
    }
}
