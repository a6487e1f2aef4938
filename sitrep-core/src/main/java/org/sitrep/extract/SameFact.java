package org.sitrep.extract;

import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One fact, one event: a report that repeats a fact in its headline, lead and body, or names one strike twice
 * ("airstrikes targeted..."), yields one event per place, day and type (ACLED). A region-wide event is dropped when
 * the same report codes the same kind of event at a place inside that region on the same days: it is the summary of
 * those, not another event.
 */
final class SameFact {
    private SameFact() {}

    static List<Event> merge(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event e) -> e.evidence().start()).thenComparing(Event::eventId));
        List<Event> out = new ArrayList<>();
        for (Event e : sorted) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) if (sameFact(out.get(i), e)) { same = i; break; }
            if (same < 0) out.add(e);
            else out.set(same, better(out.get(same), e));
        }
        out.removeIf(e -> e.place().geoPrecision() == 3 && out.stream().anyMatch(o -> o != e && inside(o, e)));
        return out;
    }

    private static boolean sameFact(Event a, Event b) {
        // an event the report does not date (a headline, a summary) is the dated one it repeats
        boolean datesAgree = a.date().overlaps(b.date()) || undated(a) || undated(b);
        if (!a.docId().equals(b.docId()) || !sameKind(a, b) || !datesAgree) return false;
        return placeKey(a).equals(placeKey(b));
    }

    private static boolean undated(Event e) { return !e.evidence().fields().containsKey("event_date"); }

    /**
     * Same type; for battles a capture and a clash at one place and day are one battle; an agreement and the
     * handover it brings about at one place are one development.
     */
    private static boolean sameKind(Event a, Event b) {
        if (a.subEventType() == b.subEventType()) return true;
        if (a.eventType() == EventType.BATTLES && b.eventType() == EventType.BATTLES) return true;
        Set<SubEventType> handover = Set.of(SubEventType.AGREEMENT, SubEventType.NON_VIOLENT_TRANSFER);
        return handover.contains(a.subEventType()) && handover.contains(b.subEventType());
    }

    /** The place itself: its gazetteer entry when found, else the name the text gives it (not its anchor's). */
    private static String placeKey(Event e) {
        if (e.place().gazetteerId() != null && e.place().geoPrecision() == 1) return e.place().gazetteerId();
        String name = e.place().mention() != null ? e.place().mention() : e.place().name();
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9\\p{IsArabic}]", "");
        return n.replaceFirst("^(al|el|as|ash|ad|ar|at|az|an)(?=.{3})", "");
    }

    /** The event that says more: a territorial change over a clash, a named actor, a stated date, a toll. */
    private static Event better(Event a, Event b) {
        Event keep = score(b) > score(a) ? b : a, other = keep == a ? b : a;
        if (keep.fatalities() == null && other.fatalities() != null) {
            keep = new Event(keep.eventId(), keep.docId(), keep.date(), keep.subEventType(), keep.actor1(), keep.actor2(),
                    keep.assocActor1(), keep.assocActor2(), keep.place(), other.fatalities(), keep.certainty(),
                    keep.claimSource(), keep.notes(), keep.evidence(), keep.source(), keep.sourceUrl());
        }
        return keep;
    }

    private static int score(Event e) {
        int s = 0;
        if (e.subEventType().isTerritorial()) s += 8;
        if (e.subEventType() != SubEventType.ARMED_CLASH && e.eventType() == EventType.BATTLES) s += 2;
        if (e.actor1() != null) s += 4;
        if (e.actor2() != null) s += 1;
        if (e.date().precision() == 1) s += 2;
        if (e.fatalities() != null) s += 1;
        return s;
    }

    /** A region-wide event that summarises a specific one of the same report: same kind, same days, within reach. */
    private static boolean inside(Event specific, Event region) {
        // only a region named as such (a governorate, "the X countryside") summarises; a village placed coarsely does not
        boolean isRegion = region.evidence().fields().containsKey("location_region");
        boolean sameKind = specific.subEventType() == region.subEventType();
        if (!isRegion || specific.place().geoPrecision() == 3 || !sameKind
                || !specific.docId().equals(region.docId()) || !specific.date().overlaps(region.date())) return false;
        if (region.place().admin1() != null && region.place().admin1().equals(specific.place().admin1())) return true;
        return specific.place().hasCoordinates() && region.place().hasCoordinates()
                && km(specific.place().latitude(), specific.place().longitude(), region.place().latitude(), region.place().longitude()) < 75;
    }

    private static double km(double la1, double lo1, double la2, double lo2) {
        double p = Math.PI / 180, h = Math.pow(Math.sin((la2 - la1) * p / 2), 2)
                + Math.cos(la1 * p) * Math.cos(la2 * p) * Math.pow(Math.sin((lo2 - lo1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(h));
    }
}
