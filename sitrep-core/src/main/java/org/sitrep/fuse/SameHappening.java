package org.sitrep.fuse;

import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two reported events may describe the same happening: same type family, the same or a nearby place,
 * date ranges that overlap once widened by a day, and actors that do not contradict each other. Events of one
 * document are never the same happening: the coder already split them (one place, one day, one type).
 * Symmetric, so the clusters it links do not depend on the order events arrive in.
 */
public final class SameHappening {
    /** Places this close (km) are one place when both are located to the town or near it (geo_precision 1-2). */
    public static final double NEAR_KM = 5.0;
    /** One source's date a day later than another's is still the same happening. */
    public static final int DAY_TOLERANCE = 1;

    private final Set<String> wildcardActors;

    public SameHappening() {
        Set<String> w = new HashSet<>();
        for (String[] row : org.sitrep.data.TabularData.rows(SameHappening.class, "/org/sitrep/fuse/wildcard-actors.tsv", 2)) w.add(row[0]);
        this.wildcardActors = Set.copyOf(w);
    }

    public boolean test(Event a, Event b) {
        if (a.docId() != null && a.docId().equals(b.docId())) return false;
        return TypeFamily.of(a.subEventType()) == TypeFamily.of(b.subEventType())
                && datesMeet(a, b) && samePlace(a.place(), b.place()) && actorsCompatible(a, b);
    }

    /** Whether two reports can sit in one fused event once linked through others: dates, actors, documents. */
    public boolean fits(Event a, Event b) {
        return (a.docId() == null || !a.docId().equals(b.docId())) && datesMeet(a, b) && actorsCompatible(a, b);
    }

    public static boolean datesMeet(Event a, Event b) {
        return !a.date().to().plusDays(DAY_TOLERANCE).isBefore(b.date().from())
                && !b.date().to().plusDays(DAY_TOLERANCE).isBefore(a.date().from());
    }

    public static boolean samePlace(Place a, Place b) {
        if (a.ownGazetteerId() != null && a.ownGazetteerId().equals(b.ownGazetteerId())) return true;
        if (PlaceKey.sameName(a, b) && compatibleRegion(a, b) && (a.geoPrecision() == 3) == (b.geoPrecision() == 3)) return true;
        if (putBeside(a, b) || putBeside(b, a)) return false;
        return a.geoPrecision() <= 2 && b.geoPrecision() <= 2 && PlaceKey.distanceKm(a, b) <= NEAR_KM;
    }

    /** {@code a} is another place that the geocoder put at {@code b}'s point for want of its own ("the towns of A and B"). */
    private static boolean putBeside(Place a, Place b) {
        return a.gazetteerId() != null && a.ownGazetteerId() == null && a.gazetteerId().equals(b.gazetteerId())
                && !PlaceKey.fold(a.mention()).equals(PlaceKey.fold(b.mention()));
    }

    private static boolean compatibleRegion(Place a, Place b) {
        if (a.admin1() == null || b.admin1() == null) return true;
        return PlaceKey.fold(a.admin1()).equals(PlaceKey.fold(b.admin1()));
    }

    /**
     * Reports contradict each other on actors only when they name different groups with no room left: they share
     * a named group, or each leaves a side unnamed ("rebels", "unidentified gunmen", or nobody) that the other's
     * group may fill. "SAA against rebels" fits "HTS took the town"; "SAA against HTS" does not fit "SDF against IS".
     */
    public boolean actorsCompatible(Event a, Event b) {
        Set<String> x = namedActors(a), y = namedActors(b);
        if (x.isEmpty() || y.isEmpty()) return true;
        for (String s : x) if (y.contains(s)) return true;
        return x.size() < 2 && y.size() < 2;
    }

    public Set<String> namedActors(Event e) {
        Set<String> s = new TreeSet<>();
        add(s, e.actor1());
        add(s, e.actor2());
        return s;
    }

    public boolean isWildcard(String actorName) { return wildcardActors.contains(actorName); }

    private void add(Set<String> s, Actor a) {
        if (a != null && !wildcardActors.contains(a.name())) s.add(a.name());
    }
}
