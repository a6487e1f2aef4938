package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Why a prediction is not a candidate for a gold event, one short reason per failed criterion of score.py. */
public final class Mismatch {
    private Mismatch() {}

    /** Empty when the prediction meets every criterion. */
    public static List<String> reasons(MatchCriteria c, Prediction p, GoldEvent g) {
        List<String> why = new ArrayList<>();
        if (!c.sameType(p, g)) why.add("event type " + p.text("event_type") + ", gold " + g.eventType());
        if (!c.dateMatches(p, g)) {
            LocalDate d = p.eventDate();
            why.add((d == null ? "no readable event_date (" + p.text("event_date") + ")" : "date " + d)
                    + " outside " + g.date().minusDays(1) + ".." + g.dateUntil().plusDays(1));
        }
        if (!c.placeMatches(p, g)) {
            Double km = MatchCriteria.distanceKm(p, g);
            String where = "place " + quoted(p.text("location")) + " (text " + quoted(p.text("location_mention"))
                    + ") is not " + quoted(g.location()) + " or its spellings";
            if (km != null) where += String.format(Locale.ROOT, " and lies %.1f km away (tolerance %s km)", km, trim(g.tolerance()));
            else if (!g.hasCoordinates()) where += "; the gold has no coordinates";
            else where += "; the prediction has no coordinates";
            why.add(where);
        }
        return why;
    }

    private static String quoted(String s) { return s == null ? "none" : "'" + s + "'"; }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
