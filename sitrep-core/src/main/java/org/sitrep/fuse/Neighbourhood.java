package org.sitrep.fuse;

import org.sitrep.model.Event;
import org.sitrep.model.Place;

import java.time.LocalDate;

/**
 * Where and when another report must lie to possibly describe the same happening as a given event: what a
 * store queries to re-fuse only around an ingested document. Any event {@link SameHappening} links to the given
 * one overlaps the dates and has the gazetteer id, the folded name, or coordinates inside the box.
 *
 * @param from        earliest day a linked report may end on
 * @param to          latest day a linked report may start on
 * @param gazetteerId the event's gazetteer id, or null
 * @param nameKey     {@link PlaceKey#fold} of the event's place name
 * @param south       box around the coordinates, NEAR_KM wide on each side; NaN when the event has none
 */
public record Neighbourhood(LocalDate from, LocalDate to, String gazetteerId, String nameKey,
                            double south, double west, double north, double east) {
    public static Neighbourhood of(Event e) {
        Place p = e.place();
        LocalDate from = e.date().from().minusDays(SameHappening.DAY_TOLERANCE);
        LocalDate to = e.date().to().plusDays(SameHappening.DAY_TOLERANCE);
        double s = Double.NaN, w = Double.NaN, n = Double.NaN, east = Double.NaN;
        if (p.hasCoordinates() && p.geoPrecision() <= 2) {
            double dLat = SameHappening.NEAR_KM / 110.574 + 1e-6;
            double dLon = SameHappening.NEAR_KM / (111.320 * Math.max(0.01, Math.cos(Math.toRadians(p.latitude())))) + 1e-6;
            s = p.latitude() - dLat; n = p.latitude() + dLat; w = p.longitude() - dLon; east = p.longitude() + dLon;
        }
        return new Neighbourhood(from, to, p.gazetteerId(), PlaceKey.fold(p.name()), s, w, n, east);
    }

    public boolean hasBox() { return !Double.isNaN(south); }

    /** Whether a report lies in this neighbourhood: what a store's query for it selects. */
    public boolean contains(Event e) {
        if (e.date().to().isBefore(from) || e.date().from().isAfter(to)) return false;
        Place p = e.place();
        if (nameKey.equals(PlaceKey.fold(p.name()))) return true;
        if (gazetteerId != null && gazetteerId.equals(p.gazetteerId())) return true;
        return hasBox() && p.hasCoordinates() && p.latitude() >= south && p.latitude() <= north
                && p.longitude() >= west && p.longitude() <= east;
    }
}
