package org.sitrep.fuse;

import org.sitrep.model.Actor;
import org.sitrep.model.Certainty;
import org.sitrep.model.DateRange;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;
import java.util.function.Function;

/**
 * Merges reports of the same happening into {@link FusedEvent}s. Reports are linked pairwise by
 * {@link SameHappening}; linked reports form components, and each component is split into happenings whose
 * reports all link to each other. Linking is symmetric and every choice is made on reports in a canonical
 * order, so the output (ids included) does not depend on the order of the input. Incremental use:
 * {@link #touched} finds, through a store lookup, the whole components an ingest changes; fusing those alone
 * gives exactly the fused events a full run would.
 */
public final class Fusion {
    private static final Comparator<Event> CANONICAL = Comparator.comparing(Event::eventId)
            .thenComparing(e -> e.docId() == null ? "" : e.docId());

    private final SameHappening rule;
    private final OutletAlignment alignment;
    private final AlignmentCamps camps;

    public Fusion(OutletAlignment alignment) {
        this.rule = new SameHappening();
        this.alignment = alignment;
        this.camps = new AlignmentCamps();
    }

    public Fusion() { this(OutletAlignment.UNKNOWN); }

    public SameHappening rule() { return rule; }

    /** Every fused event of these reports, sorted by event date then id. */
    public List<FusedEvent> fuse(Collection<Event> events) {
        List<Event> sorted = dedupe(events);
        sorted.sort(Comparator.comparing((Event e) -> e.date().from()).thenComparing(CANONICAL));
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < sorted.size(); i++) {
            Event a = sorted.get(i);
            // sorted by start day: once b starts after a's end (+tolerance), no later b can meet a
            for (int j = i + 1; j < sorted.size(); j++) {
                Event b = sorted.get(j);
                if (b.date().from().isAfter(a.date().to().plusDays(SameHappening.DAY_TOLERANCE))) break;
                if (rule.test(a, b)) union(parent, i, j);
            }
        }
        Map<Integer, List<Event>> components = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
        List<FusedEvent> out = new ArrayList<>();
        for (List<Event> c : components.values())
            for (List<Event> g : groupsOf(c)) out.add(fuseGroup(g));
        out.sort(Comparator.comparing((FusedEvent f) -> f.date().eventDate()).thenComparing(FusedEvent::fusedId));
        return out;
    }

    /**
     * Splits one linked component into happenings: taking reports in canonical order (event date, id), each joins
     * the first group it links to and whose every report it fits (dates that meet, actors that do not contradict,
     * another document), else starts a group. Fitting every member stops chains (daily shelling of one town
     * reported day after day; "rebels" bridging two different groups) from fusing into one event, while one link
     * is enough for spellings and coordinates; the canonical order makes the split independent of input order.
     */
    private List<List<Event>> groupsOf(List<Event> component) {
        List<Event> c = new ArrayList<>(component);
        c.sort(Comparator.comparing((Event e) -> e.date().eventDate()).thenComparing(CANONICAL));
        List<List<Event>> groups = new ArrayList<>();
        for (Event e : c) {
            List<Event> home = null;
            for (List<Event> g : groups) {
                if (g.stream().anyMatch(m -> rule.test(e, m)) && g.stream().allMatch(m -> rule.fits(e, m))) { home = g; break; }
            }
            if (home == null) { home = new ArrayList<>(); groups.add(home); }
            home.add(e);
        }
        return groups;
    }

    /**
     * Every report in the components these new reports join: the reports themselves, those linked to them,
     * those linked to those, and so on. {@code nearby} returns the stored reports lying in any of the given
     * neighbourhoods (it may return more; the rule filters); it is asked once per step outward, for every
     * neighbourhood of that step together.
     */
    public Set<Event> touched(Collection<Event> seeds, Function<Collection<Neighbourhood>, Collection<Event>> nearby) {
        Map<String, Event> seen = new TreeMap<>();
        List<Event> frontier = new ArrayList<>();
        for (Event e : seeds) if (seen.putIfAbsent(e.eventId(), e) == null) frontier.add(e);
        // reports of one happening share neighbourhoods: each is asked for once and its answer kept
        Map<Neighbourhood, List<Event>> answers = new HashMap<>();
        while (!frontier.isEmpty()) {
            Set<Neighbourhood> ask = new LinkedHashSet<>();
            for (Event e : frontier) {
                Neighbourhood nb = Neighbourhood.of(e);
                if (!answers.containsKey(nb)) ask.add(nb);
            }
            if (!ask.isEmpty()) {
                Collection<Event> found = nearby.apply(ask);
                for (Neighbourhood nb : ask) answers.put(nb, found.stream().filter(nb::contains).toList());
            }
            List<Event> next = new ArrayList<>();
            for (Event e : frontier) {
                for (Event c : answers.get(Neighbourhood.of(e))) {
                    if (!seen.containsKey(c.eventId()) && rule.test(e, c)) {
                        seen.put(c.eventId(), c);
                        next.add(c);
                    }
                }
            }
            frontier = next;
        }
        return new LinkedHashSet<>(seen.values());
    }

    /** One fused event from reports already known to describe one happening. */
    public FusedEvent fuseGroup(Collection<Event> group) {
        List<Event> m = dedupe(group);
        m.sort(CANONICAL);
        if (m.isEmpty()) throw new IllegalArgumentException("cannot fuse an empty group of reports");

        SubEventType type = vote(m, Event::subEventType, Comparator.comparing((SubEventType t) -> !t.isTerritorial())
                .thenComparing(Enum::ordinal));
        DateRange date = vote(m, Event::date, Comparator.comparingInt(DateRange::precision)
                .thenComparingLong(DateRange::days).thenComparing(DateRange::from));
        String placeKey = vote(m, e -> PlaceKey.of(e.place()), Comparator.comparingInt((String k) -> bestPrecision(m, k))
                .thenComparing(Comparator.naturalOrder()));
        Place place = m.stream().map(Event::place).filter(p -> PlaceKey.of(p).equals(placeKey))
                .min(Comparator.comparingInt(Place::geoPrecision).thenComparing(p -> !p.hasCoordinates())).orElseThrow();
        Actor actor1 = actor(m, Event::actor1);
        Actor actor2 = actor(m, Event::actor2);
        List<Event> withFigure = m.stream().filter(e -> e.fatalities() != null).toList();
        // ACLED keeps the most conservative figure: among equally supported figures, the lowest
        Integer fatalities = withFigure.isEmpty() ? null
                : Fusion.<Integer>vote(withFigure, Event::fatalities, Comparator.naturalOrder());
        Certainty certainty = m.stream().anyMatch(e -> e.certainty() == Certainty.DISPUTED) ? Certainty.DISPUTED
                : m.stream().anyMatch(e -> e.certainty() == Certainty.REPORTED) ? Certainty.REPORTED : Certainty.CLAIMED;
        String claimSource = certainty == Certainty.REPORTED ? null
                : m.stream().filter(e -> e.certainty() == certainty && e.claimSource() != null)
                .map(Event::claimSource).sorted().findFirst().orElse(null);
        SortedSet<String> assoc1 = new TreeSet<>(), assoc2 = new TreeSet<>(), sources = new TreeSet<>();
        for (Event e : m) {
            assoc1.addAll(e.assocActor1());
            assoc2.addAll(e.assocActor2());
            if (e.source() != null) sources.add(e.source());
        }
        List<Disagreement> disagreements = new ArrayList<>();
        disagree(disagreements, m, "sub_event_type", e -> e.subEventType().label(), type.label());
        disagree(disagreements, m, "event_date", e -> dateText(e.date()), dateText(date));
        disagree(disagreements, m, "location", e -> e.place().name(), place.name());
        disagree(disagreements, m, "actor1", e -> name(e.actor1()), name(actor1));
        disagree(disagreements, m, "actor2", e -> name(e.actor2()), name(actor2));
        disagree(disagreements, withFigure, "fatalities", e -> String.valueOf(e.fatalities()),
                fatalities == null ? null : fatalities.toString());
        disagree(disagreements, m, "certainty", e -> e.certainty().label(), certainty.label());

        FusedEvent draft = new FusedEvent(idOf(m), date, type, actor1, actor2, List.copyOf(assoc1), List.copyOf(assoc2),
                place, fatalities, certainty, claimSource, null, m, List.copyOf(sources), disagreements,
                corroboration(sources, m.size()));
        Event rep = draft.representative();
        return new FusedEvent(draft.fusedId(), date, type, actor1, actor2, draft.assocActor1(), draft.assocActor2(), place,
                fatalities, certainty, claimSource, rep.notes(), m, draft.sources(), disagreements, draft.corroboration());
    }

    public Corroboration corroboration(Collection<String> outlets, int reports) {
        SortedSet<String> alignments = new TreeSet<>();
        Set<String> partisanCamps = new TreeSet<>();
        boolean neutral = false;
        for (String o : outlets) {
            Optional<String> a = alignment.alignmentOf(o);
            if (a.isEmpty()) continue;
            alignments.add(a.get());
            String camp = camps.campOf(a.get()).orElse(null);
            if (AlignmentCamps.NEUTRAL.equals(camp)) neutral = true;
            else if (camp != null && !AlignmentCamps.PARTY.equals(camp)) partisanCamps.add(camp);
        }
        boolean across = partisanCamps.size() >= 2;
        boolean independent = outlets.size() >= 2 && (across || neutral);
        return new Corroboration(outlets.size(), reports, List.copyOf(alignments), across, independent);
    }

    /** "F" + 16 hex digits of SHA-256 over the sorted report ids. */
    public static String idOf(Collection<Event> reports) {
        List<String> ids = new ArrayList<>();
        for (Event e : reports) ids.add(e.eventId());
        Collections.sort(ids);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.join("\n", ids).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("F");
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", h[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    private static List<Event> dedupe(Collection<Event> events) {
        Map<String, Event> byId = new TreeMap<>();
        for (Event e : events) byId.putIfAbsent(e.eventId(), e);
        return new ArrayList<>(byId.values());
    }

    /** The value most reports give; ties broken by {@code tieBreak} (smallest wins). */
    private static <T> T vote(List<Event> m, Function<Event, T> field, Comparator<T> tieBreak) {
        Map<T, Integer> counts = new HashMap<>();
        for (Event e : m) counts.merge(field.apply(e), 1, Integer::sum);
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<T, Integer> en) -> -en.getValue())
                        .thenComparing(Map.Entry::getKey, tieBreak))
                .orElseThrow().getKey();
    }

    private static int bestPrecision(List<Event> m, String key) {
        return m.stream().map(Event::place).filter(p -> PlaceKey.of(p).equals(key)).mapToInt(Place::geoPrecision).min().orElse(9);
    }

    /** A named group beats "unidentified"/"rebels"; a nameless report does not vote. */
    private Actor actor(List<Event> m, Function<Event, Actor> role) {
        List<Event> named = m.stream().filter(e -> role.apply(e) != null && !rule.isWildcard(role.apply(e).name())).toList();
        List<Event> voters = !named.isEmpty() ? named : m.stream().filter(e -> role.apply(e) != null).toList();
        if (voters.isEmpty()) return null;
        String name = Fusion.<String>vote(voters, e -> role.apply(e).name(), Comparator.naturalOrder());
        return voters.stream().map(role).filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static void disagree(List<Disagreement> out, List<Event> m, String field, Function<Event, String> value, String chosen) {
        Set<String> distinct = new HashSet<>();
        for (Event e : m) distinct.add(value.apply(e));
        if (distinct.size() < 2) return;
        List<Claim> claims = new ArrayList<>();
        for (Event e : m)
            claims.add(new Claim(value.apply(e), e.eventId(), e.docId(), e.source(), e.certainty(), e.claimSource()));
        out.add(new Disagreement(field, chosen, claims));
    }

    private static String name(Actor a) { return a == null ? null : a.name(); }

    static String dateText(DateRange d) {
        return d.from().equals(d.to()) ? d.from().toString() : d.from() + ".." + d.to();
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
        return i;
    }

    /** The smaller root wins so the structure does not depend on the order unions happen in. */
    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
