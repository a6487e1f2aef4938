package org.sitrep.fuse;

import org.sitrep.model.Actor;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.*;

/**
 * Who controls each place from which date, derived from territory events: "Government regains territory",
 * "Non-state actor overtakes territory" and "Non-violent transfer of territory" (surrenders, handovers,
 * withdrawals) give the place to actor1, the side ACLED codes as taking control; an "Armed clash" marks it
 * contested until the next transfer. Built from fused events, so five reports of one capture are one change.
 */
public final class ControlTimeline {
    private final Map<String, List<ControlPeriod>> byPlace;
    /** Every spelling (folded) the reports behind a place used, so any of them finds it. */
    private final Map<String, Set<String>> names;

    private ControlTimeline(Map<String, List<ControlPeriod>> byPlace, Map<String, Set<String>> names) {
        this.byPlace = byPlace;
        this.names = names;
    }

    public static boolean shapesControl(SubEventType t) {
        return t.isTerritorial() || t == SubEventType.ARMED_CLASH;
    }

    public static ControlTimeline of(Collection<FusedEvent> events) {
        Map<String, List<FusedEvent>> changes = new TreeMap<>();
        for (FusedEvent f : events) {
            if (!shapesControl(f.subEventType())) continue;
            if (f.subEventType().isTerritorial() && f.actor1() == null) continue;   // a capture by nobody named says nothing of control
            changes.computeIfAbsent(PlaceKey.of(f.place()), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<ControlPeriod>> byPlace = new TreeMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        for (Map.Entry<String, List<FusedEvent>> en : changes.entrySet()) {
            List<FusedEvent> fs = en.getValue();
            Set<String> spellings = names.computeIfAbsent(en.getKey(), k -> new HashSet<>());
            for (FusedEvent f : fs)
                for (org.sitrep.model.Event r : f.reports()) {
                    spellings.add(PlaceKey.fold(r.place().name()));
                    spellings.add(PlaceKey.fold(r.place().mention()));
                    if (r.place().ownGazetteerId() != null) spellings.add("gaz:" + r.place().ownGazetteerId());
                }
            // a capture settles the fighting of its own day: clashes sort first
            fs.sort(Comparator.comparing((FusedEvent f) -> f.date().eventDate())
                    .thenComparing(f -> f.subEventType().isTerritorial())
                    .thenComparing(FusedEvent::fusedId));
            List<ControlPeriod> periods = new ArrayList<>();
            String holder = null;
            for (FusedEvent f : fs) {
                LocalDate day = f.date().eventDate();
                List<String> support = new ArrayList<>(f.reportIds());
                ControlPeriod p;
                if (f.subEventType().isTerritorial()) {
                    holder = f.actor1().name();
                    p = new ControlPeriod(en.getKey(), f.place(), holder, false, List.of(holder), day, null,
                            f.subEventType().label(), f.fusedId(), support);
                } else {
                    List<String> parties = new ArrayList<>();
                    for (Actor a : new Actor[]{f.actor1(), f.actor2()}) if (a != null) parties.add(a.name());
                    p = new ControlPeriod(en.getKey(), f.place(), holder, true, parties, day, null,
                            f.subEventType().label(), f.fusedId(), support);
                }
                if (!periods.isEmpty()) {
                    ControlPeriod last = periods.get(periods.size() - 1);
                    boolean sameState = last.contested() == p.contested() && Objects.equals(last.controller(), p.controller());
                    if (sameState) continue;                     // a later report of the same state changes nothing
                    if (last.from().equals(day)) periods.remove(periods.size() - 1);   // the day's last word wins
                    else periods.set(periods.size() - 1, last.endingOn(day));
                }
                periods.add(p);
            }
            byPlace.put(en.getKey(), List.copyOf(periods));
        }
        return new ControlTimeline(byPlace, names);
    }

    /** Every period of a place, oldest first; the place named by gazetteer id or by name in any spelling. */
    public List<ControlPeriod> history(String place) {
        List<ControlPeriod> out = new ArrayList<>();
        for (String key : keysFor(place)) out.addAll(byPlace.get(key));
        out.sort(Comparator.comparing(ControlPeriod::from).thenComparing(ControlPeriod::placeKey));
        return out;
    }

    /** Who held the place on that day; empty when no territory event before it says. */
    public Optional<ControlPeriod> control(String place, LocalDate at) {
        ControlPeriod best = null;
        for (String key : keysFor(place))
            for (ControlPeriod p : byPlace.get(key))
                if (p.covers(at) && (best == null || p.from().isAfter(best.from()))) best = p;
        return Optional.ofNullable(best);
    }

    /** Every known place with its controller on that day, sorted by place key. */
    public List<ControlPeriod> controlAt(LocalDate at) {
        List<ControlPeriod> out = new ArrayList<>();
        for (List<ControlPeriod> ps : byPlace.values())
            for (ControlPeriod p : ps) if (p.covers(at)) out.add(p);
        return out;
    }

    public Set<String> placeKeys() { return Collections.unmodifiableSet(byPlace.keySet()); }

    private List<String> keysFor(String place) {
        String folded = PlaceKey.fold(place);
        List<String> keys = new ArrayList<>();
        for (String key : byPlace.keySet()) {
            Set<String> spellings = names.get(key);
            if (key.equals(place) || spellings.contains("gaz:" + place) || (!folded.isEmpty() && spellings.contains(folded))) keys.add(key);
        }
        return keys;
    }
}
